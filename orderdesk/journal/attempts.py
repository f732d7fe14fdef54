"""Order and attempt rows: every request is written before it leaves, and its outcome when it returns.

Each function runs on a connection the caller has already locked; the caller owns the
transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from orderdesk.findings import Findings
from orderdesk.journal.errors import NotInJournal
from orderdesk.journal.rows import AttemptRow, OutboxState, state_of, utc
from orderdesk.outcome import Outcome, OutcomeKind

NO_ANSWER_REASON = (
    "OrderDesk stopped before the answer arrived: the order may or may not exist at the API. "
    "Check there before sending it again."
)


@dataclass(frozen=True)
class Request:
    """What is journaled about one request before it leaves.

    Attributes:
        draft_id: the order's draft; the order is the pair (draft, profile).
        customer: the name the outbox shows and searches.
        headers: non-secret headers only (the caller filters them).
    """

    draft_id: int
    profile: str
    target: str
    external_id: str
    customer: str
    email: str
    method: str
    url: str
    headers: Mapping[str, str]
    body: str
    draft_json: str


def begin(connection: sqlite3.Connection, request: Request, now: float) -> int:
    """Find or create the order of (draft, profile), add an in-flight attempt, and return its id."""
    search = "\x1f".join((request.external_id, request.customer, request.email)).casefold()
    order_id = connection.execute(
        "INSERT INTO orders (draft_id, profile, target, external_id, customer, email, search, state, latest_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (draft_id, profile) DO UPDATE SET target = excluded.target,"
        " external_id = excluded.external_id, customer = excluded.customer, email = excluded.email,"
        " search = excluded.search, state = excluded.state, latest_at = excluded.latest_at"
        " RETURNING id",
        (
            request.draft_id,
            request.profile,
            request.target,
            request.external_id,
            request.customer,
            request.email,
            search,
            OutboxState.SENDING.value,
            now,
        ),
    ).fetchall()[0][0]
    attempt_id = connection.execute(
        "INSERT INTO attempts (order_id, started_at, method, url, headers, request_body, draft)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            order_id,
            now,
            request.method,
            request.url,
            json.dumps(dict(request.headers), ensure_ascii=False),
            request.body,
            request.draft_json,
        ),
    ).lastrowid
    connection.execute(
        "UPDATE orders SET latest_attempt_id = ?, attempt_count = attempt_count + 1 WHERE id = ?",
        (attempt_id, order_id),
    )
    return int(attempt_id or 0)


def finish(connection: sqlite3.Connection, attempt_id: int, outcome: Outcome, duration_ms: float, now: float) -> None:
    """Write an attempt's outcome; the order's state follows when it is the order's latest attempt.

    An attempt already marked ``unknown`` at a restart is overwritten: a real answer that
    arrives late is better than the guess.
    """
    rows = connection.execute(
        "UPDATE attempts SET finished_at = ?, outcome = ?, status = ?, response_body = ?, reference = ?,"
        " reason = ?, retryable = ?, errors = ?, duration_ms = ? WHERE id = ? RETURNING order_id",
        (
            now,
            outcome.kind.value,
            outcome.status,
            outcome.response_text,
            outcome.reference,
            outcome.reason,
            int(outcome.retryable),
            json.dumps(outcome.errors.as_json(), ensure_ascii=False),
            duration_ms,
            attempt_id,
        ),
    ).fetchall()
    if not rows:
        raise NotInJournal(f"no attempt {attempt_id} in the journal")
    connection.execute(
        "UPDATE orders SET state = ? WHERE id = ? AND latest_attempt_id = ?",
        (state_of(outcome.kind).value, rows[0][0], attempt_id),
    )


def mark_unanswered_unknown(connection: sqlite3.Connection, now: float) -> int:
    """Turn every attempt still in flight into ``unknown``; return how many there were.

    Run when the journal opens: an attempt without an outcome at that point belonged to a
    process that ended before its answer arrived.
    """
    order_ids = connection.execute(
        "UPDATE attempts SET outcome = ?, reason = ?, finished_at = ? WHERE outcome IS NULL RETURNING order_id",
        (OutcomeKind.UNKNOWN.value, NO_ANSWER_REASON, now),
    ).fetchall()
    connection.execute(
        "UPDATE orders SET state = ? WHERE state = ?", (OutboxState.UNKNOWN.value, OutboxState.SENDING.value)
    )
    return len(order_ids)


_ATTEMPT_COLUMNS = (
    "a.id, a.order_id, o.profile, o.target, a.started_at, a.finished_at, a.method, a.url, a.headers,"
    " a.request_body, a.draft, a.outcome, a.status, a.response_body, a.reference, a.reason, a.retryable,"
    " a.errors, a.duration_ms"
)


def history(connection: sqlite3.Connection, order_id: int) -> list[AttemptRow]:
    """Every attempt of one order, oldest first."""
    rows = connection.execute(
        f"SELECT {_ATTEMPT_COLUMNS} FROM attempts a JOIN orders o ON o.id = a.order_id"
        " WHERE a.order_id = ? ORDER BY a.id",
        (order_id,),
    ).fetchall()
    if not rows and connection.execute("SELECT 1 FROM orders WHERE id = ?", (order_id,)).fetchone() is None:
        raise NotInJournal(f"no order {order_id} in the journal")
    return [_attempt(row) for row in rows]


def one(connection: sqlite3.Connection, attempt_id: int) -> AttemptRow:
    """One attempt by id."""
    row = connection.execute(
        f"SELECT {_ATTEMPT_COLUMNS} FROM attempts a JOIN orders o ON o.id = a.order_id WHERE a.id = ?",
        (attempt_id,),
    ).fetchone()
    if row is None:
        raise NotInJournal(f"no attempt {attempt_id} in the journal")
    return _attempt(row)


def latest_errors(connection: sqlite3.Connection, draft_id: int) -> dict[str, Findings]:
    """Per profile, the findings of the latest answered attempt of ``draft_id``'s order there."""
    rows = connection.execute(
        "SELECT o.profile, a.errors FROM orders o JOIN attempts a ON a.id = ("
        "  SELECT max(id) FROM attempts WHERE order_id = o.id AND finished_at IS NOT NULL"
        ") WHERE o.draft_id = ? ORDER BY o.profile",
        (draft_id,),
    ).fetchall()
    return {str(profile): _findings(text) for profile, text in rows}


def draft_of(connection: sqlite3.Connection, order_id: int) -> int:
    """The draft id of one order."""
    row = connection.execute("SELECT draft_id FROM orders WHERE id = ?", (order_id,)).fetchone()
    if row is None:
        raise NotInJournal(f"no order {order_id} in the journal")
    return int(row[0])


def _attempt(row: tuple[Any, ...]) -> AttemptRow:
    finished, outcome = row[5], row[11]
    return AttemptRow(
        attempt_id=row[0],
        order_key=row[1],
        profile=row[2],
        target=row[3],
        started_at=utc(row[4]),
        finished_at=None if finished is None else utc(finished),
        method=row[6],
        url=row[7],
        headers=json.loads(row[8]),
        request_body=row[9],
        draft_json=row[10],
        outcome=None if outcome is None else OutcomeKind(outcome),
        status=row[12],
        response_body=row[13],
        reference=row[14],
        reason=row[15],
        retryable=bool(row[16]),
        errors=_findings(row[17]),
        duration_ms=row[18],
    )


def _findings(text: str) -> Findings:
    data = json.loads(text)
    return Findings(errors=data.get("errors", {}), warnings=data.get("warnings", {}))
