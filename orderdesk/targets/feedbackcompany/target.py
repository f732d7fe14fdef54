"""Feedback Company as a target: its body model, conversions, rules and path map behind ``Target``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orderdesk.findings import Findings
from orderdesk.order import ORDER_LEVEL, OrderDraft
from orderdesk.targets.base import Target, required_paths
from orderdesk.targets.feedbackcompany import convert, rules
from orderdesk.targets.feedbackcompany.body import Order, Product
from orderdesk.targets.feedbackcompany.extras import EXTRA_FIELDS, TARGET_NAME
from orderdesk.targets.feedbackcompany.paths import PATHS
from orderdesk.targets.wire import validate_into


class FeedbackCompanyTarget(Target):
    """Feedback Company's "Create order" (``POST https://www.feedbackcompany.com/api/v2/orders``)."""

    name = TARGET_NAME
    title = "Feedback Company"
    extra_fields = EXTRA_FIELDS
    paths = PATHS
    body_model = Order

    def from_draft(self, draft: OrderDraft) -> dict[str, Any]:
        """The Feedback Company body for ``draft`` (see ``convert``)."""
        return convert.from_draft(draft)

    def to_draft(self, body: Mapping[str, Any]) -> OrderDraft:
        """A draft holding everything ``body`` says; what it cannot model is carried."""
        return convert.to_draft(body)

    def validate_body(self, body: Any) -> Findings:
        """The documented rules as errors (the reminder rule from ``rules``), then the warnings."""
        findings = Findings()
        if not isinstance(body, dict):
            findings.error(ORDER_LEVEL, "An order must be a JSON object")
            return findings
        validate_into(Order, body, findings)
        rules.check(body, findings)
        return findings

    def required_draft_paths(self) -> frozenset[str]:
        """The required order fields, and what every line needs once there are lines.

        Products are optional, so the base class would not look inside them; but a line
        that is sent must have its external id, name and URL.
        """
        line_paths = {self.paths.to_draft(path) for path in required_paths(Product, "products.*.")}
        return super().required_draft_paths() | {path for path in line_paths if path is not None}
