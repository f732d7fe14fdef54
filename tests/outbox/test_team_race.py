"""Two desks sharing one PostgreSQL journal and one sandbox run ``orderdesk outbox retry`` at once: each order once.

Real processes (``python -m orderdesk``), a real PostgreSQL (tests/fixtures_postgres.py) and
the sandbox's real HTTP server. Each order is claimed with a row lock before it is sent, so
the desk that loses says which desk has it and leaves it alone. In the second round one desk
is killed with SIGKILL midway: the orders it had claimed stay ``sending`` only until its
lease runs out, then a retry finishes them (looking up first the ones it may have sent), and
still no order reaches the API twice.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from orderdesk.config.profiles import Profile, ProfileStore
from orderdesk.config.team import DESK_VARIABLE, JOURNAL_VARIABLE, LEASE_VARIABLE
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import OutboxState
from orderdesk.journal.postgres.store import PostgresJournal
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.transport.settings import READ_TIMEOUT_VARIABLE
from tests.client_support import configure, inject, profile_for, received
from tests.outbox.support import example_draft, journal_order

ORDERS = 200
LATENCY = 0.02
"""Seconds each answer is held back, so the two desks are still sending when both have started."""
LEASE = 2.0
DEADLINE = 150.0


def _fail_orders(url: str, profile: Profile, prefix: str) -> list[int]:
    with PostgresJournal(url, where="team", desk="setup") as journal:
        return [journal_order(journal, profile, example_draft("bigcommerce", f"{prefix}-{n}")) for n in range(ORDERS)]


def _retry(env: dict[str, str], desk: str, log: Path, *states: str) -> subprocess.Popen[bytes]:
    arguments = [argument for state in states for argument in ("--state", state)]
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "orderdesk", "outbox", "retry", *arguments],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**env, DESK_VARIABLE: desk},
        )


def _finish(processes: list[subprocess.Popen[bytes]]) -> None:
    try:
        for process in processes:
            process.wait(DEADLINE)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait(10)


def _created(text: str) -> int:
    found = re.search(r"Done: (\d+) created", text)
    return int(found.group(1)) if found else 0


def _check_each_order_once(
    sandbox: RunningSandbox, url: str, prefix: str, keys: list[int], before: int = 0
) -> dict[OutboxState, int]:
    """The sandbox holds each order once; the journal has every attempt and nothing ``sending``; states by count."""
    sent = Counter(
        order["external_order_id"]
        for order in received(sandbox, "bigcommerce")[before:]
        if str(order["external_order_id"]).startswith(f"{prefix}-")
    )
    assert sum(count - 1 for count in sent.values()) == 0, [name for name, count in sent.items() if count > 1]
    assert set(sent) == {f"{prefix}-{n}" for n in range(ORDERS)}
    with PostgresJournal(url, where="team", desk="check") as journal:
        states = Counter(journal.order(key).state for key in keys)
        assert OutboxState.SENDING not in states
        for key in keys:
            outcomes = [attempt.outcome for attempt in journal.attempts_for(key)]
            assert outcomes[0] is OutcomeKind.FAILED and outcomes[-1] is OutcomeKind.CREATED, outcomes
            assert None not in outcomes, outcomes
    return dict(states)


def test_two_desks_retrying_at_once_send_each_order_once_even_when_one_is_killed(
    sandbox: RunningSandbox, secret_service: Any, postgres_url: str, tmp_path: Path
) -> None:
    profile = profile_for(sandbox, "bigcommerce", "bc")
    ProfileStore().add(profile, SECRET)
    env = {**os.environ, JOURNAL_VARIABLE: postgres_url, LEASE_VARIABLE: str(LEASE), READ_TIMEOUT_VARIABLE: "1"}
    inject(sandbox, "bigcommerce", "latency", seconds=LATENCY, count=20 * ORDERS)
    configure(sandbox, bigcommerce_quota=100 * ORDERS)  # the rate limit's pacing is not what is tested here

    # Round 1: both desks run to the end.
    keys = _fail_orders(postgres_url, profile, "RACE")
    started = time.monotonic()
    logs = [tmp_path / "desk-a-1.out", tmp_path / "desk-b-1.out"]
    processes = [_retry(env, "desk-a", logs[0], "failed"), _retry(env, "desk-b", logs[1], "failed")]
    _finish(processes)
    outputs = [log.read_text(errors="replace") for log in logs]
    assert sum(_created(text) for text in outputs) == ORDERS, outputs
    assert all(_created(text) > 0 for text in outputs), outputs  # they really overlapped
    for text, other in zip(outputs, ("desk-b", "desk-a"), strict=True):
        if _created(text) < ORDERS:
            assert f"being sent by desk {other}" in text or "being sent right now" in text, text
    _check_each_order_once(sandbox, postgres_url, "RACE", keys, 0)
    first_round = time.monotonic() - started

    # Round 2: desk A is killed midway.
    before = len(received(sandbox, "bigcommerce"))
    keys = _fail_orders(postgres_url, profile, "KILL")
    log_a = tmp_path / "desk-a-2.out"
    desk_a = _retry(env, "desk-a", log_a, "failed")

    def created_by_a(at_least: int) -> None:
        deadline = time.monotonic() + DEADLINE
        while log_a.read_text(errors="replace").count(": Created") < at_least and desk_a.poll() is None:
            assert time.monotonic() < deadline, log_a.read_text()
            time.sleep(0.01)

    # Desk B joins once desk A is sending, and A is killed a little later, well before its share is done
    # (a loaded machine may start one desk seconds after the other).
    created_by_a(5)
    desk_b = _retry(env, "desk-b", tmp_path / "desk-b-2.out", "failed")
    created_by_a(15)
    desk_a.send_signal(signal.SIGKILL)
    _finish([desk_a, desk_b])
    assert desk_a.returncode == -signal.SIGKILL
    with PostgresJournal(postgres_url, where="team", desk="check") as journal:
        left_behind = [key for key in keys if journal.order(key).state is not OutboxState.SENT]
    assert left_behind, f"desk A was killed holding no order: the lease was not put to the test\n{log_a.read_text()}"
    # What desk A had claimed waits for its lease to run out; then desk B finishes it, looking up what A may have sent.
    time.sleep(LEASE + 1.0)
    _finish([_retry(env, "desk-b", tmp_path / "desk-b-3.out", "failed", "unknown")])
    states = _check_each_order_once(sandbox, postgres_url, "KILL", keys, before)
    assert states == {OutboxState.SENT: ORDERS}
    with PostgresJournal(postgres_url, where="team", desk="check") as journal:
        cut_off = [key for key in keys if OutcomeKind.UNKNOWN in {a.outcome for a in journal.attempts_for(key)}]
    print(
        f"\nteam race: {ORDERS} orders, two desks at once in {first_round:.1f} s; then desk A SIGKILLed midway "
        f"holding {len(left_behind)} orders, {len(cut_off)} of them in flight (unknown after its lease, looked up, "
        "then sent): each order once at the API"
    )
