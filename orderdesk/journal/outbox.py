"""The outbox queries: orders by state, profile, date and text, newest first.

Every filter reads only the ``orders`` table (one row per draft and profile, with copies
of the draft's searchable fields and the latest state), and each common filter has an
index in newest-first order, so a page stays well under 100 ms at 100,000 attempts
(tests/bench/bench_journal.py); a text filter reads only the narrow newest-first index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from orderdesk.core.outcome import Reach
from orderdesk.journal.errors import NotInJournal
from orderdesk.journal.rows import OutboxRow, OutboxState, utc


@dataclass(frozen=True)
class OutboxFilter:
    """Which orders to list; every field left empty matches all.

    Attributes:
        states: any of these states.
        since: latest attempt at or after this moment (epoch seconds).
        until: latest attempt before this moment (epoch seconds).
        text: case-blind part of the external id, customer name or e-mail.
    """

    states: tuple[OutboxState, ...] = ()
    profile: str | None = None
    since: float | None = None
    until: float | None = None
    text: str = ""

    @classmethod
    def of(
        cls,
        state: str | Iterable[str] | None,
        profile: str | None,
        since: datetime | date | None,
        until: datetime | date | None,
        text: str | None,
    ) -> OutboxFilter:
        """A filter from the arguments of ``Journal.list_outbox``; an unknown state is a ``ValueError``."""
        if state is None:
            states: tuple[OutboxState, ...] = ()
        elif isinstance(state, str):
            states = (OutboxState(state),)
        else:
            states = tuple(OutboxState(item) for item in state)
        return cls(
            states=states,
            profile=profile or None,
            since=None if since is None else epoch(since, end_of_day=False),
            until=None if until is None else epoch(until, end_of_day=True),
            text=(text or "").strip().casefold(),
        )

    def sql(self) -> tuple[str, list[Any]]:
        """The SQL condition on ``orders o`` and its parameters."""
        clauses: list[str] = []
        parameters: list[Any] = []
        if self.states:
            clauses.append(f"o.state IN ({', '.join('?' * len(self.states))})")
            parameters += [state.value for state in self.states]
        if self.profile is not None:
            clauses.append("o.profile = ?")
            parameters.append(self.profile)
        if self.since is not None:
            clauses.append("o.latest_at >= ?")
            parameters.append(self.since)
        if self.until is not None:
            clauses.append("o.latest_at < ?")
            parameters.append(self.until)
        if self.text:
            clauses.append("instr(o.search, ?) > 0")
            parameters.append(self.text)
        return (" AND ".join(clauses) or "TRUE"), parameters


def epoch(moment: datetime | date, end_of_day: bool) -> float:
    """Epoch seconds for a filter bound; a naive datetime or a plain date is local time.

    A plain date as an upper bound means "through that day", so it becomes the start of the next.
    """
    if isinstance(moment, datetime):
        return moment.timestamp()
    day = moment + timedelta(days=1) if end_of_day else moment
    return datetime.combine(day, time()).timestamp()


def page(connection: sqlite3.Connection, matching: OutboxFilter, limit: int, offset: int) -> list[OutboxRow]:
    """One page of matching orders, newest latest attempt first."""
    condition, parameters = matching.sql()
    rows = connection.execute(
        f"{_SELECT} WHERE {condition} ORDER BY o.latest_at DESC, o.id DESC LIMIT ? OFFSET ?",
        (*parameters, limit, offset),
    ).fetchall()
    return [_row(row) for row in rows]


def one(connection: sqlite3.Connection, order_id: int) -> OutboxRow:
    """One order as the outbox lists it, by its ``order_key``."""
    row = connection.execute(f"{_SELECT} WHERE o.id = ?", (order_id,)).fetchone()
    if row is None:
        raise NotInJournal(f"no order {order_id} in the journal")
    return _row(row)


def count(connection: sqlite3.Connection, matching: OutboxFilter) -> int:
    """How many orders match, for the outbox's page count."""
    condition, parameters = matching.sql()
    return int(connection.execute(f"SELECT count(*) FROM orders o WHERE {condition}", parameters).fetchone()[0])


_SELECT = (
    "SELECT o.id, o.draft_id, o.profile, o.target, o.state, o.external_id, o.customer, o.email,"
    " o.latest_at, o.attempt_count, a.reference, a.status, a.reason, a.reach, a.resolved_by"
    " FROM orders o LEFT JOIN attempts a ON a.id = o.latest_attempt_id"
)


def _row(row: tuple[Any, ...]) -> OutboxRow:
    return OutboxRow(
        order_key=row[0],
        draft_id=row[1],
        profile=row[2],
        target=row[3],
        state=OutboxState(row[4]),
        external_id=row[5],
        customer=row[6],
        email=row[7],
        latest_at=utc(row[8]),
        attempt_count=row[9],
        reference=row[10] or "",
        status=row[11],
        reason=row[12] or "",
        reach=None if row[13] is None else Reach(row[13]),
        resolved_by=row[14],
    )


def holding(connection: sqlite3.Connection, profile: str, draft_path: str, value: object) -> int | None:
    """The newest order at ``profile`` whose draft has ``value`` at the dotted ``draft_path``."""
    row = connection.execute(
        "SELECT o.id FROM orders o JOIN drafts d ON d.id = o.draft_id"
        " WHERE o.profile = ? AND json_extract(d.body, ?) = ? ORDER BY o.latest_at DESC, o.id DESC LIMIT 1",
        (profile, f"$.{draft_path}", value),
    ).fetchone()
    return None if row is None else int(row[0])


def sent_from(connection: sqlite3.Connection, profile: str, draft_json: str) -> int | None:
    """The newest order at ``profile`` whose draft is exactly ``draft_json``."""
    row = connection.execute(
        "SELECT o.id FROM orders o JOIN drafts d ON d.id = o.draft_id"
        " WHERE o.profile = ? AND d.body = ? ORDER BY o.latest_at DESC, o.id DESC LIMIT 1",
        (profile, draft_json),
    ).fetchone()
    return None if row is None else int(row[0])
