"""Take resources/screenshot-outbox.png: the Outbox page after a few days of orders, one of them rejected.

Run under a virtual X server so the real platform plugin draws it:
``xvfb-run -s "-screen 0 1600x1000x24" uv run python resources/screenshot_outbox.py``.
Everything happens in a throwaway ORDERDESK_HOME. Orders are really sent to the local
sandbox (created, failed on a server error, unknown after a dropped connection, refused
key); the sandbox checks with the same rules as OrderDesk, so the one order a server
rejected for a rule only it knows is written to the journal as such an answer would be.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from screenshot import SandboxSecrets  # noqa: E402 - resources/ is first on sys.path when this runs

DAY = 86400.0
CUSTOMERS = (
    ("PHONE-20260309-1012-K7Q", "Anna de Vries", "anna@devries-tuin.nl", "Keizersgracht 112", "1015 CX", "Amsterdam"),
    ("PHONE-20260309-1130-M2T", "Bram Bakker", "bram.bakker@example.nl", "Oudegracht 41", "3511 AB", "Utrecht"),
    ("PHONE-20260309-1404-PZ4", "Cora Smit", "cora@smit-bloemen.nl", "Grote Markt 7", "9711 LV", "Groningen"),
    ("PHONE-20260310-0917-H8W", "Dirk Visser", "d.visser@example.com", "Witte de Withstraat 20", "3012 BP",
     "Rotterdam"),
    ("PHONE-20260310-1021-R3N", "Eva Jansen", "eva.jansen@example.nl", "Stratumseind 3", "5611 ET", "Eindhoven"),
    ("PHONE-20260310-1545-C6J", "Femke Mulder", "femke@mulder-interieur.nl", "Lange Voorhout 9", "2514 EA",
     "Den Haag"),
    ("PHONE-20260311-0845-X9D", "Gijs Meijer", "gijs.meijer@example.nl", "Vrijthof 12", "6211 LE", "Maastricht"),
    ("PHONE-20260311-0932-L5V", "Hanna Bos", "hanna.bos@example.com", "Prinsenstraat 5", "1015 DA", "Amsterdam"),
    ("PHONE-20260311-1108-Q2S", "Iris Peters", "iris@peters-design.nl", "Markt 21", "6511 KB", "Nijmegen"),
)


class WrongKey(SandboxSecrets):
    """The demo's secrets, with an expired key for the Reviews profile."""

    def get_secret(self, profile_name: str, kind: str) -> str | None:
        return "expired-key" if profile_name == "Reviews" else "sandbox"


def main() -> int:
    """Fill a journal by sending orders to the sandbox, open the Outbox page on the rejected one, save it."""
    os.environ["ORDERDESK_HOME"] = tempfile.mkdtemp(prefix="orderdesk-screenshot-")
    from PySide6.QtGui import QIcon
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from orderdesk.config.profiles import ProfileStore, make_profile
    from orderdesk.sandbox.server import start_sandbox
    from orderdesk.ui import MainWindow
    from orderdesk.ui.language.install import install_language

    app = QApplication(sys.argv)
    install_language(app, "en")  # as the app does: English plural forms ("4 orders") come from their catalogue
    app.setWindowIcon(QIcon(str(HERE / "orderdesk.png")))
    sandbox = start_sandbox()
    store = ProfileStore()
    store.add(make_profile("Dropday live", "dropday", sandbox.base_url("dropday"), account_id="4711"))
    store.add(make_profile("Big store", "bigcommerce", sandbox.base_url("bigcommerce"), store_hash="abc123"))
    store.add(make_profile("Reviews", "feedbackcompany", sandbox.base_url("feedbackcompany"), client_id="shop"))
    _fill(sandbox, {profile.name: profile for profile in store.load()})
    window = MainWindow(secrets=WrongKey())
    window.show()
    window.resize(1500, 940)
    QTest.qWaitForWindowExposed(window)
    window.show_outbox()
    outbox = window.outbox
    while outbox.reading:  # the list is read off the window thread
        QTest.qWait(20)
    rejected = next(row for row in range(outbox.model.rowCount()) if outbox.model.row_at(row).state == "rejected")
    outbox.table.selectRow(rejected)
    outbox.detail.tabs.setCurrentWidget(outbox.detail.response_view)
    while outbox.reading:  # and so are the order's attempts
        QTest.qWait(20)
    QTest.qWait(300)
    saved = window.grab().save(str(HERE / "screenshot-outbox.png"))
    window.close()
    sandbox.stop()
    return 0 if saved else 1


