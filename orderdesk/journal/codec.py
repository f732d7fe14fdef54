"""Drafts as JSON text without losing a digit or a type.

``OrderDraft.model_dump_json()`` writes every ``Decimal`` as a string. For the typed
amounts that is harmless, but ``extras`` and ``carry`` hold untyped values: an imported
body's ``1.50`` would come back as the text ``"1.50"`` and the next body sent would
change type. So the journal writes each ``Decimal`` as a JSON number with its exact
digits, and reads numbers back as ``int`` or ``Decimal`` (``jsonio.loads``).

Every attempt keeps a draft snapshot, so this runs once per order sent. The C encoder of
the ``json`` module does the work: it cannot write a number's own text, so each ``Decimal``
goes in as a marker string and its digits replace the marker afterwards. A draft holding a
string that could be mistaken for a marker is written by the plain-Python encoder instead,
which gives the same text.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any

from orderdesk.core.jsonio import loads
from orderdesk.core.order import OrderDraft

_MARKER = "\x00"
"""What stands for a ``Decimal`` in the C encoder's output; no draft has reason to hold it."""
_ENCODED_MARKER = json.dumps(_MARKER)


def draft_to_json(draft: OrderDraft) -> str:
    """Compact JSON for ``draft``; ``Decimal("10.990")`` is written ``10.990``."""
    value = draft.model_dump(mode="python")
    numbers: list[str] = []

    def number(item: object) -> str:
        if not isinstance(item, Decimal):
            raise TypeError(f"a draft cannot hold a value of type {type(item).__name__}")
        # A non-finite amount cannot pass the draft's own validation; null keeps the rest loadable.
        numbers.append(str(item) if item.is_finite() else "null")
        return _MARKER

    try:
        text = json.dumps(value, default=number, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError):  # what JSON cannot hold as such: a non-finite float, a Decimal key
        return _encode(value)
    parts = text.split(_ENCODED_MARKER)
    if len(parts) != len(numbers) + 1:  # a string of the draft reads like a marker
        return _encode(value)
    pieces = [parts[0]]
    for digits, part in zip(numbers, parts[1:], strict=True):
        pieces += (digits, part)
    return "".join(pieces)


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
