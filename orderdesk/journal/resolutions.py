"""A person's word on an order nobody can look up: "it is at the API (reference …)" or "it is not".

An ``unknown`` order at an API with no lookup (Feedback Company) stays unclear for ever
unless a person checks the API's dashboard. What they found is written as a row in the
order's attempt history, so it shows next to the requests, says who said it and when, and
moves the order on as an answer would: ``sent`` with the reference, or ``failed`` and safe to
send again. Everything before the row is settled by it: the unclear attempts before a "not
there" are never looked up again (``orderdesk/outbox/plan.py``).

Each function runs on a connection the caller has already locked; the caller owns the
transaction, so the checks and the write are one atomic step against a claim.
"""

from __future__ import annotations

import getpass
import socket
import sqlite3
from dataclasses import dataclass

from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal.errors import NotInJournal
from orderdesk.journal.rows import OutboxState

RESOLVABLE_STATES = (OutboxState.UNKNOWN, OutboxState.FAILED)
"""States a person may settle by checking at the API; the others are settled, or being sent."""


class NotResolvable(Exception):
    """The order cannot be marked resolved now; the message says why in plain words."""


@dataclass(frozen=True)
class Resolution:
    """What a person found at the API.

    Attributes:
        reference: the API's reference when the order is there; empty when it is not.
        by: who said it (``desk_name``).
    """

    created: bool
    reference: str
    by: str

    @property
    def reason(self) -> str:
        """The row's plain words, as the attempt history shows them."""
        if self.created:
            return f"Marked as at the API (reference {self.reference}) by {self.by}."
        return f"Marked as not at the API by {self.by}: safe to send again."


def desk_name() -> str:
    """The operating system's user and computer name, ``user@desk``, to say who resolved an order."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        user = "someone"
    return f"{user}@{socket.gethostname() or 'this computer'}"


def check(order_id: int, state: OutboxState, claimed_by: str | None) -> None:
    """Refuse an order that is being sent, or in a state a person cannot settle (both journals ask this).

    Raises:
        NotResolvable: why, in plain words.
    """
    if claimed_by is not None or state is OutboxState.SENDING:
        raise NotResolvable(f"order {order_id} is being sent right now; wait for its outcome.")
    if state not in RESOLVABLE_STATES:
        raise NotResolvable(f"order {order_id} is {state.value}; only an unknown or failed order can be resolved.")


def resolve(connection: sqlite3.Connection, order_id: int, resolution: Resolution, owner: str, now: float) -> int:
    """Write ``resolution`` as the order's latest row and move its state on; the new row's id.

    Raises:
        NotInJournal: no such order.
        NotResolvable: the order is claimed or being sent, or in a state a person cannot settle.
    """
    row = connection.execute(
        "SELECT state, claimed_by, latest_attempt_id FROM orders WHERE id = ?", (order_id,)
    ).fetchone()
    if row is None:
        raise NotInJournal(f"no order {order_id} in the journal")
    state, claimed_by, latest_attempt_id = OutboxState(row[0]), row[1], row[2]
    check(order_id, state, claimed_by)
    outcome = OutcomeKind.CREATED if resolution.created else OutcomeKind.FAILED  # no request: it reached nothing
    cursor = connection.execute(
        "INSERT INTO attempts (order_id, started_at, finished_at, method, url, headers, request_body, draft,"
        " outcome, reference, reason, retryable, reach, owner, resolved_by)"
        " SELECT ?, ?, ?, '', '', '{}', '', draft, ?, ?, ?, ?, ?, ?, ? FROM attempts WHERE id = ?",
        (
            order_id,
            now,
            now,
            outcome.value,
            resolution.reference,
            resolution.reason,
            int(not resolution.created),
            None,
            owner,
            resolution.by,
            latest_attempt_id,
        ),
    )
    attempt_id = int(cursor.lastrowid or 0)
    connection.execute(
        "UPDATE orders SET state = ?, latest_attempt_id = ?, latest_at = ? WHERE id = ?",
        (OutboxState.SENT.value if resolution.created else OutboxState.FAILED.value, attempt_id, now, order_id),
    )
    return attempt_id
