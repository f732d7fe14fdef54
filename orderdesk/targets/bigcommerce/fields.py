"""Reading body values into draft values and writing them back in the body's own spelling.

The draft holds one clean value per input (text, a ``Decimal``); a body may spell the same
value differently (``"10.00"`` for 10, ``5`` for ``"5"``, ``null`` or ``""`` for nothing).
``take`` reads a body value for the draft and, when writing that value back would not give
the body's own spelling, keeps the raw value in carry at the same key. ``put`` writes a draft
value and prefers the kept raw value for as long as it still reads as the draft's value, so
an untouched import goes back unchanged and an edit always wins.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from orderdesk.targets.bigcommerce.body import ORDER_STATUSES, decimal_of
from orderdesk.targets.numbers import whole_if_integral

V = TypeVar("V")


@dataclass(frozen=True)
class Codec(Generic[V]):
    """How one kind of value goes between body and draft.

    Attributes:
        read: body value (or ``None`` when absent) -> draft value; never raises.
        write: draft value -> body value, ``None`` meaning "leave the field out".
    """

    read: Callable[[Any], V]
    write: Callable[[V], Any]


def take(source: Mapping[str, Any], key: str, codec: Codec[V], carry: dict[str, Any]) -> V:
    """The draft value of ``source[key]``; its raw spelling goes to ``carry`` when needed."""
    if key not in source:
        return codec.read(None)
    raw = source[key]
    value = codec.read(raw)
    written = codec.write(value)
    if written is None or not _same(written, raw):
        carry[key] = raw
    return value


def put(out: dict[str, Any], key: str, value: V, codec: Codec[V], carried: Mapping[str, Any]) -> None:
    """Write ``value`` to ``out[key]``: the carried spelling if it still says the same, else ``codec.write``."""
    if carried and key in carried and codec.read(carried[key]) == value:
        out[key] = carried[key]
        return
    written = codec.write(value)
    if written is not None:
        out[key] = written


def _same(written: Any, raw: Any) -> bool:
    # 1 == True and 1 == Decimal(1) in Python; only numbers may differ in type here.
    if isinstance(written, bool) or isinstance(raw, bool):
        return written is raw
    both_numbers = isinstance(written, int | Decimal) and isinstance(raw, int | Decimal)
    return (both_numbers or type(written) is type(raw)) and written == raw


def _read_text(raw: Any) -> str:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, int | Decimal) and not isinstance(raw, bool):
        return str(raw)
    return ""


def _write_text(value: Any) -> str | None:
    if type(value) is str:  # the usual case first: this runs for every field of every line
        return value.strip() or None
    if value is None or isinstance(value, bool):
        return None
    written = value.strip() if isinstance(value, str) else str(value)
    return written or None


def _read_number(raw: Any) -> Decimal | None:
    return decimal_of(raw)


def _write_number(value: Any) -> Any:
    """A Decimal as a JSON number; text typed into an extra goes as typed so validation names it."""
    if type(value) is Decimal:  # the usual case first: every line has a quantity and a price
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | Decimal):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        number = decimal_of(stripped)
        return number if number is not None else (stripped or None)
    return None


def money_text(amount: Decimal) -> str:
    """An amount as the OpenAPI file's order-level amounts are written: text with 4 decimals, ``"4.9500"``.

    An amount typed with more decimals keeps them all; nothing is rounded away.
    """
    exponent = amount.as_tuple().exponent
    places = max(4, -exponent) if isinstance(exponent, int) else 4
    return f"{amount:.{places}f}"


def _write_money_text(value: Any) -> Any:
    written = _write_number(value)
    if isinstance(written, int | Decimal) and not isinstance(written, bool) and Decimal(written).is_finite():
        return money_text(Decimal(written))
    return written


def _write_quantity(value: Any) -> Any:
    written = _write_number(value)
    if isinstance(written, Decimal) and written.is_finite():
        return 0 if written.is_zero() else whole_if_integral(written)
    return written


def _read_int(raw: Any) -> int | None:
    number = decimal_of(raw) if not isinstance(raw, str) else None
    if number is None or number != number.to_integral_value() or abs(number) >= 10**15:
        return None
    return int(number)


def _write_int(value: Any) -> Any:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return _write_quantity(value)


def _read_status(raw: Any) -> str | None:
    if isinstance(raw, int) and not isinstance(raw, bool) and raw in ORDER_STATUSES:
        return status_choice(raw)
    return None


def _write_status(value: Any) -> Any:
    if isinstance(value, str):
        digits = value.strip().split(":", 1)[0].strip()
        if digits.isdigit():
            return int(digits)
    return _write_int(value)


def status_choice(status_id: int) -> str:
    """The choice a person reads for a status id: ``"11: Awaiting Fulfillment"``."""
    return f"{status_id}: {ORDER_STATUSES[status_id]}"


TEXT: Codec[str] = Codec(_read_text, _write_text)
"""Free text; surrounding blanks are not sent."""
MONEY: Codec[Decimal | None] = Codec(_read_number, _write_number)
"""An amount: a JSON number or a number written as text."""
MONEY_TEXT: Codec[Decimal | None] = Codec(_read_number, _write_money_text)
"""An order-level amount (``shipping_cost_inc_tax`` ...): read from a number or text, written as ``money_text``."""
QUANTITY: Codec[Decimal | None] = Codec(_read_number, _write_quantity)
"""A count: written as a whole JSON number when it is one."""
WHOLE: Codec[int | None] = Codec(_read_int, _write_int)
"""An id such as ``customer_id``."""
STATUS: Codec[str | None] = Codec(_read_status, _write_status)
"""``status_id`` <-> the status choice shown in the window."""
