"""Reading and writing one value of an ``OrderDraft`` by its dotted draft path.

The form binds every input to a path (its ``objectName``), so one pair of functions serves
all of them. No Qt here: the rules of what a path means live with the draft, not the widgets.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel

from orderdesk.core.order import OrderDraft

EXTRAS = "extras"


def get_value(draft: OrderDraft, path: str) -> Any:
    """The value at ``path`` (``customer.email``, ``extras.centra.order_number``), or ``None``."""
    parts = path.split(".")
    if parts[0] == EXTRAS and len(parts) == 3:
        return draft.extra(parts[1], parts[2])
    node: Any = draft
    for part in parts:
        if isinstance(node, BaseModel):
            node = getattr(node, part, None)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            return None
    return node


def set_value(draft: OrderDraft, path: str, value: Any) -> None:
    """Store ``value`` at ``path``; an extra that becomes empty is removed, not kept as ``""``."""
    parts = path.split(".")
    if parts[0] == EXTRAS and len(parts) == 3:
        _set_extra(draft, parts[1], parts[2], value)
        return
    node: Any = draft
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else getattr(node, part)
    setattr(node, parts[-1], value)


def parse_decimal(text: str) -> Decimal | None:
    """A typed amount as ``Decimal``: ``12,50`` and ``12.50`` both work; empty or unreadable is ``None``.

    A thousands separator is not accepted: on the phone "1,500" is ambiguous, so the
    number editors only let digits, one separator and a leading minus through.
    """
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def format_decimal(value: Decimal | None) -> str:
    """The text an editor shows for an amount: as stored, no exponent, empty for ``None``."""
    if value is None:
        return ""
    return format(value, "f")


def format_money(value: Decimal) -> str:
    """An amount as totals show it: two decimals, more only when the amount has them (0.125)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -2:
        return format(value.quantize(Decimal("0.01")), "f")
    return format(value, "f")


def is_under(path: str, prefix: str) -> bool:
    """True when ``path`` is ``prefix`` itself or lies below it (``lines.3.name`` under ``lines``)."""
    return path == prefix or path.startswith(prefix + ".")


def _set_extra(draft: OrderDraft, target: str, key: str, value: Any) -> None:
    values = draft.extras.setdefault(target, {})
    if value is None or value == "":
        values.pop(key, None)
        if not values:
            draft.extras.pop(target, None)
    else:
        values[key] = value
