"""Feedback Company test fixtures: a complete draft (the doc's own example is ``tests/targets/conftest.py``'s)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orderdesk.core.order import Address, Customer, Line, OrderDraft


@pytest.fixture
def draft() -> OrderDraft:
    """A draft with every input Feedback Company can carry filled in, plausibly."""
    return OrderDraft(
        external_id="PHONE-0001",
        customer=Customer(name="Anna de Vries", email="anna@example.nl", phone="+31 20 123 4567"),
        shipping=Address(first_name="Anna", last_name="de Vries", city="Amsterdam", country="NL"),
        lines=[
            Line(
                external_id="TEA-01",
                sku="TEA-01",
                ean="8712345678906",
                name="Teapot",
                url="https://shop.example.nl/teapot",
                image_url="https://shop.example.nl/teapot.jpg",
                quantity=Decimal(2),
                unit_price=Decimal("12.95"),
            ),
            Line(external_id="TEA-02", name="Tea", url="https://shop.example.nl/tea"),
        ],
        extras={
            "feedbackcompany": {
                "delay_unit": "days",
                "delay_amount": 3,
                "reminder_unit": "weekdays",
                "reminder_amount": 10,
                "filtercode": "phone",
            }
        },
    )
