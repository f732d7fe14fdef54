"""Copying the journal's write-ahead log into its file off the writer's path.

By itself SQLite checkpoints (copies the log into the database file and syncs both to disk)
inside the commit that takes the log past 1,000 pages: that commit, and every sender queued
behind it, then waits for the disk. So the journal's write connection does not checkpoint
(``commits.GroupCommit``), and this thread does instead, on a connection of its own, once
every ``COMMITS_PER_CHECKPOINT`` commits. A passive checkpoint never blocks the writes, which
go on appending to the log meanwhile; what a checkpoint leaves, the next one (or the last
connection to close) copies.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

COMMITS_PER_CHECKPOINT = 100
"""About as often as SQLite's own 1,000-page checkpoint comes with the journal's commits."""


class Checkpointer:
    """A thread that checkpoints the journal at ``path`` when the writer says enough was committed."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
        self._commits = 0
        self._wanted = threading.Event()
        self._closing = False
        self._thread = threading.Thread(target=self._serve, name="orderdesk-journal-checkpoint", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        """Count one commit (from one thread at a time); every so many, checkpoint."""
        self._commits += 1
        if self._commits >= COMMITS_PER_CHECKPOINT:
            self._commits = 0
            self._wanted.set()

    def close(self) -> None:
        """Stop the thread (after a checkpoint under way) and close its connection."""
        self._closing = True
        self._wanted.set()
        self._thread.join()

    def _serve(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._closing:
                self._connection.close()
                return
            try:
                self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error:  # busy, or a damage the writer will meet: the next checkpoint tries again
                pass
