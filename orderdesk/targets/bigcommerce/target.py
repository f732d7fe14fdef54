"""BigCommerce V2 "Create an order" as a ``Target``."""

from __future__ import annotations

from orderdesk.targets.base import Target
from orderdesk.targets.bigcommerce import convert, rules
from orderdesk.targets.bigcommerce.body import OrderPost
from orderdesk.targets.bigcommerce.connection import CONNECTION
from orderdesk.targets.bigcommerce.extras import EXTRA_FIELDS
from orderdesk.targets.bigcommerce.paths import PATHS

_LINE_REQUIRED = frozenset({"lines", "lines.*.name", "lines.*.quantity", "lines.*.unit_price", "billing.country"})
"""Required beyond the model's own required fields: at least one product, each line a
custom product's name, quantity and price (what a typed line becomes), and a country
(``country`` or ``country_iso2``, a rule of two fields)."""


class BigCommerceTarget(Target):
    """``POST https://api.bigcommerce.com/stores/{store_hash}/v2/orders``; what carry keeps is under ``bigcommerce``."""

    name = convert.NAME
    title = "BigCommerce"
    extra_fields = EXTRA_FIELDS
    connection = CONNECTION
    paths = PATHS
    body_model = OrderPost
    conversions = convert
    rules = rules

    def required_draft_paths(self) -> frozenset[str]:
        """The model's required fields as draft paths, plus the product and country rules."""
        return super().required_draft_paths() | _LINE_REQUIRED
