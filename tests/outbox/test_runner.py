"""Tests for orderdesk.outbox.runner: bulk resubmission with progress, Cancel, pacing and batches."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from orderdesk.config.credentials import SECRET_KIND, KeyringUnavailable
from orderdesk.config.profiles import Profile
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.outbox import BulkResubmit, Progress, plan_retry
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.transport.settings import RetryPolicy
from tests.client_support import (
    FAST,
    MemorySecrets,
    configure,
    inject,
    profile_for,
    received,
)
from tests.outbox.support import example_draft, journal_order, unknown_order

TARGETS = ("dropday", "centra", "bigcommerce", "feedbackcompany")


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as opened:
        yield opened


@pytest.fixture
def profiles(sandbox: RunningSandbox) -> dict[str, Profile]:
    return {target: profile_for(sandbox, target, name=target) for target in TARGETS}


@pytest.fixture
def secrets() -> MemorySecrets:
    return MemorySecrets({f"{target}/{SECRET_KIND[target]}": SECRET for target in TARGETS})


def failed_orders(journal: Journal, profile: Profile, count: int, prefix: str = "") -> list[int]:
    prefix = prefix or profile.target.upper()
    return [journal_order(journal, profile, example_draft(profile.target, f"{prefix}-{n}")) for n in range(count)]


def test_every_order_is_sent_once_and_joins_its_own_history(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile], secrets: MemorySecrets
) -> None:
    keys = [key for profile in profiles.values() for key in failed_orders(journal, profile, 3)]
    unclear = example_draft("bigcommerce", "BC-U")
    keys.append(unknown_order(journal, sandbox, profiles["bigcommerce"], unclear, created=True))
    plan = plan_retry(journal, keys, profiles=profiles.values())
    seen: list[Progress] = []

    report = BulkResubmit(plan, journal, secrets, settings=FAST, on_progress=seen.append).run()

    assert report.all_sent and not report.cancelled and report.not_sent == ()
    assert [result.item.order_key for result in report.results] == keys
    assert report.tally() == {OutcomeKind.CREATED: 13}
    assert [progress.done for progress in seen] == list(range(1, 14))
    assert {progress.total for progress in seen} == {13}
    assert {progress.result.item.order_key for progress in seen} == set(keys)
    rows = journal.list_outbox(limit=100)
    assert len(rows) == 13 and {row.state for row in rows} == {OutboxState.SENT}
    for target in TARGETS:
        assert len(received(sandbox, target)) == (4 if target == "bigcommerce" else 3)


def test_centra_orders_go_in_batch_requests(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile], secrets: MemorySecrets
) -> None:
    keys = failed_orders(journal, profiles["centra"], 5)
    plan = plan_retry(journal, keys, profiles=profiles.values(), batch_size=2)

    report = BulkResubmit(plan, journal, secrets, settings=FAST, workers=1).run()

    assert report.all_sent and len(received(sandbox, "centra")) == 5
    urls = [journal.attempts_for(key)[-1].url for key in keys]
    base = profiles["centra"].base_url
    assert urls == [f"{base}/orders"] * 4 + [f"{base}/order"]


def test_one_bad_order_never_stops_the_rest(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile], secrets: MemorySecrets
) -> None:
    good = failed_orders(journal, profiles["dropday"], 2, "GOOD")
    broken = example_draft("dropday", "BROKEN")
    broken_key = journal_order(journal, profiles["dropday"], broken, OutcomeKind.REJECTED)
    broken.shipping.first_name = ""  # "fixed" into an order that breaks Dropday's rules
    journal.save_draft(broken, journal.order(broken_key).draft_id)
    no_secret = profile_for(sandbox, "dropday", name="no-secret")
    orphan = journal_order(journal, no_secret, example_draft("dropday", "ORPHAN"))
    refused = failed_orders(journal, profiles["bigcommerce"], 1)
    inject(sandbox, "bigcommerce", "500")
    more = failed_orders(journal, profiles["dropday"], 2, "MORE")
    plan = plan_retry(journal, [*good, broken_key, orphan, *refused, *more], profiles=[*profiles.values(), no_secret])

    report = BulkResubmit(plan, journal, secrets, settings=FAST, workers=1).run()

    kinds = {result.item.order_key: result.outcome.kind for result in report.results}
    assert kinds == {
        **dict.fromkeys(good + more, OutcomeKind.CREATED),
        broken_key: OutcomeKind.REJECTED,
        orphan: OutcomeKind.UNAUTHORIZED,
        refused[0]: OutcomeKind.UNKNOWN,
    }
    assert not report.all_sent
    assert [order["external_id"] for order in received(sandbox, "dropday")] == ["GOOD-0", "GOOD-1", "MORE-0", "MORE-1"]


def test_cancel_stops_between_orders_and_leaves_nothing_half_journaled(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile], secrets: MemorySecrets
) -> None:
    keys = failed_orders(journal, profiles["dropday"], 10)
    plan = plan_retry(journal, keys, profiles=profiles.values())
    before = {key: journal.order(key) for key in keys}
    bulk: BulkResubmit

    def cancel_after_three(progress: Progress) -> None:
        if progress.done == 3:
            bulk.cancel()

    bulk = BulkResubmit(plan, journal, secrets, settings=FAST, workers=2, on_progress=cancel_after_three)
    report = bulk.run()

    assert report.cancelled and bulk.cancelled and not report.all_sent
    assert 3 <= len(report.results) <= 4 and len(report.results) + len(report.not_sent) == 10
    assert {result.outcome.kind for result in report.results} == {OutcomeKind.CREATED}
    for result in report.results:
        assert journal.order(result.item.order_key).state is OutboxState.SENT
    for item in report.not_sent:
        assert journal.order(item.order_key) == before[item.order_key]
    assert journal.list_outbox(state="sending") == []
    assert len(received(sandbox, "dropday")) == len(report.results)


def test_the_rate_limit_is_never_hit(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile], secrets: MemorySecrets
) -> None:
    configure(sandbox, bigcommerce_quota=5, bigcommerce_window_ms=300)
    keys = failed_orders(journal, profiles["bigcommerce"], 9)
    plan = plan_retry(journal, keys, profiles=profiles.values())
    once = replace(FAST, retry=RetryPolicy(attempts=1))  # a 429 would end its order as failed

    started = time.monotonic()
    report = BulkResubmit(plan, journal, secrets, settings=once, workers=2).run()

    assert report.tally() == {OutcomeKind.CREATED: 9}
    assert time.monotonic() - started >= 0.6  # at most 3 requests per 300 ms window with 2 in flight


def test_cancel_ends_a_rate_limit_wait_at_once(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile], secrets: MemorySecrets
) -> None:
    configure(sandbox, bigcommerce_quota=3, bigcommerce_window_ms=30_000)
    keys = failed_orders(journal, profiles["bigcommerce"], 4)
    plan = plan_retry(journal, keys, profiles=profiles.values())
    first = threading.Event()
    bulk = BulkResubmit(plan, journal, secrets, settings=FAST, workers=1, on_progress=lambda _: first.set())
    worker = threading.Thread(target=bulk.run)
    worker.start()
    assert first.wait(10)
    time.sleep(0.2)  # the worker is now held until the 30 s window ends

    cancelled_at = time.monotonic()
    bulk.cancel()
    worker.join(10)

    assert not worker.is_alive() and time.monotonic() - cancelled_at < 2
    assert len(received(sandbox, "bigcommerce")) == 1


def test_a_locked_keyring_fails_the_orders_of_that_profile_only(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile]
) -> None:
    class Locked(MemorySecrets):
        def get_secret(self, profile_name: str, kind: str) -> str | None:
            if profile_name == "bigcommerce":
                raise KeyringUnavailable("The system keyring is locked.")
            return SECRET

    keys = failed_orders(journal, profiles["bigcommerce"], 2) + failed_orders(journal, profiles["dropday"], 2)
    plan = plan_retry(journal, keys, profiles=profiles.values())

    report = BulkResubmit(plan, journal, Locked(), settings=FAST, workers=1).run()

    outcomes = [result.outcome for result in report.results]
    assert [outcome.kind for outcome in outcomes] == [OutcomeKind.FAILED] * 2 + [OutcomeKind.CREATED] * 2
    assert outcomes[0].retryable and "keyring is locked" in outcomes[0].reason
    assert received(sandbox, "bigcommerce") == []


def test_a_broken_progress_listener_does_not_strand_orders(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile], secrets: MemorySecrets,
    caplog: pytest.LogCaptureFixture,
) -> None:
    keys = failed_orders(journal, profiles["dropday"], 3)

    def broken(progress: Progress) -> None:
        raise RuntimeError("listener bug")

    plan = plan_retry(journal, keys, profiles=profiles.values())
    report = BulkResubmit(plan, journal, secrets, on_progress=broken).run()

    assert report.all_sent and "the progress listener failed" in caplog.text


def test_an_empty_plan_sends_nothing(journal: Journal, secrets: MemorySecrets) -> None:
    report = BulkResubmit(plan_retry(journal, [], profiles=[]), journal, secrets).run()
    assert report.results == () and report.all_sent


def test_an_order_whose_draft_cannot_be_read_fails_alone(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile], secrets: MemorySecrets
) -> None:
    keys = failed_orders(journal, profiles["dropday"], 3)
    plan = plan_retry(journal, keys, profiles=profiles.values())
    with sqlite3.connect(journal.path) as other:  # damaged behind the journal's back
        other.execute("UPDATE drafts SET body = '{' WHERE id = ?", (journal.order(keys[1]).draft_id,))

    report = BulkResubmit(plan, journal, secrets, settings=FAST, workers=1).run()

    [first, broken, last] = report.results
    assert first.outcome.kind is last.outcome.kind is OutcomeKind.CREATED
    assert broken.outcome.kind is OutcomeKind.FAILED and "could not read this order" in broken.outcome.reason
    assert journal.order(keys[1]).attempt_count == 1 and len(received(sandbox, "dropday")) == 2
