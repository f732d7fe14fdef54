"""Draft rows: the autosaved text of each order as typed.

Each function runs on a connection the caller has already locked; the caller owns the
transaction.
"""

from __future__ import annotations

import sqlite3

from orderdesk.journal.errors import NotInJournal
from orderdesk.journal.rows import OutboxState

SENT_AS_SAVED = (
    "EXISTS (SELECT 1 FROM orders WHERE orders.draft_id = drafts.id)"
    f" AND NOT EXISTS (SELECT 1 FROM orders WHERE orders.draft_id = drafts.id AND orders.state <> '{OutboxState.SENT}')"
    " AND drafts.updated_at <= (SELECT max(attempts.started_at) FROM attempts JOIN orders ON orders.id = attempts.order_id"
    " WHERE orders.draft_id = drafts.id AND attempts.resolved_by IS NULL)"
)
"""SQL (the same on both journals) that is true for a draft done with: every order it became is at its API
(``sent``) and nothing was saved into it since its last request (a person's "Mark resolved" is no request, so
typing before it still counts). Such a draft is not the one a person was typing, so start does not reopen it; a
save after the send (typing on) makes it a draft in progress again."""


def save(connection: sqlite3.Connection, body: str, draft_id: int | None, now: float) -> int:
    """Insert or overwrite one draft in a single statement; return its id.

    An id the journal does not know yet is inserted under that id, so what was typed is
    kept even if the row it belonged to is gone. Saving leaves a closed draft closed.
    """
    row = connection.execute(
        "INSERT INTO drafts (id, body, created_at, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at"
        " RETURNING id",
        (draft_id, body, now, now),
    ).fetchall()[0]
    return int(row[0])


def ensure(connection: sqlite3.Connection, body: str, draft_id: int | None, now: float) -> int:
    """The id of draft ``draft_id``, inserted with ``body`` only when missing.

    Used when sending: the draft row may hold newer typing than the snapshot being sent
    (the person keeps typing while a worker sends), so an existing row is never touched.
    Without an id the snapshot becomes a new, closed draft of its own.
    """
    if draft_id is None:
        cursor = connection.execute(
            "INSERT INTO drafts (body, created_at, updated_at, closed_at) VALUES (?, ?, ?, ?)",
            (body, now, now, now),
        )
        return int(cursor.lastrowid or 0)
    connection.execute(
        "INSERT INTO drafts (id, body, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        (draft_id, body, now, now),
    )
    return draft_id


def load(connection: sqlite3.Connection, draft_id: int) -> str:
    """The stored JSON of one draft."""
    row = connection.execute("SELECT body FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    if row is None:
        raise NotInJournal(f"no draft {draft_id} in the journal")
    return str(row[0])


def latest_open(connection: sqlite3.Connection) -> tuple[int, str] | None:
    """The open draft saved most recently, as ``(id, json)``; ``None`` when there is none or it was sent as
    saved (``SENT_AS_SAVED``): start then shows a fresh order, and the sent one stays in the journal."""
    row = connection.execute(
        f"SELECT id, body, {SENT_AS_SAVED} FROM drafts WHERE closed_at IS NULL"
        " ORDER BY updated_at DESC, id DESC LIMIT 1"
    ).fetchone()
    return None if row is None or row[2] else (int(row[0]), str(row[1]))


def set_closed(connection: sqlite3.Connection, draft_id: int, now: float, closed: bool) -> None:
    """Close a draft, or open it again (which makes it the latest open one)."""
    if closed:
        cursor = connection.execute(
            "UPDATE drafts SET closed_at = coalesce(closed_at, ?) WHERE id = ?", (now, draft_id)
        )
    else:
        cursor = connection.execute("UPDATE drafts SET closed_at = NULL, updated_at = ? WHERE id = ?", (now, draft_id))
    if cursor.rowcount == 0:
        raise NotInJournal(f"no draft {draft_id} in the journal")
