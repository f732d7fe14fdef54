"""Which desks' journals are still open, across machines: a row per open journal, kept fresh by a heartbeat.

On one machine an OS lock shows that a journal is open (orderdesk/journal/owners.py); desks
sharing a database cannot see each other's locks. So each open journal keeps a row in
``owners`` and renews its ``heartbeat_at`` every third of the lease. An owner whose heartbeat
is older than the lease (its desk died, was killed, or lost the network that long) is gone:
its attempts in flight become ``unknown`` and its claims are given up, by whichever desk looks
first. A live desk renews well within the lease, so its attempts are never touched. Every
time is the server's clock, which all desks share.

Each function runs on a connection inside a transaction the caller owns.
"""

from __future__ import annotations

import psycopg

from orderdesk.core.outcome import OutcomeKind, Reach
from orderdesk.journal.attempts import NO_ANSWER_REASON

SERVER_NOW = "extract(epoch FROM clock_timestamp())"
"""The database server's time in epoch seconds: one clock for every desk."""

STATE_OF_LATEST = (
    "coalesce((SELECT CASE a.outcome WHEN 'created' THEN 'sent' WHEN 'duplicate' THEN 'sent' ELSE a.outcome END"
    " FROM attempts a WHERE a.id = orders.latest_attempt_id), orders.state)"
)
"""The state an order's latest attempt gives it (the words of ``rows.state_of``), for a claim given up."""

_LIVE = f"SELECT owner_id FROM owners WHERE heartbeat_at >= {SERVER_NOW} - %(lease)s"


def renew(connection: psycopg.Connection, owner_id: str, desk: str, host: str, pid: int) -> None:
    """Say this journal is alive now; brings its row back if a desk took it for gone meanwhile."""
    connection.execute(
        "INSERT INTO owners (owner_id, desk, host, pid, started_at, heartbeat_at)"
        f" VALUES (%s, %s, %s, %s, {SERVER_NOW}, {SERVER_NOW})"
        " ON CONFLICT (owner_id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at",
        (owner_id, desk, host, pid),
    )


def give_up(connection: psycopg.Connection, owner_id: str) -> None:
    """Remove this journal's row as it closes: its attempts still in flight are nobody's from now on."""
    connection.execute("DELETE FROM owners WHERE owner_id = %s", (owner_id,))


def recover(connection: psycopg.Connection, lease_seconds: float, now: float) -> int:
    """Make the attempts in flight of gone owners ``unknown`` and give up their claims; how many attempts.

    An owner is gone when it has no row fresher than the lease; attempts without an owner
    (copied from a desk's SQLite history) count as gone too.
    """
    marked = connection.execute(
        "UPDATE attempts SET outcome = %(unknown)s, reason = %(reason)s, finished_at = %(now)s, reach = %(reach)s"
        f" WHERE outcome IS NULL AND (owner IS NULL OR owner NOT IN ({_LIVE}))",
        {
            "unknown": OutcomeKind.UNKNOWN.value,
            "reason": NO_ANSWER_REASON,
            "now": now,
            "reach": Reach.NO_ANSWER.value,
            "lease": lease_seconds,
        },
    ).rowcount
    connection.execute(
        f"UPDATE orders SET claimed_by = NULL, state = {STATE_OF_LATEST}"
        f" WHERE claimed_by IS NOT NULL AND claimed_by NOT IN ({_LIVE})",
        {"lease": lease_seconds},
    )
    connection.execute(f"DELETE FROM owners WHERE heartbeat_at < {SERVER_NOW} - %(lease)s", {"lease": lease_seconds})
    return max(marked, 0)


def desk_of(connection: psycopg.Connection, owner_id: str) -> str | None:
    """The desk an open journal belongs to; None when it is not open (any more)."""
    row = connection.execute("SELECT desk FROM owners WHERE owner_id = %s", (owner_id,)).fetchone()
    return None if row is None else str(row[0])
