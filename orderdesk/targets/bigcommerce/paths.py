"""BigCommerce body paths <-> draft paths.

The draft has one shipping address where BigCommerce has a list, and ``PathMap`` patterns
cannot name one index, so ``shipping_addresses.0`` is spelled ``shipping_address`` inside
the map and translated at its edge. Other shipping addresses have no draft input and show
at order level with their path in the message.
"""

from __future__ import annotations

from orderdesk.targets.bigcommerce.convert import ADDRESS_TEXT
from orderdesk.targets.bigcommerce.extras import BODY_FIELDS
from orderdesk.targets.paths import PathMap

_FIRST_SHIPPING = "shipping_addresses.0"
_IN_MAP = "shipping_address"

_ADDRESS = (*ADDRESS_TEXT, ("country_iso2", "country"), ("country", "country"))

PAIRS: list[tuple[str, str]] = [
    ("billing_address", "billing"),
    *((f"billing_address.{body}", f"billing.{draft}") for body, draft in _ADDRESS),
    ("billing_address.email", "customer.email"),
    ("billing_address.phone", "customer.phone"),
    (_IN_MAP, "shipping"),
    *((f"{_IN_MAP}.{body}", f"shipping.{draft}") for body, draft in _ADDRESS),
    (f"{_IN_MAP}.email", "shipping.email"),
    (f"{_IN_MAP}.phone", "shipping.phone"),
    ("products", "lines"),
    ("products.*", "lines.*"),
    ("products.*.name", "lines.*.name"),
    ("products.*.name_customer", "lines.*.name"),
    ("products.*.quantity", "lines.*.quantity"),
    ("products.*.price_inc_tax", "lines.*.unit_price"),
    ("products.*.price_ex_tax", "lines.*.unit_price"),
    ("products.*.sku", "lines.*.sku"),
    ("products.*.upc", "lines.*.ean"),
    ("external_order_id", "external_id"),
    ("external_source", "source"),
    ("customer_message", "notes"),
    ("shipping_cost_inc_tax", "shipping_cost"),
    ("shipping_cost_ex_tax", "shipping_cost"),
    ("total_inc_tax", "stated_total"),
    ("total_ex_tax", "stated_total"),
    *((key, f"extras.bigcommerce.{key}") for key in BODY_FIELDS),
]


class BigCommercePaths(PathMap):
    """The path map, with the first shipping address standing for the draft's one."""

    def to_draft(self, path: str) -> str | None:
        """The draft path for a body path, or ``None`` when no part of it maps."""
        if path == _FIRST_SHIPPING or path.startswith(_FIRST_SHIPPING + "."):
            path = _IN_MAP + path[len(_FIRST_SHIPPING) :]
        elif path == _IN_MAP or path.startswith(_IN_MAP + "."):
            return None  # not a body path: only the map's own spelling
        return super().to_draft(path)

    def to_body(self, path: str) -> str | None:
        """The body path for a draft path, or ``None`` when no part of it maps."""
        found = super().to_body(path)
        if found is not None and (found == _IN_MAP or found.startswith(_IN_MAP + ".")):
            return _FIRST_SHIPPING + found[len(_IN_MAP) :]
        return found


PATHS = BigCommercePaths(PAIRS)
