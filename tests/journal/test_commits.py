"""Group commit: every write committed before it returns, writes of many threads sharing commits."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from orderdesk.journal.commits import GroupCommit

THREADS = 8
WRITES = 25


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "commits.sqlite3"
    with sqlite3.connect(path) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        setup.execute("CREATE TABLE rows (name TEXT NOT NULL UNIQUE)")
    setup.close()
    return path


@pytest.fixture
def commits(database: Path) -> Iterator[tuple[GroupCommit, list[str]]]:
    """A group commit on its own connection, and the statements that connection ran."""
    connection = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    group = GroupCommit(connection, "the test journal")
    yield group, statements
    group.close()


def _names(database: Path) -> list[str]:
    with sqlite3.connect(database) as reader:
        names = [row[0] for row in reader.execute("SELECT name FROM rows ORDER BY name")]
    reader.close()
    return names


def _insert(name: str, fail: bool = False, hold: float = 0.0) -> Callable[[sqlite3.Connection], int]:
    def write(connection: sqlite3.Connection) -> int:
        cursor = connection.execute("INSERT INTO rows (name) VALUES (?)", (name,))
        time.sleep(hold)  # long enough for other threads to queue behind this transaction
        if fail:
            raise ValueError(f"{name} failed after writing")
        return int(cursor.lastrowid or 0)

    return write


def test_a_write_is_committed_before_it_returns(database: Path, commits: tuple[GroupCommit, list[str]]) -> None:
    group, _ = commits

    assert group.run(_insert("first")) == 1

    assert _names(database) == ["first"]  # seen by another connection: committed


def test_a_failed_write_leaves_nothing_and_raises_its_own_error(
    database: Path, commits: tuple[GroupCommit, list[str]]
) -> None:
    group, _ = commits

    with pytest.raises(ValueError, match="broken failed after writing"):
        group.run(_insert("broken", fail=True))
    group.run(_insert("kept"))
    with pytest.raises(sqlite3.IntegrityError):
        group.run(_insert("kept"))

    assert _names(database) == ["kept"]


def test_concurrent_writes_share_commits_and_fail_alone(
    database: Path, commits: tuple[GroupCommit, list[str]]
) -> None:
    group, statements = commits
    errors: dict[str, str] = {}

    def worker(number: int) -> None:
        for index in range(WRITES):
            name = f"{number}-{index:02d}"
            try:
                group.run(_insert(name, fail=index % 5 == 0, hold=0.001))
            except ValueError as exc:
                errors[name] = str(exc)

    threads = [threading.Thread(target=worker, args=(number,)) for number in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    expected = sorted(f"{n}-{i:02d}" for n in range(THREADS) for i in range(WRITES) if i % 5)
    assert _names(database) == expected
    assert sorted(errors) == sorted(f"{n}-{i:02d}" for n in range(THREADS) for i in range(0, WRITES, 5))
    assert all(message.endswith("failed after writing") for message in errors.values())
    commits_made = statements.count("COMMIT")
    assert commits_made < THREADS * WRITES  # writes that queued together were committed together


def test_an_interrupted_write_writes_nothing(database: Path, commits: tuple[GroupCommit, list[str]]) -> None:
    group, _ = commits

    def interrupted(connection: sqlite3.Connection) -> None:
        connection.execute("INSERT INTO rows (name) VALUES ('half')")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        group.run(interrupted)

    assert _names(database) == []
    assert group.run(_insert("after")) == 1


def test_writes_after_close_are_refused(commits: tuple[GroupCommit, list[str]]) -> None:
    group, _ = commits
    group.close()

    with pytest.raises(sqlite3.ProgrammingError, match="the test journal is closed"):
        group.run(_insert("late"))


def test_a_single_statement_alone_needs_no_transaction(
    database: Path, commits: tuple[GroupCommit, list[str]]
) -> None:
    group, statements = commits

    group.run(_insert("alone"), one_statement=True)
    with pytest.raises(sqlite3.IntegrityError):
        group.run(_insert("alone"), one_statement=True)

    assert _names(database) == ["alone"]
    assert not any(statement.startswith(("BEGIN", "COMMIT", "ROLLBACK")) for statement in statements)
