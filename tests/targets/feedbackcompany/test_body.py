"""The Feedback Company body model: every documented field, its requiredness, format and length."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from orderdesk.targets.feedbackcompany.body import UNITS, Order
from tests.targets.body_support import delete_at, dotted, errors_of, set_at

TEXT_250_REQUIRED = [["external_id"], ["products", 0, "external_id"], ["products", 0, "name"]]
TEXT_250_OPTIONAL = [["customer", "fullname"], ["products", 0, "sku"]]
URLS = [["products", 0, "url"], ["products", 0, "image_url"]]


def errors(body: Any) -> dict[str, list[str]]:
    return errors_of(Order, body)


def url_of_length(length: int) -> str:
    start = "https://www.example.com/"
    return start + "a" * (length - len(start))


def email_of_length(length: int) -> str:
    end = "@example.com"
    return "a" * (length - len(end)) + end


def test_the_docs_example_is_valid(body: dict[str, Any]) -> None:
    assert errors(body) == {}


def test_the_smallest_order_is_an_external_id_and_an_email() -> None:
    assert errors({"external_id": "1", "customer": {"email": "a@example.com"}}) == {}


@pytest.mark.parametrize(
    "path",
    [["external_id"], ["customer"], ["customer", "email"], ["invitation", "delay"],
     ["invitation", "delay", "unit"], ["invitation", "delay", "amount"],
     ["invitation", "reminder", "unit"], ["invitation", "reminder", "amount"],
     ["products", 0, "external_id"], ["products", 0, "name"], ["products", 0, "url"]],
    ids=dotted,
)
def test_a_missing_required_field_is_an_error(body: dict[str, Any], path: list[Any]) -> None:
    if path[:2] == ["invitation", "delay"] and len(path) == 2:
        del body["invitation"]["reminder"]  # keep the reminder rule out of this test
    assert errors(delete_at(body, path)) == {dotted(path): ["Required"]}


@pytest.mark.parametrize(
    "path",
    [["invitation"], ["invitation", "reminder"], ["products"], ["filtercode"], ["customer", "fullname"],
     ["products", 0, "sku"], ["products", 0, "gtin"], ["products", 0, "image_url"]],
    ids=dotted,
)
def test_an_optional_field_may_be_left_out_or_null(body: dict[str, Any], path: list[Any]) -> None:
    assert errors(delete_at(body, path)) == {}
    assert errors(set_at(body, path, None)) == {}


@pytest.mark.parametrize("path", TEXT_250_REQUIRED + TEXT_250_OPTIONAL, ids=dotted)
def test_a_non_empty_text_takes_1_to_250_characters(body: dict[str, Any], path: list[Any]) -> None:
    assert errors(set_at(body, path, "x")) == {}
    assert errors(set_at(body, path, "x" * 250)) == {}
    assert errors(set_at(body, path, "x" * 251)) == {dotted(path): ["At most 250 characters"]}
    assert errors(set_at(body, path, "")) == {dotted(path): ["Must not be empty"]}


@pytest.mark.parametrize("path", TEXT_250_REQUIRED + TEXT_250_OPTIONAL + [["filtercode"]], ids=dotted)
@pytest.mark.parametrize("value", [5, True, ["x"]])
def test_a_text_refuses_other_types(body: dict[str, Any], path: list[Any], value: Any) -> None:
    assert errors(set_at(body, path, value)) == {dotted(path): ["Must be text"]}


def test_filtercode_takes_up_to_250_characters_and_may_be_empty(body: dict[str, Any]) -> None:
    assert errors(set_at(body, ["filtercode"], "")) == {}
    assert errors(set_at(body, ["filtercode"], "f" * 250)) == {}
    assert errors(set_at(body, ["filtercode"], "f" * 251)) == {"filtercode": ["At most 250 characters"]}


def test_the_email_takes_up_to_250_characters(body: dict[str, Any]) -> None:
    assert errors(set_at(body, ["customer", "email"], email_of_length(250))) == {}
    assert errors(set_at(body, ["customer", "email"], email_of_length(251))) == {
        "customer.email": ["At most 250 characters"]
    }


@pytest.mark.parametrize("email", ["appleseed", "appleseed@example", "apple seed@example.com", "@example.com", ""])
def test_the_email_must_be_valid(body: dict[str, Any], email: str) -> None:
    assert errors(set_at(body, ["customer", "email"], email)) == {"customer.email": ["Not a valid e-mail address"]}


@pytest.mark.parametrize("path", URLS, ids=dotted)
def test_a_url_takes_up_to_2000_characters(body: dict[str, Any], path: list[Any]) -> None:
    assert errors(set_at(body, path, url_of_length(2000))) == {}
    assert errors(set_at(body, path, url_of_length(2001))) == {dotted(path): ["At most 2000 characters"]}


@pytest.mark.parametrize("path", URLS, ids=dotted)
@pytest.mark.parametrize("url", ["www.example.com/apple", "ftp://example.com/a", "https://", "", "https://exa mple.com"])
def test_a_url_must_be_a_valid_web_address(body: dict[str, Any], path: list[Any], url: str) -> None:
    assert errors(set_at(body, path, url)) == {dotted(path): ["Not a valid URL (http:// or https://)"]}


@pytest.mark.parametrize("url", ["http://example.com", "https://www.example.com/producs/red-delicious?x=1"])
def test_http_and_https_urls_are_valid(body: dict[str, Any], url: str) -> None:
    assert errors(set_at(body, ["products", 0, "url"], url)) == {}


@pytest.mark.parametrize("gtin", ["0075678164124", "8712345678906", "0000000000000"])
def test_a_gtin_is_13_digits(body: dict[str, Any], gtin: str) -> None:
    # A wrong check digit is only a warning (rules.py): the doc's own example has one.
    assert errors(set_at(body, ["products", 0, "gtin"], gtin)) == {}


@pytest.mark.parametrize("gtin", ["075678164125", "00075678164124", "007567816412a", "", "0075678164124 "])
def test_a_gtin_of_another_length_or_with_other_characters_is_an_error(body: dict[str, Any], gtin: str) -> None:
    assert errors(set_at(body, ["products", 0, "gtin"], gtin)) == {"products.0.gtin": ["A GTIN-13 code: exactly 13 digits"]}


def test_a_gtin_must_be_text(body: dict[str, Any]) -> None:
    assert errors(set_at(body, ["products", 0, "gtin"], 8712345678906)) == {"products.0.gtin": ["Must be text"]}


@pytest.mark.parametrize("part", ["delay", "reminder"])
@pytest.mark.parametrize("unit", UNITS)
def test_every_documented_unit_is_accepted(body: dict[str, Any], part: str, unit: str) -> None:
    body["invitation"] = {"delay": {"unit": "days", "amount": 0}, "reminder": {"unit": "days", "amount": 30}}
    assert errors(set_at(body, ["invitation", part, "unit"], unit)) == {}


@pytest.mark.parametrize("part", ["delay", "reminder"])
@pytest.mark.parametrize("unit", ["weeks", "Days", "day", ""])
def test_another_unit_is_an_error(body: dict[str, Any], part: str, unit: str) -> None:
    assert errors(set_at(body, ["invitation", part, "unit"], unit)) == {
        f"invitation.{part}.unit": ["Must be one of 'minutes', 'hours', 'days' or 'weekdays'"]
    }


def test_the_units_are_the_documented_ones() -> None:
    assert UNITS == ("minutes", "hours", "days", "weekdays")


@pytest.mark.parametrize("part", ["delay", "reminder"])
@pytest.mark.parametrize("amount", [0, 1, 10_000])
def test_an_amount_is_a_non_negative_integer(body: dict[str, Any], part: str, amount: int) -> None:
    body["invitation"] = {"delay": {"unit": "days", "amount": 0}, "reminder": {"unit": "days", "amount": 20_000}}
    assert errors(set_at(body, ["invitation", part, "amount"], amount)) == {}


@pytest.mark.parametrize("part", ["delay", "reminder"])
@pytest.mark.parametrize(
    ("amount", "message"),
    [(-1, "Must be at least 0"), ("7", "Must be a whole number"), (True, "Must be a whole number"),
     (None, "Must be a whole number")],
)
def test_an_amount_refuses_negatives_and_other_types(body: dict[str, Any], part: str, amount: Any, message: str) -> None:
    assert errors(set_at(body, ["invitation", part, "amount"], amount)) == {f"invitation.{part}.amount": [message]}


@pytest.mark.parametrize("amount", [Decimal("1.5"), Decimal(2), 2.0])
def test_an_amount_that_is_no_integer_is_an_error(body: dict[str, Any], amount: Any) -> None:
    assert errors(set_at(body, ["invitation", "delay", "amount"], amount)) == {
        "invitation.delay.amount": ["Must be a whole number"]
    }


@pytest.mark.parametrize(
    "path",
    [["shop"], ["customer", "phone"], ["invitation", "send_at"], ["invitation", "delay", "at"],
     ["products", 0, "quantity"]],
    ids=dotted,
)
def test_an_undocumented_field_is_an_error(body: dict[str, Any], path: list[Any]) -> None:
    assert errors(set_at(body, path, "x")) == {dotted(path): ["Not a field of this API"]}


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [(["customer"], "appleseed@example.com", "Must be an object"), (["invitation"], [], "Must be an object"),
     (["invitation", "delay"], 0, "Must be an object"), (["products"], {}, "Must be a list"),
     (["products", 0], "apple", "Must be an object")],
    ids=lambda item: dotted(item) if isinstance(item, list) else None,
)
def test_objects_and_lists_must_have_their_shape(body: dict[str, Any], path: list[Any], value: Any, message: str) -> None:
    assert errors(set_at(body, path, value)) == {dotted(path): [message]}


def test_an_empty_product_list_is_valid(body: dict[str, Any]) -> None:
    assert errors(set_at(body, ["products"], [])) == {}
