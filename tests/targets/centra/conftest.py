"""Centra test data: the reference's own request examples and a small valid order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from orderdesk import jsonio

EXAMPLES = Path(__file__).parent / "examples"


@pytest.fixture
def single_example() -> dict[str, Any]:
    """Centra "Create order" request example, verbatim."""
    body: dict[str, Any] = jsonio.read_body(EXAMPLES / "create-order.json")
    return body


@pytest.fixture
def batch_example() -> dict[str, Any]:
    """Centra "Batch create orders" request example: its order ``x123``, verbatim.

    The doc's second entry, ``"a1": {"...": "..."}``, only stands for "more orders" and is
    left out of the file; ``test_validate`` checks what it would give.
    """
    body: dict[str, Any] = jsonio.read_body(EXAMPLES / "create-orders.json")
    return body


@pytest.fixture
def order() -> dict[str, Any]:
    """A small valid B2C order: one address object, one product."""
    return {
        "address": {"email": "ann@example.com", "country": "SE", "firstName": "Ann"},
        "products": [{"qty": 1, "sku": "TSHIRT-M"}],
    }
