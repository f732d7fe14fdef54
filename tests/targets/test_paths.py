"""PathMap: body paths <-> draft paths, with indexes and prefix fallback."""

from __future__ import annotations

import pytest

from orderdesk.targets.paths import PathMap

MAP = PathMap(
    [
        ("shipping_address.first_name", "shipping.first_name"),
        ("shipping_address.firstname", "shipping.first_name"),
        ("products.*.price", "lines.*.unit_price"),
        ("products.*.custom", "lines.*.custom"),
        ("products.*", "lines.*"),
        ("products", "lines"),
    ]
)


def test_exact_and_alternative_spellings_map_to_one_draft_path() -> None:
    assert MAP.to_draft("shipping_address.first_name") == "shipping.first_name"
    assert MAP.to_draft("shipping_address.firstname") == "shipping.first_name"
    assert MAP.to_body("shipping.first_name") == "shipping_address.first_name"


def test_indexes_are_carried_across() -> None:
    assert MAP.to_draft("products.12.price") == "lines.12.unit_price"
    assert MAP.to_body("lines.3.unit_price") == "products.3.price"


def test_longest_prefix_wins_and_the_rest_is_kept() -> None:
    assert MAP.to_draft("products.3.custom.colour") == "lines.3.custom.colour"
    assert MAP.to_draft("products.3.unmapped_field") == "lines.3.unmapped_field"


def test_patterns_translate_too() -> None:
    assert MAP.to_draft("products.*.price") == "lines.*.unit_price"


def test_unmapped_paths_give_none() -> None:
    assert MAP.to_draft("voucherCodes.0") is None
    assert MAP.to_draft("") is None


def test_mismatched_wildcards_are_refused() -> None:
    with pytest.raises(ValueError):
        PathMap([("products.*.price", "lines.price")])
