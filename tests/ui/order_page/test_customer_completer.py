"""Earlier customers offered under the customer's inputs, on the real window; choosing fills both addresses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from orderdesk.core.order import Address, Customer, OrderDraft
from orderdesk.journal import Journal
from orderdesk.ui import MainWindow
from tests.ui.conftest import WindowFactory, field


def earlier(name: str, email: str, city: str, billing_city: str = "") -> OrderDraft:
    order = OrderDraft(
        customer=Customer(name=name, email=email, phone="030-1234567"),
        shipping=Address(first_name=name.split()[0], last_name=name.split()[-1], address1="Kerkstraat 1",
                         postcode="3511 AB", city=city, country="NL"),
    )
    if billing_city:
        order.billing_same_as_shipping = False
        order.billing = Address(company="De Vries BV", address1="Postbus 9", postcode="2500 AA", city=billing_city,
                                country="NL")
    return order


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    moments = iter([100.0, 200.0, 300.0, 400.0, 500.0, 600.0])
    with Journal(clock=lambda: next(moments)) as journal:
        for order in (earlier("Anna de Vries", "anna@example.nl", "Utrecht"),
                      earlier("Anna de Vries", "anna@example.nl", "Leiden", billing_city="Den Haag"),
                      earlier("Bert Bakker", "bert@example.nl", "Ede")):
            journal.close_draft(journal.save_draft(order))  # set aside, as New order does
    return make_window()


def shown(window: MainWindow) -> list[str]:
    popup = window.catalogue_tools.customers.popup.popup
    if popup is None or not popup.isVisible():
        return []
    return [str(popup.model().index(row, 0).data()) for row in range(popup.model().rowCount())]


def test_typing_a_name_offers_the_newest_address_first_and_choosing_fills_everything(
    qtbot: object, window: MainWindow
) -> None:
    name = field(window, "customer.name")
    name.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(name, "ann")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(shown(window)) == 2)  # type: ignore[attr-defined]
    assert shown(window) == [
        "Anna de Vries — anna@example.nl · 030-1234567 — Kerkstraat 1, 3511 AB, Leiden",
        "Anna de Vries — anna@example.nl · 030-1234567 — Kerkstraat 1, 3511 AB, Utrecht",
    ]
    qtbot.keyClick(name, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    qtbot.keyClick(name, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    draft = window.presenter.draft
    assert (draft.customer.name, draft.customer.email, draft.customer.phone) == (
        "Anna de Vries", "anna@example.nl", "030-1234567")
    assert (draft.shipping.city, draft.shipping.postcode, draft.shipping.last_name) == ("Leiden", "3511 AB", "Vries")
    assert not draft.billing_same_as_shipping and draft.billing.city == "Den Haag"
    assert field(window, "shipping.city").text() == "Leiden"  # type: ignore[attr-defined]
    assert field(window, "billing.company").text() == "De Vries BV"  # type: ignore[attr-defined]
    same = field(window, "billing_same_as_shipping")
    assert isinstance(same, QCheckBox) and not same.isChecked()
    assert QApplication.focusWidget() is window.lines_view
    assert window.statusBar().currentMessage() == "Filled in Anna de Vries with their last address."


def test_an_older_address_can_be_chosen_and_escape_keeps_the_typing(qtbot: object, window: MainWindow) -> None:
    email = field(window, "customer.email")
    assert isinstance(email, QLineEdit)
    email.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(email, "anna@")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(shown(window)) == 2)  # type: ignore[attr-defined]
    qtbot.keyClick(email, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert shown(window) == [] and email.text() == "anna@"
    qtbot.keyClicks(email, "e")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(shown(window)) == 2)  # type: ignore[attr-defined]
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
        qtbot.keyClick(email, key)  # type: ignore[attr-defined]
    draft = window.presenter.draft
    assert (draft.shipping.city, draft.billing_same_as_shipping) == ("Utrecht", True)


def test_the_order_being_typed_is_not_offered_to_itself(qtbot: object, window: MainWindow) -> None:
    phone = field(window, "customer.phone")
    phone.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(phone, "555")  # type: ignore[attr-defined]
    saved: list[int | None] = []
    window.autosaver.saved_id(saved.append)
    qtbot.waitUntil(lambda: bool(saved))  # type: ignore[attr-defined]  # this draft, with its phone, is in the journal
    with qtbot.waitSignal(window.catalogue_tools.service.customers_found, timeout=5000) as answer:  # type: ignore[attr-defined]
        qtbot.keyClicks(phone, "9")  # type: ignore[attr-defined]
    assert answer.args == ["5559", []]
    with qtbot.waitSignal(window.catalogue_tools.service.customers_found, timeout=5000) as answer:  # type: ignore[attr-defined]
        phone.selectAll()
        qtbot.keyClicks(phone, "1234")  # type: ignore[attr-defined]
    assert [entry.shipping.city for entry in answer.args[1]] == ["Ede", "Leiden", "Utrecht"]
    qtbot.waitUntil(lambda: len(shown(window)) == 3)  # type: ignore[attr-defined]
