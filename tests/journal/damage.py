"""Really damaged journals for the tests: a journal with content, then one page overwritten with garbage."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal

GARBAGE = b"\xde\xad\xbe\xef"
"""Repeated over a whole page: no page type, page number or record header SQLite accepts."""


def fill(path: Path, orders: int = 300) -> None:
    """A journal at ``path`` with ``orders`` drafts, each sent once and rejected, then closed cleanly."""
    with Journal(path) as journal:
        for number in range(1, orders + 1):
            draft = OrderDraft(
                external_id=f"PH-{number:04d}",
                customer=Customer(name=f"Klant {number}", email=f"klant{number}@example.nl"),
                shipping=Address(first_name="Klant", last_name=str(number), address1="Dorpsstraat 1", country="NL"),
                lines=[Line(sku="MUG-1", name="Mok " * 40, quantity=Decimal(1), unit_price=Decimal("7.95"))],
            )
            draft_id = journal.save_draft(draft)
            attempt = journal.begin_attempt(
                draft_id, draft, "shop", "dropday", "POST", "https://api.example/orders", "{}" * 200
            )
            journal.finish_attempt(attempt, Outcome(OutcomeKind.REJECTED, status=422, reason="stock"), 12.0)
            journal.close_draft(draft_id)


def page_size(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA page_size").fetchone()[0])
    finally:
        connection.close()


def pages_of(path: Path, table: str) -> list[int]:
    """The page numbers (1-based) holding ``table``, from SQLite's ``dbstat`` table."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,)).fetchall()
    except sqlite3.OperationalError as exc:
        pytest.skip(f"this SQLite has no dbstat table to find a table's pages ({exc})")
    finally:
        connection.close()
    return [row[0] for row in rows]


def overwrite_page(path: Path, number: int) -> None:
    """Overwrite page ``number`` (1-based) of the file with garbage, as a failing disk or a stray write would."""
    size = page_size(path)
    with path.open("r+b") as stream:
        stream.seek((number - 1) * size)
        stream.write(GARBAGE * (size // len(GARBAGE)))


def damage_middle(path: Path) -> int:
    """Overwrite the page in the middle of the file; its number."""
    number = path.stat().st_size // page_size(path) // 2
    overwrite_page(path, number)
    return number
