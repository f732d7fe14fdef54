"""Feedback Company body paths <-> draft paths, so every error shows next to its input.

``customer`` itself (missing, or not an object) lands on the e-mail input, the one that is
required. The invitation's parts land on the extras they come from; a finding about the
reminder as a whole (the 24-hour rule) lands on the reminder's amount.
"""

from __future__ import annotations

from orderdesk.targets.feedbackcompany.convert import PRODUCT_TEXTS
from orderdesk.targets.feedbackcompany.extras import DELAY_KEYS, TARGET_NAME
from orderdesk.targets.paths import PathMap


def _extra(key: str) -> str:
    return f"extras.{TARGET_NAME}.{key}"


_DELAY_UNIT, _DELAY_AMOUNT = DELAY_KEYS["delay"]
_REMINDER_UNIT, _REMINDER_AMOUNT = DELAY_KEYS["reminder"]

PATHS = PathMap(
    [
        ("external_id", "external_id"),
        ("customer.email", "customer.email"),
        ("customer.fullname", "customer.name"),
        ("customer", "customer.email"),
        *((f"products.*.{wire}", f"lines.*.{name}") for wire, name in PRODUCT_TEXTS.items()),
        ("products.*", "lines.*"),
        ("products", "lines"),
        ("invitation.delay.unit", _extra(_DELAY_UNIT)),
        ("invitation.delay.amount", _extra(_DELAY_AMOUNT)),
        ("invitation.reminder.unit", _extra(_REMINDER_UNIT)),
        ("invitation.reminder.amount", _extra(_REMINDER_AMOUNT)),
        ("invitation.delay", _extra(_DELAY_UNIT)),
        ("invitation.reminder", _extra(_REMINDER_AMOUNT)),
        ("invitation", _extra(_DELAY_UNIT)),
        ("filtercode", _extra("filtercode")),
    ]
)
