"""Tests for orderdesk.journal.claims: one process at a time sends an order again, and a dead one's claim goes."""

from __future__ import annotations

import threading

import pytest

from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.journal.rows import state_of
from tests.journal.conftest import OpenJournal
from tests.journal.samples import make_draft

RETRYABLE = (OutboxState.FAILED, OutboxState.UNKNOWN)


def failed_order(journal: Journal, kind: OutcomeKind = OutcomeKind.FAILED) -> tuple[int, int]:
    """An order whose one attempt ended as ``kind``; its key and that attempt's id."""
    draft = make_draft()
    attempt = journal.begin_attempt(None, draft, "shop", "dropday", "POST", "https://x.test/orders", "{}")
    journal.finish_attempt(attempt, Outcome(kind, reason="test"), 1.0)
    return journal.attempt(attempt).order_key, attempt


def test_an_order_is_claimed_once_and_its_state_comes_back_on_release(journal: Journal) -> None:
    key, attempt = failed_order(journal)
    assert journal.claim(key, attempt, RETRYABLE)
    assert journal.order(key).state is OutboxState.SENDING
    assert not journal.claim(key, attempt, RETRYABLE)  # even by the same journal: it is being sent
    journal.release(key)
    assert journal.order(key).state is OutboxState.FAILED
    assert journal.claim(key, attempt, RETRYABLE)


@pytest.mark.parametrize("kind", list(OutcomeKind))
def test_release_gives_back_the_state_rows_state_of_gives_each_outcome(journal: Journal, kind: OutcomeKind) -> None:
    key, attempt = failed_order(journal, kind)
    every = tuple(OutboxState)
    assert journal.claim(key, attempt, every)
    journal.release(key)
    assert journal.order(key).state is state_of(kind)


def test_only_an_order_in_a_state_worth_sending_and_unchanged_since_planning_is_claimed(
    journal: Journal, open_journal: OpenJournal
) -> None:
    sent, attempt = failed_order(journal, OutcomeKind.CREATED)
    assert not journal.claim(sent, attempt, RETRYABLE)
    assert journal.order(sent).state is OutboxState.SENT
    with open_journal() as other:
        key, first = failed_order(other)
    second = journal.begin_attempt(journal.order(key).draft_id, make_draft(), "shop", "dropday", "POST", "u", "{}")
    journal.finish_attempt(second, Outcome(OutcomeKind.FAILED, reason="again"), 1.0)
    assert not journal.claim(key, first, RETRYABLE)  # planned from an attempt that is no longer the latest
    assert journal.claim(key, second, RETRYABLE)


def test_of_many_journals_claiming_at_once_exactly_one_wins(open_journal: OpenJournal) -> None:
    with open_journal() as first:
        key, attempt = failed_order(first)
    journals = [open_journal(desk=f"desk-{number}") for number in range(6)]
    start = threading.Barrier(len(journals))
    won: list[bool] = []

    def claim(journal: Journal) -> None:
        start.wait()
        won.append(journal.claim(key, attempt, RETRYABLE))

    threads = [threading.Thread(target=claim, args=(journal,)) for journal in journals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for journal in journals:
        journal.close()
    assert sorted(won) == [False] * 5 + [True]


def test_the_claim_of_a_journal_that_is_gone_is_given_up_when_the_next_one_opens(open_journal: OpenJournal) -> None:
    with open_journal() as first:
        key, attempt = failed_order(first)
        assert first.claim(key, attempt, RETRYABLE)
        in_flight = first.begin_attempt(first.order(key).draft_id, make_draft(), "shop", "dropday", "POST", "u", "{}")
    with open_journal() as reopened:  # as after a SIGKILL: nobody will finish or release it
        assert reopened.recovered_attempts == 1
        assert reopened.order(key).state is OutboxState.UNKNOWN
        assert reopened.attempt(in_flight).outcome is OutcomeKind.UNKNOWN
        assert reopened.claim(key, in_flight, RETRYABLE)
