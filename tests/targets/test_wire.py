"""The shared wire types: a number too large for ``jsonio`` to write is an error, not a crash later."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from orderdesk.core import jsonio
from orderdesk.targets.wire import (
    TOO_LARGE,
    AnyJson,
    Int,
    NonNegativeInt,
    NonNegativeNumber,
    Number,
    NumberOrText,
    WireModel,
    is_too_large,
)
from tests.targets.body_support import errors_of


class Sample(WireModel):
    number: Number | None = None
    non_negative: NonNegativeNumber | None = None
    number_or_text: NumberOrText | None = None
    whole: Int | None = None
    non_negative_whole: NonNegativeInt | None = None
    free: dict[str, AnyJson] | None = None


HUGE = [Decimal("1E+400"), Decimal("-1E+400"), TOO_LARGE, -TOO_LARGE, Decimal("1.5E+300"), 10**300, -(10**300), 1e300]
FIELDS = ["number", "non_negative", "number_or_text", "whole", "non_negative_whole"]


@pytest.mark.parametrize("field", ["number", "non_negative", "number_or_text"])
@pytest.mark.parametrize("value", HUGE)
def test_a_number_of_1e300_or_more_is_too_large(field: str, value: Any) -> None:
    assert errors_of(Sample, {field: value}) == {field: ["Too large"]}


@pytest.mark.parametrize("field", ["whole", "non_negative_whole"])
@pytest.mark.parametrize("value", [10**300, 10**400])
def test_a_whole_number_of_1e300_or_more_is_too_large(field: str, value: int) -> None:
    assert errors_of(Sample, {field: value}) == {field: ["Too large"]}


def test_a_negative_whole_number_beyond_the_limit_is_too_large() -> None:
    assert errors_of(Sample, {"whole": -(10**300)}) == {"whole": ["Too large"]}


@pytest.mark.parametrize("field", FIELDS)
def test_numbers_just_below_the_limit_pass_and_can_be_written(field: str) -> None:
    value = 10**300 - 1 if "whole" in field else Decimal("9.99E+299")
    body = {field: value}
    assert errors_of(Sample, body) == {}
    assert jsonio.loads(jsonio.dumps(body)) == body


def test_the_number_checks_keep_their_own_messages() -> None:
    assert errors_of(Sample, {"number": "1E+400"}) == {"number": ["Must be a number"]}
    assert errors_of(Sample, {"non_negative": Decimal(-1)}) == {"non_negative": ["Must not be negative"]}
    assert errors_of(Sample, {"number_or_text": "1E+400"}) == {}


def test_a_too_large_number_anywhere_inside_a_free_value_is_named_at_its_key() -> None:
    body = {"free": {"fine": [1, "x", {"deep": Decimal("2.5")}], "bad": [1, {"deep": Decimal("1E+400")}]}}
    assert errors_of(Sample, body) == {"free.bad": ["Too large"]}


@pytest.mark.parametrize(
    ("number", "expected"),
    [(Decimal("1E+400"), True), (Decimal("-1E+300"), True), (10**300, True), (1e300, True),
     (Decimal("Infinity"), True), (Decimal("NaN"), True), (float("inf"), True), (float("nan"), True),
     (Decimal("9.99E+299"), False), (0, False), (Decimal("0E+400"), False), (-12.5, False)],
)  # fmt: skip
def test_is_too_large(number: Any, expected: bool) -> None:
    assert is_too_large(number) is expected


def test_every_number_that_validates_can_be_written() -> None:
    # The contract the limit exists for: validation passes only what ``jsonio.dumps`` writes.
    for value in [Decimal("9.99E+299"), Decimal("-9.99E+299"), 10**300 - 1, 9.99e299]:
        assert errors_of(Sample, {"number": value}) == {}
        jsonio.dumps({"number": value})
