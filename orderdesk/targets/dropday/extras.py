"""The Dropday settings a person edits per order: the parts of ``shipping`` the draft lacks.

The shipping cost and the delivery note are the draft's own ``shipping_cost`` and ``notes``;
the carrier, the method and the expected delivery date have no place in the draft, so they
live at ``extras.dropday.<key>``. Empty means "not sent".
"""

from __future__ import annotations

from orderdesk.targets.base import ExtraField

TARGET_NAME = "dropday"

SHIPPING_EXTRAS: dict[str, str] = {
    "name": "shipping_name",
    "description": "shipping_description",
    "delivery_date": "delivery_date",
}
"""Body key inside ``shipping`` -> extra key."""

EXTRA_FIELDS: tuple[ExtraField, ...] = (
    ExtraField("shipping_name", "Shipping provider", help='The carrier, such as "UPS".', placeholder="Such as UPS"),
    ExtraField(
        "shipping_description", "Shipping method", help='Such as "Standard delivery".', placeholder="Such as Standard"
    ),
    ExtraField("delivery_date", "Expected delivery date", "date", help="The day the order is expected to arrive."),
)
