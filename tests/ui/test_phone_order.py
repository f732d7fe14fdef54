"""A phone order typed with the keyboard only, from Ctrl+N to sent, counting the keys it takes.

A returning Dutch customer orders two products from the shop's catalogue, sent to Dropday and
Feedback Company, the day after the shop sent its first order (which left its name, country and
shipping cost as the defaults of the next). The key count is printed (``-s`` shows it) so a change that adds a stop to
every order is seen; the test fails when the order does not arrive exactly once at each API.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from orderdesk.catalogue.model import Product
from orderdesk.catalogue.store import open_catalogue
from orderdesk.core.order import Address, Customer, OrderDraft
from orderdesk.journal import Journal
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.ui import window_state
from orderdesk.ui.order_page.shop_memory import ShopMemory
from tests.ui.conftest import WindowFactory, add_profile

SECRET = "sandbox"
CTRL = Qt.KeyboardModifier.ControlModifier
ANSWERS = {"source": "Example Shop", "shipping_cost": "4.95", "shipping.country": "NL"}
"""What the shop owner types where Submit stops: inputs a shop's defaults could have filled."""

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Keyboard:
    """Presses keys where the keyboard goes (the focus widget) and counts them."""

    def __init__(self, qtbot: object) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, *keys: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        for key in keys:
            target = QApplication.focusWidget()
            assert target is not None, "the keyboard has nowhere to go"
            self.qtbot.keyClick(target, key, modifier)  # type: ignore[attr-defined]
            self.count += 1

    def type(self, text: str) -> None:
        self.press(*text)


@pytest.fixture
def returning_shop(secret_service: object, sandbox: RunningSandbox) -> RunningSandbox:
    """A shop set up the day before: two profiles ticked last time, a catalogue, one earlier customer."""
    add_profile("Webshop", "dropday", sandbox.base_url("dropday"), secret=SECRET)
    add_profile("Reviews", "feedbackcompany", sandbox.base_url("feedbackcompany"), secret=SECRET)
    window_state.save_chosen(["Webshop", "Reviews"])
    store = open_catalogue()
    store.upsert([
        Product("id:2", "Koffiebeker blauw", product_id="2", sku="KB-200", unit_price=Decimal("7.50"),
                currency="EUR", url="https://shop.example.nl/kb-200"),
        Product("id:4", "Theepot", product_id="4", sku="TP-400", unit_price=Decimal("30"),
                currency="EUR", url="https://shop.example.nl/tp-400"),
    ])
    store.close()
    earlier = OrderDraft(
        source="Example Shop",
        customer=Customer(name="Anna de Vries", email="anna@example.nl", phone="+31 20 123 4567"),
        shipping=Address(first_name="Anna", last_name="de Vries", address1="Keizersgracht 12", postcode="1015 CX",
                         city="Amsterdam", country="NL"),
        shipping_cost=Decimal("4.95"),
    )
    with Journal() as journal:
        journal.close_draft(journal.save_draft(earlier))
    ShopMemory().remember(earlier)  # sent from the window, it left the shop's defaults behind
    return sandbox


def received(sandbox: RunningSandbox, api: str) -> list[dict[str, object]]:
    return requests.get(f"{sandbox.url}/_sandbox/received/{api}", timeout=5).json()


def test_a_returning_customers_phone_order_by_keyboard(
    qtbot: object, make_window: WindowFactory, returning_shop: RunningSandbox
) -> None:
    window = make_window()
    keys = Keyboard(qtbot)
    keys.press("n", modifier=CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # type: ignore[attr-defined]
    keys.type("ann")
    popup = window.catalogue_tools.customers.popup
    qtbot.waitUntil(lambda: popup.popup is not None and popup.popup.isVisible())  # type: ignore[attr-defined]
    keys.press(Qt.Key.Key_Down, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lines_view)  # type: ignore[attr-defined]
    for typed in ("koff", "thee"):
        keys.type(typed)
        products = window.catalogue_tools.products.popup
        qtbot.waitUntil(lambda: products.popup is not None and products.popup.isVisible())  # type: ignore[attr-defined]
        keys.press(Qt.Key.Key_Down, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not window.lines_view)  # type: ignore[attr-defined]
        keys.press("2", Qt.Key.Key_Return)  # the quantity, then on to an empty line for the next product
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lines_view)  # type: ignore[attr-defined]
    fixed = []
    for _ in range(len(ANSWERS) + 1):  # Submit; where it stops at a problem, the person types the answer
        keys.press(Qt.Key.Key_Return, modifier=CTRL)
        if not window.statusBar().currentMessage().startswith("Not sent"):
            break
        path = QApplication.focusWidget().objectName()
        assert path in ANSWERS, f"the order stopped at {path}: {window.statusBar().currentMessage()}"
        keys.type(ANSWERS[path])
        fixed.append(path)
    qtbot.waitUntil(lambda: all("Created" in window.results.status_text(name)  # type: ignore[attr-defined]
                                for name in ("Webshop", "Reviews")), timeout=20000)
    print(f"\nphone order: {keys.count} keys from Ctrl+N to sent; typed by hand after Submit: {fixed or 'nothing'}")
    dropday, reviews = received(returning_shop, "dropday"), received(returning_shop, "feedbackcompany")
    assert len(dropday) == 1 and len(reviews) == 1
    assert [product["reference"] for product in dropday[0]["products"]] == ["KB-200", "TP-400"]
