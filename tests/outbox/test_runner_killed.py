"""A bulk resubmission killed with SIGKILL mid-flight: nothing lost, and resending creates no duplicate.

A real ``orderdesk outbox retry`` process sends failed orders to the sandbox (BigCommerce and
Dropday one by one, Centra in a batch), whose answers are slowed down so several requests are
in flight, and is killed with SIGKILL. The next journal to open must hold every order in a
known state or ``unknown``; retrying then looks the unclear ones up and sends the rest, and
the sandbox must have each order exactly once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from orderdesk.config.profiles import ProfileStore
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from tests.client_support import inject, profile_for, received
from tests.outbox.support import example_draft, journal_order

BIGCOMMERCE_ORDERS = 24
DROPDAY_ORDERS = 16
CENTRA_ORDERS = 12
LATENCY = 0.4
"""Seconds each answer is held back, so about four orders are in flight at any moment."""
BATCH_LATENCY = 10.0
"""Seconds Centra's batch answer is held back: it is surely in flight when the process is killed."""
DEADLINE = 30.0


def retry(tmp_path: Path, name: str, *states: str) -> subprocess.Popen[bytes]:
    """``orderdesk outbox retry --state ...`` in a process of its own (output kept for a failing test)."""
    arguments = [argument for state in states for argument in ("--state", state)]
    with (tmp_path / f"{name}.out").open("wb") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "orderdesk", "outbox", "retry", *arguments],
            stdout=output,
            stderr=subprocess.STDOUT,
            env=os.environ.copy(),
        )


def output(tmp_path: Path, name: str) -> str:
    return (tmp_path / f"{name}.out").read_text(encoding="utf-8", errors="replace")


def arrivals(sandbox: RunningSandbox) -> int:
    """Orders the sandbox has taken so far, of every API."""
    return sum(len(received(sandbox, api)) for api in ("bigcommerce", "dropday", "centra"))


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


def test_sigkill_mid_bulk_loses_nothing_and_resending_never_duplicates(
    sandbox: RunningSandbox, secret_service: Any, tmp_path: Path
) -> None:
    store = ProfileStore()
    bigcommerce, dropday = profile_for(sandbox, "bigcommerce", "bc"), profile_for(sandbox, "dropday", "dd")
    centra = profile_for(sandbox, "centra", "ce")
    for profile in (bigcommerce, dropday, centra):
        store.add(profile, SECRET)
    with Journal() as journal:
        # Centra's orders go first, in one batch request; their order numbers let a lookup find them.
        keys = [
            journal_order(journal, centra, example_draft("centra", order_number=9000 + n)) for n in range(CENTRA_ORDERS)
        ]
        # Half the BigCommerce orders have no external id: their external_order_id is made up when
        # sent, and only the journal knows it when the order must be looked up.
        keys += [
            journal_order(journal, bigcommerce, example_draft("bigcommerce", f"BC-{n}" if n % 2 else ""))
            for n in range(BIGCOMMERCE_ORDERS)
        ]
        keys += [journal_order(journal, dropday, example_draft("dropday", f"DD-{n}")) for n in range(DROPDAY_ORDERS)]
    inject(sandbox, "centra", "latency", seconds=BATCH_LATENCY)
    for api in ("bigcommerce", "dropday"):
        inject(sandbox, api, "latency", seconds=LATENCY, count=1000)

    process = retry(tmp_path, "killed", "failed")
    try:
        wait_for(lambda: arrivals(sandbox) >= CENTRA_ORDERS + 8 or process.poll() is not None, "orders to arrive")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    assert process.returncode == -signal.SIGKILL, output(tmp_path, "killed")
    assert arrivals(sandbox) < len(keys), "the run finished before it was killed: nothing was tested"
    sandbox.state.faults.clear()

    with Journal() as journal:
        assert journal.recovered_attempts >= 1
        rows = journal.list_outbox(limit=1000)
        assert sorted(row.order_key for row in rows) == sorted(keys)
        states = Counter(row.state for row in rows)
        assert set(states) <= {OutboxState.SENT, OutboxState.FAILED, OutboxState.UNKNOWN}
        assert states[OutboxState.UNKNOWN] == journal.recovered_attempts
        unclear = [row.order_key for row in rows if row.state is OutboxState.UNKNOWN]
        assert set(keys[:CENTRA_ORDERS]) <= set(unclear), "the Centra batch was in flight when killed"
        for row in rows:
            latest = journal.attempts_for(row.order_key)[-1]
            assert latest.finished_at is not None
            assert (latest.outcome is OutcomeKind.UNKNOWN) == (row.state is OutboxState.UNKNOWN)

    resumed = retry(tmp_path, "resumed", "failed", "unknown")
    try:
        resumed.wait(DEADLINE)
    finally:
        if resumed.poll() is None:
            resumed.kill()
            resumed.wait(10)
    assert resumed.returncode == 0, output(tmp_path, "resumed")

    with Journal() as journal:
        assert {row.state for row in journal.list_outbox(limit=1000)} == {OutboxState.SENT}
        for key in unclear:  # each was looked up before anything was sent again
            methods = [attempt.method for attempt in journal.attempts_for(key)]
            assert methods[:3] == ["POST", "POST", "GET"], methods
    centra_numbers = [order["orderNumber"] for order in received(sandbox, "centra")]
    assert sorted(centra_numbers) == [9000 + n for n in range(CENTRA_ORDERS)]
    bigcommerce_ids = [order["external_order_id"] for order in received(sandbox, "bigcommerce")]
    dropday_ids = [order["external_id"] for order in received(sandbox, "dropday")]
    assert len(bigcommerce_ids) == len(set(bigcommerce_ids)) == BIGCOMMERCE_ORDERS
    assert len(dropday_ids) == len(set(dropday_ids)) == DROPDAY_ORDERS
