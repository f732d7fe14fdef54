"""The reminder rule (at least 24 hours after the invitation) and the GTIN check-digit warning."""

from __future__ import annotations

from typing import Any

import pytest

from orderdesk.core.findings import Findings
from orderdesk.targets.feedbackcompany import rules

TOO_SOON = "Must be at least 24 hours after the invitation"
WEEKEND = "A weekend may bring it within 24 hours of the invitation"


def findings_for(body: Any) -> Findings:
    findings = Findings()
    rules.check(body, findings)
    return findings


def invitation(delay: tuple[str, int], reminder: tuple[str, int]) -> dict[str, Any]:
    return {
        "invitation": {
            "delay": {"unit": delay[0], "amount": delay[1]},
            "reminder": {"unit": reminder[0], "amount": reminder[1]},
        }
    }


@pytest.mark.parametrize(
    ("delay", "reminder"),
    [
        (("minutes", 0), ("minutes", 1440)),
        (("minutes", 0), ("hours", 24)),
        (("minutes", 0), ("days", 1)),
        (("hours", 1), ("hours", 25)),
        (("hours", 1), ("minutes", 1500)),
        (("days", 0), ("days", 7)),
        (("days", 2), ("hours", 72)),
        (("minutes", 30), ("minutes", 1470)),
        (("days", 1), ("weekdays", 2)),
        (("weekdays", 1), ("weekdays", 2)),
    ],
)
def test_a_reminder_24_hours_or_more_after_the_invitation_passes(
    delay: tuple[str, int], reminder: tuple[str, int]
) -> None:
    findings = findings_for(invitation(delay, reminder))
    assert findings.errors == {}


@pytest.mark.parametrize(
    ("delay", "reminder"),
    [
        (("minutes", 0), ("minutes", 1439)),
        (("minutes", 1), ("minutes", 1440)),
        (("minutes", 0), ("hours", 23)),
        (("hours", 1), ("hours", 24)),
        (("hours", 1), ("minutes", 1499)),
        (("days", 1), ("days", 1)),
        (("days", 2), ("hours", 71)),
        (("days", 3), ("days", 2)),
        (("minutes", 30), ("minutes", 1469)),
        (("days", 1), ("weekdays", 1)),
        (("weekdays", 2), ("weekdays", 2)),
    ],
)
def test_a_reminder_less_than_24_hours_after_the_invitation_is_an_error(
    delay: tuple[str, int], reminder: tuple[str, int]
) -> None:
    assert findings_for(invitation(delay, reminder)).errors == {"invitation.reminder": [TOO_SOON]}


def test_the_boundary_is_exactly_24_hours() -> None:
    assert findings_for(invitation(("hours", 2), ("minutes", 26 * 60))).errors == {}
    assert findings_for(invitation(("hours", 2), ("minutes", 26 * 60 - 1))).errors == {"invitation.reminder": [TOO_SOON]}


def test_the_docs_example_passes(body: dict[str, Any]) -> None:
    findings = findings_for(body)
    assert findings.errors == {}
    assert "invitation.reminder" not in findings.warnings


@pytest.mark.parametrize(
    ("delay", "reminder"),
    [
        (("weekdays", 1), ("days", 2)),  # ordered on a Friday: invitation Monday, reminder Sunday
        (("weekdays", 1), ("days", 3)),  # ordered on a Friday: both on Monday
        (("weekdays", 1), ("hours", 4 * 24 - 1)),
        (("weekdays", 5), ("hours", 8 * 24 - 1)),
        (("weekdays", 6), ("hours", 11 * 24 - 1)),
    ],
)
def test_a_weekday_delay_that_a_weekend_could_stretch_past_the_reminder_warns(
    delay: tuple[str, int], reminder: tuple[str, int]
) -> None:
    findings = findings_for(invitation(delay, reminder))
    assert findings.errors == {}
    assert findings.warnings == {"invitation.reminder": [WEEKEND]}


@pytest.mark.parametrize(
    ("delay", "reminder"),
    [
        (("weekdays", 1), ("days", 4)),  # ordered on a Friday: invitation Monday, reminder Tuesday
        (("weekdays", 5), ("days", 8)),
        (("weekdays", 6), ("hours", 11 * 24)),
        (("weekdays", 0), ("days", 1)),
        (("weekdays", 3), ("weekdays", 4)),
    ],
)
def test_a_weekday_delay_with_room_for_a_weekend_does_not_warn(
    delay: tuple[str, int], reminder: tuple[str, int]
) -> None:
    findings = findings_for(invitation(delay, reminder))
    assert (findings.errors, findings.warnings) == ({}, {})


@pytest.mark.parametrize(
    ("delay", "expected"),
    [({"unit": "minutes", "amount": 90}, 90), ({"unit": "hours", "amount": 2}, 120), ({"unit": "days", "amount": 1}, 1440),
     ({"unit": "weekdays", "amount": 1}, 1440), ({"unit": "days", "amount": 0}, 0)],
)
def test_shortest_minutes(delay: dict[str, Any], expected: int) -> None:
    assert rules.shortest_minutes(delay) == expected


@pytest.mark.parametrize(
    "delay",
    [None, [], {}, {"unit": "weeks", "amount": 1}, {"unit": "days", "amount": -1}, {"unit": "days", "amount": "1"},
     {"unit": "days", "amount": True}, {"unit": ["days"], "amount": 1}, {"unit": "days"}],
)
def test_shortest_minutes_of_an_invalid_delay_is_none(delay: Any) -> None:
    assert rules.shortest_minutes(delay) is None


@pytest.mark.parametrize(("amount", "weekend_days"), [(0, 0), (1, 2), (5, 2), (6, 4), (10, 4), (11, 6)])
def test_weekend_minutes(amount: int, weekend_days: int) -> None:
    assert rules.weekend_minutes({"unit": "weekdays", "amount": amount}) == weekend_days * 1440
    assert rules.weekend_minutes({"unit": "days", "amount": amount}) == 0


@pytest.mark.parametrize(
    "body",
    [
        {"invitation": {"delay": {"unit": "days", "amount": 0}}},
        {"invitation": {"reminder": {"unit": "days", "amount": 0}}},
        {"invitation": {"delay": {"unit": "days", "amount": 5}, "reminder": None}},
        {"invitation": {"delay": {"unit": "fortnights", "amount": 5}, "reminder": {"unit": "days", "amount": 0}}},
        {"invitation": "tomorrow"},
        {},
    ],
)
def test_no_reminder_rule_without_two_valid_delays(body: dict[str, Any]) -> None:
    assert not findings_for(body)


def test_a_gtin_with_a_wrong_check_digit_warns(body: dict[str, Any]) -> None:
    findings = findings_for(body)
    assert findings.errors == {}
    assert findings.warnings == {"products.0.gtin": ["The check digit (the last digit) is wrong"]}


def test_a_gtin_with_a_right_check_digit_passes(body: dict[str, Any]) -> None:
    body["products"][0]["gtin"] = "0075678164125"
    assert not findings_for(body)


@pytest.mark.parametrize("gtin", ["075678164125", "abc", 75678164125, None, "٠٠٧٥٦٧٨١٦٤١٢٤"])
def test_a_gtin_that_is_not_13_digits_is_left_to_the_model(body: dict[str, Any], gtin: Any) -> None:
    body["products"][0]["gtin"] = gtin
    assert not findings_for(body)


@pytest.mark.parametrize("products", [None, "x", [None, 1], [{}]])
def test_rules_skip_products_of_the_wrong_shape(products: Any) -> None:
    assert not findings_for({"products": products})
