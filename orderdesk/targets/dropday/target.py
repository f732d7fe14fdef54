"""Dropday as a target: its body model, conversions, rules and path map behind ``Target``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orderdesk.findings import Findings
from orderdesk.order import ORDER_LEVEL, OrderDraft
from orderdesk.targets.base import Target
from orderdesk.targets.dropday import convert, rules
from orderdesk.targets.dropday.body import Order
from orderdesk.targets.dropday.extras import EXTRA_FIELDS, TARGET_NAME
from orderdesk.targets.dropday.paths import PATHS
from orderdesk.targets.wire import validate_into


class DropdayTarget(Target):
    """Dropday's "Create an order" (``POST https://dropday.io/api/v1/orders``)."""

    name = TARGET_NAME
    title = "Dropday"
    extra_fields = EXTRA_FIELDS
    paths = PATHS
    body_model = Order

    def from_draft(self, draft: OrderDraft) -> dict[str, Any]:
        """The Dropday body for ``draft`` (see ``convert``)."""
        return convert.from_draft(draft)

    def to_draft(self, body: Mapping[str, Any]) -> OrderDraft:
        """A draft holding everything ``body`` says; what it cannot model is carried."""
        return convert.to_draft(body)

    def validate_body(self, body: Any) -> Findings:
        """The documented rules as errors, then the plausibility warnings of ``rules``."""
        findings = Findings()
        if not isinstance(body, dict):
            findings.error(ORDER_LEVEL, "An order must be a JSON object")
            return findings
        validate_into(Order, body, findings)
        rules.check(body, findings)
        return findings

    def required_draft_paths(self) -> frozenset[str]:
        """The documented required fields as draft paths, less the total the draft always computes."""
        return super().required_draft_paths() - {"stated_total"}
