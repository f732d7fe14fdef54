"""Reading values into the draft, carrying the rest, and merging carried values back."""

from __future__ import annotations

from typing import Any

from orderdesk.targets.feedbackcompany.carry import keep_rest, merge, put, read_int, read_object, read_text


def test_read_text_returns_text_and_carries_anything_else() -> None:
    source = {"a": "x", "b": "", "c": None, "d": 5}
    carried: dict[str, Any] = {}
    assert [read_text(source, key, carried) for key in ("a", "b", "c", "d", "missing")] == ["x", "", "", "", ""]
    assert carried == {"b": "", "c": None, "d": 5}


def test_read_int_returns_integers_and_carries_anything_else() -> None:
    source = {"a": 0, "b": -3, "c": True, "d": "7", "e": 1.0}
    carried: dict[str, Any] = {}
    assert [read_int(source, key, carried) for key in ("a", "b", "c", "d", "e", "missing")] == [0, -3, None, None, None, None]
    assert carried == {"c": True, "d": "7", "e": 1.0}


def test_read_object_returns_objects_and_carries_anything_else() -> None:
    carried: dict[str, Any] = {}
    assert read_object({"a": {"x": 1}}, "a", carried) == {"x": 1}
    assert read_object({"a": "x"}, "a", carried) is None
    assert read_object({}, "a", carried) is None
    assert carried == {"a": "x"}


def test_keep_rest_carries_unknown_keys_only() -> None:
    carried: dict[str, Any] = {}
    keep_rest({"known": 1, "other": 2}, {"known"}, carried)
    assert carried == {"other": 2}


def test_put_leaves_out_empty_values_but_keeps_zero() -> None:
    body: dict[str, Any] = {}
    for key, value in {"a": "", "b": None, "c": 0, "d": "x"}.items():
        put(body, key, value)
    assert body == {"c": 0, "d": "x"}


def test_merge_fills_what_is_missing_keeps_what_is_there_and_copies() -> None:
    carried = {"a": 2, "b": [1], "nested": {"x": 2, "y": 3}}
    body = merge({"a": 1, "nested": {"x": 1}}, carried)
    assert body == {"a": 1, "b": [1], "nested": {"x": 1, "y": 3}}
    body["b"].append(2)
    assert carried["b"] == [1]
