"""The customer book of a journal, whichever database keeps it, read again only when its drafts changed.

Only the drafts' bodies and when they were saved are read, newest first, through the journal's
own reads (a team's desks all add to one book). Reading the whole book is seconds at
``RECENT_DRAFTS``, and autosave writes the draft being typed every few hundred milliseconds, so
that draft is left out, of the book and of what counts as a change.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from orderdesk.customers.book import CustomerEntry, entries_from

RECENT_DRAFTS = 20_000
"""How many of the newest drafts the book is made from: years of phone orders for a small shop."""


class DraftBodies(Protocol):
    """The journal's reads the book needs (``JournalStore`` has them)."""

    def drafts_version(self, leave_out: int | None) -> tuple[int, float | None]: ...

    def recent_draft_bodies(self, leave_out: int | None, limit: int) -> list[tuple[float, str]]: ...


class JournalCustomers:
    """The customer book of one journal, reloaded only when a draft other than the one being typed changed."""

    def __init__(self, journal: DraftBodies) -> None:
        self._journal = journal
        self._seen: tuple[Any, ...] | None = None
        self._entries: list[CustomerEntry] = []

    def entries(self, leave_out: int | None = None) -> list[CustomerEntry]:
        """Every entry, newest first, without the draft ``leave_out`` (the one being typed)."""
        state = (*self._journal.drafts_version(leave_out), leave_out)
        if state != self._seen:
            rows = self._journal.recent_draft_bodies(leave_out, RECENT_DRAFTS)
            self._entries = entries_from((updated_at, _parsed(body)) for updated_at, body in rows)
            self._seen = state
        return self._entries


def _parsed(body: str) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
