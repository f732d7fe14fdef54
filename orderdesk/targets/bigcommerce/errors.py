"""BigCommerce's error answers (``[{"status": 422, "message": "..."}]``) as findings.

The messages name a field in words ("The field 'item_total' cannot be written to.", "The
required field 'billing_address' was not supplied."), so the path is found in the text,
best effort: a quoted or dotted name that is a field of the order body becomes the path,
a bare address field goes under the address the message names, and anything else stays at
order level. Paths are the body's own; ``PATHS.to_draft`` takes them to the draft.
"""

from __future__ import annotations

import re
from typing import Any

from orderdesk.core.findings import Findings
from orderdesk.targets.bigcommerce.body import (
    BillingAddress,
    OrderPost,
    ShippingAddress,
)

_NAME = r"[A-Za-z_]\w*(?:\.\w+|\[\d+\])*"
_QUOTED = re.compile(rf"""['"`‘’“”]({_NAME})['"`‘’“”]""")
_DOTTED = re.compile(rf"\b({_NAME})")
_ORDER_FIELDS = frozenset(OrderPost.model_fields)
_ADDRESS_FIELDS = frozenset(BillingAddress.model_fields) | frozenset(ShippingAddress.model_fields)


def server_findings(payload: Any) -> Findings:
    """One order-level or field error per entry of a BigCommerce error answer, keyed by body path."""
    findings = Findings()
    entries = payload if isinstance(payload, list) else [payload]
    for entry in entries:
        message = _message(entry)
        findings.error(path_in(message), message)
    if not entries:
        findings.error("", "BigCommerce refused the order without saying why")
    return findings


def path_in(message: str) -> str:
    """The body path a BigCommerce message names, or ``""`` when it names none we know."""
    quoted = [_dotted(name) for name in _QUOTED.findall(message)]
    dotted = [_dotted(name) for name in _DOTTED.findall(message) if "." in name or "[" in name]
    for candidate in (*quoted, *dotted):
        if candidate.split(".", 1)[0] in _ORDER_FIELDS:
            return candidate
    lowered = message.lower()
    for candidate in quoted:
        if candidate in _ADDRESS_FIELDS:
            if "shipping" in lowered:
                return f"shipping_addresses.0.{candidate}"
            if "billing" in lowered:
                return f"billing_address.{candidate}"
    return ""


def _dotted(name: str) -> str:
    """``products[0].name`` -> ``products.0.name``."""
    return re.sub(r"\[(\d+)\]", r".\1", name)


def _message(entry: Any) -> str:
    if isinstance(entry, str) and entry.strip():
        return entry.strip()
    if isinstance(entry, dict):
        for key in ("message", "title", "error"):
            text = entry.get(key)
            if isinstance(text, str) and text.strip():
                return text.strip()
        status = entry.get("status")
        if isinstance(status, int) and not isinstance(status, bool):
            return f"BigCommerce refused the order (status {status})"
    return "BigCommerce refused the order"
