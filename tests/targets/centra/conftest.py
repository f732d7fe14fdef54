"""Centra test data: the reference's own request examples and a small valid order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture
def single_example(example: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """Centra "Create order" request example, verbatim."""
    return example("create-order")


@pytest.fixture
def batch_example(example: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """Centra "Batch create orders" request example: its order ``x123``, verbatim.

    The doc's second entry, ``"a1": {"...": "..."}``, only stands for "more orders" and is
    left out of the file; ``test_validate`` checks what it would give.
    """
    return example("create-orders")


@pytest.fixture
def order() -> dict[str, Any]:
    """A small valid B2C order: one address object, one product."""
    return {
        "address": {"email": "ann@example.com", "country": "SE", "firstName": "Ann"},
        "products": [{"qty": 1, "sku": "TSHIRT-M"}],
    }
