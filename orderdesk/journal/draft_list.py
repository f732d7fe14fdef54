"""The drafts list: orders typed but never sent, summed up in a line each (like a shop's draft orders).

A draft that reached a profile is an order in the outbox, so it is not listed here. Neither is
one with nothing typed in it: every new order is journaled from its first second, and a list
of empty orders would hide the ones that matter.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from pydantic import ValidationError

from orderdesk.core.order import Line
from orderdesk.journal.codec import draft_from_json

DRAFTS_LISTED = 500
"""The newest unsent drafts listed: more than a shop keeps on hold, few enough to read at once."""

_UNSENT = (
    "SELECT id, updated_at, body FROM drafts WHERE id IS NOT ?"
    " AND NOT EXISTS (SELECT 1 FROM orders WHERE orders.draft_id = drafts.id)"
    " ORDER BY updated_at DESC, id DESC LIMIT ?"
)
_DELETE = "DELETE FROM drafts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM orders WHERE orders.draft_id = drafts.id)"


@dataclass(frozen=True)
class DraftSummary:
    """One unsent draft as the list shows it."""

    draft_id: int
    updated_at: float
    external_id: str
    customer: str
    lines: int
    total: Decimal | None


def summarise(draft_id: int, updated_at: float, body: str) -> DraftSummary | None:
    """The draft's line in the list; ``None`` when nothing was typed into it.

    A body that is no longer a readable draft is still listed, so it can be deleted.
    """
    try:
        draft = draft_from_json(body)
    except (ValueError, ValidationError):
        return DraftSummary(draft_id, updated_at, "", "(unreadable)", 0, None)
    lines = [line for line in draft.lines if line != Line()]
    customer = draft.customer.name or draft.customer.email or draft.customer.phone
    address = draft.shipping.model_copy(update={"country": ""})  # a new order's country is the shop's
    if not customer and not lines and address.is_empty():
        return None
    return DraftSummary(draft_id, updated_at, draft.external_id, customer, len(lines), draft.total)


def unsent(connection: sqlite3.Connection, leave_out: int | None, limit: int = DRAFTS_LISTED) -> list[DraftSummary]:
    """The unsent drafts with something typed, newest first, without ``leave_out`` (the one on screen)."""
    rows = connection.execute(_UNSENT, (leave_out, limit)).fetchall()
    found = (summarise(int(draft_id), float(updated_at), str(body)) for draft_id, updated_at, body in rows)
    return [summary for summary in found if summary is not None]


def delete_unsent(connection: sqlite3.Connection, draft_id: int) -> bool:
    """Delete a draft that was never sent; ``False`` when it is gone or became an order."""
    return connection.execute(_DELETE, (draft_id,)).rowcount > 0
