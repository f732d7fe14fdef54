"""The APIs' own request examples (from their docs), as fresh copies for each test."""

from __future__ import annotations

import copy
from typing import Any

_DROPDAY: dict[str, Any] = {
    "external_id": "L41223D",
    "source": "Example Shop Dot Org",
    "test": False,
    "total": 435.45,
    "shipping_cost": 4.95,
    "email": "info@example.org",
    "shipping_address": {
        "first_name": "John",
        "last_name": "Doe",
        "company_name": "Jeff",
        "address1": "Jumpstreet 23",
        "postcode": "4500",
        "city": "LA",
        "country": "US",
        "phone": "222 222",
    },
    "products": [
        {
            "external_id": "1",
            "ean13": "87235211235464",
            "name": "Pizza margerita",
            "reference": "PZZA00001",
            "quantity": 2,
            "price": 10.99,
            "custom": {"toppings": "onions, olives"},
        }
    ],
}

_CENTRA: dict[str, Any] = {
    "invoiceAddress": {
        "country": "SE",
        "firstName": "John",
        "lastName": "Smith",
        "address": "12 Alto Road",
        "zipcode": "90212",
        "city": "San Francisco",
        "email": "x@example.com",
    },
    "deliveryAddress": {
        "country": "US",
        "firstName": "John",
        "lastName": "Smith",
        "address": "1500 California St",
        "zipcode": "90210",
        "city": "San Francisco",
        "state": "CA",
    },
    "products": [{"qty": 1, "sku": "SKUASKUBSKUC", "unitPrice": 12.11, "originalPrice": 50.22}],
}

_BIGCOMMERCE: dict[str, Any] = {
    "status_id": 0,
    "customer_id": 1,
    "billing_address": {
        "first_name": "Jane",
        "last_name": "Doe",
        "street_1": "123 Main Street",
        "city": "Austin",
        "state": "Texas",
        "zip": "78751",
        "country": "United States",
        "country_iso2": "US",
        "email": "janedoe@email.com",
    },
    "products": [{"name": "BigCommerce Coffee Mug", "quantity": 1, "price_inc_tax": 50, "price_ex_tax": 45}],
    "external_order_id": "PHONE-1001",
}

_FEEDBACKCOMPANY: dict[str, Any] = {
    "external_id": "08b747cb-e20a-4644-9900-7db115e2f249",
    "customer": {"email": "appleseed@example.com", "fullname": "John Appleseed"},
    "products": [
        {
            "external_id": "c17b8994-7a31-4dda-b710-a1bb5cd97e55",
            "sku": "rd001",
            "gtin": "0075678164124",
            "name": "Red Delicious",
            "url": "https://www.example.com/producs/red-delicious",
            "image_url": "https://www.example.com/images/red-delicious.jpeg",
        }
    ],
    "invitation": {"delay": {"unit": "days", "amount": 0}, "reminder": {"unit": "days", "amount": 7}},
    "filtercode": "filtercode1234",
}


def dropday_order(**changes: Any) -> dict[str, Any]:
    """Dropday's "Create an order" example, trimmed, with ``changes`` applied at the top level."""
    return {**copy.deepcopy(_DROPDAY), **changes}


def centra_order(**changes: Any) -> dict[str, Any]:
    """Centra's "Create order" example, trimmed, with ``changes`` applied at the top level."""
    return {**copy.deepcopy(_CENTRA), **changes}


def bigcommerce_order(**changes: Any) -> dict[str, Any]:
    """The OAS's "Custom Product" example with an ``external_order_id``, with ``changes`` applied."""
    return {**copy.deepcopy(_BIGCOMMERCE), **changes}


def feedbackcompany_order(**changes: Any) -> dict[str, Any]:
    """Feedback Company's orders example, with ``changes`` applied at the top level."""
    return {**copy.deepcopy(_FEEDBACKCOMPANY), **changes}
