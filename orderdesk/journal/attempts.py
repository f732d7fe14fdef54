"""Order and attempt rows: every request is written before it leaves, and its outcome when it returns.

Each function runs on a connection the caller has already locked; the caller owns the
transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind, Reach
from orderdesk.journal import drafts
from orderdesk.journal.errors import NotInJournal
from orderdesk.journal.rows import AttemptRow, OutboxState, utc

NO_ANSWER_REASON = (
    "OrderDesk stopped before the answer arrived: the order may or may not exist at the API. "
    "Check there before sending it again."
)


@dataclass(frozen=True)
class Request:
    """What is journaled about one request before it leaves, ready to write.

    Everything is computed before the write lock is taken; ``begin`` only runs statements.

    Attributes:
        draft_id: the order's draft; ``None`` makes ``draft_json`` a new draft of its own.
            The order is the pair (draft, profile).
        customer: the name the outbox shows and searches.
        search: what the outbox's text filter looks in: external id, customer and e-mail, case-folded.
        headers_json: the non-secret headers only (the caller filters them), as JSON.
        owner: the id of the open journal writing it, whose lock shows it is still running.
    """

    draft_id: int | None
    profile: str
    target: str
    external_id: str
    customer: str
    email: str
    method: str
    url: str
    headers_json: str
    body: str
    draft_json: str
    owner: str
    search: str

    @classmethod
    def of(
        cls,
        draft_id: int | None,
        draft: OrderDraft,
        draft_json: str,
        profile: str,
        target: str,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: str,
        owner: str,
    ) -> Request:
        """The request as journaled; ``headers`` must already be free of secrets."""
        customer = draft.customer.name or " ".join(
            part for part in (draft.shipping.first_name, draft.shipping.last_name) if part
        )
        customer = customer or draft.shipping.company
        email = draft.customer.email or draft.shipping.email
        return cls(
            draft_id=draft_id,
            profile=profile,
            target=target,
            external_id=draft.external_id,
            customer=customer,
            email=email,
            method=method,
            url=url,
            headers_json=json.dumps(dict(headers), ensure_ascii=False),
            body=body,
            draft_json=draft_json,
            owner=owner,
            search="\x1f".join((draft.external_id, customer, email)).casefold(),
        )


def begin(connection: sqlite3.Connection, request: Request, now: float) -> int:
    """Find or create the order of (draft, profile), add an in-flight attempt, and return its id.

    Three statements, none returning rows: the attempt's id is chosen (one past the largest,
    which nobody else can take inside the caller's write transaction) by the statement that
    makes it the order's latest, and the attempt is inserted under that id.
    """
    draft_id = drafts.ensure(connection, request.draft_json, request.draft_id, now)
    connection.execute(
        "INSERT INTO orders (draft_id, profile, target, external_id, customer, email, search, state, latest_at,"
        " latest_attempt_id, attempt_count)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) + 1 FROM attempts), 1)"
        " ON CONFLICT (draft_id, profile) DO UPDATE SET target = excluded.target,"
        " external_id = excluded.external_id, customer = excluded.customer, email = excluded.email,"
        " search = excluded.search, state = excluded.state, latest_at = excluded.latest_at,"
        " latest_attempt_id = excluded.latest_attempt_id, attempt_count = attempt_count + 1",
        (
            draft_id,
            request.profile,
            request.target,
            request.external_id,
            request.customer,
            request.email,
            request.search,
            OutboxState.SENDING.value,
            now,
        ),
    )
    cursor = connection.execute(
        "INSERT INTO attempts (id, order_id, started_at, method, url, headers, request_body, draft, owner)"
        " SELECT latest_attempt_id, id, ?, ?, ?, ?, ?, ?, ? FROM orders WHERE draft_id = ? AND profile = ?",
        (
            now,
            request.method,
            request.url,
            request.headers_json,
            request.body,
            request.draft_json,
            request.owner,
            draft_id,
            request.profile,
        ),
    )
    return int(cursor.lastrowid or 0)


def errors_json(outcome: Outcome) -> str:
    """An outcome's findings as ``finish`` stores them (computed before the write lock is taken)."""
    return json.dumps(outcome.errors.as_json(), ensure_ascii=False)


def finished_values(outcome: Outcome, errors: str, duration_ms: float, now: float) -> tuple[object, ...]:
    """What ``finish`` writes, in its columns' order (``finished_at`` to ``reach``); both journals write the same."""
    return (
        now,
        outcome.kind.value,
        outcome.status,
        outcome.response_text,
        outcome.reference,
        outcome.reason,
        int(outcome.retryable),
        errors,
        duration_ms,
        outcome.reach.value,
    )


def finish(
    connection: sqlite3.Connection, attempt_id: int, outcome: Outcome, errors: str, duration_ms: float, now: float
) -> None:
    """Write an attempt's outcome (``errors`` from ``errors_json``) in one statement.

    The order's state follows when this is its latest attempt (the schema's
    ``attempts_answered`` trigger). An attempt already marked ``unknown`` at a restart is
    overwritten: a real answer that arrives late is better than the guess.
    """
    cursor = connection.execute(
        "UPDATE attempts SET finished_at = ?, outcome = ?, status = ?, response_body = ?, reference = ?,"
        " reason = ?, retryable = ?, errors = ?, duration_ms = ?, reach = ? WHERE id = ?",
        (*finished_values(outcome, errors, duration_ms, now), attempt_id),
    )
    if cursor.rowcount == 0:
        raise NotInJournal(f"no attempt {attempt_id} in the journal")


def owners_in_flight(connection: sqlite3.Connection) -> list[str | None]:
    """The owners of the attempts still in flight (``None`` for attempts older than owners)."""
    return [row[0] for row in connection.execute("SELECT DISTINCT owner FROM attempts WHERE outcome IS NULL")]


def mark_unanswered_unknown(connection: sqlite3.Connection, owners: Iterable[str | None], now: float) -> int:
    """Turn the attempts in flight of ``owners`` into ``unknown``; return how many there were.

    Run when the journal opens, for the owners that are gone (``owners.is_gone``): nobody
    will write those attempts' answers. Attempts of a journal still open, in this process
    or another, are left alone: their answers are on the way. An order follows when its
    latest attempt is one of them.
    """
    marked = 0
    for owner in owners:
        marked += connection.execute(
            "UPDATE attempts SET outcome = ?, reason = ?, finished_at = ?, reach = ?"
            " WHERE outcome IS NULL AND owner IS ?",
            (OutcomeKind.UNKNOWN.value, NO_ANSWER_REASON, now, Reach.NO_ANSWER.value, owner),
        ).rowcount
    return marked


_ATTEMPT_COLUMNS = (
    "a.id, a.order_id, o.profile, o.target, a.started_at, a.finished_at, a.method, a.url, a.headers,"
    " a.request_body, a.draft, a.outcome, a.status, a.response_body, a.reference, a.reason, a.retryable,"
    " a.errors, a.duration_ms, a.reach, a.resolved_by"
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


def order_of(connection: sqlite3.Connection, draft_id: int, profile: str) -> int | None:
    """The order that ``draft_id`` became at ``profile``, or None when it was never sent there."""
    row = connection.execute("SELECT id FROM orders WHERE draft_id = ? AND profile = ?", (draft_id, profile)).fetchone()
    return None if row is None else int(row[0])


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
        reach=None if row[19] is None else Reach(row[19]),
        resolved_by=row[20],
    )


def _findings(text: str) -> Findings:
    data = json.loads(text)
    return Findings(errors=data.get("errors", {}), warnings=data.get("warnings", {}))
