"""Feedback Company as a target: its body model, conversions, rules and path map behind ``Target``."""

from __future__ import annotations

from orderdesk.targets.base import Target, required_paths
from orderdesk.targets.feedbackcompany import convert, rules
from orderdesk.targets.feedbackcompany.body import Order, Product
from orderdesk.targets.feedbackcompany.connection import CONNECTION
from orderdesk.targets.feedbackcompany.extras import EXTRA_FIELDS, TARGET_NAME
from orderdesk.targets.feedbackcompany.paths import PATHS


class FeedbackCompanyTarget(Target):
    """Feedback Company's "Create order" (``POST https://www.feedbackcompany.com/api/v2/orders``).

    ``rules`` adds the reminder rule (an error) and the warnings.
    """

    name = TARGET_NAME
    title = "Feedback Company"
    extra_fields = EXTRA_FIELDS
    connection = CONNECTION
    paths = PATHS
    body_model = Order
    conversions = convert
    rules = rules

    def required_draft_paths(self) -> frozenset[str]:
        """The required order fields, and what every line needs once there are lines.

        Products are optional, so the base class would not look inside them; but a line
        that is sent must have its external id, name and URL.
        """
        line_paths = {self.paths.to_draft(path) for path in required_paths(Product, "products.*.")}
        return super().required_draft_paths() | {path for path in line_paths if path is not None}
