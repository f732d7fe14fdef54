"""The journal file: WAL, versioned, and refused plainly when it cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from orderdesk.journal import Journal, JournalError
from orderdesk.journal.schema import SCHEMA_VERSION, connect


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

    with pytest.raises(JournalError, match="not a usable OrderDesk journal") as caught:
        Journal(journal_path)
    assert str(journal_path) in str(caught.value)
