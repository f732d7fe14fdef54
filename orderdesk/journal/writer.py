"""One thread that writes the journal: every write queued meanwhile shares its next commit.

Every journal write must be committed before its method returns (a request leaves only
after its attempt is on disk). With several workers sending, a commit costs far more than
its statements (each commit writes every page it touched to the WAL), and every SQLite call
lets go of the interpreter lock, so a worker that wrote itself had to win the lock back
from the others after each statement, with the workers queued behind it waiting too. So
one thread owns the connection: a caller queues its write and sleeps; the writer takes
everything queued, runs it in one transaction and commits, then wakes each caller with its
result. A caller never returns before the transaction holding its write has committed.

Should one write fail, the transaction is rolled back and each write of the batch runs
again in a transaction of its own, so only the failing one fails: writes must therefore be
safe to run again after a rollback (plain statements on the connection are). Whatever a
write raises (``KeyboardInterrupt`` too) is its caller's error; the writer goes on.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar, cast

from orderdesk.journal.checkpoints import Checkpointer

T = TypeVar("T")

Write = Callable[[sqlite3.Connection], T]
"""One write: statements on the connection, inside a transaction it must not end."""


class _Job(Generic[T]):
    """A queued write and, once committed or failed, its result; its caller sleeps on ``_done``."""

    __slots__ = ("write", "one_statement", "result", "error", "_done")

    def __init__(self, write: Write[T], one_statement: bool) -> None:
        self.write = write
        self.one_statement = one_statement
        self.result: T | None = None
        self.error: BaseException | None = None
        self._done = threading.Lock()  # a lock rather than an Event: one futex, no condition variable
        self._done.acquire()

    def wait(self) -> None:
        self._done.acquire()

    def finish(self) -> None:
        self._done.release()


class JournalWriter:
    """Runs writes on one connection from a thread of its own, all writes queued together in one transaction."""

    def __init__(self, connection: sqlite3.Connection, name: str) -> None:
        """Write through ``connection`` (opened with ``isolation_level=None``); ``name`` is for messages.

        A file's write-ahead log is checkpointed by a ``Checkpointer`` of its own, not in the
        writer's commits.
        """
        self._connection = connection
        self._name = name
        self._checkpoints: Checkpointer | None = None
        [(_, _, file)] = [row for row in connection.execute("PRAGMA database_list") if row[1] == "main"]
        if file:
            connection.execute("PRAGMA wal_autocheckpoint=0")
            self._checkpoints = Checkpointer(Path(file))
        self._lock = threading.Lock()
        self._queued = threading.Condition(self._lock)
        """Notified when a write is queued, or the writer is to stop."""
        self._queue: list[_Job[object]] = []
        self._closing = False
        self._thread = threading.Thread(target=self._serve, name="orderdesk-journal-writer", daemon=True)
        self._thread.start()

    def run(self, write: Write[T], *, one_statement: bool = False) -> T:
        """Run ``write`` in a committed transaction and return its result, or raise its error.

        Args:
            write: the statements to run.
            one_statement: ``write`` runs a single statement, which SQLite makes atomic and
                commits by itself; when nothing else is queued it runs without ``BEGIN``/``COMMIT``.

        Raises:
            sqlite3.ProgrammingError: the journal was closed.
            sqlite3.Error: the write failed, or the transaction holding it could not commit.
        """
        job = _Job(write, one_statement)
        with self._lock:
            if self._closing:
                raise sqlite3.ProgrammingError(f"{self._name} is closed")
            self._queue.append(cast(_Job[object], job))
            if len(self._queue) == 1:
                self._queued.notify()
        job.wait()
        if job.error is not None:
            raise job.error
        return cast(T, job.result)

    def close(self) -> None:
        """Write what is queued, then close the connection; later writes are refused."""
        with self._lock:
            self._closing = True
            self._queued.notify()
        if self._thread is not threading.current_thread():
            self._thread.join()

    def _serve(self) -> None:
        """The writer thread: commit whatever is queued, batch after batch, until closed."""
        while True:
            with self._lock:
                while not self._queue and not self._closing:
                    self._queued.wait()
                batch, self._queue = self._queue, []
                stopping = self._closing and not batch
            if stopping:
                if self._checkpoints is not None:
                    self._checkpoints.close()
                self._connection.close()
                return
            try:
                _commit(self._connection, batch)
            finally:
                for job in batch:
                    job.finish()
            if self._checkpoints is not None:
                self._checkpoints.committed()


def _commit(connection: sqlite3.Connection, batch: list[_Job[object]]) -> None:
    """Commit ``batch``; each write ends with its result or its error."""
    try:
        together = _run_together(connection, batch)
    except BaseException as exc:  # noqa: BLE001 - the transaction could not begin or commit: its writes fail with why
        for job in batch:
            job.result, job.error = None, job.error or exc
        return
    if together or len(batch) == 1:
        return
    for job in batch:  # one write failed and nothing was written: each on its own now
        job.result, job.error = None, None
        try:
            _run_together(connection, [job])
        except BaseException as exc:  # noqa: BLE001 - as above, for this write alone
            job.result, job.error = None, exc


def _run_together(connection: sqlite3.Connection, batch: list[_Job[object]]) -> bool:
    """Run the writes in one transaction; False, with nothing written, when one of them failed.

    Raises:
        sqlite3.Error: the transaction could not begin or commit (it is rolled back).
    """
    if len(batch) == 1 and batch[0].one_statement:
        [job] = batch
        try:
            job.result = job.write(connection)
        except BaseException as exc:  # noqa: BLE001 - the write's own error; a failed statement wrote nothing
            job.error = exc
            return False
        return True
    connection.execute("BEGIN IMMEDIATE")
    try:
        for job in batch:
            try:
                job.result = job.write(connection)
            except BaseException as exc:  # noqa: BLE001 - the write's own error (Ctrl+C too), for its caller
                job.error = exc
                connection.execute("ROLLBACK")
                return False
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return True
