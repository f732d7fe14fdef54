"""The Feedback Company settings a person edits per order: the review invitation and filter code.

They live at ``extras.feedbackcompany.<key>``. No delay means no invitation is asked for;
no reminder unit and amount means no reminder. Both are counted from the moment the order
is created, and the reminder must come at least 24 hours after the invitation.
"""

from __future__ import annotations

from orderdesk.targets.base import ExtraField
from orderdesk.targets.feedbackcompany.body import UNITS

TARGET_NAME = "feedbackcompany"

DELAY_KEYS: dict[str, tuple[str, str]] = {
    "delay": ("delay_unit", "delay_amount"),
    "reminder": ("reminder_unit", "reminder_amount"),
}
"""``invitation`` part -> the extra keys of its unit and amount."""

EXTRA_FIELDS: tuple[ExtraField, ...] = (
    ExtraField(
        "delay_unit",
        "Send the review invitation after (unit)",
        "choice",
        UNITS,
        help="Leave empty to send no invitation.",
    ),
    ExtraField("delay_amount", "Send the review invitation after", "int", help="0 sends it right away."),
    ExtraField(
        "reminder_unit",
        "Send a reminder after (unit)",
        "choice",
        UNITS,
        help="Leave empty for no reminder.",
    ),
    ExtraField(
        "reminder_amount",
        "Send a reminder after",
        "int",
        help="Counted from the order, like the invitation; at least 24 hours after it.",
    ),
    ExtraField("filtercode", "Filter code", help="Optional, at most 250 characters.", placeholder="Optional"),
)
