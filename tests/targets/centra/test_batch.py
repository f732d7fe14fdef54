"""Telling a batch from one order, and building and reading batch bodies."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.centra.batch import batch_body, batch_to_drafts, is_batch
from orderdesk.targets.centra.convert import from_draft


def test_the_reference_batch_example_is_a_batch(batch_example: dict[str, Any]) -> None:
    assert is_batch(batch_example)


def test_the_reference_single_example_is_one_order(single_example: dict[str, Any]) -> None:
    assert not is_batch(single_example)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"products": [{"qty": 1}]},
        {"x123": {"products": []}, "products": []},
        {"x123": {"products": []}, "a1": "oops"},
        {"a1": {"...": "..."}},
        {"deliveryadress": {"country": "SE"}},
        [{"products": []}],
        None,
        "x",
    ],
)
def test_what_is_not_a_batch(body: Any) -> None:
    assert not is_batch(body)


def test_one_order_key_anywhere_makes_a_batch(order: dict[str, Any]) -> None:
    assert is_batch({"a": {"comment": "x"}, "b": {}})
    assert is_batch({"order-1": order})


def test_batch_body_keys_each_drafts_order() -> None:
    first = OrderDraft(
        customer=Customer(email="a@example.com"),
        shipping=Address(country="SE"),
        lines=[Line(sku="A", quantity=Decimal(1))],
    )
    second = OrderDraft(shipping=Address(country="NO"), lines=[Line(ean="1", quantity=Decimal(2))])
    body = batch_body({"x1": first, "x2": second})
    assert body == {"x1": from_draft(first), "x2": from_draft(second)}
    assert is_batch(body)


def test_batch_to_drafts_reads_each_key(batch_example: dict[str, Any]) -> None:
    drafts = batch_to_drafts(copy.deepcopy(batch_example))
    assert list(drafts) == ["x123"]
    assert drafts["x123"].customer.email == "x@example.com"
    assert batch_body(drafts) == batch_example


def test_batch_to_drafts_refuses_a_single_order(single_example: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="not a Centra batch"):
        batch_to_drafts(single_example)
