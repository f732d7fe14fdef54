"""JSON numbers between bodies and drafts: read as ``Decimal``, written back as ``int`` when whole.

A body is parsed with ``parse_float=Decimal`` (``orderdesk.core.jsonio``), so a number arrives as
``int`` or ``Decimal``; a float only comes from a body built in code.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any


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


def whole_if_integral(number: Decimal) -> int | Decimal:
    """``Decimal("2")`` -> ``2``: a whole number is sent as an integer.

    Only up to 15 digits: ``int()`` of a number like ``1E+999999`` would take minutes, and no
    quantity or id is that large. A zero written with a large exponent (``0E+20``) stays as
    written, so an imported body goes back out as it came in.
    """
    if number.is_finite() and number.adjusted() < 15 and number == number.to_integral_value():
        return int(number)
    return number
