"""Take resources/screenshot.png: the window with a realistic order, sent to the local sandbox.

Run under a virtual X server so the real platform plugin draws it:
``xvfb-run -s "-screen 0 1600x1000x24" uv run python resources/screenshot.py``;
with ``--language nl`` the window speaks Dutch and the picture is ``resources/screenshot-nl.png``.
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


def main(argv: list[str]) -> int:
    """Build the window, fill in an order, send it, and save what the screen shows."""
    language = argv[argv.index("--language") + 1] if "--language" in argv[:-1] else "en"
    os.environ["ORDERDESK_HOME"] = tempfile.mkdtemp(prefix="orderdesk-screenshot-")
    from PySide6.QtGui import QIcon
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from orderdesk.config.profiles import ProfileStore, make_profile
    from orderdesk.core.order import Address, Customer, Line, OrderDraft
    from orderdesk.sandbox.server import start_sandbox
    from orderdesk.ui import MainWindow
    from orderdesk.ui.language.install import install_language

    app = QApplication(sys.argv)
    app.setWindowIcon(QIcon(str(HERE / "orderdesk.png")))
    install_language(app, language)
    sandbox = start_sandbox()
    store = ProfileStore()
    store.add(make_profile("Dropday live", "dropday", sandbox.base_url("dropday"), account_id="4711"))
    store.add(make_profile("Reviews", "feedbackcompany", sandbox.base_url("feedbackcompany"), client_id="shop"))
    window = MainWindow(secrets=SandboxSecrets())
    window.presenter.replace(_order(Address, Customer, Line, OrderDraft, language))
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
    name = "screenshot.png" if language == "en" else f"screenshot-{language}.png"
    saved = window.grab().save(str(HERE / name))
    window.close()
    sandbox.stop()
    return 0 if saved else 1


def _order(address: type, customer: type, line: type, draft: type, language: str) -> object:
    shipping = address(
        first_name="Anna", last_name="de Vries", company="De Vries Tuinarchitectuur", address1="Keizersgracht 112",
        postcode="1015 CX", city="Amsterdam", country="NL", phone="+31 20 123 4567",
    )
    names = DUTCH_NAMES if language == "nl" else ENGLISH_NAMES
    products = [
        ("GT-2040", "8712345678906", names[0], 1, "349.00"),
        ("GT-1177", "8712345678913", names[1], 4, "24.95"),
        ("GT-0311", "8712345678920", names[2], 2, "89.50"),
        ("GT-0090", "8712345678937", names[3], 3, "19.99"),
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
        notes="Na 14:00 bezorgen; aanbellen bij de zijdeur." if language == "nl" else "Deliver after 14:00; ring at "
        "the side door.",
        extras={"feedbackcompany": {"delay_unit": "days", "delay_amount": 7}},
    )


ENGLISH_NAMES = ("Teak garden bench, 160 cm", "Outdoor cushion, sand", "Stainless planter, large",
                 "Solar string lights, 10 m")
DUTCH_NAMES = ("Teakhouten tuinbank, 160 cm", "Buitenkussen, zand", "RVS plantenbak, groot", "Solar lichtsnoer, 10 m")
"""The sample products as a shop in each language names them."""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
