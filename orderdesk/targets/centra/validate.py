"""Checking a Centra body, one order or a batch, against the documented rules.

Errors come from the body model (types, required fields, formats) and from the cross-field
rules; warnings only from the rules. A batch's findings are the findings of each order
under its key (``x123.products.0.qty``); the orders are independent, as Centra creates or
refuses each on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orderdesk.core.findings import Findings
from orderdesk.targets.centra.batch import is_batch
from orderdesk.targets.centra.body import Order
from orderdesk.targets.centra.rules import check_order
from orderdesk.targets.wire import validate_into


def validate_body(body: Any) -> Findings:
    """Findings for any JSON value sent as a Centra body, keyed by the body's own paths; never raises."""
    if not is_batch(body):
        return validate_order(body)
    findings = Findings()
    for key, found in validate_batch(body).items():
        findings.extend(found, prefix=key)
    return findings


def validate_order(order: Any) -> Findings:
    """Findings for one order, the body of ``POST <base>/order``."""
    findings = Findings()
    validate_into(Order, order, findings)
    if isinstance(order, Mapping):
        check_order(order, findings)
    return findings


def validate_batch(body: Mapping[str, Any]) -> dict[str, Findings]:
    """Findings per key of a batch, each keyed by paths inside that order."""
    results = {str(key): validate_order(order) for key, order in body.items()}
    first_key: dict[int, str] = {}
    for key, order in body.items():
        number = order.get("orderNumber") if isinstance(order, Mapping) else None
        if not isinstance(number, int) or isinstance(number, bool):
            continue
        if number in first_key:
            results[str(key)].warn("orderNumber", f"Same as in {first_key[number]}: Centra refuses the second")
        else:
            first_key[number] = str(key)
    return results
