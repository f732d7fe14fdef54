"""JSON numbers read as Decimal and written back as integers when whole."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from orderdesk.targets.numbers import as_decimal, whole_if_integral


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3, Decimal(3)), (Decimal("1.5"), Decimal("1.5")), (10.99, Decimal("10.99")), (True, None), ("1", None),
     (Decimal("NaN"), None), (float("inf"), None), (None, None)],
)
def test_as_decimal(value: Any, expected: Decimal | None) -> None:
    assert as_decimal(value) == expected


@pytest.mark.parametrize(("number", "expected"), [(Decimal(3), 3), (Decimal("3.00"), 3), (Decimal(0), 0)])
def test_whole_if_integral(number: Decimal, expected: int) -> None:
    assert whole_if_integral(number) == expected and type(whole_if_integral(number)) is int


def test_an_absurdly_large_whole_quantity_stays_decimal() -> None:
    # int() of 1E+999999 would hang the window; jsonio reads such a number from a body file.
    assert whole_if_integral(Decimal("1E+999999")) == Decimal("1E+999999")
    assert whole_if_integral(Decimal(999999999999999)) == 999999999999999


@pytest.mark.parametrize(
    "number", [Decimal("1E+15"), Decimal("-1E+15"), Decimal("2.5"), Decimal("Infinity"), Decimal("NaN")]
)
def test_fractions_infinities_and_numbers_from_10_to_the_15th_stay_decimal(number: Decimal) -> None:
    written = whole_if_integral(number)
    assert isinstance(written, Decimal) and str(written) == str(number)


def test_a_zero_is_an_integer_unless_written_with_a_large_exponent() -> None:
    assert type(whole_if_integral(Decimal("-0.00"))) is int and whole_if_integral(Decimal("-0.00")) == 0
    written = whole_if_integral(Decimal("0E+20"))
    assert isinstance(written, Decimal) and str(written) == "0E+20"
