"""The per-order Centra settings offered in the window."""

from __future__ import annotations

from typing import Any

import pytest

from orderdesk.targets.centra.body import ORDER_KEYS, Order
from orderdesk.targets.centra.extras import (
    EXTRA_FIELDS,
    EXTRA_KEYS,
    YES_NO_KEYS,
    from_wire,
    to_wire,
)


def test_each_extra_is_a_top_level_order_parameter() -> None:
    assert set(EXTRA_KEYS) <= ORDER_KEYS
    assert len(set(EXTRA_KEYS)) == len(EXTRA_KEYS)


def test_the_shop_owners_choices_are_offered() -> None:
    assert {"orderNumber", "market", "pricelist", "shippingList", "sendEmail", "createOnly"} <= set(EXTRA_KEYS)


def test_kinds_follow_the_documented_types() -> None:
    kinds = {field.key: field.kind for field in EXTRA_FIELDS}
    assert kinds["orderNumber"] == kinds["accountId"] == "int"
    assert kinds["createOnly"] == kinds["forceCreate"] == "bool"
    assert kinds["market"] == kinds["shippingList"] == "text"
    for key, kind in kinds.items():
        annotation = Order.model_fields[key].annotation
        assert annotation is {"int": int, "bool": bool, "choice": bool, "text": str}[kind], key


def test_booleans_that_default_to_yes_or_the_store_setting_can_stay_unset() -> None:
    assert YES_NO_KEYS == {"sendEmail", "adjustStock"}
    yes_no = [field for field in EXTRA_FIELDS if field.key in YES_NO_KEYS]
    assert all(field.kind == "choice" and field.choices == ("yes", "no") for field in yes_no)


@pytest.mark.parametrize(
    ("key", "value", "wire"),
    [("sendEmail", "yes", True), ("sendEmail", "no", False), ("sendEmail", None, None), ("market", "yes", "yes")],
)
def test_to_wire(key: str, value: Any, wire: Any) -> None:
    assert to_wire(key, value) == wire


@pytest.mark.parametrize(
    ("key", "wire", "value"),
    [
        ("sendEmail", True, "yes"),
        ("adjustStock", False, "no"),
        ("sendEmail", "yes", None),
        ("sendEmail", 1, None),
        ("orderNumber", "A-12", "A-12"),
        ("market", "", None),
        ("market", None, None),
        ("createOnly", False, False),
    ],
)
def test_from_wire(key: str, wire: Any, value: Any) -> None:
    assert from_wire(key, wire) == value


def test_every_extra_has_a_label_and_help() -> None:
    assert all(field.label and field.help for field in EXTRA_FIELDS)
