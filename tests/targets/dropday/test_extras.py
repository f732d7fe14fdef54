"""The Dropday extras: the shipping details the draft has no place for."""

from __future__ import annotations

from orderdesk.targets.dropday.extras import EXTRA_FIELDS, SHIPPING_EXTRAS


def test_each_shipping_detail_has_one_extra_the_delivery_date_a_day() -> None:
    keys = [field.key for field in EXTRA_FIELDS]
    assert sorted(keys) == sorted(SHIPPING_EXTRAS.values())
    assert len(set(keys)) == len(keys)
    kinds = {field.key: field.kind for field in EXTRA_FIELDS if field.label}
    assert kinds == {"shipping_name": "text", "shipping_description": "text", "delivery_date": "date"}


def test_the_shipping_cost_and_note_are_no_extras() -> None:
    assert "cost" not in SHIPPING_EXTRAS and "note" not in SHIPPING_EXTRAS
