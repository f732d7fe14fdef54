"""Dropday plausibility warnings: each one on both sides, and never an error."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from orderdesk.core.findings import Findings
from orderdesk.targets.dropday import rules

VALID_EAN13 = "8712345678906"


def warnings(body: Any) -> dict[str, list[str]]:
    findings = Findings()
    rules.check(body, findings)
    assert findings.errors == {}
    return findings.warnings


def order(*products: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A plausible body whose total matches its products and shipping, with ``fields`` on top."""
    products = products or ({"quantity": 2, "price": Decimal("10.99")},)
    body: dict[str, Any] = {
        "shipping_cost": Decimal("4.95"),
        "email": "info@example.org",
        "shipping_address": {"country": "US"},
        "products": list(products),
    }
    body["total"] = sum(
        (Decimal(item["quantity"]) * Decimal(item["price"]) for item in products), Decimal("4.95")
    )
    body.update(fields)
    return body


def test_a_plausible_order_has_no_warnings() -> None:
    assert warnings(order()) == {}


def test_the_docs_example_warns_about_its_total_and_eans(body: dict[str, Any]) -> None:
    assert warnings(body) == {
        "total": ["Not the products plus shipping (31.93)"],
        "products.0.ean13": ["Not a valid EAN: wrong length or check digit"],
        "products.1.ean13": ["Not a valid EAN: wrong length or check digit"],
    }


@pytest.mark.parametrize("total", [Decimal("26.93"), Decimal("26.935"), 26.93])
def test_a_total_within_a_cent_of_products_plus_shipping_passes(total: Any) -> None:
    assert warnings(order(total=total)) == {}


@pytest.mark.parametrize("total", [Decimal("26.94"), Decimal("26.92"), 0])
def test_a_total_that_is_not_products_plus_shipping_warns(total: Any) -> None:
    assert warnings(order(total=total)) == {"total": ["Not the products plus shipping (26.93)"]}


def test_the_total_counts_shipping_cost_from_the_shipping_object_when_shipping_cost_is_missing() -> None:
    body = order(shipping={"cost": Decimal("4.95")})
    del body["shipping_cost"]
    assert warnings(body) == {}
    body["shipping"] = {}
    assert warnings(body) == {"total": ["Not the products plus shipping (21.98)"]}


@pytest.mark.parametrize(
    "change",
    [
        {"shipping_cost": "4.95"},
        {"products": [{"quantity": 2}]},
        {"products": [{"quantity": 2, "price": "10.99"}]},
        {"products": ["pizza"]},
        {"products": "pizza"},
    ],
)
def test_no_total_warning_when_the_total_cannot_be_computed(change: dict[str, Any]) -> None:
    assert "total" not in warnings(order(total=Decimal(1), **change))


def test_a_total_that_is_no_number_is_left_to_the_model() -> None:
    assert warnings(order(total="26.93")) == {}


def test_shipping_cost_in_both_places_must_agree() -> None:
    assert warnings(order(shipping={"cost": Decimal("4.95")})) == {}
    assert warnings(order(shipping={"cost": Decimal("5.95")})) == {
        "shipping.cost": ["Not the same as shipping_cost (4.95)"]
    }


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"shipping_cost": Decimal(-1), "total": Decimal("20.98")}, "shipping_cost"),
        ({"total": Decimal(-1)}, "total"),
    ],
)
def test_negative_amounts_warn(fields: dict[str, Any], path: str) -> None:
    assert "Should not be negative" in warnings(order(**fields))[path]


def test_a_negative_shipping_object_cost_warns() -> None:
    body = order(shipping={"cost": Decimal("-4.95")})
    assert warnings(body)["shipping.cost"][0] == "Should not be negative"


def test_zero_amounts_are_plausible() -> None:
    assert warnings(order({"quantity": 1, "price": 0}, shipping_cost=0, total=0)) == {}


