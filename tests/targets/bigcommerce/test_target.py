"""The BigCommerce target as the window and the CLI use it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings

from orderdesk.core import jsonio
from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.base import Target
from orderdesk.targets.bigcommerce import TARGET, BigCommerceTarget, server_findings
from orderdesk.targets.bigcommerce.body import OrderPost
from tests.targets.bigcommerce.samples import (
    FEES_FRAGMENT,
    example,
    example_bodies,
    json_values,
    phone_order,
)

EXAMPLES = example_bodies()


def test_the_target_names_itself() -> None:
    assert isinstance(TARGET, Target) and isinstance(TARGET, BigCommerceTarget)
    assert (TARGET.name, TARGET.title) == ("bigcommerce", "BigCommerce")
    assert TARGET.body_model is OrderPost
    assert callable(server_findings)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_example_validates_without_errors(name: str) -> None:
    assert TARGET.validate_body(EXAMPLES[name]).errors == {}


def test_the_fees_fragment_lacks_only_the_rest_of_the_payload() -> None:
    assert TARGET.validate_body(example(FEES_FRAGMENT)).errors == {
        "billing_address": ["Required"],
        "products": ["Required"],
    }


@pytest.mark.parametrize("body", [None, 0, "order", [], [{}], True, Decimal("1.5")])
def test_a_body_that_is_no_object_is_one_order_level_error(body: Any) -> None:
    assert TARGET.validate_body(body).errors == {"": ["An order must be a JSON object"]}


def test_an_empty_object_lacks_billing_and_products() -> None:
    assert TARGET.validate_body({}).errors == {"billing_address": ["Required"], "products": ["Required"]}


@settings(max_examples=400)
@given(json_values)
def test_any_json_value_is_judged_without_raising(body: Any) -> None:
    findings = TARGET.validate_body(body)
    assert all(isinstance(path, str) for path in (*findings.errors, *findings.warnings))
    if isinstance(body, dict):
        draft = TARGET.to_draft(body)
        jsonio.dumps(TARGET.from_draft(draft))
        TARGET.validate_draft(draft)


def test_a_typed_phone_order_has_no_error() -> None:
    findings = TARGET.validate_draft(phone_order())
    assert findings.errors == {} and findings.warnings == {}


def separate_billing(**billing: str) -> OrderDraft:
    draft = phone_order()
    draft.billing_same_as_shipping = False
    draft.billing = draft.shipping.model_copy(update=billing)
    return draft


def test_an_empty_billing_city_is_an_error_on_the_billing_city() -> None:
    assert TARGET.validate_draft(separate_billing(city="")).errors == {"billing.city": ["Required"]}


def test_with_same_as_shipping_the_error_is_on_the_shipping_city() -> None:
    draft = phone_order()
    draft.shipping.city = ""
    findings = TARGET.validate_draft(draft)
    assert findings.errors == {"shipping.city": ["Required"]}
    assert findings.warnings == {"shipping.city": ["Usually needed to ship"]}


def test_errors_land_on_the_inputs_that_cause_them() -> None:
    draft = separate_billing(postcode="1", country="")
    draft.customer = Customer(name="Anna")
    draft.lines.append(Line(sku="X"))
    draft.extras["bigcommerce"]["status_id"] = "pending"
    assert TARGET.validate_draft(draft).errors == {
        "billing.postcode": ["At least 2 characters"],
        "billing.country": ["Required (the country or its ISO code)"],
        "customer.email": ["Required"],
        "lines.2.name": ["Required"],
        "lines.2.quantity": ["Required"],
        "lines.2.unit_price": ["Required"],
        "extras.bigcommerce.status_id": ["Must be a whole number"],
    }


def test_a_draft_without_lines_needs_lines() -> None:
    draft = phone_order()
    draft.lines = []
    assert TARGET.validate_draft(draft).errors == {"lines": ["Required"]}


def test_an_error_with_no_input_stays_at_order_level_with_its_path() -> None:
    draft = phone_order()
    draft.carry["bigcommerce"] = {"cart_id": "abc"}
    assert TARGET.validate_draft(draft).errors == {"": ["cart_id: Set by BigCommerce: leave it out"]}


def test_required_draft_paths() -> None:
    assert TARGET.required_draft_paths() == {
        "billing",
        "billing.first_name",
        "billing.last_name",
        "billing.address1",
        "billing.city",
        "billing.postcode",
        "billing.country",
        "customer.email",
        "lines",
        "lines.*.name",
        "lines.*.quantity",
        "lines.*.unit_price",
    }


def test_every_required_path_empty_is_an_error_there() -> None:
    draft = OrderDraft(billing_same_as_shipping=False, billing=Address(state="TX"), lines=[Line()])
    errors = set(TARGET.validate_draft(draft).errors)
    assert errors == {
        path.replace("*", "0") for path in TARGET.required_draft_paths() if path not in ("billing", "lines")
    }
