"""Copying a desk's SQLite history into the team journal: everything once, relations kept, never doubled."""

from __future__ import annotations

from pathlib import Path

import psycopg

from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.journal.postgres.copy import copy_history
from orderdesk.journal.postgres.store import PostgresJournal
from tests.journal.conftest import Clock
from tests.journal.samples import make_draft


def _desk_history(path: Path, clock: Clock) -> int:
    """Two orders, one sent and one failed twice, and a draft never sent; the failed order's key."""
    with Journal(path, clock=clock) as journal:
        sent = journal.begin_attempt(None, make_draft("SENT-1"), "shop", "dropday", "POST", "http://x/", '{"a": 1}')
        journal.finish_attempt(sent, Outcome(OutcomeKind.CREATED, reference="DD-1"), 12.0)
        draft_id = journal.save_draft(make_draft("FAIL-1", name="Bram"), None)
        for _ in range(2):
            clock.advance(60)
            failed = journal.begin_attempt(draft_id, make_draft("FAIL-1"), "shop", "dropday", "POST", "http://x/", "{}")
            journal.finish_attempt(failed, Outcome(OutcomeKind.FAILED, reason="503", retryable=True), 8.0)
        journal.save_draft(make_draft("TYPING-1"), None)
        return journal.attempt(failed).order_key


def test_a_desk_history_is_copied_whole_and_a_second_copy_adds_nothing(
    tmp_path: Path, postgres_url: str, clock: Clock
) -> None:
    path = tmp_path / "journal.sqlite3"
    failed_key = _desk_history(path, clock)
    with Journal(path) as journal:
        expected_rows = journal.list_outbox()
        expected_history = [(a.outcome, a.request_body, a.reason) for a in journal.attempts_for(failed_key)]
    with PostgresJournal(postgres_url, where="team", desk="desk-b") as team:  # the team already has an order
        team.begin_attempt(None, make_draft("TEAM-1"), "shop", "dropday", "POST", "http://x/", "{}")

    with psycopg.connect(postgres_url, autocommit=True) as connection:
        first = copy_history(path, connection, "desk-a")
        second = copy_history(path, connection, "desk-a")

    assert (first.drafts, first.orders, first.attempts, first.already_copied) == (3, 2, 3, False)
    assert second.already_copied and (second.drafts, second.orders, second.attempts) == (0, 0, 0)
    with PostgresJournal(postgres_url, where="team", desk="desk-a") as team:
        rows = team.list_outbox()
        assert team.count_outbox() == 3
        copied = [row for row in rows if row.external_id != "TEAM-1"]
        assert [(r.external_id, r.state, r.attempt_count, r.reference) for r in copied] == [
            (r.external_id, r.state, r.attempt_count, r.reference) for r in expected_rows
        ]
        [failed] = [row for row in copied if row.state is OutboxState.FAILED]
        history = [(a.outcome, a.request_body, a.reason) for a in team.attempts_for(failed.order_key)]
        assert history == expected_history
        reopened = team.latest_open_draft()  # what was being typed at desk-a reopens at desk-a
        assert reopened is not None and reopened[1].external_id == "TYPING-1"
        assert team.load_order_draft(failed.order_key)[1].customer.name == "Bram"
        assert team.last_touched(failed.order_key) is not None
        # New work after the copy gets ids of its own.
        new = team.begin_attempt(None, make_draft("NEW-1"), "shop", "dropday", "POST", "http://x/", "{}")
        assert team.attempt(new).order_key not in {row.order_key for row in rows}
