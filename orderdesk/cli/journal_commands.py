"""``orderdesk journal``: the journal file itself: take a backup now, or go back to one after damage.

``use`` and ``migrate`` (cli/team_commands.py) point the desk at a team's PostgreSQL journal.

``restore [BACKUP]`` lists the backups, sets the journal aside (renamed, never deleted) and
copies the newest good backup, or the one named, into its place; only while no OrderDesk
window or command holds the journal. ``backup`` takes one now. Exit statuses: 0 done, 1
nothing to do (no good backup; a journal that is not damaged and no backup named; no journal
yet), 2 the journal or the backup cannot be used, or the journal is open elsewhere.

Each action is a ``_register_*`` function in ``_ACTIONS``; a new one is added there.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from orderdesk.cli.team_commands import register_migrate, register_use
from orderdesk.config.home import data_dir
from orderdesk.journal.backups import Backup, BackupFailed, counts, folder_of, listing, take
from orderdesk.journal.errors import JournalDamaged, JournalError
from orderdesk.journal.health import find_damage
from orderdesk.journal.opening import journal_choice
from orderdesk.journal.restore import (
    holders,
    move_back,
    newest_good,
    problem_of,
    put_back,
    set_aside,
    shut_out_journals,
)
from orderdesk.journal.store import JOURNAL_FILE, gate_path

EXIT_OK, EXIT_NOTHING, EXIT_UNUSABLE = 0, 1, 2


def register(subparsers: Any) -> None:
    """Add ``journal`` and its actions to the command line."""
    group = subparsers.add_parser(
        "journal",
        help="back up the journal, restore a backup after damage, or share one journal as a team",
        description="The journal, where drafts and attempts are kept: this desk's file, or a team's PostgreSQL "
        "database ('use', 'migrate'). Exit 0 when done, 1 when there is "
        "nothing to do, 2 when the journal or a backup cannot be used or the journal is open elsewhere.",
    )
    actions = group.add_subparsers(dest="journal_action", metavar="ACTION", required=True)
    for add in _ACTIONS:
        add(actions)


def _register_restore(actions: Any) -> None:
    restore = actions.add_parser(
        "restore",
        help="list the backups and go back to the newest good one (or BACKUP)",
        description="List the journal's backups, newest first. Then, when the journal is damaged (or BACKUP is "
        "named), set it aside under a new name (never deleted) and copy the newest backup that passes its check "
        "(or BACKUP) into its place. Close every OrderDesk window and command first; one started meanwhile waits "
        "for the restore, then opens the restored journal. Exit 0 restored, 1 nothing to restore, 2 the journal "
        "or the backup cannot be used, or the journal is open elsewhere.",
    )
    restore.add_argument("backup", nargs="?", metavar="BACKUP", help="a backup file, or its name in the list")
    restore.set_defaults(run=run_restore)


def _register_backup(actions: Any) -> None:
    backup = actions.add_parser(
        "backup",
        help="take a backup of the journal now",
        description="Copy the journal to its backups folder now, after checking it; the newest seven are kept. "
        "Exit 0 taken, 1 no journal yet, 2 the journal is damaged or the copy cannot be written.",
    )
    backup.set_defaults(run=run_backup)


_ACTIONS: tuple[Callable[[Any], None], ...] = (_register_restore, _register_backup, register_use, register_migrate)


def run_restore(args: argparse.Namespace) -> int:
    """List the backups, then put a good one in the journal's place; the damaged journal is kept aside.

    From the check that nobody holds the journal until the backup is in place, no journal can
    open it (``restore.shut_out_journals``): a window started meanwhile waits, then opens the restored file.
    """
    journal = data_dir() / JOURNAL_FILE
    _note_team_journal(journal)
    try:
        gate = shut_out_journals(journal)
    except TimeoutError:
        return _complain(
            f"{journal} is being restored by another command; let it finish first.", "Nothing was changed."
        )
    except OSError as exc:
        return _complain(f"{gate_path(journal)}: the restore lock cannot be taken ({exc}).", "Nothing was changed.")
    with gate:
        return _restore(args, journal)


def _restore(args: argparse.Namespace, journal: Path) -> int:
    """``run_restore`` while no journal can open the file."""
    busy = holders(journal)
    if busy:
        return _complain(
            f"{journal} is open in {busy} OrderDesk window(s) or command(s): close them all, then restore again.",
            "Nothing was changed.",
        )
    _print_listing(journal, listing(journal))
    if args.backup:
        chosen = _named(args.backup, journal)
        problem = problem_of(chosen)
        if problem is not None:
            return _complain(f"{chosen}: cannot be restored ({problem}).", "Nothing was changed.")
    else:
        newest, failed = newest_good(journal)
        for backup, problem in failed:
            print(f"Skipped {backup.path.name}: it does not pass its check ({problem}).")
        if newest is None:
            rescue = f" Rescue what is still readable with 'sqlite3 {journal} .recover'." if journal.exists() else ""
            _complain(f"No good backup to restore.{rescue}", "Nothing was changed.")
            return EXIT_NOTHING
        chosen = newest.path
    current = problem_of(journal) if journal.exists() else None
    if journal.exists() and current is None and not args.backup:
        print(f"{journal} is not damaged; nothing was restored. To go back to a backup anyway, name it: "
              "orderdesk journal restore BACKUP")
        return EXIT_NOTHING
    word = "replaced" if current is None else "damaged"
    try:
        aside = set_aside(journal, word, time.time()) if journal.exists() else None
    except OSError as exc:
        return _complain(f"{journal}: could not be set aside ({exc}).", _where_now(journal))
    try:
        put_back(chosen, journal)
    except OSError as exc:
        return _complain(f"{journal}: the backup could not be put in its place ({exc}).", *_undo(aside, word, journal))
    print(f"Restored {chosen} into {journal}: {_contents(chosen)}.")
    if aside is not None:
        print(f"The {word} journal is kept as {aside}.")
    print("Orders typed or sent after the backup was taken are not in the restored journal; look them up at "
          "the APIs before sending them again.")
    return EXIT_OK


def run_backup(args: argparse.Namespace) -> int:
    """Check the journal and copy it to its backups folder now."""
    journal = data_dir() / JOURNAL_FILE
    _note_team_journal(journal)
    if not journal.exists():
        _complain(f"there is no journal at {journal} yet; nothing to back up.")
        return EXIT_NOTHING
    try:
        problem = find_damage(journal)
    except sqlite3.Error as exc:
        return _complain(f"{journal}: cannot be read ({exc}).", "No backup was taken.")
    if problem is not None:
        return _complain(str(JournalDamaged(journal, problem)), "No backup was taken; the older backups are kept.")
    try:
        made = take(journal, time.time())
    except BackupFailed as exc:
        return _complain(str(exc), "The older backups are kept.")
    print(f"Backed up {journal} to {made.path}: {_size(made.size)}, {_contents(made.path)}.")
    return EXIT_OK


def _note_team_journal(journal: Path) -> None:
    """Say so when this desk uses a team's database: backup and restore act on the desk's own file only."""
    try:
        choice = journal_choice()
    except JournalError:
        return
    if choice.is_shared:
        print(
            f"Note: this desk uses the team journal {choice.masked()}; this acts on the desk's own file {journal}. "
            "Back up the team's database with PostgreSQL's own tools (pg_dump).",
            file=sys.stderr,
        )


def _print_listing(journal: Path, backups: list[Backup]) -> None:
    if not backups:
        print(f"No backups in {folder_of(journal)}.")
        return
    print(f"Backups in {folder_of(journal)}, newest first:")
    for backup in backups:
        taken = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"  {backup.path.name}  {taken}  {_size(backup.size):>9}  {_contents(backup.path)}")


def _named(text: str, journal: Path) -> Path:
    """A backup named by its path, or by its file name in the backups folder."""
    path = Path(text)
    in_folder = folder_of(journal) / text
    return in_folder if not path.exists() and in_folder.exists() else path


def _contents(path: Path) -> str:
    try:
        drafts, attempts = counts(path)
    except sqlite3.Error as exc:
        return f"unreadable ({exc})"
    return f"{drafts} drafts, {attempts} attempts"


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _undo(aside: Path | None, word: str, journal: Path) -> list[str]:
    """Move the set-aside journal back after a failed restore, so the next start does not begin an empty one."""
    if aside is None:
        return [_where_now(journal)]
    try:
        move_back(aside, journal)
    except OSError as exc:
        return [
            f"The {word} journal is kept as {aside}, and could not be moved back ({exc}): rename it to "
            f"{journal} before starting OrderDesk, or it starts an empty journal."
        ]
    return [f"The {word} journal was set aside as {aside} and has been moved back: {journal} is as it was."]


def _where_now(journal: Path) -> str:
    if journal.exists():
        return f"{journal} is as it was."
    return f"No journal is at {journal} now: copy a backup there by hand, or OrderDesk starts an empty one."


def _complain(*lines: str) -> int:
    for line in lines:
        print(f"orderdesk journal: {line}", file=sys.stderr)
    return EXIT_UNUSABLE