def test_a_negative_price_warns() -> None:
    assert warnings(order({"quantity": 1, "price": Decimal(-1)}, shipping_cost=0, total=Decimal(-1))) == {
        "products.0.price": ["Should not be negative"],
        "total": ["Should not be negative"],
    }


@pytest.mark.parametrize(("quantity", "message"), [(0, "Should be more than 0"), (-1, "Should be more than 0"),
                                                   (Decimal("1.5"), "Usually a whole number")])
def test_an_odd_quantity_warns(quantity: Any, message: str) -> None:
    body = order({"quantity": quantity, "price": Decimal(2)})
    assert warnings(body) == {"products.0.quantity": [message]}


@pytest.mark.parametrize("quantity", [1, Decimal(3), Decimal("2.0")])
def test_a_whole_positive_quantity_passes(quantity: Any) -> None:
    assert warnings(order({"quantity": quantity, "price": Decimal(2)})) == {}


@pytest.mark.parametrize("ean", [VALID_EAN13, int(VALID_EAN13), "96385074", "00012345600012", "012345678905"])
def test_an_ean_with_a_right_check_digit_passes(ean: Any) -> None:
    assert warnings(order({"quantity": 1, "price": 1, "ean13": ean})) == {}


@pytest.mark.parametrize(
    "ean", ["8712345678901", 8712345678901, "87235211235464", "123", "871234567890612", pytest.param(10**5000, id="5001-digits")]
)
def test_an_ean_with_a_wrong_check_digit_or_length_warns(ean: Any) -> None:
    assert warnings(order({"quantity": 1, "price": 1, "ean13": ean})) == {
        "products.0.ean13": ["Not a valid EAN: wrong length or check digit"]
    }


@pytest.mark.parametrize("ean", ["87a", "", True, None, Decimal("1.5"), -8712345678906, "٨٧١٢٣٤٥٦٧٨٩٠٦"])
def test_an_ean_that_is_not_digits_is_left_to_the_model(ean: Any) -> None:
    assert warnings(order({"quantity": 1, "price": 1, "ean13": ean})) == {}


@pytest.mark.parametrize("country", ["US", "NL", "DE"])
def test_an_iso_country_code_passes(country: str) -> None:
    assert warnings(order(shipping_address={"country": country})) == {}


@pytest.mark.parametrize("country", ["Netherlands", "nl", "USA", "XX"])
def test_a_country_that_is_not_an_iso_code_warns(country: str) -> None:
    assert warnings(order(shipping_address={"country": country})) == {
        "shipping_address.country": ["Not an ISO 3166 two-letter country code (NL, US...)"]
    }


def test_an_invalid_email_warns_and_an_empty_one_does_not() -> None:
    assert warnings(order(email="info@example")) == {"email": ["Not a valid e-mail address"]}
    assert warnings(order(email="")) == {}


def test_an_image_url_that_is_no_web_address_warns() -> None:
    good = {"quantity": 1, "price": 1, "image_url": "https://example.org/pizza.jpg"}
    bad = {"quantity": 1, "price": 1, "image_url": "pizza.jpg"}
    empty = {"quantity": 1, "price": 1, "image_url": ""}
    assert warnings(order(good, empty)) == {}
    assert warnings(order(bad)) == {"products.0.image_url": ["Not a valid URL (http:// or https://)"]}


def test_an_empty_product_list_warns() -> None:
    body = order(products=[], total=Decimal("4.95"))
    assert warnings(body) == {"products": ["No products"]}


@pytest.mark.parametrize("body", [{}, {"products": [None, 1, "x"]}, {"shipping_address": "x", "shipping": []}])
def test_rules_skip_what_has_the_wrong_shape(body: dict[str, Any]) -> None:
    assert warnings(body) == {}


def test_amounts_too_large_to_multiply_warn_instead_of_raising() -> None:
    huge = Decimal("1E+999999")
    body = {"total": huge, "shipping_cost": 0, "products": [{"quantity": huge, "price": huge}]}
    assert warnings(body) == {"total": ["Not the products plus shipping (Infinity)"]}
