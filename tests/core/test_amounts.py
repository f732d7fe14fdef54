"""Locale number entry: what a Dutch and an English shop owner type, read as meant or refused with a reason."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orderdesk.core.amounts import NumberProblem, read_number, round_to_cents, write_number


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("24,95", "nl_NL", Decimal("24.95")),
        ("1.234,50", "nl_NL", Decimal("1234.50")),
        ("-3,5", "nl_NL", Decimal("-3.5")),
        ("€ 12,50", "nl_NL", Decimal("12.50")),
        ("1 234,50", "nl_NL", Decimal("1234.50")),
        ("7", "nl_NL", Decimal("7")),
        ("24.95", "en_GB", Decimal("24.95")),
        ("1,234.50", "en_GB", Decimal("1234.50")),
        ("-3.5", "en_GB", Decimal("-3.5")),
        ("1.234.567", "nl_NL", Decimal("1234567")),
    ],
)
def test_numbers_are_read_as_their_language_means_them(text: str, locale: str, expected: Decimal) -> None:
    assert read_number(text, locale) == expected


@pytest.mark.parametrize("text", ["", "   ", "€"])
def test_empty_is_no_number(text: str) -> None:
    assert read_number(text, "nl_NL") is None


def test_english_decimals_typed_in_dutch_are_refused_with_the_dutch_spelling_suggested() -> None:
    # "24.95" in Dutch would be 2495 if the point were taken as a thousands separator: never read silently.
    with pytest.raises(NumberProblem) as caught:
        read_number("24.95", "nl_NL")
    assert caught.value.key == "wrong_separator"
    assert "24,95" in str(caught.value)


def test_english_grouping_typed_in_dutch_is_refused() -> None:
    with pytest.raises(NumberProblem) as caught:
        read_number("1,234.50", "nl_NL")
    assert caught.value.key in {"wrong_separator", "malformed"}


@pytest.mark.parametrize(("text", "locale"), [("1.234", "nl_NL"), ("1,234", "en_GB")])
def test_a_lone_thousands_group_is_ambiguous(text: str, locale: str) -> None:
    # 1.234 is a thousand and a bit in Dutch and one and a bit in English: ask, never guess.
    with pytest.raises(NumberProblem) as caught:
        read_number(text, locale)
    assert caught.value.key == "ambiguous"
    assert "1234" in str(caught.value)


@pytest.mark.parametrize("text", ["abc", "1.2.3", "12-", "--1"])
def test_malformed_text_is_refused(text: str) -> None:
    with pytest.raises(NumberProblem):
        read_number(text, "nl_NL")


def test_too_many_decimals_are_refused_when_a_limit_is_given() -> None:
    assert read_number("0,125", "nl_NL", max_decimals=4) == Decimal("0.125")
    with pytest.raises(NumberProblem) as caught:
        read_number("1,23456", "nl_NL", max_decimals=4)
    assert caught.value.key == "too_many_decimals"


@pytest.mark.parametrize(
    ("value", "locale", "expected"),
    [
        (Decimal("1234.5"), "nl_NL", "1.234,50"),
        (Decimal("1234.5"), "en_GB", "1,234.50"),
        (Decimal("0.125"), "nl_NL", "0,125"),
        (Decimal("-3"), "nl_NL", "-3,00"),
    ],
)
def test_money_is_written_as_the_language_writes_it(value: Decimal, locale: str, expected: str) -> None:
    assert write_number(value, locale, min_decimals=2) == expected


def test_what_is_written_reads_back_the_same() -> None:
    for value in (Decimal("1234.50"), Decimal("0.05"), Decimal("-1000000.125")):
        for locale in ("nl_NL", "en_GB"):
            assert read_number(write_number(value, locale, 2), locale) == value


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("37.425", "37.43"),  # a half cent goes up, as a till rounds
        ("37.4249", "37.42"),
        ("-37.425", "-37.43"),  # a refund rounds the same way, away from zero
        ("9.995", "10.00"),
        ("-0.004", "0.00"),  # no minus before a zero amount
        ("19.9", "19.90"),
        ("1E+30", "1000000000000000000000000000000.00"),  # past the usual 28 digits: still whole
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
    ],
)
def test_a_money_total_is_rounded_to_cents_half_up(value: str, shown: str) -> None:
    assert str(round_to_cents(Decimal(value))) == shown
