"""Sample drafts for the journal tests."""

from __future__ import annotations

from decimal import Decimal

from orderdesk.core.order import Address, Customer, Line, OrderDraft


def make_draft(external_id: str = "PH-1", name: str = "Anna de Vries", email: str = "anna@example.nl") -> OrderDraft:
    """A small order with exact amounts that a float would not keep."""
    return OrderDraft(
        external_id=external_id,
        customer=Customer(name=name, email=email, phone="+31 20 123 4567"),
        shipping=Address(first_name="Anna", last_name="de Vries", address1="Keizersgracht 12", country="NL"),
        lines=[
            Line(sku="MUG-1", name="Mok", quantity=Decimal("2"), unit_price=Decimal("7.950")),
            Line(sku="TEA-9", name="Thee", quantity=Decimal("1.5"), unit_price=Decimal("0.1")),
        ],
        shipping_cost=Decimal("4.95"),
    )
