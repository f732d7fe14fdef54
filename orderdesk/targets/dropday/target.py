"""Dropday as a target: its body model, conversions, rules and path map behind ``Target``."""

from __future__ import annotations

from orderdesk.targets.base import Target
from orderdesk.targets.dropday import convert, rules
from orderdesk.targets.dropday.body import Order
from orderdesk.targets.dropday.connection import CONNECTION
from orderdesk.targets.dropday.extras import EXTRA_FIELDS, TARGET_NAME
from orderdesk.targets.dropday.paths import PATHS


class DropdayTarget(Target):
    """Dropday's "Create an order" (``POST https://dropday.io/api/v1/orders``): ``rules`` adds the warnings."""

    name = TARGET_NAME
    title = "Dropday"
    extra_fields = EXTRA_FIELDS
    connection = CONNECTION
    paths = PATHS
    body_model = Order
    conversions = convert
    rules = rules

    def required_draft_paths(self) -> frozenset[str]:
        """The documented required fields as draft paths, less the total the draft always computes."""
        return super().required_draft_paths() - {"stated_total"}
