"""Reading and writing one value of an ``OrderDraft`` by its dotted draft path.

The form binds every input to a path (its ``objectName``), so one pair of functions serves
all of them. No Qt here: the rules of what a path means live with the draft, not the widgets.
"""

from __future__ import annotations

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
