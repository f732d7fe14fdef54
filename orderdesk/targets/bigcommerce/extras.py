"""The BigCommerce settings a person may set on a phone order (``extras.bigcommerce.<key>``)."""

from __future__ import annotations

from typing import Any

from orderdesk.targets.base import ExtraField
from orderdesk.targets.bigcommerce.body import ORDER_STATUSES
from orderdesk.targets.bigcommerce.fields import (
    MONEY_TEXT,
    STATUS,
    TEXT,
    WHOLE,
    Codec,
    status_choice,
)

TAX_RATE = "tax_rate"
"""The extra that turns prices including tax into the prices excluding tax BigCommerce also needs."""

EXTRA_FIELDS: tuple[ExtraField, ...] = (
    ExtraField(
        "status_id",
        "Order status",
        "choice",
        tuple(status_choice(status_id) for status_id in ORDER_STATUSES),
        help="Empty: BigCommerce makes the order 1: Pending.",
    ),
    ExtraField("customer_id", "Customer ID", "int", help="A BigCommerce customer's ID; empty or 0 for a guest order."),
    ExtraField("payment_method", "Payment method", help="As the shop names it, such as Manual, Cash or Credit Card."),
    ExtraField("payment_provider_id", "Payment reference", help="The payment's transaction ID, if one was made."),
    ExtraField("discount_amount", "Discount", "decimal", help="Taken off the order total."),
    ExtraField(
        TAX_RATE,
        "Tax rate (%)",
        "decimal",
        help="Prices are typed including tax; BigCommerce also needs them excluding tax, "
        "worked out at this rate for the lines and the shipping cost. Empty: no tax.",
    ),
    ExtraField("staff_notes", "Staff notes", help="Seen by staff only; the order notes go to the customer message."),
)

BODY_FIELDS: dict[str, Codec[Any]] = {
    "status_id": STATUS,
    "customer_id": WHOLE,
    "payment_method": TEXT,
    "payment_provider_id": TEXT,
    "discount_amount": MONEY_TEXT,
    "staff_notes": TEXT,
}
"""Extras sent as the body field of the same name, with how each is read and written."""
