"""Centra body paths <-> draft paths."""

from __future__ import annotations

import pytest

from orderdesk.targets.centra.extras import EXTRA_KEYS
from orderdesk.targets.centra.paths import PATHS


@pytest.mark.parametrize(
    ("body", "draft"),
    [
        ("deliveryAddress.zipcode", "shipping.postcode"),
        ("deliveryAddress.firstName", "shipping.first_name"),
        ("deliveryAddress.lastName", "shipping.last_name"),
        ("deliveryAddress.address", "shipping.address1"),
        ("deliveryAddress.coaddress", "shipping.address2"),
        ("deliveryAddress.tele", "shipping.phone"),
        ("deliveryAddress.country", "shipping.country"),
        ("deliveryAddress.state", "shipping.state"),
        ("deliveryAddress.city", "shipping.city"),
        ("deliveryAddress.email", "shipping.email"),
        ("invoiceAddress.zipcode", "billing.postcode"),
        ("invoiceAddress.country", "billing.country"),
        ("invoiceAddress.email", "customer.email"),
        ("address.zipcode", "shipping.postcode"),
        ("address.country", "shipping.country"),
        ("address.email", "customer.email"),
        ("products.0.qty", "lines.0.quantity"),
        ("products.12.unitPrice", "lines.12.unit_price"),
        ("products.3.ean", "lines.3.ean"),
        ("products.3.sku", "lines.3.sku"),
        ("products.3.itemText.product", "lines.3.name"),
        ("products.3.itemText.brand", "lines.3.brand"),
        ("comment", "notes"),
        ("shippingValue", "shipping_cost"),
        ("orderNumber", "extras.centra.orderNumber"),
        ("shippingList", "extras.centra.shippingList"),
    ],
)
def test_body_paths_to_draft_paths(body: str, draft: str) -> None:
    assert PATHS.to_draft(body) == draft


@pytest.mark.parametrize(
    ("body", "draft"),
    [
        ("deliveryAddress.cell", "shipping.cell"),
        ("invoiceAddress", "billing"),
        ("address", "shipping"),
        ("products.2.originalPrice", "lines.2.originalPrice"),
        ("products.2.itemText.variant", "lines.2.itemText.variant"),
        ("products", "lines"),
    ],
)
def test_unmodelled_fields_land_on_the_nearest_group_or_line(body: str, draft: str) -> None:
    assert PATHS.to_draft(body) == draft


@pytest.mark.parametrize("body", ["", "payment.auth.amount", "voucherCodes.1", "x123"])
def test_order_level_paths_map_to_nothing(body: str) -> None:
    assert PATHS.to_draft(body) is None


@pytest.mark.parametrize(
    ("draft", "body"),
    [
        ("customer.email", "invoiceAddress.email"),
        ("shipping.postcode", "deliveryAddress.zipcode"),
        ("billing.first_name", "invoiceAddress.firstName"),
        ("lines.4.quantity", "products.4.qty"),
        ("lines.*.name", "products.*.itemText.product"),
        ("notes", "comment"),
        ("extras.centra.market", "market"),
    ],
)
def test_draft_paths_to_body_paths(draft: str, body: str) -> None:
    assert PATHS.to_body(draft) == body


def test_every_extra_has_a_path() -> None:
    assert all(PATHS.to_draft(key) == f"extras.centra.{key}" for key in EXTRA_KEYS)