def _fill(sandbox: Any, profiles: dict[str, Any]) -> None:
    """Send the demo's orders, a few hours apart over three days, as the journal records them."""
    import requests

    from orderdesk.core.findings import Findings
    from orderdesk.core.outcome import Outcome, OutcomeKind
    from orderdesk.journal import Journal
    from orderdesk.sending.submit import submit
    from orderdesk.targets.registry import get_target
    from orderdesk.transport.session import wire_text
    from orderdesk.transport.settings import HttpSettings, RetryPolicy, Timeouts

    once = HttpSettings(timeouts=Timeouts(connect=2.0, read=2.0), retry=RetryPolicy(attempts=1))
    moments = iter(time.time() - 2.6 * DAY + hour * 3600 for hour in range(0, 80, 4))
    now = [next(moments)]
    journal = Journal(clock=lambda: now[0])
    secrets = WrongKey()

    def fault(api: str, kind: str) -> None:
        requests.post(f"{sandbox.url}/_sandbox/faults", json={"api": api, "fault": kind, "count": 1}, timeout=5)

    def send(number: int, profile: str, before: str = "") -> Outcome:
        now[0] = next(moments)
        if before:
            fault(profiles[profile].target, before)
        draft = sample_order(*CUSTOMERS[number])
        draft_id = journal.save_draft(draft)
        journal.close_draft(draft_id)  # sent and done with: the window starts with a new order
        return submit(draft, profiles[profile], secrets, journal, draft_id=draft_id, settings=once)

    for number in (0, 1, 2):
        send(number, "Dropday live")
    send(3, "Dropday live", before="500")  # a server error: failed, safe to send again
    send(4, "Big store")
    send(5, "Big store", before="drop")  # the connection dropped: unknown
    send(6, "Reviews")  # the key expired: not authorised
    send(8, "Dropday live")

    now[0] = next(moments)  # the server checked stock, a rule only it knows: rejected
    draft = sample_order(*CUSTOMERS[7])
    draft.lines[1].quantity = Decimal(6)
    draft_id = journal.save_draft(draft)
    journal.close_draft(draft_id)
    body = wire_text(get_target("dropday").from_draft(draft))
    url = f"{profiles['Dropday live'].base_url}/orders"
    headers = {"Accept": "application/json", "Content-Type": "application/json", "account-id": "4711"}
    attempt = journal.begin_attempt(draft_id, draft, "Dropday live", "dropday", "POST", url, body, headers)
    errors = Findings()
    errors.error("lines.1.quantity", "Only 4 in stock.")
    answer = '{"message": "Errors", "errors": {"products.1.quantity": ["Only 4 in stock."]}}'
    journal.finish_attempt(attempt, Outcome(OutcomeKind.REJECTED, errors=errors, status=422, response_text=answer),
                           212.0)
    journal.close()


def sample_order(external_id: str, name: str, email: str, street: str, postcode: str, city: str) -> Any:
    from orderdesk.core.order import Address, Customer, Line, OrderDraft

    first, last = name.split(" ", 1)
    address = Address(first_name=first, last_name=last, address1=street, postcode=postcode, city=city, country="NL",
                      phone="+31 20 123 4567")
    lines = [
        Line(external_id=sku, sku=sku, name=product, quantity=Decimal(quantity), unit_price=Decimal(price),
             url=f"https://tuinshop.example.nl/p/{sku.lower()}")
        for sku, product, quantity, price in (
            ("GT-2040", "Teak garden bench, 160 cm", 1, "349.00"),
            ("GT-1177", "Outdoor cushion, sand", 2, "24.95"),
        )
    ]
    return OrderDraft(external_id=external_id, source="Tuinshop Amsterdam",
                      customer=Customer(name=name, email=email, phone="+31 20 123 4567"), shipping=address,
                      lines=lines, shipping_cost=Decimal("6.95"))


if __name__ == "__main__":
    sys.exit(main())
