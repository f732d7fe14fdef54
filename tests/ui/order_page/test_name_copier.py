"""The shipping name follows the customer's name, except where the person typed it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from orderdesk.core.order import Address, Customer, OrderDraft
from tests.ui.conftest import WindowFactory, field, type_into

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def shown(window: object, path: str) -> str:
    widget = field(window, path)  # type: ignore[arg-type]
    assert isinstance(widget, QLineEdit)
    return widget.text()


def test_typing_the_customers_name_fills_the_shipping_name(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    type_into(qtbot, window, "customer.name", "Anna de Vries")
    assert (shown(window, "shipping.first_name"), shown(window, "shipping.last_name")) == ("Anna", "de Vries")
    assert window.presenter.draft.shipping.last_name == "de Vries"


def test_a_name_typed_in_shipping_is_never_overwritten(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    type_into(qtbot, window, "customer.name", "Anna de Vries")
    last = field(window, "shipping.last_name")
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClicks(last, "Jansen")  # type: ignore[attr-defined]
    assert window.name_copier.typed_by_hand("shipping.last_name")
    name = field(window, "customer.name")
    name.setFocus()
    qtbot.keyClicks(name, "-Bos")  # type: ignore[attr-defined]
    assert shown(window, "shipping.first_name") == "Anna"
    assert shown(window, "shipping.last_name") == "Jansen"
    assert window.presenter.draft.customer.name == "Anna de Vries-Bos"


def test_a_shipping_name_emptied_by_hand_follows_the_customer_again(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    type_into(qtbot, window, "customer.name", "Anna")
    first = type_into(qtbot, window, "shipping.first_name", "x")  # "Annax": typed by hand
    for _ in "Annax":
        qtbot.keyClick(first, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    assert shown(window, "shipping.first_name") == ""
    type_into(qtbot, window, "customer.name", " Smit")
    assert (shown(window, "shipping.first_name"), shown(window, "shipping.last_name")) == ("Anna", "Smit")


def test_an_opened_order_with_another_recipient_keeps_it(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    other = OrderDraft(customer=Customer(name="Anna de Vries"), shipping=Address(first_name="Piet", last_name="Bos"))
    window.load_draft(other, "Opened.")
    type_into(qtbot, window, "customer.name", "n")
    assert (shown(window, "shipping.first_name"), shown(window, "shipping.last_name")) == ("Piet", "Bos")
    new_order = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, new_order)  # type: ignore[attr-defined]
    type_into(qtbot, window, "customer.name", "Kees Smit")
    assert (shown(window, "shipping.first_name"), shown(window, "shipping.last_name")) == ("Kees", "Smit")
