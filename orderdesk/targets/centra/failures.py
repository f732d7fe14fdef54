"""Reading Centra's failure answers: ``{"status": "no", "code": -1..-7, "msg": ...}``.

Centra often answers a refused order with HTTP 200, so only ``status`` tells success from
failure. A failure names no field, so it becomes one order-level finding (path ``""``,
the same in body and draft paths) holding the code's meaning and Centra's own message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orderdesk.core.findings import Findings
from orderdesk.core.order import ORDER_LEVEL

CODE_MEANINGS: dict[int, str] = {
    -1: "Some products cannot be added to the order (check their status, market or pricelist in Centra)",
    -2: "One or more products are out of stock",
    -3: "The order is empty",
    -4: "One or more required fields are missing",
    -5: "An order with this order number already exists",
    -6: "Customer registration failed",
    -7: "General error",
}
"""Centra's documented failure codes, in plain words."""
DUPLICATE_CODE = -5
"""The order number is taken: the order was most likely created before."""


def is_success(answer: Any) -> bool:
    """True when one order's answer says ``"status": "ok"``."""
    return isinstance(answer, Mapping) and answer.get("status") == "ok"


def failure_code(answer: Any) -> int | None:
    """The ``code`` of a failure answer, or ``None`` when it has none."""
    code = answer.get("code") if isinstance(answer, Mapping) else None
    return code if isinstance(code, int) and not isinstance(code, bool) else None


def failure_findings(answer: Any) -> Findings:
    """One order-level error describing a failure answer (one order's, or one key's of a batch)."""
    code = failure_code(answer)
    message = answer.get("msg") if isinstance(answer, Mapping) else None
    parts = ["Centra refused the order"]
    if code is not None:
        parts.append(f"{CODE_MEANINGS.get(code, 'Unknown error')} (code {code})")
    if isinstance(message, str) and message.strip():
        parts.append(message.strip())
    findings = Findings()
    findings.error(ORDER_LEVEL, ": ".join(parts))
    return findings
