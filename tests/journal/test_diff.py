"""The difference between what two attempts sent, path by path."""

from __future__ import annotations

from decimal import Decimal

from orderdesk.journal import ABSENT, Change, diff_bodies


def test_identical_bodies_have_no_changes() -> None:
    body = '{"external_id": "A", "products": [{"price": 10.5}]}'

    assert diff_bodies(body, body) == []


def test_changed_added_and_removed_values_by_dotted_path() -> None:
    old = '{"external_id": "A", "email": "a@x.nl", "products": [{"price": 10.5, "qty": 1}], "note": "x"}'
    new = '{"external_id": "A", "email": "a@x.be", "products": [{"price": 10.25, "qty": 1, "ean": "123"}]}'

    changes = diff_bodies(old, new)

    assert changes == [
        Change("email", "a@x.nl", "a@x.be"),
        Change("products.0.price", Decimal("10.5"), Decimal("10.25")),
        Change("products.0.ean", ABSENT, "123"),
        Change("note", "x", ABSENT),
    ]
    assert [change.kind for change in changes] == ["changed", "changed", "added", "removed"]


def test_lines_added_or_removed_at_the_end() -> None:
    old = '{"products": [{"sku": "A"}]}'
    new = '{"products": [{"sku": "A"}, {"sku": "B"}]}'

    assert diff_bodies(old, new) == [Change("products.1", ABSENT, {"sku": "B"})]
    assert diff_bodies(new, old) == [Change("products.1", {"sku": "B"}, ABSENT)]


def test_numbers_compare_by_value_but_never_equal_booleans() -> None:
    assert diff_bodies('{"price": 10.5, "qty": 1}', '{"price": 10.50, "qty": 1.0}') == []
    assert diff_bodies('{"test": 1}', '{"test": true}') == [Change("test", 1, True)]
    assert diff_bodies('{"price": "10.5"}', '{"price": 10.5}') == [Change("price", "10.5", Decimal("10.5"))]


def test_a_value_that_changes_shape_is_one_change() -> None:
    assert diff_bodies('{"address": "Main 1"}', '{"address": {"street": "Main 1"}}') == [
        Change("address", "Main 1", {"street": "Main 1"})
    ]


def test_bodies_that_are_not_json_compare_as_text() -> None:
    assert diff_bodies("<html>", "<html>") == []
    assert diff_bodies("", '{"a": 1}') == [Change("", "", '{"a": 1}')]
