"""The write-ahead log reaches the journal file on the checkpoint thread, every so many commits, never in a commit."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from orderdesk.journal.checkpoints import COMMITS_PER_CHECKPOINT
from orderdesk.journal.commits import GroupCommit


def _rows_in_the_file_alone(database: Path, copy: Path) -> int:
    """How many rows the database file holds without its write-ahead log (a copy of the file alone)."""
    shutil.copyfile(database, copy)
    reader = sqlite3.connect(copy)
    try:
        return int(reader.execute("SELECT count(*) FROM rows").fetchone()[0])
    finally:
        reader.close()
        copy.unlink()


def _rows_copied_so_far(database: Path, copy: Path) -> int:
    """``_rows_in_the_file_alone`` while the checkpoint may be writing: a file copied mid-write reads as none yet."""
    try:
        return _rows_in_the_file_alone(database, copy)
    except sqlite3.DatabaseError:  # pages copied half old, half new ("malformed"): the checkpoint is under way
        return 0


def test_commits_leave_the_log_alone_until_the_checkpoint_thread_copies_it(tmp_path: Path) -> None:
    database, copy = tmp_path / "journal.sqlite3", tmp_path / "copy.sqlite3"
    with sqlite3.connect(database) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        setup.execute("CREATE TABLE rows (payload TEXT NOT NULL)")
    setup.close()
    connection = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA wal_autocheckpoint=1")  # SQLite alone would checkpoint in every commit
    writer = GroupCommit(connection, "the test journal")
    try:
        assert connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0

        def insert(connection: sqlite3.Connection) -> None:
            connection.execute("INSERT INTO rows (payload) VALUES (?)", ("x" * 5000,))

        for _ in range(COMMITS_PER_CHECKPOINT - 1):
            writer.run(insert)
        assert _rows_in_the_file_alone(database, copy) == 0  # all of it still in the log only

        writer.run(insert)
        deadline = time.monotonic() + 10
        while _rows_copied_so_far(database, copy) < COMMITS_PER_CHECKPOINT and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _rows_in_the_file_alone(database, copy) == COMMITS_PER_CHECKPOINT
    finally:
        writer.close()
