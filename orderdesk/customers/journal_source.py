"""The drafts of the SQLite journal, read on a read-only connection of their own, for the customer book.

Only ``drafts`` (id, body, updated_at) is read, newest first; the journal's writers are never
waited for (WAL). A journal backend of another kind gives the book the same pairs.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from orderdesk.customers.book import CustomerEntry, entries_from

RECENT_DRAFTS = 20_000
"""How many of the newest drafts the book is made from: years of phone orders for a small shop."""

_RECENT = "SELECT updated_at, body FROM drafts WHERE id IS NOT ? ORDER BY updated_at DESC LIMIT ?"
_CHANGED = "SELECT count(*), max(updated_at) FROM drafts WHERE id IS NOT ?"
"""Whether any draft but the one being typed changed: that one is saved as it is typed, and the book leaves it out."""


class JournalCustomers:
    """The customer book of one journal file, reloaded only when a draft other than the one being typed changed.

    Reading it is seconds at ``RECENT_DRAFTS``; autosave writes the draft being typed every few
    hundred milliseconds, so counting that one as a change would read the whole book per keystroke.
    """

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=10.0, check_same_thread=False)
        self._seen: tuple[Any, ...] | None = None
        self._entries: list[CustomerEntry] = []

    def entries(self, leave_out: int | None = None) -> list[CustomerEntry]:
        """Every entry, newest first, without the draft ``leave_out`` (the one being typed)."""
        state = (*self._connection.execute(_CHANGED, (leave_out,)).fetchone(), leave_out)
        if state != self._seen:
            rows = self._connection.execute(_RECENT, (leave_out, RECENT_DRAFTS)).fetchall()
            self._entries = entries_from((updated_at, _parsed(body)) for updated_at, body in rows)
            self._seen = state
        return self._entries

    def close(self) -> None:
        """Release the file."""
        self._connection.close()


def _parsed(body: str) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
