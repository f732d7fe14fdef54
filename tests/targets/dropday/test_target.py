"""The Dropday target as the window and the CLI use it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderdesk.core.order import OrderDraft
from orderdesk.targets.base import Target
from orderdesk.targets.dropday import TARGET, DropdayTarget

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.decimals(allow_nan=False, places=2) | st.text("ab1 ", max_size=3),
    lambda children: st.lists(children, max_size=2) | st.dictionaries(st.sampled_from("abc"), children, max_size=2),
    max_leaves=6,
)


def test_the_target_is_named() -> None:
    assert isinstance(TARGET, DropdayTarget) and isinstance(TARGET, Target)
    assert (TARGET.name, TARGET.title) == ("dropday", "Dropday")
    assert [field.key for field in TARGET.extra_fields] == ["shipping_name", "shipping_description", "delivery_date"]


@pytest.mark.parametrize("body", [[], "order", None, 5, True, Decimal("1.5")])
def test_a_body_that_is_not_an_object_is_one_order_level_error(body: Any) -> None:
    findings = TARGET.validate_body(body)
    assert findings.errors == {"": ["An order must be a JSON object"]}
    assert findings.warnings == {}


@pytest.mark.parametrize("name", ["create-order", "create-order-with-shipping"])
def test_the_docs_examples_have_warnings_but_no_errors(example: Any, name: str) -> None:
    findings = TARGET.validate_body(example(name))
    assert findings.errors == {}
    assert set(findings.warnings) == {"total", "products.0.ean13", "products.1.ean13"}


def test_errors_and_warnings_are_reported_together(body: dict[str, Any]) -> None:
    del body["source"]
    findings = TARGET.validate_body(body)
    assert findings.errors == {"source": ["Required"]}
    assert "total" in findings.warnings


def test_an_empty_object_names_every_required_field() -> None:
    assert TARGET.validate_body({}).errors == {
        key: ["Required"]
        for key in ("external_id", "source", "total", "shipping_cost", "shipping_address", "products")
    }


def test_a_complete_draft_is_valid_without_warnings(draft: OrderDraft) -> None:
    findings = TARGET.validate_draft(draft)
    assert (findings.errors, findings.warnings) == ({}, {})


def test_a_missing_shipping_first_name_is_an_error_on_its_draft_input(draft: OrderDraft) -> None:
    draft.shipping.first_name = ""
    assert TARGET.validate_draft(draft).errors == {"shipping.first_name": ["Required"]}


def test_draft_findings_use_draft_paths(draft: OrderDraft) -> None:
    draft.lines[1].unit_price = None
    draft.lines[0].ean = "8712345678901"
    draft.customer.email = "anna@"
    draft.shipping.country = "Nederland"
    findings = TARGET.validate_draft(draft)
    assert findings.errors == {"lines.1.unit_price": ["Required"]}
    assert findings.warnings == {
        "lines.0.ean": ["Not a valid EAN: wrong length or check digit"],
        "customer.email": ["Not a valid e-mail address"],
        "shipping.country": ["Not an ISO 3166 two-letter country code (NL, US...)"],
    }


def test_a_stale_stated_total_warns_on_the_draft(draft: OrderDraft) -> None:
    draft.stated_total = Decimal(10)
    assert TARGET.validate_draft(draft).warnings == {"stated_total": ["Not the products plus shipping (34.35)"]}


def test_an_empty_draft_names_the_required_inputs() -> None:
    assert TARGET.validate_draft(OrderDraft()).errors == {
        "external_id": ["Required"],
        "source": ["Required"],
        "shipping_cost": ["Required"],
        "shipping": ["Required"],
        "lines": ["Required"],
    }


def test_a_bad_delivery_date_lands_on_its_extra(draft: OrderDraft) -> None:
    draft.extras["dropday"]["delivery_date"] = "2025-11-07"
    assert TARGET.validate_draft(draft).errors == {
        "extras.dropday.delivery_date": ["A date as DD-MM-YYYY (07-11-2025)"]
    }


def test_required_draft_paths() -> None:
    assert TARGET.required_draft_paths() == {
        "external_id", "source", "shipping_cost", "shipping", "lines",
        "shipping.first_name", "shipping.last_name", "shipping.address1", "shipping.postcode",
        "shipping.city", "shipping.country",
        "lines.*.external_id", "lines.*.name", "lines.*.quantity", "lines.*.unit_price",
    }


def test_the_target_converts_both_ways(body: dict[str, Any]) -> None:
    draft = TARGET.to_draft(body)
    assert isinstance(draft, OrderDraft)
    assert TARGET.from_draft(draft)["external_id"] == "L41223D"


@settings(max_examples=100, deadline=None)
@given(JSON)
def test_validate_body_never_raises(body: Any) -> None:
    findings = TARGET.validate_body(body)
    assert all(isinstance(path, str) for path in findings.errors)


@settings(max_examples=100, deadline=None)
@given(st.fixed_dictionaries({}, optional=dict.fromkeys(["products", "shipping_address", "shipping", "total", "x"], JSON)))
def test_validate_body_never_raises_on_odd_objects(body: dict[str, Any]) -> None:
    TARGET.validate_body(body)
