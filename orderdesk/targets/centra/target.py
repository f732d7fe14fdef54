"""Centra's Order API as an OrderDesk target."""

from __future__ import annotations

from typing import Any

from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.targets.base import Target
from orderdesk.targets.centra import convert, validate
from orderdesk.targets.centra.body import Order
from orderdesk.targets.centra.connection import CONNECTION
from orderdesk.targets.centra.extras import EXTRA_FIELDS, TARGET_NAME
from orderdesk.targets.centra.paths import PATHS
from orderdesk.targets.centra.rules import draft_warnings


class CentraTarget(Target):
    """Create orders with Centra's Order API (``POST <base>/order``, ``POST <base>/orders``)."""

    name = TARGET_NAME
    title = "Centra"
    extra_fields = EXTRA_FIELDS
    connection = CONNECTION
    paths = PATHS
    body_model = Order
    conversions = convert

    def validate_body(self, body: Any) -> Findings:
        """Findings for one order or a batch (see ``batch.is_batch``)."""
        return validate.validate_body(body)

    def validate_draft(self, draft: OrderDraft) -> Findings:
        """The body's findings by draft path, plus a warning on each typed input Centra cannot take."""
        return draft_warnings(draft, super().validate_draft(draft))

    def required_draft_paths(self) -> frozenset[str]:
        """The body's required fields, plus the country and the customer's e-mail a B2C order needs.

        The address objects are optional in the body (a B2B order may leave them out), so
        their required fields are added here for the usual B2C order typed in the window.
        """
        return super().required_draft_paths() | {"shipping.country", "customer.email"}
