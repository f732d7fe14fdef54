"""Inline validation must fit in one frame: a 500-line order against all four targets.

Figures: ``validate_500_lines_ms`` (median of validate_draft over the four targets) and
``validate_vs_json_loads`` (that time as a ratio to ``json.loads`` of the order's JSON).
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from decimal import Decimal

from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.registry import TARGETS

LINES = 500
ROUNDS = 30


def sample_order(lines: int = LINES) -> OrderDraft:
    """A complete, realistic order with ``lines`` product lines."""
    address = Address(
        first_name="Anna", last_name="de Vries", address1="Keizersgracht 12", postcode="1015 CX",
        city="Amsterdam", country="NL", phone="+31 20 123 4567",
    )
    return OrderDraft(
        external_id="PHONE-2026-0001",
        source="Phone order",
        customer=Customer(name="Anna de Vries", email="anna@example.nl", phone="+31 20 123 4567"),
        shipping=address,
        lines=[
            Line(
                external_id=str(i), sku=f"SKU-{i:05d}", ean="8712345678906", name=f"Product {i}",
                quantity=Decimal(1 + i % 3), unit_price=Decimal("12.95"),
                url=f"https://shop.example.nl/p/{i}",
            )
            for i in range(lines)
        ],
        shipping_cost=Decimal("4.95"),
        extras={"feedbackcompany": {"delay_unit": "days", "delay_amount": 3}},
    )


def _median_ms(action: Callable[[], object]) -> float:
    samples = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run() -> dict[str, float]:
    """Measure validation of the sample order against every target, and json.loads as the baseline."""
    draft = sample_order()
    text = draft.model_dump_json()
    targets = list(TARGETS.values())

    def validate_all() -> None:
        for target in targets:
            target.validate_draft(draft)

    validate_all()  # warm caches (pydantic schema build, imports)
    validate_ms = _median_ms(validate_all)
    loads_ms = _median_ms(lambda: json.loads(text))
    return {"validate_500_lines_ms": validate_ms, "validate_vs_json_loads": validate_ms / loads_ms}
