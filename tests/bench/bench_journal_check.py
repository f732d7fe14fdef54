"""Benchmark: what the journal's check at opening and its daily backup cost at 100,000 attempts.

Figures (milliseconds unless named otherwise):
- ``journal_check_file_mb``: the journal's size.
- ``journal_check_warm_ms``: ``quick_check`` with the file in the operating system's cache (the usual
  case: the window or an earlier command just read it); median of ``ROUNDS``.
- ``journal_check_cold_ms``: the same with the file dropped from the cache first (Linux only).
- ``journal_backup_ms``: one backup: online copy, ``quick_check`` of the copy, rename; median of 3.
- ``journal_open_checked_ms``: ``Journal()`` as the commands open it (waits for the check).
- ``journal_open_background_ms``: ``Journal(check_in_background=True)`` as the window opens it.

``uv run python tests/bench/run.py journal_check``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_journal import build_journal  # noqa: E402 - a sibling benchmark module, not a package

from orderdesk.journal import Journal
from orderdesk.journal.backups import take
from orderdesk.journal.health import find_damage

ROUNDS = 5


def _median_ms(action: Callable[[], object], rounds: int = ROUNDS, before: Callable[[], object] | None = None) -> float:
    timings = []
    for _ in range(rounds):
        if before is not None:
            before()
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1)


def _drop_from_cache(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(descriptor)


def run() -> dict[str, float]:
    """The figures above, on a journal built the way ``bench_journal`` builds it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.sqlite3"
        build_journal(path).close()
        figures = {
            "journal_check_file_mb": round(path.stat().st_size / 1e6, 1),
            "journal_check_warm_ms": _median_ms(lambda: find_damage(path)),
        }
        if hasattr(os, "posix_fadvise"):
            figures["journal_check_cold_ms"] = _median_ms(lambda: find_damage(path), 3, lambda: _drop_from_cache(path))
        moments = iter(range(3))
        figures["journal_backup_ms"] = _median_ms(lambda: take(path, time.time() + next(moments)), 3)
        opened: list[Journal] = []
        figures["journal_open_checked_ms"] = _median_ms(lambda: opened.append(Journal(path)))
        for journal in opened:
            journal.close()
        opened.clear()
        figures["journal_open_background_ms"] = _median_ms(lambda: opened.append(Journal(path, check_in_background=True)))
        for journal in opened:
            journal.close()
        return figures


if __name__ == "__main__":
    print(run())
