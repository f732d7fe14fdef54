"""Centra's batch create (``POST <base>/orders``): an object of orders keyed by names we choose.

Telling a batch from one order: a body is a batch when it is a non-empty object, none of
its keys is a parameter of an order (``products``, ``invoiceAddress``...), every value is an
object, and at least one value has an order parameter. So Centra's own batch example,
whose ``a1`` is a placeholder, is a batch, while a single order with a misspelt key stays a
single order and gets an error on that key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orderdesk.core.order import OrderDraft
from orderdesk.targets.centra.body import ORDER_KEYS
from orderdesk.targets.centra.convert import from_draft, to_draft


def is_batch(body: Any) -> bool:
    """True when ``body`` is a batch of orders rather than one order (see the module doc)."""
    if not isinstance(body, Mapping) or not body or any(key in ORDER_KEYS for key in body):
        return False
    orders = body.values()
    return all(isinstance(order, Mapping) for order in orders) and any(
        any(key in ORDER_KEYS for key in order) for order in orders
    )


def batch_body(drafts_by_key: Mapping[str, OrderDraft]) -> dict[str, dict[str, Any]]:
    """The body of ``POST <base>/orders``: each draft's order under its key; answers come back by key."""
    return {key: from_draft(draft) for key, draft in drafts_by_key.items()}


def batch_to_drafts(body: Mapping[str, Any]) -> dict[str, OrderDraft]:
    """One draft per key of a batch body; a ``ValueError`` when ``body`` is not a batch."""
    if not is_batch(body):
        raise ValueError("not a Centra batch: expected an object of orders keyed by name")
    return {str(key): to_draft(order) for key, order in body.items()}
