"""Reading values into the draft, carrying the rest, and merging carried values back."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from orderdesk.targets.carry import (
    is_object_list,
    keep_rest,
    merge,
    put,
    read_int,
    read_number,
    read_object,
    read_objects,
    read_text,
)


def test_read_text_returns_text_and_carries_anything_else() -> None:
    source = {"a": "x", "b": "", "c": None, "d": 5}
    carried: dict[str, Any] = {}
    assert [read_text(source, key, carried) for key in ("a", "b", "c", "d", "missing")] == ["x", "", "", "", ""]
    assert carried == {"b": "", "c": None, "d": 5}


def test_read_number_returns_decimals_and_carries_anything_else() -> None:
    source = {"a": 2, "b": Decimal("2.50"), "c": 0, "d": "2", "e": True, "f": None}
    carried: dict[str, Any] = {}
    values = [read_number(source, key, carried) for key in ("a", "b", "c", "d", "e", "f", "missing")]
    assert values == [Decimal(2), Decimal("2.50"), Decimal(0), None, None, None, None]
    assert carried == {"d": "2", "e": True, "f": None}


def test_read_int_returns_integers_and_carries_anything_else() -> None:
    source = {"a": 0, "b": -3, "c": True, "d": "7", "e": 1.0}
    carried: dict[str, Any] = {}
    values = [read_int(source, key, carried) for key in ("a", "b", "c", "d", "e", "missing")]
    assert values == [0, -3, None, None, None, None]
    assert carried == {"c": True, "d": "7", "e": 1.0}


def test_read_object_returns_objects_and_carries_anything_else() -> None:
    carried: dict[str, Any] = {}
    assert read_object({"a": {"x": 1}}, "a", carried) == {"x": 1}
    assert read_object({"a": [1]}, "a", carried) is None
    assert read_object({}, "a", carried) is None
    assert carried == {"a": [1]}
    carried = {}
    assert read_object({"a": "x"}, "a", carried) is None
    assert carried == {"a": "x"}


def test_read_objects_returns_a_list_of_objects_and_carries_anything_else_whole() -> None:
    carried: dict[str, Any] = {}
    assert read_objects({"p": [{"x": 1}, {}]}, "p", carried) == [{"x": 1}, {}]
    assert read_objects({}, "p", carried) == []
    assert carried == {}
    for value in ([], [{"x": 1}, 2], {"x": 1}, None):
        carried = {}
        assert read_objects({"p": value}, "p", carried) == []
        assert carried == {"p": value}


def test_is_object_list() -> None:
    assert is_object_list([{}]) and is_object_list([{"a": 1}, {"b": 2}])
    assert not is_object_list([]) and not is_object_list([{}, "x"]) and not is_object_list({"a": {}})


def test_keep_rest_carries_unknown_keys_only() -> None:
    carried: dict[str, Any] = {}
    keep_rest({"known": 1, "other": 2}, {"known"}, carried)
    assert carried == {"other": 2}


def test_put_leaves_out_empty_values_but_keeps_zero_and_false() -> None:
    body: dict[str, Any] = {}
    for key, value in {"a": "", "b": None, "c": 0, "d": Decimal(0), "e": False, "f": "x"}.items():
        put(body, key, value)
    assert body == {"c": 0, "d": Decimal(0), "e": False, "f": "x"}
    body = {}
    for key, value in {"a": "", "b": None, "c": 0, "d": "x"}.items():
        put(body, key, value)
    assert body == {"c": 0, "d": "x"}


def test_merge_fills_what_is_missing_and_keeps_what_is_there() -> None:
    body = {"a": 1, "nested": {"x": 1}}
    merged = merge(body, {"a": 2, "b": 3, "nested": {"x": 2, "y": 3}, "list": [1]})
    assert merged is body
    assert body == {"a": 1, "b": 3, "nested": {"x": 1, "y": 3}, "list": [1]}


def test_merge_copies_carried_objects() -> None:
    carried = {"nested": {"x": [1]}}
    body = merge({}, carried)
    body["nested"]["x"].append(2)
    assert carried == {"nested": {"x": [1]}}


def test_merge_fills_what_is_missing_keeps_what_is_there_and_copies() -> None:
    carried = {"a": 2, "b": [1], "nested": {"x": 2, "y": 3}}
    body = merge({"a": 1, "nested": {"x": 1}}, carried)
    assert body == {"a": 1, "b": [1], "nested": {"x": 1, "y": 3}}
    body["b"].append(2)
    assert carried["b"] == [1]


def test_merge_copies_a_carried_value_nested_deeper_than_python_recurses() -> None:
    deep: Any = "bottom"
    for level in range(5000):
        deep = [deep] if level % 2 else {"k": deep}
    copied, original = merge({}, {"unknown": deep})["unknown"], deep
    levels = 0
    while not isinstance(original, str):
        assert type(copied) is type(original) and copied is not original  # a copy at every level
        key: Any = "k" if isinstance(original, dict) else 0
        copied, original = copied[key], original[key]
        levels += 1
    assert (copied, levels) == ("bottom", 5000)
