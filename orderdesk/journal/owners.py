"""Which journals are still open: one OS lock per open ``Journal``, gone when it closes or its process ends.

Recovery at opening must tell an attempt whose process died (nobody will ever write its
answer: it becomes ``unknown``) from one a running window is still sending. So each
``Journal`` creates ``<owners folder>/<owner id>.lock`` and holds an exclusive lock on it
until it closes; every attempt records its owner id. The operating system drops the lock
when the process ends, however it ends (SIGKILL, a crash, a power button), so an owner whose
lock can be taken, or whose file is gone, will never answer its attempts.

Restoring a backup (``restore.py``) checks that no journal holds the file, then moves it
aside: a journal opening between the check and the move would be left on the file moved
away. A ``Gate`` closes that window. The restore holds it across its check, move and copy;
an opening journal holds it only while it takes its owner lock, before it touches the file,
so it waits for a restore under way, and a restore that comes after it sees its owner lock.

The lock is ``flock`` on macOS and Linux and ``msvcrt.locking`` on Windows: both belong to
one open file, so a second journal in the same process is refused too. ``fcntl.lockf``
would not do: its locks belong to the whole process, so the same process could take its own
lock, and closing any descriptor of the file would drop it.
"""

from __future__ import annotations

import os
import re
import sys
import time
import uuid
import weakref
from pathlib import Path
from types import TracebackType

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

SUFFIX = ".lock"
_TRIES = 100
"""New lock files tried before giving up; more than one only when other journals open or close at that moment."""
_OWNER_ID = re.compile(r"[0-9a-f]{32}")


class OwnerLock:
    """This journal's lock; held from construction until ``release`` (or the process ends).

    Attributes:
        owner_id: recorded on every attempt this journal begins.
        path: the lock file, removed on release.
    """

    def __init__(self, folder: Path) -> None:
        """Create a lock file with a new owner id in ``folder`` and lock it.

        Raises:
            OSError: the folder cannot be created or written.
        """
        for _ in range(_TRIES):
            folder.mkdir(parents=True, exist_ok=True)
            self.owner_id = uuid.uuid4().hex
            self.path = folder / f"{self.owner_id}{SUFFIX}"
            try:
                descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL)
            except FileNotFoundError:  # the last journal to close removed the folder meanwhile
                continue
            try:
                _lock(descriptor, wait=True)
            except BaseException:
                os.close(descriptor)
                raise
            # A sweep in another journal may have taken the new file before us and removed it
            # (it looked abandoned): a lock on a file that no longer exists protects nothing.
            if os.fstat(descriptor).st_nlink > 0:
                self._release = weakref.finalize(self, _close_owner, descriptor, self.path)
                return
            os.close(descriptor)
        raise OSError(f"no lock file could be kept in {folder}")

    def release(self) -> None:
        """Unlock and remove the file, and the folder once empty; from then on anybody may recover the attempts.

        Runs by itself when the lock is garbage collected or the interpreter exits.
        """
        self._release()


class Gate:
    """An exclusive lock on the file ``path`` (created if missing, never removed); held from construction.

    Use it in a ``with`` block, or ``release`` it. Only one holder at a time, in this process
    too: each ``Gate`` opens the file anew.
    """

    _POLL = 0.05

    def __init__(self, path: Path, *, timeout: float) -> None:
        """Take the lock, waiting up to ``timeout`` seconds for its holder to release it.

        Raises:
            TimeoutError: somebody held it all that time.
            OSError: the file cannot be created or opened.
        """
        self.path = path
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT)
        deadline = time.monotonic() + timeout
        try:
            while not _try_lock(descriptor):
                if time.monotonic() >= deadline:
                    raise TimeoutError(f"{path} was held for more than {timeout:g} s")
                time.sleep(self._POLL)
        except BaseException:  # Ctrl+C while waiting too
            os.close(descriptor)
            raise
        self._release = weakref.finalize(self, os.close, descriptor)  # closing the file drops the lock

    def release(self) -> None:
        """Let the next holder in; runs by itself when the gate is garbage collected or the process ends."""
        self._release()

    def __enter__(self) -> Gate:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.release()


def is_gone(folder: Path, owner_id: str | None) -> bool:
    """Whether the journal ``owner_id`` can never answer its attempts again.

    True when its lock file is missing or its lock can be taken; ``None`` (an attempt written
    before owners were recorded) and a malformed id count as gone. A file that cannot be
    opened for another reason counts as alive: recovery must never touch an attempt in flight.
    """
    if owner_id is None or not _OWNER_ID.fullmatch(owner_id):
        return True
    try:
        descriptor = os.open(folder / f"{owner_id}{SUFFIX}", os.O_RDWR)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        if not _try_lock(descriptor):
            return False
        _unlock(descriptor)
        return True
    finally:
        os.close(descriptor)


def sweep(folder: Path, keep: str) -> int:
    """Remove the lock files of journals that are gone (all but ``keep``'s); return how many.

    A lock file stays behind when its process was killed. Attempts never depend on the file:
    a missing file means a gone owner, so removing one is always safe.
    """
    removed = 0
    try:
        paths = [path for path in folder.iterdir() if path.name.endswith(SUFFIX) and path.stem != keep]
    except FileNotFoundError:
        return 0
    for path in paths:
        try:
            descriptor = os.open(path, os.O_RDWR)
        except OSError:
            continue
        if not _try_lock(descriptor):
            os.close(descriptor)
            continue
        removed += _give_up(descriptor, path)
    return removed


def _close_owner(descriptor: int, path: Path) -> None:
    """Give up this journal's own lock, and remove the folder when no other journal has a file in it."""
    _give_up(descriptor, path)
    try:
        path.parent.rmdir()
    except OSError:  # another journal is open, or a killed one left its file for the next sweep
        pass


def _give_up(descriptor: int, path: Path) -> int:
    """Remove a file whose lock ``descriptor`` holds, then close it; 1 when the file was removed.

    On POSIX the file goes while still locked, so nobody can take it in between. Windows
    refuses to remove an open file, so it is closed first; a journal that opens it in that
    moment keeps it (it is swept another time).
    """
    if sys.platform == "win32":
        _unlock(descriptor)
        os.close(descriptor)
        return _remove(path)
    try:
        return _remove(path)
    finally:
        os.close(descriptor)


def _remove(path: Path) -> int:
    try:
        path.unlink()
    except OSError:  # removed by another sweep meanwhile, or (Windows) opened by another journal
        return 0
    return 1


def _try_lock(descriptor: int) -> bool:
    """Take the lock if nobody holds it; False when somebody does."""
    try:
        _lock(descriptor, wait=False)
    except OSError:
        return False
    return True


if sys.platform == "win32":

    def _lock(descriptor: int, wait: bool) -> None:
        # Locks the file's first byte (past its end is allowed); LK_LOCK tries for ten seconds.
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:

    def _lock(descriptor: int, wait: bool) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
