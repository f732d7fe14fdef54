"""Reading and writing API bodies as JSON without losing a cent.

Numbers are read as ``int`` or ``Decimal`` and written back as JSON numbers, so
``10.99`` stays ``10.99`` through any number of conversions.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from itertools import accumulate
from pathlib import Path
from typing import Any


class BodyError(Exception):
    """A body that cannot be read or is not JSON; the message says where."""


MAX_DEPTH = 256
"""The deepest nesting of objects and lists read. Order bodies nest a few levels; Python's
json module gives up near 1000, and code that walks a body could fail well before that."""
_TOO_DEEP = f"not usable JSON: nested deeper than {MAX_DEPTH} levels (objects and lists), the most OrderDesk reads"
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")


def loads(text: str) -> Any:
    """Parse JSON text; a syntax error names its line and column, nesting past ``MAX_DEPTH`` is refused."""
    if _nesting(text) > MAX_DEPTH:
        raise BodyError(_TOO_DEEP)
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise BodyError(f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:  # only when the caller's own stack is already deep
        raise BodyError("not usable JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise BodyError(f"not usable JSON: {exc}") from None


def _nesting(text: str) -> int:
    """How deeply the brackets outside strings nest (for valid JSON, its depth); 0 when too few to pass the limit."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:  # the usual case, at the speed of str.count
        return 0
    brackets = _NOT_A_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(1 if bracket in "[{" else -1 for bracket in brackets), default=0)


def read_body(path: str | Path) -> Any:
    """Read and parse one body file; any failure is a ``BodyError`` naming the file."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BodyError(f"{path}: cannot be read: {exc}") from None
    try:
        return loads(text)
    except BodyError as exc:
        raise BodyError(f"{path}: {exc}") from None


def dumps(body: Any, indent: int | None = 2) -> str:
    """JSON text with ``Decimal`` written as a number and non-ASCII kept readable."""
    # The encoder asks ``_plain`` only about what JSON lacks, so no Python walks the body.
    return json.dumps(body, indent=indent, ensure_ascii=False, default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return _number(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_LARGEST_EXPONENT = 300
"""Beyond 1E+300 a float is no longer close, and no order amount is that large."""


def _number(value: Decimal) -> int | float:
    """A whole amount as an exact int, others as the float whose shortest repr is the amount.

    Every amount of up to 15 significant digits survives this exactly (``10.99`` is written
    ``10.99``), which covers money; the json module cannot write a Decimal itself.
    """
    if not value.is_finite() or value.adjusted() > _LARGEST_EXPONENT:
        raise BodyError(f"the number {value} is too large to send")
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _reject_constant(name: str) -> Any:
    raise BodyError(f"not valid JSON: {name} is not a number JSON allows")
