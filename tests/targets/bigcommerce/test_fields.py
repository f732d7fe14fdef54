"""Codecs: a draft value from a body value, and back in the body's own spelling."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from orderdesk.targets.bigcommerce.fields import (
    MONEY,
    QUANTITY,
    STATUS,
    TEXT,
    WHOLE,
    Codec,
    put,
    status_choice,
    take,
)


@pytest.mark.parametrize(
    ("codec", "raw", "value"),
    [(TEXT, "Jane", "Jane"), (MONEY, 50, Decimal(50)), (MONEY, Decimal("10.98"), Decimal("10.98")),
     (QUANTITY, 3, Decimal(3)), (WHOLE, 7, 7), (STATUS, 11, "11: Awaiting Fulfillment")],
)  # fmt: skip
def test_a_plain_value_is_read_and_nothing_is_carried(codec: Codec[Any], raw: Any, value: Any) -> None:
    carry: dict[str, Any] = {}
    assert take({"key": raw}, "key", codec, carry) == value
    assert carry == {}
    out: dict[str, Any] = {}
    put(out, "key", value, codec, carry)
    assert out == {"key": raw}


@pytest.mark.parametrize(
    ("codec", "raw", "value"),
    [(TEXT, " Jane ", " Jane "), (TEXT, "", ""), (TEXT, None, ""), (TEXT, 5, "5"), (TEXT, True, ""),
     (MONEY, "10.00", Decimal("10.00")), (MONEY, 2.5, Decimal("2.5")), (MONEY, "ten", None), (MONEY, True, None),
     (QUANTITY, "2", Decimal(2)), (WHOLE, "7", None), (WHOLE, 1.5, None), (STATUS, 99, None), (STATUS, "11", None)],
)  # fmt: skip
def test_an_unusual_spelling_is_carried_and_given_back(codec: Codec[Any], raw: Any, value: Any) -> None:
    carry: dict[str, Any] = {}
    assert take({"key": raw}, "key", codec, carry) == value
    assert carry == {"key": raw}
    out: dict[str, Any] = {}
    put(out, "key", value, codec, carry)
    assert out == {"key": raw}
    assert type(out["key"]) is type(raw)


def test_an_edit_wins_over_the_carried_spelling() -> None:
    out: dict[str, Any] = {}
    put(out, "cost", Decimal("12"), MONEY, {"cost": "10.00"})
    assert out == {"cost": Decimal("12")}


def test_an_absent_field_reads_as_empty_and_an_empty_value_is_left_out() -> None:
    carry: dict[str, Any] = {}
    assert take({}, "key", TEXT, carry) == ""
    assert take({}, "key", MONEY, carry) is None
    empties: list[tuple[Codec[Any], Any]] = [(TEXT, ""), (TEXT, "  "), (MONEY, None), (WHOLE, None), (STATUS, None)]
    out: dict[str, Any] = {}
    for codec, empty in empties:
        put(out, "key", empty, codec, {})
    assert out == {} and carry == {}


@pytest.mark.parametrize(
    ("codec", "typed", "written"),
    [(QUANTITY, Decimal("2.0"), 2), (QUANTITY, Decimal("1.5"), Decimal("1.5")), (MONEY, " 5.50 ", Decimal("5.50")),
     (MONEY, "5,50", "5,50"), (WHOLE, "12", 12), (WHOLE, Decimal("3"), 3), (STATUS, "7: Awaiting Payment", 7),
     (STATUS, 2, 2), (TEXT, 42, "42")],
)  # fmt: skip
def test_written_values(codec: Codec[Any], typed: Any, written: Any) -> None:
    out: dict[str, Any] = {}
    put(out, "key", typed, codec, {})
    assert out == {"key": written}
    assert type(out["key"]) is type(written)


def test_status_choices_read_as_id_and_name() -> None:
    assert status_choice(0) == "0: Incomplete"
    assert status_choice(14) == "14: Partially Refunded"
