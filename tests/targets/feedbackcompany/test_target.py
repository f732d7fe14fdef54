"""The Feedback Company target as the window and the CLI use it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderdesk.core.order import OrderDraft
from orderdesk.targets.base import Target
from orderdesk.targets.feedbackcompany import TARGET, FeedbackCompanyTarget

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.decimals(allow_nan=False, places=2) | st.text("ab@.1 ", max_size=3),
    lambda children: st.lists(children, max_size=2) | st.dictionaries(st.sampled_from("abc"), children, max_size=2),
    max_leaves=6,
)


def test_the_target_is_named() -> None:
    assert isinstance(TARGET, FeedbackCompanyTarget) and isinstance(TARGET, Target)
    assert (TARGET.name, TARGET.title) == ("feedbackcompany", "Feedback Company")


@pytest.mark.parametrize("body", [[], "order", None, 5, False])
def test_a_body_that_is_not_an_object_is_one_order_level_error(body: Any) -> None:
    findings = TARGET.validate_body(body)
    assert findings.errors == {"": ["An order must be a JSON object"]}
    assert findings.warnings == {}


def test_the_docs_example_has_a_warning_but_no_error(body: dict[str, Any]) -> None:
    findings = TARGET.validate_body(body)
    assert findings.errors == {}
    assert findings.warnings == {"products.0.gtin": ["The check digit (the last digit) is wrong"]}


def test_the_reminder_rule_is_an_error_beside_the_model_errors(body: dict[str, Any]) -> None:
    body["invitation"]["reminder"] = {"unit": "hours", "amount": 23}
    del body["products"][0]["url"]
    assert TARGET.validate_body(body).errors == {
        "products.0.url": ["Required"],
        "invitation.reminder": ["Must be at least 24 hours after the invitation"],
    }


def test_an_empty_object_names_the_required_fields() -> None:
    assert TARGET.validate_body({}).errors == {"external_id": ["Required"], "customer": ["Required"]}


def test_a_complete_draft_is_valid_without_warnings(draft: OrderDraft) -> None:
    findings = TARGET.validate_draft(draft)
    assert (findings.errors, findings.warnings) == ({}, {})


def test_a_product_without_url_is_an_error_on_the_lines_url(draft: OrderDraft) -> None:
    draft.lines[0].url = ""
    assert TARGET.validate_draft(draft).errors == {"lines.0.url": ["Required"]}


def test_draft_findings_use_draft_paths(draft: OrderDraft) -> None:
    draft.customer.email = ""
    draft.lines[1].ean = "871234567890"
    draft.extras["feedbackcompany"].update(delay_unit="weeks", reminder_unit="days", reminder_amount=3)
    draft.extras["feedbackcompany"]["filtercode"] = "f" * 251
    assert TARGET.validate_draft(draft).errors == {
        "customer.email": ["Required"],
        "lines.1.ean": ["A GTIN-13 code: exactly 13 digits"],
        "extras.feedbackcompany.delay_unit": ["Must be one of 'minutes', 'hours', 'days' or 'weekdays'"],
        "extras.feedbackcompany.filtercode": ["At most 250 characters"],
    }


def test_the_reminder_rule_lands_on_the_reminder_amount(draft: OrderDraft) -> None:
    draft.extras["feedbackcompany"].update(reminder_unit="days", reminder_amount=3)
    assert TARGET.validate_draft(draft).errors == {
        "extras.feedbackcompany.reminder_amount": ["Must be at least 24 hours after the invitation"]
    }


def test_a_reminder_without_a_delay_asks_for_the_delay(draft: OrderDraft) -> None:
    del draft.extras["feedbackcompany"]["delay_unit"], draft.extras["feedbackcompany"]["delay_amount"]
    assert TARGET.validate_draft(draft).errors == {"extras.feedbackcompany.delay_unit": ["Required"]}


def test_an_empty_draft_asks_for_the_order_number_and_the_email() -> None:
    assert TARGET.validate_draft(OrderDraft()).errors == {
        "external_id": ["Required"],
        "customer.email": ["Required"],
    }


def test_required_draft_paths() -> None:
    assert TARGET.required_draft_paths() == {
        "external_id", "customer.email", "lines.*.external_id", "lines.*.name", "lines.*.url",
    }


def test_extra_fields_are_declared() -> None:
    assert [field.key for field in TARGET.extra_fields] == [
        "delay_unit", "delay_amount", "reminder_unit", "reminder_amount", "filtercode",
    ]


@settings(max_examples=100, deadline=None)
@given(JSON)
def test_validate_body_never_raises(body: Any) -> None:
    TARGET.validate_body(body)


@settings(max_examples=100, deadline=None)
@given(st.fixed_dictionaries({}, optional=dict.fromkeys(["invitation", "products", "customer", "x"], JSON)))
def test_validate_body_never_raises_on_odd_objects(body: dict[str, Any]) -> None:
    TARGET.validate_body(body)
