"""Centra body paths <-> draft paths, so every error shows next to the input that caused it.

The invoice address's ``email`` is the customer's e-mail (``customer.email``); ``address``,
the single object used when invoice and delivery are the same, is the shipping address. The
bare object and list names are mapped too, so a finding on a field the draft does not model
(``deliveryAddress.cell``, ``products.2.originalPrice``) lands on the nearest group or line.
"""

from __future__ import annotations

from orderdesk.targets.centra.extras import EXTRA_KEYS, TARGET_NAME
from orderdesk.targets.paths import PathMap

ADDRESS_FIELDS: dict[str, str] = {
    "firstName": "first_name",
    "lastName": "last_name",
    "address": "address1",
    "coaddress": "address2",
    "zipcode": "postcode",
    "city": "city",
    "state": "state",
    "country": "country",
    "tele": "phone",
    "email": "email",
}
"""Centra address field -> draft ``Address`` field."""


def _address_pairs(wire: str, draft: str) -> list[tuple[str, str]]:
    return [(f"{wire}.{field}", f"{draft}.{name}") for field, name in ADDRESS_FIELDS.items()] + [(wire, draft)]


PATHS = PathMap(
    [
        ("invoiceAddress.email", "customer.email"),
        ("address.email", "customer.email"),
        *_address_pairs("deliveryAddress", "shipping"),
        *_address_pairs("invoiceAddress", "billing"),
        *_address_pairs("address", "shipping"),
        ("products", "lines"),
        ("products.*", "lines.*"),
        ("products.*.qty", "lines.*.quantity"),
        ("products.*.unitPrice", "lines.*.unit_price"),
        ("products.*.ean", "lines.*.ean"),
        ("products.*.sku", "lines.*.sku"),
        ("products.*.itemText.product", "lines.*.name"),
        ("products.*.itemText.brand", "lines.*.brand"),
        ("comment", "notes"),
        ("shippingValue", "shipping_cost"),
        *((key, f"extras.{TARGET_NAME}.{key}") for key in EXTRA_KEYS),
    ]
)
