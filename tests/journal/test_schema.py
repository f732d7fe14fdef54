"""The journal file: WAL, versioned, and refused plainly when it cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from orderdesk.core.outcome import Outcome, OutcomeKind, Reach
from orderdesk.journal import Journal, JournalDamaged, JournalError, OutboxState, state_of
from orderdesk.journal.schema import MIGRATIONS, SCHEMA_VERSION, connect
from tests.journal.damage import damage_middle, fill
from tests.journal.samples import make_draft


def test_a_new_file_is_wal_at_the_current_version(journal_path: Path) -> None:
    connection = connect(journal_path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"drafts", "orders", "attempts"} <= tables
    finally:
        connection.close()


def test_reopening_keeps_the_data_and_the_version(journal_path: Path) -> None:
    connect(journal_path).close()
    connection = connect(journal_path)
    try:
        connection.execute("INSERT INTO drafts (body, created_at, updated_at) VALUES ('{}', 0, 0)")
    finally:
        connection.close()

    connection = connect(journal_path)
    try:
        assert connection.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        connection.close()


def test_a_journal_from_a_newer_orderdesk_is_refused(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    with sqlite3.connect(journal_path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()

    with pytest.raises(JournalError, match="newer OrderDesk") as caught:
        Journal(journal_path)
    assert str(journal_path) in str(caught.value)


def test_a_file_that_is_not_a_database_is_refused(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"this is a text file, not SQLite" * 100)

    with pytest.raises(JournalDamaged, match="file is not a database") as caught:
        Journal(journal_path)
    assert str(journal_path) in str(caught.value)
    assert journal_path.read_bytes() == b"this is a text file, not SQLite" * 100


def test_a_version_1_journal_is_migrated_and_its_attempts_in_flight_recovered(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(journal_path)
    for statement in MIGRATIONS[0]:
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.execute("INSERT INTO drafts (id, body, created_at, updated_at) VALUES (1, '{}', 0, 0)")
    raw.execute(
        "INSERT INTO orders (id, draft_id, profile, target, external_id, customer, email, search, state,"
        " latest_attempt_id, latest_at, attempt_count)"
        " VALUES (1, 1, 'shop', 'dropday', '', '', '', '', 'sending', 1, 0, 1)"
    )
    raw.execute(
        "INSERT INTO attempts (id, order_id, started_at, method, url, headers, request_body, draft)"
        " VALUES (1, 1, 0, 'POST', 'http://127.0.0.1:1/', '{}', '{}', '{}')"
    )
    raw.commit()
    raw.close()

    with Journal(journal_path) as journal:  # an attempt written before owners were recorded has none alive
        assert journal.recovered_attempts == 1
        assert journal.order(1).state is OutboxState.UNKNOWN
        assert journal.attempt(1).outcome is OutcomeKind.UNKNOWN
    connection = connect(journal_path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        connection.close()


def test_a_version_2_journal_learns_how_far_each_attempt_got_where_its_row_tells(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(journal_path)
    for statement in (*MIGRATIONS[0], *MIGRATIONS[1]):
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 2")
    raw.execute("INSERT INTO drafts (id, body, created_at, updated_at) VALUES (1, '{}', 0, 0)")
    for number, (outcome, status) in enumerate(
        (("failed", 500), ("unknown", None), ("failed", None), (None, None)), start=1
    ):
        raw.execute(
            "INSERT INTO orders (id, draft_id, profile, target, external_id, customer, email, search, state,"
            " latest_attempt_id, latest_at, attempt_count) VALUES (?, 1, ?, 'dropday', '', '', '', '', ?, ?, 0, 1)",
            (number, f"shop{number}", outcome or "sending", number),
        )
        raw.execute(
            "INSERT INTO attempts (id, order_id, started_at, method, url, headers, request_body, draft, outcome,"
            " status) VALUES (?, ?, 0, 'POST', 'http://127.0.0.1:1/', '{}', '{}', '{}', ?, ?)",
            (number, number, outcome, status),
        )
    raw.commit()
    raw.close()

    with Journal(journal_path) as journal:
        reaches = [journal.attempt(number).reach for number in range(1, 5)]
        listed = {row.order_key: row.reach for row in journal.list_outbox()}
    # A failed attempt without a status may have been "not sent" or "no answer": it stays untold.
    # The one in flight when OrderDesk stopped is recovered as unknown, with no answer.
    assert reaches == [Reach.ANSWERED, Reach.NO_ANSWER, None, Reach.NO_ANSWER]
    assert listed == {1: Reach.ANSWERED, 2: Reach.NO_ANSWER, 3: None, 4: Reach.NO_ANSWER}


def test_the_order_state_written_with_an_answer_is_state_of_its_outcome(journal: Journal) -> None:
    draft = make_draft()
    for kind in OutcomeKind:
        attempt_id = journal.begin_attempt(None, draft, kind.value, "dropday", "POST", "http://127.0.0.1:1/", "{}")
        journal.finish_attempt(attempt_id, Outcome(kind), 1.0)

    states = {row.profile: row.state for row in journal.list_outbox()}
    assert states == {kind.value: state_of(kind) for kind in OutcomeKind}


def test_a_damaged_older_journal_is_not_migrated_whichever_way_it_is_opened(journal_path: Path) -> None:
    fill(journal_path)
    raw = sqlite3.connect(journal_path)
    raw.execute("ALTER TABLE attempts DROP COLUMN resolved_by")  # back to version 4, so opening would migrate it
    raw.execute("PRAGMA user_version = 4")
    raw.commit()
    raw.execute("VACUUM")  # no free pages: the page damaged below holds data the check reads
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    damage_middle(journal_path)
    damaged = journal_path.read_bytes()

    with pytest.raises(JournalDamaged):
        Journal(journal_path)
    assert journal_path.read_bytes() == damaged

    with Journal(journal_path, check_in_background=True) as journal:
        assert journal.damage is not None
    assert journal_path.read_bytes() == damaged
