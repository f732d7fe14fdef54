"""Where the journal lives and how it is opened and closed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from orderdesk.journal import Journal, JournalError
from tests.journal.samples import make_draft


def test_default_file_is_in_the_data_dir(orderdesk_home: Path) -> None:
    with Journal() as journal:
        draft_id = journal.save_draft(make_draft(), None)

    assert journal.path == orderdesk_home / "data" / "journal.sqlite3"
    assert journal.path.is_file()
    with Journal() as reopened:
        assert reopened.load_draft(draft_id) == make_draft()


def test_a_closed_journal_refuses_use(journal: Journal, journal_backend: str) -> None:
    journal.close()
    journal.close()

    with pytest.raises(sqlite3.ProgrammingError if journal_backend == "sqlite" else JournalError, match="closed"):
        journal.save_draft(make_draft(), None)


def test_a_failed_write_leaves_nothing_half_done(journal: Journal, journal_backend: str) -> None:
    draft_id = journal.save_draft(make_draft(), None)

    with pytest.raises(sqlite3.IntegrityError if journal_backend == "sqlite" else psycopg.IntegrityError):
        # No method: the attempt row fails after its order row was already written.
        method: str = None  # type: ignore[assignment]
        journal.begin_attempt(draft_id, make_draft(), "p", "dropday", method, "http://127.0.0.1:1/", "{}")

    assert journal.count_outbox() == 0
    assert journal.save_draft(make_draft("AFTER"), draft_id) == draft_id
