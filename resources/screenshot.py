"""Take resources/screenshot.png: the window with a realistic order, sent to the local sandbox.

Run under a virtual X server so the real platform plugin draws it:
``xvfb-run -s "-screen 0 1600x1000x24" uv run python resources/screenshot.py``.
Everything happens in a throwaway ORDERDESK_HOME; the secrets come from a fixed in-memory
source that knows only the sandbox's own secret.
"""

from __future__ import annotations

import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


class SandboxSecrets:
    """A secret source for the demo: every profile's secret is the sandbox's."""

    def __init__(self) -> None:
        self._tokens: dict[str, tuple[str, float]] = {}

    def check_backend(self) -> None:
        """Always usable, like an unlocked keyring (the Profiles dialog asks first)."""

    def get_secret(self, profile_name: str, kind: str) -> str | None:
        return "sandbox"

    def has_secret(self, profile_name: str, kind: str) -> bool:
        return self.get_secret(profile_name, kind) is not None

    def get_token(self, profile_name: str) -> tuple[str, float] | None:
        return self._tokens.get(profile_name)

    def set_token(self, profile_name: str, token: str, expires_at: float) -> None:
        self._tokens[profile_name] = (token, expires_at)

    def clear_token(self, profile_name: str) -> None:
        self._tokens.pop(profile_name, None)


def main() -> int:
    """Build the window, fill in an order, send it, and save what the screen shows."""
    os.environ["ORDERDESK_HOME"] = tempfile.mkdtemp(prefix="orderdesk-screenshot-")
    from PySide6.QtGui import QIcon
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from orderdesk.config.profiles import ProfileStore, make_profile
    from orderdesk.core.order import Address, Customer, Line, OrderDraft
    from orderdesk.sandbox.server import start_sandbox
    from orderdesk.ui import MainWindow

    app = QApplication(sys.argv)
    app.setWindowIcon(QIcon(str(HERE / "orderdesk.png")))
    sandbox = start_sandbox()
    store = ProfileStore()
    store.add(make_profile("Dropday live", "dropday", sandbox.base_url("dropday"), account_id="4711"))
    store.add(make_profile("Reviews", "feedbackcompany", sandbox.base_url("feedbackcompany"), client_id="shop"))
    window = MainWindow(secrets=SandboxSecrets())
    window.presenter.replace(_order(Address, Customer, Line, OrderDraft))
    window.choose("Dropday live", "Reviews")
    window.show()
    window.resize(1500, 940)
    QTest.qWaitForWindowExposed(window)
    window.submit()
    for _ in range(150):
        if not window.submitter.busy:
            break
        QTest.qWait(100)
    QTest.qWait(300)
    saved = window.grab().save(str(HERE / "screenshot.png"))
    window.close()
    sandbox.stop()
    return 0 if saved else 1


def _order(address: type, customer: type, line: type, draft: type) -> object:
    shipping = address(
        first_name="Anna", last_name="de Vries", company="De Vries Tuinarchitectuur", address1="Keizersgracht 112",
        postcode="1015 CX", city="Amsterdam", country="NL", phone="+31 20 123 4567",
    )
    products = [
        ("GT-2040", "8712345678906", "Teak garden bench, 160 cm", 1, "349.00"),
        ("GT-1177", "8712345678913", "Outdoor cushion, sand", 4, "24.95"),
        ("GT-0311", "8712345678920", "Stainless planter, large", 2, "89.50"),
        ("GT-0090", "8712345678937", "Solar string lights, 10 m", 3, "19.99"),
    ]
    lines = [
        line(external_id=sku, sku=sku, ean=ean, name=name, quantity=Decimal(quantity), unit_price=Decimal(price),
             url=f"https://tuinshop.example.nl/p/{sku.lower()}")
        for sku, ean, name, quantity, price in products
    ]
    return draft(
        external_id="PHONE-20260311-0932",
        source="Tuinshop Amsterdam",
        customer=customer(name="Anna de Vries", email="anna@devries-tuin.nl", phone="+31 20 123 4567"),
        shipping=shipping,
        lines=lines,
        shipping_cost=Decimal("6.95"),
        notes="Deliver after 14:00; ring at the side door.",
        extras={"feedbackcompany": {"delay_unit": "days", "delay_amount": 7}},
    )


if __name__ == "__main__":
    sys.exit(main())
