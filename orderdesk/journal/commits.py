"""Writes from many threads, committed together when they arrive together.

Every journal write must be committed before its method returns (a request leaves only
after its attempt is on disk). With several workers sending, their writes queue behind one
another, and each commit costs far more than its statements; worse, every statement lets
go of the interpreter lock and must wait to get it back while the workers run. So the
thread that gets the connection commits every write queued at that moment in one
transaction, with as few statements as that takes. Should one write fail, the transaction
is rolled back and each write of the batch runs again in a transaction of its own, so
only the failing one fails: writes must therefore be safe to run again after a rollback
(plain statements on the connection are). Nobody returns before the transaction holding
their write has committed.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar, cast

from orderdesk.journal.checkpoints import Checkpointer
from orderdesk.journal.errors import JournalError

T = TypeVar("T")

Write = Callable[[sqlite3.Connection], T]
"""One write: statements on the connection, inside a transaction it must not end."""


class _Job(Generic[T]):
    """A queued write and, once committed or failed, its result.

    Its thread sleeps on ``_wake`` until the job is done or the thread is handed the
    connection; a lock rather than a shared condition, so each thread is woken only for
    its own news.
    """

    __slots__ = ("write", "one_statement", "done", "result", "error", "_wake")

    def __init__(self, write: Write[T], one_statement: bool) -> None:
        self.write = write
        self.one_statement = one_statement
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self._wake = threading.Lock()
        self._wake.acquire()

    def sleep(self) -> None:
        """Wait until ``wake`` is called."""
        self._wake.acquire()

    def wake(self) -> None:
        """Let the job's thread go on: its write is done, or it is to commit the queue."""
        self._wake.release()


class GroupCommit:
    """Runs writes on one connection, several threads' writes per transaction when they queue up."""

    def __init__(self, connection: sqlite3.Connection, name: str) -> None:
        """Write through ``connection`` (opened with ``isolation_level=None``); ``name`` is for messages.

        A file's write-ahead log is checkpointed by a ``Checkpointer`` of its own, never inside
        these commits.
        """
        self._connection: sqlite3.Connection | None = connection
        self._name = name
        self._checkpoints: Checkpointer | None = None
        [(_, _, file)] = [row for row in connection.execute("PRAGMA database_list") if row[1] == "main"]
        if file:
            connection.execute("PRAGMA wal_autocheckpoint=0")
            self._checkpoints = Checkpointer(Path(file))
        self._lock = threading.Lock()
        """Guards the queue and ``_committing``."""
        self._idle = threading.Condition(self._lock)
        """Notified when nobody is committing any more (``close`` waits for it)."""
        self._queue: list[_Job[object]] = []
        self._committing = False

    def run(self, write: Write[T], *, one_statement: bool = False) -> T:
        """Run ``write`` in a committed transaction and return its result, or raise its error.

        Args:
            write: the statements to run.
            one_statement: ``write`` runs a single statement, which SQLite makes atomic and
                commits by itself; when nothing else is queued it then runs without
                ``BEGIN``/``COMMIT``, each of which would let go of the interpreter lock.

        Raises:
            sqlite3.ProgrammingError: the connection was closed.
            sqlite3.Error: the write failed, or the transaction holding it could not commit.
        """
        job = _Job(write, one_statement)
        with self._lock:
            self._queue.append(cast(_Job[object], job))
            leading, self._committing = not self._committing, True
        if not leading:
            job.sleep()  # until a committing thread wrote it, or handed this thread the queue
        if not job.done:
            self._lead(cast(_Job[object], job))
        if job.error is not None:
            raise job.error
        return cast(T, job.result)

    def close(self) -> None:
        """Close the connection once the writes being committed are done; later writes are refused."""
        with self._idle:
            while self._committing:
                self._idle.wait()
            if self._connection is not None:
                self._connection.close()
                self._connection = None
            if self._checkpoints is not None:
                self._checkpoints.close()
                self._checkpoints = None

    def _lead(self, own: _Job[object]) -> None:
        """Commit everything queued, ``own`` write included, then wake the writers and pass the turn on."""
        with self._lock:
            batch, self._queue = self._queue, []
        try:
            self._commit(batch)
            if self._checkpoints is not None:
                self._checkpoints.committed()  # one leader at a time: the count needs no lock
        finally:
            with self._lock:
                successor = self._queue[0] if self._queue else None
                if successor is None:
                    self._committing = False
                    self._idle.notify_all()
            for job in batch:
                if job is not own:
                    job.wake()
            if successor is not None:
                successor.wake()  # it finds its write not done, so it commits the queue next

    def _commit(self, batch: list[_Job[object]]) -> None:
        """Commit ``batch``; each write ends with its result or error, and ``done``."""
        try:
            connection = self._connection
            if connection is None:
                raise sqlite3.ProgrammingError(f"{self._name} is closed")
            if not _run_together(connection, batch) and len(batch) > 1:
                for job in batch:  # one write failed and nothing was written: each on its own now
                    job.result, job.error = None, None
                    _run_together(connection, [job])
                    job.done = True
        except Exception as exc:
            # A transaction could not begin or commit: the writes not yet committed fail with the reason.
            for job in batch:
                if not job.done:
                    job.result, job.error = None, job.error or exc
        except BaseException:
            # e.g. Ctrl+C in the committing thread, which goes on with it; the others learn nothing was written.
            for job in batch:
                if not job.done:
                    job.result, job.error = None, JournalError("interrupted before it was written to the journal")
            raise
        finally:
            for job in batch:
                job.done = True


def _run_together(connection: sqlite3.Connection, batch: list[_Job[object]]) -> bool:
    """Run the writes in one transaction; False, with nothing written, when one of them failed.

    Raises:
        sqlite3.Error: the transaction could not begin or commit (it is rolled back).
    """
    if len(batch) == 1 and batch[0].one_statement:
        [job] = batch
        try:
            job.result = job.write(connection)
        except Exception as exc:  # noqa: BLE001 - the write's own error; a failed statement wrote nothing
            job.error = exc
            return False
        return True
    connection.execute("BEGIN IMMEDIATE")
    try:
        for job in batch:
            try:
                job.result = job.write(connection)
            except Exception as exc:  # noqa: BLE001 - the write's own error, handed to its caller
                job.error = exc
                connection.execute("ROLLBACK")
                return False
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return True
