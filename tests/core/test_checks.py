"""Format checks: GTIN check digits, countries, e-mail addresses, URLs."""

from __future__ import annotations

import pytest

from orderdesk.core import checks


@pytest.mark.parametrize("code", ["0075678164125", "8712345678906", "96385074", "036000291452", "10012345678902"])
def test_valid_gtins(code: str) -> None:
    assert checks.gtin_check_digit_ok(code)


@pytest.mark.parametrize("code", ["0075678164124", "87235211235464", "1234", "abcdefghijklm", ""])
def test_invalid_gtins(code: str) -> None:
    assert not checks.gtin_check_digit_ok(code)


def test_gtin13_is_exactly_thirteen_digits() -> None:
    assert checks.is_gtin13("0075678164125")
    assert not checks.is_gtin13("96385074")


def test_country_codes() -> None:
    assert checks.is_country_code("NL") and checks.is_country_code("US")
    assert not checks.is_country_code("nl") and not checks.is_country_code("XX") and not checks.is_country_code("USA")


@pytest.mark.parametrize("value", ["info@example.org", "a.b+c@shop.co.uk"])
def test_emails(value: str) -> None:
    assert checks.is_email(value)


@pytest.mark.parametrize("value", ["", "info@", "@example.org", "a b@example.org", "info@example"])
def test_not_emails(value: str) -> None:
    assert not checks.is_email(value)


def test_urls() -> None:
    assert checks.is_http_url("https://example.org/pizza.jpg")
    assert not checks.is_http_url("example.org/pizza.jpg")
    assert not checks.is_http_url("ftp://example.org/x")
    assert not checks.is_http_url("https://exa mple.org")
