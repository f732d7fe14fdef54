"""Two ``orderdesk outbox retry`` processes started together over the same failed orders: each sent once.

Both plan the failed orders; the journal's claim (one ``BEGIN IMMEDIATE`` conditional
update) lets exactly one of them send each, and the other says it left the order alone
(or, when it planned after the claim, that the order is being sent right now).
The sandbox holds every answer until both runs have claimed an order, so they overlap for
certain however loaded the machine is; then its answers are slowed a little so they keep overlapping.
"""

from __future__ import annotations

import os
import re
from contextlib import closing
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import requests

from orderdesk.config.home import data_dir
from orderdesk.config.profiles import ProfileStore
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.journal.store import JOURNAL_FILE
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sandbox.api import SECRET
from tests.client_support import inject, profile_for, received
from tests.outbox.support import example_draft, journal_order

ORDERS = 100
LATENCY = 0.03
"""Seconds each answer is held back once released, so the two runs keep overlapping."""
DEADLINE = 120.0


def test_two_retries_at_once_send_each_order_exactly_once(
    sandbox: RunningSandbox, secret_service: Any, tmp_path: Path
) -> None:
    profile = profile_for(sandbox, "bigcommerce", "bc")
    ProfileStore().add(profile, SECRET)
    with Journal() as journal:
        keys = [journal_order(journal, profile, example_draft("bigcommerce", f"RACE-{n}")) for n in range(ORDERS)]
    inject(sandbox, "bigcommerce", "latency", seconds=LATENCY, count=10 * ORDERS)
    requests.post(f"{sandbox.url}/_sandbox/hold", timeout=5).raise_for_status()

    started = time.monotonic()
    logs = [tmp_path / f"retry-{number}.out" for number in (1, 2)]
    processes = []
    for log in logs:
        with log.open("wb") as out:
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "orderdesk", "outbox", "retry", "--state", "failed"],
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    env=os.environ.copy(),
                )
            )
    try:
        _wait_for_two_claimants(processes)
        requests.post(f"{sandbox.url}/_sandbox/release", timeout=5).raise_for_status()
        for process in processes:
            process.wait(DEADLINE)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait(10)
    seconds = time.monotonic() - started
    outputs = [log.read_text(encoding="utf-8", errors="replace") for log in logs]

    sent = Counter(order["external_order_id"] for order in received(sandbox, "bigcommerce"))
    duplicates = sum(count - 1 for count in sent.values())
    left = [_left_to_other(text) for text in outputs]
    print(
        f"\nrace: {ORDERS} failed orders, two retries at once in {seconds:.1f} s: {sum(sent.values())} orders in "
        f"the sandbox, {duplicates} duplicates, {len(set(keys)) - len(sent)} lost; left to the other run: {left}"
    )
    assert duplicates == 0, outputs
    assert set(sent) == {f"RACE-{n}" for n in range(ORDERS)}
    with Journal() as journal:
        assert {row.state for row in journal.list_outbox(limit=1000)} == {OutboxState.SENT}
        for key in keys:
            outcomes = [attempt.outcome for attempt in journal.attempts_for(key)]
            assert outcomes == [OutcomeKind.FAILED, OutcomeKind.CREATED], outcomes
    # The two runs created every order once between them. Whichever did not send an order said why: another
    # process had claimed it while this one sent (left to it), or already when this one planned (being sent).
    created = [_created(text) for text in outputs]
    assert sum(created) == ORDERS, outputs
    for process, text, count in zip(processes, outputs, created, strict=True):
        assert process.returncode == (0 if count == ORDERS else 1), text
        if count < ORDERS:
            assert "being sent by another process" in text or "being sent right now" in text, text


def _wait_for_two_claimants(processes: list[subprocess.Popen[bytes]]) -> None:
    """Wait until both runs hold a claim (their first requests are held by the sandbox meanwhile)."""
    limit = time.monotonic() + DEADLINE
    while _claimants() < 2:
        assert time.monotonic() < limit, "the two runs never held claims at the same time"
        assert all(process.poll() is None for process in processes), "a run ended while the sandbox held its answers"
        time.sleep(0.05)


def _claimants() -> int:
    """How many open journals hold a claim now, read as a separate reader would."""
    with closing(sqlite3.connect(data_dir() / JOURNAL_FILE, timeout=10)) as connection:
        query = "SELECT count(DISTINCT claimed_by) FROM orders WHERE claimed_by IS NOT NULL"
        (count,) = connection.execute(query).fetchone()
    return int(count)


def _left_to_other(text: str) -> int:
    found = re.search(r"(\d+) orders were being sent by another process", text)
    return int(found.group(1)) if found else 0


def _created(text: str) -> int:
    found = re.search(r"Done: (\d+) created", text)
    return int(found.group(1)) if found else 0
