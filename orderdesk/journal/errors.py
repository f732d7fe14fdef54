"""What goes wrong with the journal, in words that name the file or the missing row."""

from __future__ import annotations


class JournalError(Exception):
    """The journal file cannot be used; the message names the file and the problem."""


class NotInJournal(JournalError, LookupError):
    """A draft, order or attempt id the journal does not have."""


class JournalUnreachable(JournalError):
    """The shared journal's database cannot be reached (down, dropped, refused); nothing was written."""
