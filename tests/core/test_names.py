"""Splitting a customer's name into an address's first and last name."""

from __future__ import annotations

import pytest

from orderdesk.core.names import split_name


@pytest.mark.parametrize(("full", "parts"), [
    ("Anna de Vries", ("Anna", "de Vries")),
    ("  Jan   van der  Berg ", ("Jan", "van der Berg")),
    ("Cher", ("Cher", "")),
    ("", ("", "")),
])
def test_the_name_splits_at_the_first_space(full: str, parts: tuple[str, str]) -> None:
    assert split_name(full) == parts
