"""Bulk-resubmitting 1,000 failed Dropday orders to the sandbox, against the plain ``requests`` loop.

Figures:

- ``bulk_engine_vs_plain``: the outbox engine's throughput as a ratio of the plain loop's
  (the window's goal for ``bulk_vs_plain`` is at least 0.8). The engine's path is what the
  window's bulk resubmission runs, without the window: ``plan_retry`` over the 1,000 selected
  orders, then ``BulkResubmit.run`` on a worker thread, which reads each draft from the
  journal, checks it against Dropday's documented rules, journals the request before it
  leaves and the outcome after, and reads the answer. The baseline is bench_submit.py's loop:
  one ``requests.Session`` posting the same kind of bodies, already serialised, one after another.
- ``bulk_engine_max_pause_ms``: the longest the main thread waited for the interpreter while
  the engine ran, measured by a 1 ms ticker; a headless stand-in for the window's event-loop
  pause (goal for ``bulk_max_loop_pause_ms``: under 50 ms).

The sandbox runs as its own process, as in bench_submit.py (``bench_submit`` is imported
from this folder, which is first on ``sys.path`` when a benchmark file runs).
"""

from __future__ import annotations

import json
import tempfile
import threading
import time
from pathlib import Path

from bench_submit import ORDERS, _bodies, _plain, _SandboxProcess, _Secrets

from orderdesk.config.profiles import Profile
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal
from orderdesk.outbox import BulkResubmit, plan_retry
from orderdesk.targets.registry import get_target
from orderdesk.transport.session import wire_text

TICK = 0.001


def _failed_orders(journal: Journal, profile: Profile, prefix: str, count: int = ORDERS) -> list[int]:
    """Journal ``count`` Dropday orders whose one attempt failed (a 503, say); their order keys."""
    target = get_target("dropday")
    drafts = [target.to_draft(body) for body in _bodies(prefix)[:count]]
    url = f"{profile.base_url}/orders"
    failed = Outcome(OutcomeKind.FAILED, reason="Dropday had a server error", retryable=True, status=503)
    for draft in drafts:
        draft_id = journal.save_draft(draft)
        body = wire_text(target.from_draft(draft))
        attempt = journal.begin_attempt(draft_id, draft, profile.name, "dropday", "POST", url, body)
        journal.finish_attempt(attempt, failed, 5.0)
    return [row.order_key for row in reversed(journal.list_outbox(state="failed", limit=count))]


def _engine(
    sandbox: _SandboxProcess, folder: Path, prefix: str, count: int = ORDERS, tick: bool = False
) -> tuple[float, float]:
    """Seconds for the engine to plan and resend every order on a worker thread, and the main thread's longest pause.

    With ``tick`` the main thread wakes every millisecond meanwhile, as an event loop with
    work to do would, and the longest gap between its ticks beyond the millisecond is the
    pause (ms); without it the main thread just waits, so the seconds are the engine's alone.
    """
    profile = Profile(name="bench", target="dropday", base_url=sandbox.base_url("dropday"), account_id="101")
    with Journal(folder / "journal.sqlite3") as journal:
        keys = _failed_orders(journal, profile, prefix, count)
        done = threading.Event()
        reports = []

        def resend() -> None:
            plan = plan_retry(journal, keys, profiles=[profile])
            reports.append(BulkResubmit(plan, journal, _Secrets()).run())
            done.set()

        started = time.perf_counter()
        worker = threading.Thread(target=resend)
        worker.start()
        longest = 0.0
        last = time.perf_counter()
        while not done.wait(TICK if tick else None):
            now = time.perf_counter()
            longest = max(longest, now - last - TICK)
            last = now
        elapsed = time.perf_counter() - started
        worker.join()
    [report] = reports
    if report.tally() != {OutcomeKind.CREATED: count}:
        raise RuntimeError(f"not every order was created: {report.tally()}")
    return elapsed, longest * 1000


def _folder(parent: str, name: str) -> Path:
    folder = Path(parent) / name
    folder.mkdir()
    return folder


def run() -> dict[str, float]:
    """Resend 1,000 orders and post 1,000 plainly to one sandbox, the better of two rounds of each; then a
    third resend with the main thread ticking, for the pause."""
    sandbox = _SandboxProcess()
    try:
        with tempfile.TemporaryDirectory(prefix="orderdesk-bench-bulk-") as folder:
            _plain(sandbox, _bodies("BULK-WARM")[:50])  # imports, first connections, pydantic schemas
            _engine(sandbox, _folder(folder, "warm"), "BULK-WARM-OD", count=50)
            plain, ours = [], []
            for round_number in range(2):
                plain.append(_plain(sandbox, _bodies(f"BULK-PLAIN{round_number}")))
                ours.append(_engine(sandbox, _folder(folder, f"round{round_number}"), f"BULK-OD{round_number}")[0])
            _, pause = _engine(sandbox, _folder(folder, "ticking"), "BULK-TICK", tick=True)
    finally:
        sandbox.stop()
    return {"bulk_engine_vs_plain": min(plain) / min(ours), "bulk_engine_max_pause_ms": pause}


if __name__ == "__main__":
    print(json.dumps(run()))
