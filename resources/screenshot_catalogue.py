"""Take resources/screenshot-catalogue.png: the product table offering catalogue matches while a name is typed.

Run under a virtual X server so the real platform plugin draws it:
``xvfb-run -s "-screen 0 1600x1000x24" uv run python resources/screenshot_catalogue.py``.
Everything happens in a throwaway ORDERDESK_HOME; the catalogue is pulled from the local
sandbox's seeded BigCommerce store, the customer comes from an earlier order in the journal.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from resources.screenshot import SandboxSecrets  # noqa: E402 - after the path is set


def main() -> int:
    """Pull the sandbox catalogue, choose one product, type the next name, and save what the screen shows."""
    os.environ["ORDERDESK_HOME"] = tempfile.mkdtemp(prefix="orderdesk-screenshot-")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from orderdesk.catalogue.bigcommerce import pull_bigcommerce
    from orderdesk.catalogue.store import open_catalogue
    from orderdesk.config.profiles import ProfileStore, make_profile
    from orderdesk.core.order import Address, Customer, OrderDraft
    from orderdesk.journal import Journal
    from orderdesk.sandbox.server import start_sandbox
    from orderdesk.ui import MainWindow
    from orderdesk.ui.order_page.line_columns import COLUMN_KEYS
    from orderdesk.ui.language.install import install_language

    app = QApplication(sys.argv)
    install_language(app, "en")  # as the app does: English plural forms ("4 orders") come from their catalogue
    app.setWindowIcon(QIcon(str(HERE / "orderdesk.png")))
    sandbox = start_sandbox()
    profile = make_profile("Webshop", "bigcommerce", sandbox.base_url("bigcommerce"), store_hash="demo")
    ProfileStore().add(profile)
    store = open_catalogue()
    pull_bigcommerce(profile, SandboxSecrets(), store)
    store.close()
    with Journal() as journal:
        journal.close_draft(journal.save_draft(OrderDraft(
            customer=Customer(name="Anna de Vries", email="anna@devries.example", phone="+31 20 123 4567"),
            shipping=Address(first_name="Anna", last_name="de Vries", address1="Keizersgracht 112",
                             postcode="1015 CX", city="Amsterdam", country="NL"),
        )))
    window = MainWindow(secrets=SandboxSecrets())
    window.choose("Webshop")
    window.show()
    window.resize(1500, 940)
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    customer = window.bindings.widget("customer.name")
    assert customer is not None
    customer.setFocus()
    QTest.keyClicks(customer, "anna")
    wait_until(lambda: window.catalogue_tools.customers.popup.is_open())
    QTest.keyClick(customer, Qt.Key.Key_Down)
    QTest.keyClick(customer, Qt.Key.Key_Return)
    view = window.lines_view
    _type_in_cell(view, 0, COLUMN_KEYS.index("name"), "delfts mok")
    wait_until(lambda: window.catalogue_tools.products.popup.is_open())
    keyboard = QApplication.focusWidget()
    QTest.keyClick(keyboard, Qt.Key.Key_Down)
    QTest.keyClick(keyboard, Qt.Key.Key_Return)
    wait_until(lambda: bool(window.presenter.draft.lines[0].sku))
    QTest.keyClick(QApplication.focusWidget(), "2")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QTest.qWait(200)
    view.add_line()
    _type_in_cell(view, 1, COLUMN_KEYS.index("name"), "zuiderzee k")
    wait_until(lambda: window.catalogue_tools.products.popup.is_open())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    QTest.qWait(300)
    saved = window.grab().save(str(HERE / "screenshot-catalogue.png"))
    window.close()
    sandbox.stop()
    return 0 if saved else 1


def _type_in_cell(view: object, row: int, column: int, text: str) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    view.go_to(row, column)  # type: ignore[attr-defined]
    QTest.qWait(50)
    for char in text:
        QTest.keyClick(QApplication.focusWidget(), char)


def wait_until(ready: object, tries: int = 100) -> None:
    """Let the window work until ``ready()``; stop the script when it never is."""
    from PySide6.QtTest import QTest

    for _ in range(tries):
        if ready():  # type: ignore[operator]
            return
        QTest.qWait(50)
    raise SystemExit(f"the window did not get there in time ({ready})")


if __name__ == "__main__":
    sys.exit(main())
