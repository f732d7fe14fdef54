"""Claiming an order before sending it again, so two processes never send the same order twice.

Two ``orderdesk outbox retry`` runs (or a run and the window's Send again) may plan the same
failed order. Whoever claims it first sends it; the claim is one conditional statement in a
``BEGIN IMMEDIATE`` transaction: the order must still be in a state worth sending, claimed by
nobody, and its latest attempt still the one the claimant planned from. Anything else means
another process has it (or has just handled it), and the loser leaves it alone.

A claim names the open journal that holds it (``owners``), so the claims of a killed process
are given up when the next journal opens, as its attempts in flight become ``unknown``.

Each function runs on a connection the caller has already locked; the caller owns the
transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal.rows import OutboxState, state_of

def _state_of_latest() -> str:
    """SQL for the state the order's latest attempt gives it, written from ``rows.state_of`` so the two never differ.

    An attempt still in flight has no outcome: the CASE gives NULL and the order keeps its state.
    """
    cases = " ".join(f"WHEN '{kind.value}' THEN '{state_of(kind).value}'" for kind in OutcomeKind)
    return f"coalesce((SELECT CASE a.outcome {cases} END FROM attempts a WHERE a.id = orders.latest_attempt_id), state)"


_STATE_OF_LATEST = _state_of_latest()


def claim(
    connection: sqlite3.Connection,
    order_id: int,
    latest_attempt_id: int | None,
    states: Iterable[OutboxState],
    owner: str,
) -> bool:
    """Mark the order ``sending`` for ``owner``; False when another process has it or has moved it on."""
    allowed = [state.value for state in states]
    cursor = connection.execute(
        f"UPDATE orders SET state = ?, claimed_by = ? WHERE id = ? AND claimed_by IS NULL"
        f" AND latest_attempt_id IS ? AND state IN ({', '.join('?' * len(allowed))})",
        (OutboxState.SENDING.value, owner, order_id, latest_attempt_id, *allowed),
    )
    return cursor.rowcount == 1


def release(connection: sqlite3.Connection, order_id: int, owner: str) -> None:
    """Give up ``owner``'s claim; the order's state is its latest attempt's again."""
    connection.execute(
        f"UPDATE orders SET claimed_by = NULL, state = {_STATE_OF_LATEST} WHERE id = ? AND claimed_by = ?",
        (order_id, owner),
    )


def claimants(connection: sqlite3.Connection) -> list[str]:
    """The owners holding a claim now."""
    return [row[0] for row in connection.execute("SELECT DISTINCT claimed_by FROM orders WHERE claimed_by IS NOT NULL")]


def release_all(connection: sqlite3.Connection, owners: Iterable[str]) -> int:
    """Give up every claim of ``owners`` (journals that are gone); how many there were."""
    released = 0
    for owner in owners:
        released += connection.execute(
            f"UPDATE orders SET claimed_by = NULL, state = {_STATE_OF_LATEST} WHERE claimed_by = ?", (owner,)
        ).rowcount
    return released
