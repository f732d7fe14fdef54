"""Tests for orderdesk.journal.resolutions: a person's word on an unclear order, and when it is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, NotInJournal, NotResolvable, OutboxState
from orderdesk.journal.schema import SCHEMA_VERSION, connect
from tests.journal.conftest import Clock, OpenJournal
from tests.journal.samples import make_draft


def order_ending(journal: Journal, kind: OutcomeKind) -> tuple[int, int]:
    """An order whose one attempt ended as ``kind``; its key and that attempt's id."""
    attempt = journal.begin_attempt(None, make_draft(), "reviews", "feedbackcompany", "POST", "https://x.test/i", "{}")
    journal.finish_attempt(attempt, Outcome(kind, reason="no answer"), 1.0)
    return journal.attempt(attempt).order_key, attempt


def test_it_is_there_makes_the_order_sent_with_the_reference_and_says_who(journal: Journal, clock: Clock) -> None:
    key, first = order_ending(journal, OutcomeKind.UNKNOWN)
    clock.advance(60)
    row_id = journal.resolve(key, " FB-42 ", by="anna@desk1")
    order = journal.order(key)
    assert (order.state, order.reference) == (OutboxState.SENT, "FB-42")
    assert order.latest_at.timestamp() == clock.now
    history = journal.attempts_for(key)
    assert [attempt.attempt_id for attempt in history] == [first, row_id]
    resolved = history[-1]
    assert resolved.is_resolution and not history[0].is_resolution
    assert (resolved.resolved_by, resolved.outcome, resolved.method) == ("anna@desk1", OutcomeKind.CREATED, "")
    assert "FB-42" in resolved.reason and "anna@desk1" in resolved.reason
    assert resolved.draft() == history[0].draft()


def test_it_is_not_there_makes_the_order_failed_and_safe_to_send(journal: Journal) -> None:
    key, _ = order_ending(journal, OutcomeKind.UNKNOWN)
    journal.resolve(key, None, by="anna@desk1")
    order = journal.order(key)
    assert order.state is OutboxState.FAILED
    assert (order.reach, order.resolved_by) == (None, "anna@desk1")  # no request: it reached nothing
    resolved = journal.attempts_for(key)[-1]
    assert (resolved.outcome, resolved.retryable, resolved.reference) == (OutcomeKind.FAILED, True, "")
    assert journal.order(key).attempt_count == 1  # a person's word is not a request to the API


def test_a_failed_order_can_be_resolved_too_and_the_person_defaults_to_the_os_user(journal: Journal) -> None:
    key, _ = order_ending(journal, OutcomeKind.FAILED)
    journal.resolve(key, "FB-7")
    resolved_by = journal.attempts_for(key)[-1].resolved_by
    assert resolved_by is not None and "@" in resolved_by


@pytest.mark.parametrize("kind", [OutcomeKind.CREATED, OutcomeKind.DUPLICATE, OutcomeKind.REJECTED])
def test_a_settled_or_rejected_order_is_refused_and_left_as_it_was(journal: Journal, kind: OutcomeKind) -> None:
    key, _ = order_ending(journal, kind)
    before = journal.attempts_for(key)
    with pytest.raises(NotResolvable, match="only an unknown or failed order"):
        journal.resolve(key, None)
    assert journal.attempts_for(key) == before


def test_an_order_claimed_by_another_process_is_refused(journal: Journal, open_journal: OpenJournal) -> None:
    key, attempt = order_ending(journal, OutcomeKind.UNKNOWN)
    with open_journal(desk="desk-b") as other:
        assert other.claim(key, attempt, (OutboxState.UNKNOWN,))
        with pytest.raises(NotResolvable, match="being sent"):
            journal.resolve(key, "FB-1")
        assert journal.order(key).state is OutboxState.SENDING
        other.release(key)
    assert journal.order(key).state is OutboxState.UNKNOWN
    journal.resolve(key, "FB-1")
    assert journal.order(key).state is OutboxState.SENT


def test_an_order_in_flight_is_refused(journal: Journal) -> None:
    attempt = journal.begin_attempt(None, make_draft(), "reviews", "feedbackcompany", "POST", "u", "{}")
    with pytest.raises(NotResolvable, match="being sent"):
        journal.resolve(journal.attempt(attempt).order_key, None)


def test_a_claim_planned_before_the_resolution_no_longer_holds(journal: Journal) -> None:
    key, attempt = order_ending(journal, OutcomeKind.UNKNOWN)
    journal.resolve(key, None)
    assert not journal.claim(key, attempt, (OutboxState.FAILED, OutboxState.UNKNOWN))


def test_an_unknown_id_and_an_empty_reference_are_refused(journal: Journal) -> None:
    with pytest.raises(NotInJournal):
        journal.resolve(999, None)
    key, _ = order_ending(journal, OutcomeKind.UNKNOWN)
    with pytest.raises(ValueError, match="reference"):
        journal.resolve(key, "  ")
    assert journal.order(key).state is OutboxState.UNKNOWN


def test_the_schema_has_the_column_and_a_request_row_leaves_it_empty(journal_path: Path) -> None:
    with Journal(journal_path) as journal:
        order_ending(journal, OutcomeKind.UNKNOWN)
    connection = connect(journal_path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [row[1] for row in connection.execute("PRAGMA table_info(attempts)")]
        assert "resolved_by" in columns
        assert connection.execute("SELECT resolved_by FROM attempts").fetchall() == [(None,)]
    finally:
        connection.close()
