"""BigCommerce body paths <-> draft paths."""

from __future__ import annotations

import pytest

from orderdesk.targets.bigcommerce.paths import PATHS


@pytest.mark.parametrize(
    ("body", "draft"),
    [
        ("billing_address", "billing"),
        ("billing_address.zip", "billing.postcode"),
        ("billing_address.street_1", "billing.address1"),
        ("billing_address.street_2", "billing.address2"),
        ("billing_address.first_name", "billing.first_name"),
        ("billing_address.country_iso2", "billing.country"),
        ("billing_address.country", "billing.country"),
        ("billing_address.email", "customer.email"),
        ("billing_address.phone", "customer.phone"),
        ("shipping_addresses.0", "shipping"),
        ("shipping_addresses.0.zip", "shipping.postcode"),
        ("shipping_addresses.0.city", "shipping.city"),
        ("shipping_addresses.0.email", "shipping.email"),
        ("products", "lines"),
        ("products.3", "lines.3"),
        ("products.3.name", "lines.3.name"),
        ("products.3.name_customer", "lines.3.name"),
        ("products.3.quantity", "lines.3.quantity"),
        ("products.3.price_inc_tax", "lines.3.unit_price"),
        ("products.3.price_ex_tax", "lines.3.unit_price"),
        ("products.3.sku", "lines.3.sku"),
        ("products.3.upc", "lines.3.ean"),
        ("external_order_id", "external_id"),
        ("external_source", "source"),
        ("customer_message", "notes"),
        ("shipping_cost_inc_tax", "shipping_cost"),
        ("shipping_cost_ex_tax", "shipping_cost"),
        ("total_inc_tax", "stated_total"),
        ("status_id", "extras.bigcommerce.status_id"),
        ("customer_id", "extras.bigcommerce.customer_id"),
        ("staff_notes", "extras.bigcommerce.staff_notes"),
        ("discount_amount", "extras.bigcommerce.discount_amount"),
    ],
)
def test_body_paths_map_to_draft_paths(body: str, draft: str) -> None:
    assert PATHS.to_draft(body) == draft


@pytest.mark.parametrize(
    ("draft", "body"),
    [
        ("billing.postcode", "billing_address.zip"),
        ("billing.country", "billing_address.country_iso2"),
        ("customer.email", "billing_address.email"),
        ("shipping", "shipping_addresses.0"),
        ("shipping.address1", "shipping_addresses.0.street_1"),
        ("lines.2.unit_price", "products.2.price_inc_tax"),
        ("lines.*.name", "products.*.name"),
        ("extras.bigcommerce.status_id", "status_id"),
    ],
)
def test_draft_paths_map_to_body_paths(draft: str, body: str) -> None:
    assert PATHS.to_body(draft) == body


def test_unmodelled_product_fields_land_on_their_line() -> None:
    assert PATHS.to_draft("products.1.product_options.0.value") == "lines.1.product_options.0.value"
    assert PATHS.to_draft("shipping_addresses.0.shipping_method") == "shipping.shipping_method"


@pytest.mark.parametrize(
    "body", ["shipping_addresses.1.city", "shipping_addresses", "shipping_address.city", "fees.0.cost_tax", ""]
)
def test_paths_without_a_draft_input_map_to_nothing(body: str) -> None:
    assert PATHS.to_draft(body) is None


def test_draft_paths_without_a_body_field_map_to_nothing() -> None:
    assert PATHS.to_body("customer.name") is None
    assert PATHS.to_body("extras.bigcommerce.tax_rate") is None
