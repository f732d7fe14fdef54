"""Bulk-resubmitting 1,000 failed Dropday orders from the window's Outbox page, against the plain ``requests`` loop.

Figures:

- ``bulk_vs_plain``: the window's throughput as a ratio of the plain loop's (goal at least
  0.8). The window's path is what a support person does: on the Outbox page, select the
  1,000 failed orders, press "Send again…", confirm at once; the plan is made and the orders
  are sent on worker threads (each draft read from the journal, checked against Dropday's
  rules, journaled before it leaves and after its answer), with the outcomes marshalled to the
  window's thread and shown in the progress dialog, and the list read again at the end. Timed
  from the press to the end of the run. The baseline is bench_submit.py's loop: one
  ``requests.Session`` posting the same kind of bodies, already serialised, one after another.
  The better of two rounds of each counts.
- ``bulk_max_loop_pause_ms``: the longest pause of the window's event loop during a third
  such run, measured by a 1 ms ``QTimer`` ticking on that loop: the longest gap between two
  ticks, beyond the millisecond (goal: under 50 ms).

The sandbox runs as its own process, as in bench_submit.py (``bench_submit`` and
``bench_bulk`` are imported from this folder, which is first on ``sys.path`` when a
benchmark file runs). The window runs on Qt's offscreen platform in a throwaway ORDERDESK_HOME.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_bulk import _failed_orders  # noqa: E402 - after the platform is chosen
from bench_submit import ORDERS, _bodies, _plain, _SandboxProcess, _Secrets  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from orderdesk.config.profiles import ProfileStore, make_profile  # noqa: E402
from orderdesk.core.outcome import OutcomeKind  # noqa: E402
from orderdesk.journal import Journal  # noqa: E402
from orderdesk.outbox import BulkReport  # noqa: E402

TICK_MS = 1


@contextmanager
def _home() -> Iterator[Path]:
    """A throwaway ORDERDESK_HOME for one window."""
    previous = os.environ.get("ORDERDESK_HOME")
    with tempfile.TemporaryDirectory(prefix="orderdesk-bench-outbox-") as folder:
        os.environ["ORDERDESK_HOME"] = folder
        try:
            yield Path(folder)
        finally:
            if previous is None:
                os.environ.pop("ORDERDESK_HOME", None)
            else:
                os.environ["ORDERDESK_HOME"] = previous


def _window_run(sandbox: _SandboxProcess, prefix: str, count: int = ORDERS, tick: bool = False) -> tuple[float, float]:
    """Seconds from "Send again…" to the end of the run, and the event loop's longest pause (ms) when ``tick``."""
    from orderdesk.ui import MainWindow

    app = QApplication.instance() or QApplication([])
    with _home():
        profile = make_profile("bench", "dropday", sandbox.base_url("dropday"), account_id="101")
        ProfileStore().add(profile)
        with Journal() as journal:
            _failed_orders(journal, profile, prefix, count)
        window = MainWindow(secrets=_Secrets())
        window.show()
        window.show_outbox()
        outbox = window.outbox
        outbox.select_all()
        deadline = time.monotonic() + 60
        while (outbox.reading or len(outbox.selected_keys()) != count) and time.monotonic() < deadline:
            app.processEvents()  # the list is read off the window thread; then the selection is on screen
            time.sleep(0.005)
        if len(outbox.selected_keys()) != count:
            raise RuntimeError(f"{len(outbox.selected_keys())} orders selected, not {count}")

        reports: list[BulkReport] = []
        done = QEventLoop()
        outbox.bulk.finished.connect(reports.append)
        outbox.bulk.finished.connect(done.quit)
        confirm = QTimer()  # the person presses Send as soon as the confirmation shows
        confirm.setInterval(5)
        confirm.timeout.connect(lambda: _press_send(outbox.bulk.confirm_dialog, confirm))
        longest = [0.0]
        last = [0.0]
        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(TICK_MS)

        def ticked() -> None:
            now = time.perf_counter()
            longest[0] = max(longest[0], now - last[0] - TICK_MS / 1000)
            last[0] = now

        ticker.timeout.connect(ticked)
        started = time.perf_counter()
        last[0] = started
        if tick:
            ticker.start()
        confirm.start()
        outbox.send_again()
        done.exec()
        elapsed = time.perf_counter() - started
        ticker.stop()
        window.close()
        window.deleteLater()
        app.processEvents()
    [report] = reports
    if report.tally() != {OutcomeKind.CREATED: count}:
        raise RuntimeError(f"not every order was created: {report.tally()}")
    return elapsed, longest[0] * 1000


def _press_send(dialog: object, timer: QTimer) -> None:
    if dialog is not None and dialog.isVisible():  # type: ignore[attr-defined]
        timer.stop()
        dialog.accept()  # type: ignore[attr-defined]


def run() -> dict[str, float]:
    """Post 1,000 orders plainly and resend 1,000 from the window, the better of two rounds each; then a third
    window run with the event loop ticking every millisecond, for the pause."""
    sandbox = _SandboxProcess()
    try:
        _plain(sandbox, _bodies("OUTBOX-WARM")[:50])  # imports, first connections, pydantic schemas
        _window_run(sandbox, "OUTBOX-WARM-OD", count=50)
        plain, ours = [], []
        for round_number in range(2):
            plain.append(_plain(sandbox, _bodies(f"OUTBOX-PLAIN{round_number}")))
            ours.append(_window_run(sandbox, f"OUTBOX-OD{round_number}")[0])
        _, pause = _window_run(sandbox, "OUTBOX-TICK", tick=True)
    finally:
        sandbox.stop()
    return {"bulk_vs_plain": min(plain) / min(ours), "bulk_max_loop_pause_ms": pause}


if __name__ == "__main__":
    print(json.dumps(run()))
