"""What goes wrong with the journal, in words that name the file or the missing row."""

from __future__ import annotations

from pathlib import Path


class JournalError(Exception):
    """The journal file cannot be used; the message names the file and the problem."""


class NotInJournal(JournalError, LookupError):
    """A draft, order or attempt id the journal does not have."""


class JournalDamaged(JournalError):
    """SQLite found the journal file damaged: pages it cannot read, or a broken structure.

    Nothing more is written to a damaged file (writing into broken pages can spread the
    damage and would leave less to rescue), so the message says how to get the data back.

    Attributes:
        path: the damaged file.
        problem: what SQLite found wrong, in its own words.
    """

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"{path}: the journal file is damaged ({problem}); nothing more is written to it. "
            "To recover, close OrderDesk everywhere, then run 'orderdesk journal restore' to set the damaged "
            f"file aside and go back to the newest good backup, or rescue what is still readable with "
            f"'sqlite3 {path} .recover'."
        )


class JournalUnreachable(JournalError):
    """The shared journal's database cannot be reached (down, dropped, refused); nothing was written."""
