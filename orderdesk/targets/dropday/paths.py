"""Dropday body paths <-> draft paths, so every error shows next to the input that caused it.

Dropday's own 422 answers spell ``shipping_address.firstname`` for the field sent as
``first_name`` (and likewise ``lastname``); both spellings land on the same input. The bare
object and list names are mapped too, so a finding on a field the draft does not model
(``products.2.stock_quantity``) lands on its line.
"""

from __future__ import annotations

from orderdesk.targets.dropday.convert import ADDRESS_FIELDS, PRODUCT_TEXTS
from orderdesk.targets.dropday.extras import SHIPPING_EXTRAS, TARGET_NAME
from orderdesk.targets.paths import PathMap

PATHS = PathMap(
    [
        ("external_id", "external_id"),
        ("source", "source"),
        ("test", "test"),
        ("total", "stated_total"),
        ("shipping_cost", "shipping_cost"),
        ("shipping.cost", "shipping_cost"),
        ("shipping.note", "notes"),
        *((f"shipping.{wire}", f"extras.{TARGET_NAME}.{key}") for wire, key in SHIPPING_EXTRAS.items()),
        ("email", "customer.email"),
        *((f"shipping_address.{wire}", f"shipping.{name}") for wire, name in ADDRESS_FIELDS.items()),
        ("shipping_address.firstname", "shipping.first_name"),
        ("shipping_address.lastname", "shipping.last_name"),
        ("shipping_address.phone", "shipping.phone"),
        ("shipping_address", "shipping"),
        *((f"products.*.{wire}", f"lines.*.{name}") for wire, name in PRODUCT_TEXTS.items()),
        ("products.*.ean13", "lines.*.ean"),
        ("products.*.quantity", "lines.*.quantity"),
        ("products.*.price", "lines.*.unit_price"),
        ("products.*.custom", "lines.*.custom"),
        ("products.*", "lines.*"),
        ("products", "lines"),
    ]
)
