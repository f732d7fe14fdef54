"""Copying one desk's SQLite history into the team's PostgreSQL journal, once.

Every draft, order and attempt is copied in one transaction, so a copy is whole or not there
at all. The rows keep their relations but get ids past the team's own (``LOCK`` keeps other
desks out for that moment). The copy is recorded by the file it came from: copying the same
file again copies nothing. Attempts still in flight in the file are copied with no owner, so
the team journal takes them for lost and makes them ``unknown``: they are looked up before
they are sent again, the safe side.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import psycopg

from orderdesk.journal.errors import JournalError

_DRAFTS = ("id", "body", "created_at", "updated_at", "closed_at")
_ORDERS = (
    "id", "draft_id", "profile", "target", "external_id", "customer", "email", "search", "state",
    "latest_attempt_id", "latest_at", "attempt_count",
)
_ATTEMPTS = (
    "id", "order_id", "started_at", "finished_at", "method", "url", "headers", "request_body", "draft", "outcome",
    "status", "response_body", "reference", "reason", "retryable", "errors", "duration_ms", "reach", "resolved_by",
)
_SHIFTED = {"drafts": ("id",), "orders": ("id", "draft_id", "latest_attempt_id"), "attempts": ("id", "order_id")}
"""Which columns hold an id of which table (by the column's position below), shifted past the team's ids."""


@dataclass(frozen=True)
class CopyReport:
    """What one ``copy_history`` did.

    Attributes:
        drafts, orders, attempts: how many rows were copied (0 each when ``already_copied``).
        already_copied: the file had been copied before; nothing was copied now.
    """

    drafts: int
    orders: int
    attempts: int
    already_copied: bool = False


def copy_history(source: Path, connection: psycopg.Connection, desk: str) -> CopyReport:
    """Copy the SQLite journal ``source`` (already migrated to the current version) into the team journal.

    ``connection`` must be in autocommit mode; the copy is one transaction of its own.

    Raises:
        JournalError: the file cannot be read as a journal.
    """
    name = str(source.resolve())
    rows = _read(source)
    with connection.transaction():
        connection.execute("LOCK TABLE drafts, orders, attempts, journal_copies IN EXCLUSIVE MODE")
        if connection.execute("SELECT 1 FROM journal_copies WHERE source = %s", (name,)).fetchone():
            return CopyReport(0, 0, 0, already_copied=True)
        offsets = {
            table: int(connection.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])  # type: ignore[index]
            for table in ("drafts", "orders", "attempts")
        }
        _insert(connection, "drafts", (*_DRAFTS, "desk"), [(*row, desk) for row in rows["drafts"]], offsets)
        _insert(
            connection,
            "orders",
            (*_ORDERS, "touched_by", "touched_at"),
            [(*row, desk, row[_ORDERS.index("latest_at")]) for row in rows["orders"]],
            offsets,
        )
        _insert(connection, "attempts", (*_ATTEMPTS, "desk"), [(*row, desk) for row in rows["attempts"]], offsets)
        for table in offsets:
            connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT coalesce(max(id), 1) FROM {table}))"
            )
        report = CopyReport(len(rows["drafts"]), len(rows["orders"]), len(rows["attempts"]))
        connection.execute(
            "INSERT INTO journal_copies (source, desk, copied_at, drafts, orders, attempts)"
            " VALUES (%s, %s, extract(epoch FROM now()), %s, %s, %s)",
            (name, desk, report.drafts, report.orders, report.attempts),
        )
    return report


def _read(source: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the three tables, oldest first."""
    try:
        connection = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise JournalError(f"{source}: cannot be read ({exc})") from None
    try:
        return {
            "drafts": connection.execute(f"SELECT {', '.join(_DRAFTS)} FROM drafts ORDER BY id").fetchall(),
            "orders": connection.execute(f"SELECT {', '.join(_ORDERS)} FROM orders ORDER BY id").fetchall(),
            "attempts": connection.execute(f"SELECT {', '.join(_ATTEMPTS)} FROM attempts ORDER BY id").fetchall(),
        }
    except sqlite3.Error as exc:
        raise JournalError(f"{source}: not a journal that can be copied ({exc})") from None
    finally:
        connection.close()


def _insert(
    connection: psycopg.Connection,
    table: str,
    columns: tuple[str, ...],
    rows: list[tuple[object, ...]],
    offsets: dict[str, int],
) -> None:
    """Insert ``rows`` with every id moved past the team's own, through ``COPY``."""
    shift = {
        "id": offsets[table],
        "draft_id": offsets["drafts"],
        "order_id": offsets["orders"],
        "latest_attempt_id": offsets["attempts"],
    }
    positions = [(columns.index(column), shift[column]) for column in _SHIFTED[table]]
    with connection.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            values = list(row)
            for position, offset in positions:
                if values[position] is not None:
                    values[position] = int(values[position]) + offset  # type: ignore[call-overload]
            copy.write_row(values)
