"""BigCommerce V2 "Create an order" as a ``Target``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from orderdesk.findings import Findings
from orderdesk.order import OrderDraft
from orderdesk.targets.base import ExtraField, Target
from orderdesk.targets.bigcommerce import convert, rules
from orderdesk.targets.bigcommerce.body import OrderPost
from orderdesk.targets.bigcommerce.extras import EXTRA_FIELDS
from orderdesk.targets.bigcommerce.paths import PATHS
from orderdesk.targets.paths import PathMap
from orderdesk.targets.wire import validate_into

_LINE_REQUIRED = frozenset({"lines", "lines.*.name", "lines.*.quantity", "lines.*.unit_price", "billing.country"})
"""Required beyond the model's own required fields: at least one product, each line a
custom product's name, quantity and price (what a typed line becomes), and a country
(``country`` or ``country_iso2``, a rule of two fields)."""


class BigCommerceTarget(Target):
    """``POST https://api.bigcommerce.com/stores/{store_hash}/v2/orders``."""

    name: ClassVar[str] = "bigcommerce"
    title: ClassVar[str] = "BigCommerce"
    extra_fields: ClassVar[tuple[ExtraField, ...]] = EXTRA_FIELDS
    paths: ClassVar[PathMap] = PATHS
    body_model = OrderPost

    def from_draft(self, draft: OrderDraft) -> dict[str, Any]:
        """The request body for ``draft``; empty inputs are left out, never invented."""
        return convert.from_draft(draft)

    def to_draft(self, body: Mapping[str, Any]) -> OrderDraft:
        """A draft holding everything ``body`` says; the rest goes to ``carry["bigcommerce"]``."""
        return convert.to_draft(body)

    def validate_body(self, body: Any) -> Findings:
        """Documented rules as errors, plausibility as warnings, keyed by the body's own paths."""
        findings = Findings()
        if not isinstance(body, dict):
            findings.error("", "An order must be a JSON object")
            return findings
        validate_into(OrderPost, body, findings)
        rules.check(body, findings)
        return findings

    def required_draft_paths(self) -> frozenset[str]:
        """The model's required fields as draft paths, plus the product and country rules."""
        return super().required_draft_paths() | _LINE_REQUIRED
