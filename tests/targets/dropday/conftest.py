"""Dropday test fixtures: a complete draft (the doc's own examples are ``tests/targets/conftest.py``'s)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orderdesk.core.order import Address, Customer, Line, OrderDraft


@pytest.fixture
def draft() -> OrderDraft:
    """A draft with every input Dropday can carry filled in, plausibly."""
    return OrderDraft(
        external_id="PHONE-0001",
        source="Phone order",
        customer=Customer(name="Anna de Vries", email="anna@example.nl", phone="+31 20 123 4567"),
        shipping=Address(
            first_name="Anna",
            last_name="de Vries",
            company="De Vries BV",
            address1="Keizersgracht 12",
            address2="2nd floor",
            postcode="1015 CX",
            city="Amsterdam",
            state="NH",
            country="NL",
            phone="+31 6 1234 5678",
        ),
        lines=[
            Line(
                external_id="1",
                sku="TEA-01",
                ean="8712345678906",
                name="Teapot",
                quantity=Decimal(2),
                unit_price=Decimal("12.95"),
                image_url="https://shop.example.nl/teapot.jpg",
                brand="Brew",
                category="Kitchen",
                supplier="Brew BV",
                custom={"colour": "blue"},
            ),
            Line(external_id="2", name="Tea", quantity=Decimal(1), unit_price=Decimal("3.50")),
        ],
        shipping_cost=Decimal("4.95"),
        notes="Leave at the door",
        extras={"dropday": {"shipping_name": "PostNL", "shipping_description": "Standard", "delivery_date": "07-11-2025"}},
    )
