"""The check at opening: ``quick_check`` finds a page overwritten anywhere, and damage is told from other errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from orderdesk.journal.health import find_damage, is_damage
from tests.journal.damage import damage_middle, fill


def test_an_intact_journal_passes(journal_path: Path) -> None:
    fill(journal_path, orders=20)
    assert find_damage(journal_path) is None


def test_a_page_overwritten_in_the_middle_is_found_and_the_file_left_as_it_was(journal_path: Path) -> None:
    fill(journal_path)
    damage_middle(journal_path)
    damaged = journal_path.read_bytes()

    problem = find_damage(journal_path)

    assert problem is not None and "***" not in problem
    assert journal_path.read_bytes() == damaged


def test_a_file_that_is_not_sqlite_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"not SQLite at all " * 500)
    assert find_damage(path) == "file is not a database"


def test_a_missing_file_is_an_error_not_damage(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.OperationalError):
        find_damage(tmp_path / "nothing.sqlite3")


def test_damage_is_told_from_other_errors(journal_path: Path) -> None:
    fill(journal_path)
    damage_middle(journal_path)
    connection = sqlite3.connect(journal_path)
    try:
        with pytest.raises(sqlite3.DatabaseError) as corrupt:
            for table in ("drafts", "orders", "attempts"):
                connection.execute(f"SELECT * FROM {table}").fetchall()
        with pytest.raises(sqlite3.OperationalError) as missing:
            connection.execute("SELECT * FROM no_such_table")
    finally:
        connection.close()
    assert is_damage(corrupt.value)
    assert not is_damage(missing.value)
