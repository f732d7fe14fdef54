"""The product-line table's columns and how a value reads in a cell, for the model and all that name columns."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from orderdesk.core.order import Line
from orderdesk.ui.language.numbers import show_money, show_number, show_total


@dataclass(frozen=True)
class Column:
    """One column: the ``Line`` field it shows and how.

    Attributes:
        key: the ``Line`` attribute, also the last part of the cell's draft path.
        title: the header a person reads, in English (translated in the ``LinesModel`` context where shown).
        numeric: edited as a number and aligned right.
        editable: false for the computed line total.
        shown: shown by default; the others can be switched on from the header's menu.
    """

    key: str
    title: str
    numeric: bool = False
    editable: bool = True
    shown: bool = True


COLUMNS: tuple[Column, ...] = (
    Column("external_id", QT_TRANSLATE_NOOP("LinesModel", "Product ID")),
    Column("sku", QT_TRANSLATE_NOOP("LinesModel", "SKU")),
    Column("ean", QT_TRANSLATE_NOOP("LinesModel", "EAN")),
    Column("name", QT_TRANSLATE_NOOP("LinesModel", "Name")),
    Column("quantity", QT_TRANSLATE_NOOP("LinesModel", "Quantity"), numeric=True),
    Column("unit_price", QT_TRANSLATE_NOOP("LinesModel", "Unit price"), numeric=True),
    Column("total", QT_TRANSLATE_NOOP("LinesModel", "Total"), numeric=True, editable=False),
    Column("url", QT_TRANSLATE_NOOP("LinesModel", "Product URL"), shown=False),
    Column("image_url", QT_TRANSLATE_NOOP("LinesModel", "Image URL"), shown=False),
    Column("brand", QT_TRANSLATE_NOOP("LinesModel", "Brand"), shown=False),
    Column("category", QT_TRANSLATE_NOOP("LinesModel", "Category"), shown=False),
    Column("supplier", QT_TRANSLATE_NOOP("LinesModel", "Supplier"), shown=False),
)
COLUMN_KEYS: tuple[str, ...] = tuple(column.key for column in COLUMNS)
TOTAL_COLUMN = COLUMN_KEYS.index("total")


def cell_text(line: Line, column: Column) -> str:
    """What the cell of ``line`` in ``column`` shows: numbers and money in the window's language."""
    value = line.total if column.key == "total" else getattr(line, column.key)
    if not column.numeric:
        return value
    if column.key == "total":
        return show_total(value) if line.quantity is not None or line.unit_price is not None else ""
    if column.key == "unit_price" and value is not None:
        return show_money(value)
    return show_number(value) if value is not None else ""
