"""Take the README's screenshots at two laptop sizes: the Order page with errors, the Outbox, the Profiles dialog.

Run under a virtual X server so the real platform plugin draws them:
``xvfb-run -s "-screen 0 1600x1000x24" uv run python resources/screenshots_sizes.py [folder]``.
It writes ``screenshot-<width>-order.png``, ``-outbox.png`` and ``-profiles.png`` for
1280x800 and 1024x700 into ``folder`` (default: resources/). Everything happens in a
throwaway ORDERDESK_HOME; the secrets come from a fixed in-memory source. Every outbox row is
an order really sent to the local sandbox, the failures made by its faults (see
orderdesk/sandbox/faults.py), so each says what OrderDesk says for such an answer.
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
sys.path[:0] = [str(HERE.parent), str(HERE)]  # the package, and the other screenshot scripts next to this one

from resources.screenshot import SandboxSecrets  # noqa: E402 - after the path is set
from resources.screenshot_catalogue import wait_until  # noqa: E402
from resources.screenshot_outbox import CUSTOMERS, DAY, sample_order  # noqa: E402

SIZES = ((1280, 800), (1024, 700))
"""A common small laptop screen, and an older or zoomed one: the window must work on both."""
SENT: tuple[tuple[str, dict[str, str]], ...] = (
    ("Dropday live", {}),
    ("Big store", {}),
    ("Dropday live", {"fault": "500"}),  # failed, the API answered with an error: safe to send again
    ("Reviews", {}),
    ("Dropday live", {"fault": "drop"}),  # failed, no answer: Dropday refuses a second copy, so safe again
    ("Big store", {"fault": "drop"}),  # unknown: BigCommerce may have it, look it up first
    ("Dropday live", {"fault": "reject", "field": "products.1.quantity", "message": "Only 4 in stock."}),
    ("Big store", {}),
    ("Dropday live", {}),
)
"""The orders of the Outbox shot, in the order sent: the profile, and the sandbox fault met on the way."""


def main(folder: Path = HERE) -> int:
    """Fill a journal through the sandbox, then save each view at each size into ``folder``."""
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
    store = ProfileStore(secrets=SandboxSecrets())  # type: ignore[arg-type] - the in-memory stand-in for the keyring
    store.add(make_profile("Dropday live", "dropday", sandbox.base_url("dropday"), account_id="4711"))
    store.add(make_profile("Big store", "bigcommerce", sandbox.base_url("bigcommerce"), store_hash="abc123"))
    store.add(make_profile("Reviews", "feedbackcompany", sandbox.base_url("feedbackcompany"), client_id="shop"))
    _fill(sandbox, {profile.name: profile for profile in store.load()})
    saved = []
    for width, height in SIZES:  # a window of its own per size, opened at that size as a person's would be
        window = MainWindow(profile_store=store, secrets=SandboxSecrets())
        window.resize(width, height)
        window.presenter.replace(_half_typed())
        window.choose("Dropday live", "Reviews")
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.submit()  # nothing is sent: every message shows, the cursor goes to the first
        QTest.qWait(300)
        saved.append(_save(window.grab(), folder / f"screenshot-{width}-order.png"))
        window.statusBar().clearMessage()  # it was about the order; the Outbox shot is of the outbox alone
        window.show_outbox()
        _show_failed(window.outbox)
        QTest.qWait(300)
        saved.append(_save(window.grab(), folder / f"screenshot-{width}-outbox.png"))
        window.show_order_page()
        saved.append(_save(_profiles_shot(window, store), folder / f"screenshot-{width}-profiles.png"))
        window.close()
        window.deleteLater()
    sandbox.stop()
    return 0 if all(saved) else 1


def _save(picture: Any, path: Path) -> bool:
    """Write ``picture`` as a PNG at zlib's strongest compression: the files live in the repository."""
    return bool(picture.save(str(path), "PNG", 0))


