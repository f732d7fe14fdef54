"""The Feedback Company extras: the invitation's delay and reminder, and the filter code."""

from __future__ import annotations

from orderdesk.targets.feedbackcompany.body import UNITS
from orderdesk.targets.feedbackcompany.extras import DELAY_KEYS, EXTRA_FIELDS


def test_the_extras_are_the_invitation_parts_and_the_filter_code() -> None:
    kinds = {field.key: field.kind for field in EXTRA_FIELDS}
    assert kinds == {
        "delay_unit": "choice",
        "delay_amount": "int",
        "reminder_unit": "choice",
        "reminder_amount": "int",
        "filtercode": "text",
    }
    assert all(field.label for field in EXTRA_FIELDS)


def test_the_unit_choices_are_the_documented_units() -> None:
    assert all(field.choices == UNITS for field in EXTRA_FIELDS if field.kind == "choice")


def test_each_invitation_part_names_its_unit_and_amount_extras() -> None:
    keys = {field.key for field in EXTRA_FIELDS}
    assert DELAY_KEYS == {"delay": ("delay_unit", "delay_amount"), "reminder": ("reminder_unit", "reminder_amount")}
    assert all(key in keys for pair in DELAY_KEYS.values() for key in pair)
