"""Reading an imported body into the draft without losing what the draft cannot hold.

Each reader returns a value the draft can hold and otherwise keeps the raw value in
``carried`` under the same key: wrong types, ``null``, and values the draft cannot tell from
"nothing" (an empty text, ``false``, an empty object or list). ``merge`` puts carried values
back wherever the built body has nothing of its own, so a person's edit wins over a carried
value and an untouched import goes out exactly as it came in.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any


def read_text(source: Mapping[str, Any], key: str, carried: dict[str, Any]) -> str:
    """The non-empty text at ``key``, else ``""`` with any raw value carried."""
    if key not in source:
        return ""
    value = source[key]
    if isinstance(value, str) and value:
        return value
    carried[key] = value
    return ""


def read_number(source: Mapping[str, Any], key: str, carried: dict[str, Any]) -> Decimal | None:
    """The number at ``key`` as a ``Decimal``, else ``None`` with any raw value carried."""
    if key not in source:
        return None
    number = as_decimal(source[key])
    if number is None:
        carried[key] = source[key]
    return number


def read_object(source: Mapping[str, Any], key: str, carried: dict[str, Any]) -> Mapping[str, Any] | None:
    """The object at ``key``, else ``None`` with any raw value carried."""
    if key not in source:
        return None
    value = source[key]
    if isinstance(value, Mapping):
        return value
    carried[key] = value
    return None


def keep_rest(source: Mapping[str, Any], known: Iterable[str], carried: dict[str, Any]) -> None:
    """Carry every key of ``source`` that is not one of ``known``."""
    known = set(known)
    for key, value in source.items():
        if key not in known:
            carried[key] = value


def as_decimal(value: Any) -> Decimal | None:
    """A finite JSON number as ``Decimal``; ``None`` for anything else (booleans included)."""
    kind = type(value)  # exact types: bool is an int subclass, and this runs per product line
    if kind is Decimal:
        return value if value.is_finite() else None
    if kind is int:
        return Decimal(value)
    if kind is float and math.isfinite(value):
        return Decimal(repr(value))
    return None


def put(body: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` unless ``value`` is empty (``None`` or ``""``): empty inputs are not sent."""
    if value is not None and value != "":
        body[key] = value


def merge(body: dict[str, Any], carried: Mapping[str, Any]) -> dict[str, Any]:
    """Fill ``body`` with the carried values it lacks, object by object; ``body`` is returned."""
    for key, value in carried.items():
        if key not in body:
            body[key] = copy.deepcopy(value) if isinstance(value, dict | list) else value
        elif isinstance(body[key], dict) and isinstance(value, Mapping):
            merge(body[key], value)
    return body