def _half_typed() -> Any:
    """An order in the middle of a call: a wrong e-mail, no postcode or city yet, a line without price or URL."""
    from orderdesk.core.order import Address, Customer, Line, OrderDraft

    return OrderDraft(
        external_id="PHONE-20260311-1442-T6B",
        source="Tuinshop Amsterdam",
        customer=Customer(name="Joris van den Berg", email="joris.vandenberg@", phone="06 1234 5678"),
        shipping=Address(first_name="Joris", last_name="van den Berg", address1="Herengracht 301", country="NL"),
        lines=[
            Line(external_id="GT-2040", sku="GT-2040", name="Teak garden bench, 160 cm", quantity=Decimal(1),
                 unit_price=Decimal("349.00"), url="https://tuinshop.example.nl/p/gt-2040"),
            Line(name="Parasol, 3 m, ecru", quantity=Decimal(1)),
        ],
        shipping_cost=Decimal("6.95"),
        extras={"feedbackcompany": {"delay_unit": "days", "delay_amount": 7}},
    )


def _show_failed(outbox: Any) -> None:
    """Show every order, sent ones too, and select the one that failed for want of an answer."""
    outbox.filters.state_filter.setCurrentIndex(outbox.filters.state_filter.findText("All orders"))
    wait_until(lambda: not outbox.reading and outbox.model.rowCount() == len(SENT))  # read off the window thread
    rows = range(outbox.model.rowCount())
    chosen = next(row for row in rows if outbox.model.row_at(row).reach == "no_answer"
                  and outbox.model.row_at(row).state == "failed")
    outbox.table.selectRow(chosen)
    wait_until(lambda: not outbox.reading)  # and so are its attempts


def _profiles_shot(window: Any, store: Any) -> Any:
    """The window with the Profiles dialog over it, a profile chosen and its connection tested.

    ``grab`` draws one widget, so the dialog is painted centred over the dimmed window, as a
    person sees it.
    """
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    from orderdesk.ui.profiles.dialog import ProfilesDialog

    dialog = ProfilesDialog(store, window)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    tested = []
    dialog.tested.connect(lambda: tested.append(True))
    dialog.reload(select="Dropday live")
    wait_until(lambda: not dialog.findChild(QLabel, "profiles.keyring_waiting").isVisible())
    dialog.test_connection()
    wait_until(lambda: bool(tested))
    QTest.qWait(200)
    shot = window.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
    picture = dialog.grab()
    corner = QPoint((shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 2)
    painter.drawPixmap(corner, picture)
    painter.setPen(QColor(90, 90, 90))
    painter.drawRect(corner.x() - 1, corner.y() - 1, picture.width() + 1, picture.height() + 1)
    painter.end()
    dialog.close()
    dialog.deleteLater()
    return shot


def _fill(sandbox: Any, profiles: dict[str, Any]) -> None:
    """Send a few days of orders, some of them into the sandbox's faults, as the journal records them."""
    import requests

    from orderdesk.journal import Journal
    from orderdesk.sending.submit import submit
    from orderdesk.transport.settings import HttpSettings, RetryPolicy, Timeouts

    once = HttpSettings(timeouts=Timeouts(connect=2.0, read=2.0), retry=RetryPolicy(attempts=1))
    moments = iter(time.time() - 2.6 * DAY + hour * 3600 for hour in range(0, 80, 4))
    now = [next(moments)]
    journal = Journal(clock=lambda: now[0])
    secrets = SandboxSecrets()

    def send(number: int, profile: str, **fault: Any) -> None:
        now[0] = next(moments)
        if fault:
            api = profiles[profile].target
            requests.post(f"{sandbox.url}/_sandbox/faults", json={"api": api, "count": 1, **fault}, timeout=5)
        draft = sample_order(*CUSTOMERS[number])
        draft_id = journal.save_draft(draft)
        journal.close_draft(draft_id)  # sent and done with: the window starts with a new order
        submit(draft, profiles[profile], secrets, journal, draft_id=draft_id, settings=once)

    for number, (profile, fault) in enumerate(SENT):
        send(number, profile, **fault)
    journal.close()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
