"""Feedback Company's rule across fields, and its plausibility warnings.

The documented rule: "The reminder, if given, must be at least 24 hours after the delay."
Both are counted from the moment the order is created, so the rule compares the two spans.
A weekday counts as one day (24 hours), the least it can be: that is exact when no weekend
falls in between, and a weekend only makes a span longer. So the rule is an error when it
fails counting that way, and a warning when only a weekend inside a delay given in weekdays
could bring a reminder given in other units within 24 hours of the invitation.

The warnings read the raw body and skip any value whose type is already an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orderdesk.core import checks
from orderdesk.core.findings import Findings

MINUTES_PER_UNIT: dict[str, int] = {"minutes": 1, "hours": 60, "days": 24 * 60, "weekdays": 24 * 60}
"""The fewest minutes one unit can span."""
REMINDER_GAP_MINUTES = 24 * 60
REMINDER_TOO_SOON = "Must be at least 24 hours after the invitation"


def check(body: Mapping[str, Any], findings: Findings) -> None:
    """Add the reminder rule's error and every plausibility warning for ``body`` to ``findings``."""
    invitation = body.get("invitation")
    if isinstance(invitation, Mapping):
        _check_reminder(invitation.get("delay"), invitation.get("reminder"), findings)
    products = body.get("products")
    if isinstance(products, list):
        for index, product in enumerate(products):
            gtin = product.get("gtin") if isinstance(product, dict) else None
            thirteen_digits = isinstance(gtin, str) and len(gtin) == 13 and gtin.isascii() and gtin.isdigit()
            if thirteen_digits and not checks.gtin_check_digit_ok(gtin):
                findings.warn(f"products.{index}.gtin", "The check digit (the last digit) is wrong")


def shortest_minutes(delay: Any) -> int | None:
    """The fewest minutes a valid delay object can span; ``None`` when it is not valid."""
    if not isinstance(delay, Mapping):
        return None
    unit, amount = delay.get("unit"), delay.get("amount")
    if not isinstance(unit, str) or unit not in MINUTES_PER_UNIT or type(amount) is not int or amount < 0:
        return None
    return amount * MINUTES_PER_UNIT[unit]


def weekend_minutes(delay: Mapping[str, Any]) -> int:
    """The most a valid delay can grow by weekends: two days per (started) five weekdays."""
    if delay["unit"] != "weekdays":
        return 0
    return -(-delay["amount"] // 5) * 2 * MINUTES_PER_UNIT["days"]


def _check_reminder(delay: Any, reminder: Any, findings: Findings) -> None:
    first, second = shortest_minutes(delay), shortest_minutes(reminder)
    if first is None or second is None:
        return
    if second - first < REMINDER_GAP_MINUTES:
        findings.error("invitation.reminder", REMINDER_TOO_SOON)
    elif reminder["unit"] != "weekdays" and second - first - weekend_minutes(delay) < REMINDER_GAP_MINUTES:
        findings.warn("invitation.reminder", "A weekend may bring it within 24 hours of the invitation")
