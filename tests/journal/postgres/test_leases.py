"""Recovery across machines: a desk that died has its attempts in flight made ``unknown`` once its lease runs out.

Real processes on a real PostgreSQL; the desk that is killed gets SIGKILL, so nothing of its
own can say goodbye.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import OutboxState
from orderdesk.journal.attempts import NO_ANSWER_REASON
from orderdesk.journal.postgres.store import PostgresJournal

LEASE = 1.5
"""Seconds: short, so the test waits little; each desk beats every half second."""

_DESK = """
import sys, time
from orderdesk.journal.postgres.store import PostgresJournal
from tests.journal.samples import make_draft

journal = PostgresJournal(sys.argv[1], where="team", desk="desk-b", lease_seconds=float(sys.argv[2]))
attempt_id = journal.begin_attempt(None, make_draft("KILL-1"), "shop", "dropday", "POST", "http://127.0.0.1:9/", "{}")
print(attempt_id, flush=True)
time.sleep(60)
"""


def _wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_a_killed_desk_leaves_its_attempt_unknown_after_the_lease_and_never_while_alive(postgres_url: str) -> None:
    child = subprocess.Popen([sys.executable, "-c", _DESK, postgres_url, str(LEASE)], stdout=subprocess.PIPE, text=True)
    watchdog = threading.Timer(60, child.kill)
    watchdog.start()
    try:
        with PostgresJournal(postgres_url, where="team", desk="desk-a", lease_seconds=LEASE) as journal:
            line = child.stdout.readline() if child.stdout else ""
            attempt_id = int(line)
            # Alive for two leases: its heartbeat keeps the attempt in flight, whoever looks.
            time.sleep(2 * LEASE)
            with PostgresJournal(postgres_url, where="team", desk="desk-c", lease_seconds=LEASE) as another:
                assert another.recovered_attempts == 0
            assert journal.attempt(attempt_id).outcome is None
            assert journal.list_outbox()[0].state is OutboxState.SENDING

            child.kill()  # SIGKILL: its row stays, only its heartbeat stops
            child.wait(timeout=10)
            killed_at = time.monotonic()

            # desk-a stays open and is never reopened: its own heartbeat finds the lease run out.
            assert _wait_for(lambda: journal.attempt(attempt_id).outcome is not None, 4 * LEASE)
            assert time.monotonic() - killed_at >= LEASE * 0.5
            attempt = journal.attempt(attempt_id)
            assert (attempt.outcome, attempt.reason) == (OutcomeKind.UNKNOWN, NO_ANSWER_REASON)
            [row] = journal.list_outbox()
            assert (row.state, row.external_id) == (OutboxState.UNKNOWN, "KILL-1")
    finally:
        watchdog.cancel()
        child.kill()
        child.wait(timeout=10)
        if child.stdout:
            child.stdout.close()
