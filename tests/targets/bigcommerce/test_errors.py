"""BigCommerce's error answers as findings on body paths."""

from __future__ import annotations

from typing import Any

import pytest

from orderdesk.targets.bigcommerce.errors import path_in, server_findings


def test_the_documented_error_answer() -> None:
    answer = [{"status": 404, "message": "The field 'item_total' cannot be written to. Please remove it."}]
    assert server_findings(answer).errors == {"": ["The field 'item_total' cannot be written to. Please remove it."]}


@pytest.mark.parametrize(
    ("message", "path"),
    [
        ("The required field 'billing_address' was not supplied.", "billing_address"),
        ("The field 'external_id' cannot be written to.", "external_id"),
        ("The field 'billing_address.zip' is invalid.", "billing_address.zip"),
        ('The field "products[2].quantity" is invalid.', "products.2.quantity"),
        ("products[0].price_ex_tax must be a number", "products.0.price_ex_tax"),
        ("The billing address field 'zip' is invalid.", "billing_address.zip"),
        ("The shipping address field 'city' is required.", "shipping_addresses.0.city"),
        ("The field 'zip' is invalid.", ""),
        ("The field 'quantity' is invalid.", ""),
        ("Something went wrong.", ""),
    ],
)
def test_the_path_is_found_in_the_message(message: str, path: str) -> None:
    assert path_in(message) == path


def test_every_entry_becomes_one_error() -> None:
    answer = [
        {"status": 400, "message": "The required field 'products' was not supplied."},
        {"status": 400, "message": "The field 'status_id' is invalid."},
        {"status": 422},
    ]
    assert server_findings(answer).errors == {
        "products": ["The required field 'products' was not supplied."],
        "status_id": ["The field 'status_id' is invalid."],
        "": ["BigCommerce refused the order (status 422)"],
    }


@pytest.mark.parametrize(
    ("answer", "message"),
    [({"status": 422, "title": "Bad order"}, "Bad order"), ("Not allowed", "Not allowed"),
     (None, "BigCommerce refused the order"), ([], "BigCommerce refused the order without saying why"),
     ([5], "BigCommerce refused the order")],
)  # fmt: skip
def test_other_shapes_still_give_an_error(answer: Any, message: str) -> None:
    assert server_findings(answer).errors == {"": [message]}
