"""Dropday body paths <-> draft paths, including the spellings of Dropday's own 422 answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from orderdesk.core import jsonio
from orderdesk.core.findings import Findings
from orderdesk.targets.dropday.paths import PATHS
from tests.targets.body_support import leaf_paths

EXAMPLES = Path(__file__).parent / "examples"


def test_the_422_example_lands_on_draft_inputs() -> None:
    answer = jsonio.read_body(EXAMPLES / "error-422.json")
    findings = Findings()
    for path, messages in answer["errors"].items():
        for message in messages:
            findings.error(path, message)
    assert findings.mapped(PATHS.to_draft).errors == {
        "external_id": ["The external id field is required."],
        "shipping.first_name": ["The shipping address.firstname field is required."],
        "lines.0.external_id": ["The products.0.external_id field is required."],
    }


@pytest.mark.parametrize(
    ("body_path", "draft_path"),
    [
        ("shipping_address.firstname", "shipping.first_name"),
        ("shipping_address.first_name", "shipping.first_name"),
        ("shipping_address.lastname", "shipping.last_name"),
        ("shipping_address.last_name", "shipping.last_name"),
        ("shipping_address.company_name", "shipping.company"),
        ("shipping_address.address1", "shipping.address1"),
        ("shipping_address.address2", "shipping.address2"),
        ("shipping_address.postcode", "shipping.postcode"),
        ("shipping_address.city", "shipping.city"),
        ("shipping_address.state", "shipping.state"),
        ("shipping_address.country", "shipping.country"),
        ("shipping_address.phone", "shipping.phone"),
        ("shipping_address", "shipping"),
        ("email", "customer.email"),
        ("total", "stated_total"),
        ("shipping_cost", "shipping_cost"),
        ("shipping.cost", "shipping_cost"),
        ("shipping.note", "notes"),
        ("shipping.name", "extras.dropday.shipping_name"),
        ("shipping.description", "extras.dropday.shipping_description"),
        ("shipping.delivery_date", "extras.dropday.delivery_date"),
        ("products", "lines"),
        ("products.4", "lines.4"),
        ("products.0.price", "lines.0.unit_price"),
        ("products.12.reference", "lines.12.sku"),
        ("products.1.ean13", "lines.1.ean"),
        ("products.1.quantity", "lines.1.quantity"),
        ("products.1.image_url", "lines.1.image_url"),
        ("products.1.brand", "lines.1.brand"),
        ("products.1.category", "lines.1.category"),
        ("products.1.supplier", "lines.1.supplier"),
        ("products.1.custom.toppings", "lines.1.custom.toppings"),
        ("products.3.stock_quantity", "lines.3.stock_quantity"),
    ],
)
def test_body_paths_map_to_draft_paths(body_path: str, draft_path: str) -> None:
    assert PATHS.to_draft(body_path) == draft_path


@pytest.mark.parametrize(
    ("draft_path", "body_path"),
    [
        ("shipping.first_name", "shipping_address.first_name"),
        ("shipping.last_name", "shipping_address.last_name"),
        ("shipping_cost", "shipping_cost"),
        ("customer.email", "email"),
        ("lines.2.unit_price", "products.2.price"),
        ("lines.*.sku", "products.*.reference"),
        ("notes", "shipping.note"),
    ],
)
def test_draft_paths_map_to_the_spelling_dropday_is_sent(draft_path: str, body_path: str) -> None:
    assert PATHS.to_body(draft_path) == body_path


@pytest.mark.parametrize("name", ["create-order", "create-order-with-shipping"])
def test_every_field_of_the_examples_has_a_draft_path(name: str) -> None:
    body = jsonio.read_body(EXAMPLES / f"{name}.json")
    assert [path for path in leaf_paths(body) if PATHS.to_draft(path) is None] == []


def test_paths_outside_the_body_do_not_map() -> None:
    assert PATHS.to_draft("blocked") is None
    assert PATHS.to_draft("") is None
