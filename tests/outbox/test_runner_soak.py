"""Kill soak: ``orderdesk outbox retry`` killed with SIGKILL at random moments, round after round.

Each round journals fresh orders for all four APIs that fail for real (the sandbox answers
429 and stores nothing), starts a real ``orderdesk outbox retry`` process, kills it at a
random moment while orders are in flight (the sandbox's answers are slowed), then runs retry
again until nothing is left to do. After every round the sandbox must hold each order at
most once and every order the journal calls sent exactly once, and no order may be left
``sending``. Feedback Company cannot look orders up, so one of its orders cut off in flight
stays ``unknown`` for a person to check: it is counted, never sent again.

Loopback only; the read timeout is one second (``ORDERDESK_READ_TIMEOUT``), so an order
cut off before it arrived settles after two seconds and is then sent.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from orderdesk.config.profiles import Profile, ProfileStore
from orderdesk.journal import Journal, OutboxState
from orderdesk.outbox.earlier import IDENTITY_FIELDS
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.submit import can_look_up, open_client, submit_all
from orderdesk.targets.registry import get_target
from orderdesk.transport.settings import READ_TIMEOUT_VARIABLE, HttpSettings, RetryPolicy
from tests.client_support import inject, profile_for, received, secrets_for
from tests.outbox.support import example_draft

TARGETS = ("dropday", "centra", "bigcommerce", "feedbackcompany")
ROUNDS = 12
ORDERS_PER_API = 3
LATENCY = 0.15
"""Seconds each answer is held back, so several orders are in flight when the process is killed."""
ROUND_DEADLINE = 40.0
ONCE = HttpSettings(retry=RetryPolicy(attempts=1))
"""The 429 that makes an order fail is not waited out."""


def test_sigkill_at_random_moments_never_duplicates_or_loses_an_order(
    sandbox: RunningSandbox, secret_service: Any, tmp_path: Path
) -> None:
    chance = random.Random(int(os.environ.get("ORDERDESK_SOAK_SEED", "12")))
    store = ProfileStore()
    profiles = {target: profile_for(sandbox, target, name=target) for target in TARGETS}
    for profile in profiles.values():
        store.add(profile, SECRET)
    env = {**os.environ, READ_TIMEOUT_VARIABLE: "1"}
    started = time.monotonic()
    orders = kills_in_flight = reruns = 0

    for number in range(ROUNDS):
        orders += _fail_orders(sandbox, profiles, number)
        for api in TARGETS:
            inject(sandbox, api, "latency", seconds=LATENCY, count=1000)
        before = _arrivals(sandbox)
        process = _retry(tmp_path, f"killed-{number}", env)
        wanted = chance.randrange(0, len(TARGETS) * ORDERS_PER_API)
        _wait_for(lambda: _arrivals(sandbox) - before >= wanted or process.poll() is not None, ROUND_DEADLINE)
        time.sleep(chance.uniform(0, LATENCY))
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        kills_in_flight += process.returncode == -signal.SIGKILL
        sandbox.state.faults.clear()
        reruns += _run_to_completion(tmp_path, number, env)
        _check(sandbox, number)

    unresolved = _unresolvable()
    duplicates, lost = _check(sandbox, ROUNDS)
    print(
        f"\nkill soak: {ROUNDS} rounds, {orders} orders over {len(TARGETS)} APIs, {kills_in_flight} killed "
        f"mid-run, {reruns} reruns, {duplicates} duplicates, {lost} lost, {unresolved} left unknown at an "
        f"API without lookup, {time.monotonic() - started:.1f} s"
    )


def _fail_orders(sandbox: RunningSandbox, profiles: dict[str, Profile], number: int) -> int:
    """Journal this round's orders, each failing for real: the sandbox answers 429 and stores nothing."""
    sent = 0
    with Journal() as journal:
        for target, profile in profiles.items():
            secrets = secrets_for(profile)
            client = open_client(profile, secrets, ONCE)
            try:
                client.check()  # Feedback Company's token first, so the 429s meet the orders
            finally:
                client.close()
            bodies = [_body(target, number, n) for n in range(ORDERS_PER_API)]
            inject(sandbox, target, "429", count=len(bodies), retry_after=0)
            outcomes = submit_all(bodies, profile, secrets, journal, workers=1, settings=ONCE)
            assert {outcome.kind.value for outcome in outcomes} == {"failed"}, outcomes
            sent += len(bodies)
    return sent


def _body(target: str, number: int, n: int) -> dict[str, Any]:
    draft = example_draft(target, f"SOAK-{number}-{n}", order_number=10_000 + 100 * number + n)
    return get_target(target).from_draft(draft)


def _retry(tmp_path: Path, name: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    with (tmp_path / f"{name}.out").open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "orderdesk", "outbox", "retry", "--state", "failed", "--state", "unknown"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )


def _run_to_completion(tmp_path: Path, number: int, env: dict[str, str]) -> int:
    """Run retry again until no order is left to send (an unknown one waits out its settle time); how many runs."""
    deadline = time.monotonic() + ROUND_DEADLINE
    for rerun in range(1, 100):
        name = f"rerun-{number}-{rerun}"
        process = _retry(tmp_path, name, env)
        process.wait(ROUND_DEADLINE)
        text = (tmp_path / f"{name}.out").read_text(encoding="utf-8", errors="replace")
        assert "Traceback" not in text, text
        if not _left_to_send():
            return rerun
        assert time.monotonic() < deadline, f"round {number} did not complete: {text}"
        time.sleep(0.5)
    pytest.fail(f"round {number} did not complete")


def _left_to_send() -> list[int]:
    """Orders a rerun could still move: failed ones, and unknown ones at an API that can look them up."""
    with Journal() as journal:
        rows = journal.list_outbox(state=["failed", "unknown", "sending"], limit=100_000)
    return [row.order_key for row in rows if row.state is not OutboxState.UNKNOWN or can_look_up(row.target)]


def _unresolvable() -> int:
    with Journal() as journal:
        return journal.count_outbox(state="unknown")


def _check(sandbox: RunningSandbox, rounds: int) -> tuple[int, int]:
    """Each order at most once in the sandbox, each one the journal calls sent exactly once, none ``sending``."""
    duplicates = lost = 0
    with Journal() as journal:
        rows = journal.list_outbox(limit=100_000)
        assert OutboxState.SENDING not in {row.state for row in rows}
        for target in TARGETS:
            field = IDENTITY_FIELDS[target]
            held = Counter(str(order[field]) for order in received(sandbox, target))
            duplicates += sum(count - 1 for count in held.values() if count > 1)
            for row in rows:
                if row.target != target:
                    continue
                identity = str(get_target(target).from_draft(journal.load_draft(row.draft_id))[field])
                if row.state is OutboxState.SENT:
                    lost += held[identity] != 1
                else:
                    assert row.state is OutboxState.UNKNOWN and not can_look_up(target), row
    assert (duplicates, lost) == (0, 0), f"after round {rounds}"
    return duplicates, lost


def _arrivals(sandbox: RunningSandbox) -> int:
    return sum(len(received(sandbox, api)) for api in TARGETS)


def _wait_for(condition: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("gave up waiting")
        time.sleep(0.01)
