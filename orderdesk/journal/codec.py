"""Drafts as JSON text without losing a digit or a type.

``OrderDraft.model_dump_json()`` writes every ``Decimal`` as a string. For the typed
amounts that is harmless, but ``extras`` and ``carry`` hold untyped values: an imported
body's ``1.50`` would come back as the text ``"1.50"`` and the next body sent would
change type. So the journal writes each ``Decimal`` as a JSON number with its exact
digits, and reads numbers back as ``int`` or ``Decimal`` (``jsonio.loads``).
"""

from __future__ import annotations

import math
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any

from orderdesk.jsonio import loads
from orderdesk.order import OrderDraft


def draft_to_json(draft: OrderDraft) -> str:
    """Compact JSON for ``draft``; ``Decimal("10.990")`` is written ``10.990``."""
    return _encode(draft.model_dump(mode="python"))


def draft_from_json(text: str) -> OrderDraft:
    """The draft written by ``draft_to_json``, every amount as it was."""
    return OrderDraft.model_validate(loads(text))


def _encode(value: Any) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, bool) or value is None:
        return "true" if value is True else "false" if value is False else "null"
    if isinstance(value, Decimal):
        # A non-finite amount cannot pass the draft's own validation; null keeps the rest loadable.
        return str(value) if value.is_finite() else "null"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, dict):
        items = (f"{encode_basestring(str(key))}:{_encode(item)}" for key, item in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_encode(item) for item in value) + "]"
    raise TypeError(f"a draft cannot hold a value of type {type(value).__name__}")
