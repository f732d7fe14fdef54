"""Validating a Centra body: one order or a batch, any JSON value, paths prefixed by batch key."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from orderdesk.targets.centra.validate import (
    validate_batch,
    validate_body,
    validate_order,
)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.decimals(allow_nan=False, allow_infinity=False)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
KEYS = st.sampled_from(
    ["products", "address", "invoiceAddress", "deliveryAddress", "payment", "qty", "sku", "ean", "unitPrice",
     "country", "email", "orderNumber", "orderDate", "cancelDate", "voucherCodes", "extraAttributes", "auth",
     "capture", "amount", "status", "accountId", "x123"]
) | st.text(max_size=8)  # fmt: skip
ORDER_SHAPED = st.recursive(
    st.none() | st.booleans() | st.integers() | st.decimals(allow_nan=False) | st.text(max_size=15),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=25,
)


def test_the_single_example_has_no_finding(single_example: dict[str, Any]) -> None:
    findings = validate_body(single_example)
    assert findings.errors == {}
    assert findings.warnings == {}


def test_the_batch_example_has_no_finding(batch_example: dict[str, Any]) -> None:
    findings = validate_body(batch_example)
    assert findings.errors == {}
    assert findings.warnings == {}


def test_the_batch_examples_placeholder_is_flagged_on_its_own_key(batch_example: dict[str, Any]) -> None:
    findings = validate_body({**batch_example, "a1": {"...": "..."}})
    assert not any(path.startswith("x123") for path in [*findings.errors, *findings.warnings])
    assert findings.errors == {
        "a1.products": ["Required"],
        "a1....": ["Not a field of this API"],
        "a1.address": ["Required for a B2C order (or invoiceAddress and deliveryAddress)"],
    }


def test_batch_findings_are_prefixed_by_their_key(single_example: dict[str, Any]) -> None:
    bad = copy.deepcopy(single_example)
    bad["products"][0]["qty"] = Decimal("2.5")
    bad["products"][1]["unitPrice"] = Decimal("12.111")
    bad["invoiceAddress"]["country"] = "Sweden"
    findings = validate_body({"good": single_example, "x123": bad})
    assert findings.errors == {
        "x123.invoiceAddress.country": ["Not an ISO 3166 two-letter country code (NL, US...)"],
        "x123.products.0.qty": ["Must be a whole number"],
        "x123.products.1.unitPrice": ["At most two decimals"],
    }
    assert findings.warnings == {}


def test_a_mixed_batch_keeps_each_orders_findings_apart(order: dict[str, Any]) -> None:
    bad = {**order, "products": [{"qty": 1}], "shippingValue": -1}
    results = validate_batch({"ok": order, "bad": bad})
    assert not results["ok"]
    assert results["bad"].errors == {"products.0.sku": ["Either id, ean or sku is required"]}
    assert results["bad"].warnings == {"shippingValue": ["A negative shipping cost is unusual"]}


def test_a_batch_warns_when_two_orders_share_an_order_number(order: dict[str, Any]) -> None:
    body = {"a": {**order, "orderNumber": 7}, "b": {**order, "orderNumber": 8}, "c": {**order, "orderNumber": 7}}
    findings = validate_body(body)
    assert findings.errors == {}
    assert findings.warnings == {"c.orderNumber": ["Same as in a: Centra refuses the second"]}


def test_validate_order_never_treats_its_body_as_a_batch(order: dict[str, Any]) -> None:
    assert validate_order({"x": order}).errors["x"] == ["Not a field of this API"]


def test_a_single_order_with_a_misspelt_key_is_one_order(order: dict[str, Any]) -> None:
    body = {**order, "deliveryadress": {"country": "SE"}}
    assert validate_body(body).errors == {"deliveryadress": ["Not a field of this API"]}


def test_an_object_of_objects_without_any_order_is_one_order() -> None:
    findings = validate_body({"a1": {"...": "..."}})
    assert findings.errors["a1"] == ["Not a field of this API"]
    assert findings.errors["products"] == ["Required"]


def test_values_that_are_not_objects() -> None:
    for body in (None, [], [{"products": []}], "x", 1, Decimal("1.5"), True):
        assert validate_body(body).errors == {"": ["Must be an object"]}


def test_a_batch_entry_that_is_not_an_object_makes_the_body_one_order(order: dict[str, Any]) -> None:
    findings = validate_body({"a": order, "b": "oops"})
    assert findings.errors["a"] == ["Not a field of this API"]


@settings(max_examples=200, deadline=None)
@given(JSON)
def test_any_json_value_is_validated_without_raising(body: Any) -> None:
    validate_body(body)


@settings(max_examples=200, deadline=None)
@given(ORDER_SHAPED)
def test_any_order_shaped_value_is_validated_without_raising(body: Any) -> None:
    validate_body(body)
    validate_body({"k": body, "products": body})
    validate_body({"k": {"products": body, "payment": body}, "j": {"address": body}})
