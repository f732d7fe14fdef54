"""Going back to a backup: the journal file set aside (never deleted), a good backup copied into its place.

Only while no OrderDesk holds the journal open: a window or command still running would go
on with its own connections to the file set aside, and its ``-wal`` file would be moved
from under it. The ``-wal`` and ``-shm`` files move with the journal, under the same new
name, so the file set aside keeps every committed write for ``sqlite3 FILE .recover``.

A restore holds the journal's gate (``shut_out_journals``) from its ``holders`` check until
the backup is in place. A journal takes its owner lock through that gate before it touches
the file, so one that starts meanwhile waits for the restore and opens the restored file,
and one that started before is counted by ``holders``: no journal ever opens the file being
moved away, and none is missed by the check.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from orderdesk.journal import owners, store
from orderdesk.journal.backups import Backup, listing
from orderdesk.journal.health import find_damage
from orderdesk.journal.store import gate_path, owners_folder

_SIDE_FILES = ("", "-wal", "-shm")


def shut_out_journals(journal: Path) -> owners.Gate:
    """Keep every journal of the file ``journal`` from opening until the gate returned is released.

    Hold it across ``holders``, ``set_aside`` and ``put_back``. A journal that starts opening
    meanwhile waits (up to ``store.RESTORE_WAIT`` seconds, then ``JournalError``); a journal
    that is opening right now holds the gate only while it takes its owner lock.

    Raises:
        TimeoutError: another restore held the gate for ``store.RESTORE_WAIT`` seconds.
        OSError: the gate's file cannot be created beside the journal.
    """
    return owners.Gate(gate_path(journal), timeout=store.RESTORE_WAIT)


def holders(journal: Path) -> int:
    """How many open journals (windows, commands) hold the file ``journal`` now."""
    folder = owners_folder(journal)
    try:
        names = [path.name for path in folder.iterdir() if path.name.endswith(owners.SUFFIX)]
    except FileNotFoundError:
        return 0
    return sum(not owners.is_gone(folder, name.removesuffix(owners.SUFFIX)) for name in names)


def problem_of(path: Path) -> str | None:
    """What is wrong with the file at ``path`` (damage, or why it cannot be read); ``None`` when it is good."""
    try:
        return find_damage(path)
    except sqlite3.Error as exc:
        return str(exc)


def newest_good(journal: Path) -> tuple[Backup | None, list[tuple[Backup, str]]]:
    """The newest backup that passes its check, and the newer ones that did not, with what is wrong."""
    failed = []
    for backup in listing(journal):
        problem = problem_of(backup.path)
        if problem is None:
            return backup, failed
        failed.append((backup, problem))
    return None, failed


def set_aside(journal: Path, word: str, now: float) -> Path:
    """Rename the journal (and its ``-wal``/``-shm``) to ``journal.sqlite3.<word>-<UTC time>``; the new name.

    A rename that fails moves the files already renamed back, so the journal is never split.
    """
    stamp = datetime.fromtimestamp(now, timezone.utc).strftime("%Y%m%d-%H%M%S")
    aside = journal.with_name(f"{journal.name}.{word}-{stamp}")
    try:
        for suffix in _SIDE_FILES:
            source = journal.with_name(journal.name + suffix)
            if source.exists():
                os.replace(source, aside.with_name(aside.name + suffix))
    except OSError:
        move_back(aside, journal)
        raise
    return aside


def move_back(aside: Path, journal: Path) -> None:
    """Rename the files ``set_aside`` made back to the journal's own names (a restore that could not finish)."""
    for suffix in _SIDE_FILES:
        source = aside.with_name(aside.name + suffix)
        if source.exists():
            os.replace(source, journal.with_name(journal.name + suffix))


def put_back(backup: Path, journal: Path) -> None:
    """Copy ``backup`` to ``journal``: written beside it, flushed, then renamed, so a cut never leaves half a file."""
    incoming = journal.with_name(journal.name + ".restoring")
    try:
        shutil.copyfile(backup, incoming)
        descriptor = os.open(incoming, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(incoming, journal)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
