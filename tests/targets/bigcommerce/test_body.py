"""The POST /v2/orders body models: required fields, types, formats, lengths, read-only fields."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from orderdesk.targets.bigcommerce import TARGET
from orderdesk.targets.bigcommerce.body import (
    ORDER_STATUSES,
    READ_ONLY_FIELDS,
    decimal_of,
)
from tests.targets.bigcommerce.samples import valid_body

CATALOG = {"product_id": 184, "quantity": 1}
PICKUP = {"pickup_method_id": 1, "line_items": [{"name": "Mug", "quantity": 1, "price_inc_tax": 5, "price_ex_tax": 4}]}


def errors(body: Any) -> dict[str, list[str]]:
    return TARGET.validate_body(body).errors


def with_fields(**fields: Any) -> dict[str, Any]:
    body = valid_body()
    body.update(fields)
    return body


def with_billing(**fields: Any) -> dict[str, Any]:
    body = valid_body()
    body["billing_address"].update(fields)
    return body


def with_product(**fields: Any) -> dict[str, Any]:
    body = valid_body()
    body["products"][0].update(fields)
    return body


def pickup_order(**location: Any) -> dict[str, Any]:
    body = valid_body()
    del body["products"]
    body["consignments"] = {"pickups": [{**PICKUP, "location": location}]}
    return body


def test_the_base_body_is_clean() -> None:
    assert not TARGET.validate_body(valid_body())


# Required fields ---------------------------------------------------------------------------


def test_billing_address_is_required() -> None:
    body = valid_body()
    del body["billing_address"]
    assert errors(body) == {"billing_address": ["Required"]}


@pytest.mark.parametrize("field", ["first_name", "last_name", "street_1", "city", "zip", "email"])
def test_the_guides_minimum_billing_fields_are_required(field: str) -> None:
    body = valid_body()
    del body["billing_address"][field]
    assert errors(body) == {f"billing_address.{field}": ["Required"]}


@pytest.mark.parametrize("field", ["first_name", "last_name", "street_1", "city", "email"])
def test_required_billing_fields_must_not_be_empty(field: str) -> None:
    assert errors(with_billing(**{field: ""})) == {f"billing_address.{field}": ["Must not be empty"]}


@pytest.mark.parametrize("field", ["company", "street_2", "state", "phone"])
def test_other_billing_fields_are_optional(field: str) -> None:
    body = with_billing(company="Acme", street_2="Suite 1", phone="555")
    del body["billing_address"][field]
    assert not errors(body)


def test_zip_needs_two_characters() -> None:
    assert errors(with_billing(zip="7")) == {"billing_address.zip": ["At least 2 characters"]}
    assert not errors(with_billing(zip="78"))


@pytest.mark.parametrize("field", ["name", "quantity", "price_inc_tax", "price_ex_tax"])
def test_a_custom_product_needs_name_quantity_and_both_prices(field: str) -> None:
    body = valid_body()
    del body["products"][0][field]
    assert errors(body) == {f"products.0.{field}": ["Required"]}


def test_a_catalog_product_needs_only_its_product_id() -> None:
    assert not errors(with_fields(products=[{"product_id": 184}]))
    assert errors(with_fields(products=[{"product_id": None}])) == {"products.0.product_id": ["Must be a whole number"]}


def test_products_must_not_be_empty() -> None:
    assert errors(with_fields(products=[])) == {"products": ["Must not be empty"]}


def test_nothing_in_a_shipping_address_is_required() -> None:
    assert not errors(with_fields(shipping_addresses=[{"city": "Austin", "street_1": "1 Main", "zip": "78751"}]))


# Types and formats ---------------------------------------------------------------------------


AMOUNTS = [
    "subtotal_ex_tax", "subtotal_inc_tax", "base_shipping_cost", "shipping_cost_ex_tax", "shipping_cost_inc_tax",
    "base_handling_cost", "handling_cost_ex_tax", "handling_cost_inc_tax", "base_wrapping_cost",
    "wrapping_cost_ex_tax", "wrapping_cost_inc_tax", "total_ex_tax", "total_inc_tax", "refunded_amount",
    "discount_amount",
]  # fmt: skip
"""Documented "(Float, Float-As-String, Integer)" and "The value can't be negative"."""


def paired(field: str, value: Any) -> dict[str, Any]:
    """A body with ``field`` set and, for an ex/inc override, its required partner too."""
    fields = {field: value}
    for ex, inc in (("_ex_tax", "_inc_tax"), ("_inc_tax", "_ex_tax")):
        if field.endswith(ex) and not field.startswith(("handling", "wrapping")):
            fields[field.removesuffix(ex) + inc] = value
    return with_fields(**fields)


@pytest.mark.parametrize("field", AMOUNTS)
@pytest.mark.parametrize("value", [0, 5, Decimal("10.98"), 2.5, "10", "10.9800", "0", ".5", "1e2"])
def test_amounts_take_a_number_or_a_number_written_as_text(field: str, value: Any) -> None:
    assert field not in errors(paired(field, value))


@pytest.mark.parametrize("field", AMOUNTS)
@pytest.mark.parametrize("value", ["ten", "1_000", "", " 5", "NaN", True, None, [], {}])
def test_amounts_refuse_anything_else(field: str, value: Any) -> None:
    assert errors(paired(field, value))[field] == ["Must be a number (or a number written as text)"]


@pytest.mark.parametrize("field", AMOUNTS)
@pytest.mark.parametrize("value", [-1, "-0.01", Decimal("-5")])
def test_amounts_must_not_be_negative(field: str, value: Any) -> None:
    assert errors(paired(field, value))[field] == ["Must not be negative"]


@pytest.mark.parametrize("field", ["price_inc_tax", "price_ex_tax"])
def test_product_prices_are_numbers_not_text(field: str) -> None:
    assert errors(with_product(**{field: "50"})) == {f"products.0.{field}": ["Must be a number"]}
    assert not errors(with_product(price_inc_tax=Decimal("50.00"), price_ex_tax=Decimal("45.5")))


@pytest.mark.parametrize("value", [Decimal("1.5"), "1", True, None])
def test_quantity_is_a_whole_number(value: Any) -> None:
    assert errors(with_product(quantity=value)) == {"products.0.quantity": ["Must be a whole number"]}


@pytest.mark.parametrize("status_id", list(ORDER_STATUSES))
def test_every_documented_status_is_accepted(status_id: int) -> None:
    assert not errors(with_fields(status_id=status_id))


@pytest.mark.parametrize("status_id", [-1, 15, 100])
def test_other_status_ids_are_refused(status_id: int) -> None:
    assert errors(with_fields(status_id=status_id)) == {"status_id": ["Not a BigCommerce order status (0 to 14)"]}


@pytest.mark.parametrize("status_id", ["11", True, 11.0, None])
def test_status_id_is_a_whole_number(status_id: Any) -> None:
    assert errors(with_fields(status_id=status_id)) == {"status_id": ["Must be a whole number"]}


@pytest.mark.parametrize("code", ["US", "NL", "GB"])
def test_country_iso2_takes_iso_codes(code: str) -> None:
    assert not errors(with_billing(country_iso2=code, country=""))


@pytest.mark.parametrize("code", ["us", "USA", "XX", ""])
def test_country_iso2_refuses_anything_else(code: str) -> None:
    message = "Not an ISO 3166 two-letter country code (NL, US...)"
    assert errors(with_billing(country_iso2=code)) == {"billing_address.country_iso2": [message]}
    assert errors(with_fields(shipping_addresses=[{"country_iso2": code}]))["shipping_addresses.0.country_iso2"] == [
        message
    ]
    assert errors(with_fields(geoip_country_iso2=code)) == {"geoip_country_iso2": [message]}


@pytest.mark.parametrize("date", ["Tue, 20 Nov 2012 00:00:00 +0000", "20 Nov 2012 00:00:00 +0000"])
def test_date_created_takes_rfc_2822_dates(date: str) -> None:
    assert not errors(with_fields(date_created=date))


@pytest.mark.parametrize("date", ["2012-11-20T00:00:00Z", "yesterday", ""])
def test_date_created_refuses_other_dates(date: str) -> None:
    assert errors(with_fields(date_created=date)) == {
        "date_created": ["Not a date like Tue, 20 Nov 2012 00:00:00 +0000"]
    }


@pytest.mark.parametrize("locale", ["en", "asa", "en-US", "es-419"])
def test_customer_locale_takes_the_documented_formats(locale: str) -> None:
    assert not errors(with_fields(customer_locale=locale))


@pytest.mark.parametrize("locale", ["EN", "en_US", "en-us", "es-41", "english", ""])
def test_customer_locale_refuses_other_formats(locale: str) -> None:
    assert errors(with_fields(customer_locale=locale)) == {"customer_locale": ["Not a locale like en, en-US or es-419"]}


@pytest.mark.parametrize("field", ["external_source", "external_merchant_id"])
def test_nullable_texts_take_null(field: str) -> None:
    assert not errors(with_fields(**{field: None}))


@pytest.mark.parametrize("field", ["external_order_id", "customer_message", "payment_method", "staff_notes"])
def test_other_texts_refuse_null_and_numbers(field: str) -> None:
    assert errors(with_fields(**{field: None})) == {field: ["Must be text"]}
    assert errors(with_fields(**{field: 5})) == {field: ["Must be text"]}


@pytest.mark.parametrize("value", ["TX-1", 991, Decimal("1.5")])
def test_payment_provider_id_is_text_or_a_number(value: Any) -> None:
    assert not errors(with_fields(payment_provider_id=value))


def test_customer_id_is_a_number() -> None:
    assert not errors(with_fields(customer_id=0))
    assert errors(with_fields(customer_id="7")) == {"customer_id": ["Must be a number"]}


def test_booleans_are_booleans() -> None:
    assert not errors(with_fields(order_is_digital=True))
    assert errors(with_fields(order_is_digital="yes")) == {"order_is_digital": ["Must be true or false"]}


# Lengths -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "limit"), [("ip_address", 30), ("ip_address_v6", 39), ("staff_notes", 65535)])
def test_order_text_lengths(field: str, limit: int) -> None:
    assert not errors(with_fields(**{field: "x" * limit}))
    assert errors(with_fields(**{field: "x" * (limit + 1)})) == {field: [f"At most {limit} characters"]}


def test_a_custom_product_name_has_one_to_250_characters() -> None:
    assert not errors(with_product(name="x" * 250))
    assert errors(with_product(name="x" * 251)) == {"products.0.name": ["At most 250 characters"]}
    assert errors(with_product(name="")) == {"products.0.name": ["Must not be empty"]}


@pytest.mark.parametrize("field", ["name", "name_customer", "name_merchant"])
def test_empty_product_names_are_invalid(field: str) -> None:
    """The OpenAPI notes: empty strings and null are invalid for xxx, xxx_customer and xxx_merchant."""
    assert errors(with_fields(products=[{**CATALOG, field: ""}])) == {f"products.0.{field}": ["Must not be empty"]}
    assert errors(with_fields(products=[{**CATALOG, field: None}])) == {f"products.0.{field}": ["Must be text"]}


@pytest.mark.parametrize(
    "field",
    ["display_name", "display_name_customer", "display_name_merchant", "display_value", "display_value_customer",
     "display_value_merchant"],
)  # fmt: skip
def test_empty_option_names_are_invalid(field: str) -> None:
    product = {**CATALOG, "product_options": [{"id": 200, "value": "180", field: ""}]}
    assert errors(with_fields(products=[product])) == {f"products.0.product_options.0.{field}": ["Must not be empty"]}


@pytest.mark.parametrize(
    ("field", "limit"),
    [("name", 255), ("code", 50), ("address_line_1", 255), ("address_line_2", 255), ("city", 255),
     ("state", 255), ("postal_code", 50), ("email", 255), ("phone", 125)],
)  # fmt: skip
def test_pickup_location_lengths(field: str, limit: int) -> None:
    assert not errors(pickup_order(**{field: "x" * limit}))
    assert errors(pickup_order(**{field: "x" * (limit + 1)})) == {
        f"consignments.pickups.0.location.{field}": [f"At most {limit} characters"]
    }


def test_pickup_location_country_is_an_iso_code() -> None:
    assert not errors(pickup_order(country_alpha2="US"))
    assert errors(pickup_order(country_alpha2="USA")) == {
        "consignments.pickups.0.location.country_alpha2": ["Not an ISO 3166 two-letter country code (NL, US...)"]
    }


@pytest.mark.parametrize("field", ["pickup_method_display_name", "collection_time_description"])
def test_pickup_texts_have_at_most_250_characters(field: str) -> None:
    body = pickup_order()
    body["consignments"]["pickups"][0][field] = "x" * 250
    assert not errors(body)
    body["consignments"]["pickups"][0][field] = "x" * 251
    assert errors(body) == {f"consignments.pickups.0.{field}": ["At most 250 characters"]}


def test_a_pickup_needs_its_method_and_line_items() -> None:
    body = pickup_order()
    pickup = body["consignments"]["pickups"][0]
    del pickup["pickup_method_id"]
    pickup["line_items"] = []
    assert errors(body) == {
        "consignments.pickups.0.pickup_method_id": ["Required"],
        "consignments.pickups.0.line_items": ["Must not be empty"],
    }
    body["consignments"] = {"pickups": []}
    assert errors(body) == {"consignments.pickups": ["Must not be empty"]}


# Fields that are not to be sent -------------------------------------------------------------


@pytest.mark.parametrize("field", sorted(READ_ONLY_FIELDS))
def test_read_only_fields_are_errors(field: str) -> None:
    assert errors(with_fields(**{field: None})) == {field: ["Set by BigCommerce: leave it out"]}


def test_the_read_only_list_holds_the_documented_ones() -> None:
    documented = {
        "id", "date_modified", "date_shipped", "order_source", "cart_id", "subtotal_tax", "shipping_cost_tax",
        "shipping_cost_tax_class_id", "handling_cost_tax", "handling_cost_tax_class_id", "wrapping_cost_tax",
        "wrapping_cost_tax_class_id", "total_tax", "payment_status", "currency_id", "currency_code",
        "currency_exchange_rate", "default_currency_id", "coupon_discount", "status", "store_credit_amount",
        "shipping_address_count", "coupons", "gift_certificate_amount", "is_email_opt_in", "external_id",
    }  # fmt: skip
    assert documented <= READ_ONLY_FIELDS
    assert "default_currency_code" not in READ_ONLY_FIELDS  # writable on POST with multi-currency
    assert not errors(with_fields(default_currency_code="EUR"))


def test_unknown_fields_are_errors_at_every_level() -> None:
    body = with_fields(item_total=3)
    body["billing_address"]["form_fields"] = []
    body["products"][0]["variant_id"] = 93  # catalog products only
    assert errors(body) == {
        "item_total": ["Not a field of this API"],
        "billing_address.form_fields": ["Not a field of this API"],
        "products.0.variant_id": ["Not a field of this API"],
    }


def test_a_catalog_product_has_no_sku() -> None:
    assert errors(with_fields(products=[{**CATALOG, "sku": "MUG"}])) == {"products.0.sku": ["Not a field of this API"]}


def test_objects_and_lists_must_have_their_shape() -> None:
    assert errors(with_fields(billing_address="Austin")) == {"billing_address": ["Must be an object"]}
    assert errors(with_fields(products={"name": "Mug"})) == {"products": ["Must be a list"]}
    assert errors(with_fields(products=["Mug"])) == {"products.0": ["Must be an object"]}


def test_fees_type_is_custom_fee() -> None:
    fee = {"type": "custom_fee", "display_name_customer": "Fee", "cost_ex_tax": 1, "cost_inc_tax": "1.1"}
    assert not errors(with_fields(fees=[fee]))
    assert errors(with_fields(fees=[{**fee, "type": "other"}])) == {"fees.0.type": ["Must be one of 'custom_fee'"]}
    assert errors(with_fields(fees=[{**fee, "cost_tax": "lots"}])) == {
        "fees.0.cost_tax": ["Must be a number (or a number written as text)"]
    }
    assert not errors(with_fields(fees=[{**fee, "tax_class_id": None, "cost_ex_tax": -1}]))


# decimal_of ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(5, Decimal(5)), (Decimal("1.50"), Decimal("1.50")), (2.5, Decimal("2.5")), ("10.98", Decimal("10.98")),
     ("-1", Decimal(-1)), ("1e2", Decimal("1e2"))],
)  # fmt: skip
def test_decimal_of_reads_numbers_and_numeric_text(value: Any, expected: Decimal) -> None:
    assert decimal_of(value) == expected


@pytest.mark.parametrize("value", [True, None, "", "1,5", "1_000", "Infinity", float("nan"), Decimal("NaN"), [1]])
def test_decimal_of_refuses_the_rest(value: Any) -> None:
    assert decimal_of(value) is None


@pytest.mark.parametrize("field", AMOUNTS)
@pytest.mark.parametrize("value", [Decimal("1E+400"), 10**300, "1e300", Decimal("-1E+300")])
def test_amounts_of_1e300_or_more_are_too_large(field: str, value: Any) -> None:
    assert errors(paired(field, value))[field] == ["Too large"]


@pytest.mark.parametrize("field", ["price_inc_tax", "price_ex_tax"])
def test_product_prices_of_1e300_or_more_are_too_large(field: str) -> None:
    assert errors(with_product(**{field: Decimal("1E+400")})) == {f"products.0.{field}": ["Too large"]}


def test_a_fee_of_1e300_or_more_is_too_large() -> None:
    fee = {"display_name_customer": "Fee", "display_name_merchant": "Fee", "cost_inc_tax": Decimal("-1E+400")}
    assert errors(with_fields(fees=[fee]))["fees.0.cost_inc_tax"] == ["Too large"]
