"""Reading and writing draft values by path."""

from __future__ import annotations

from decimal import Decimal

from orderdesk.core.order import Line, OrderDraft
from orderdesk.ui.order_page.draft_paths import (
    get_value,
    is_under,
    set_value,
)


def test_values_are_read_and_written_by_path() -> None:
    draft = OrderDraft(lines=[Line(name="Mug")])
    set_value(draft, "customer.email", "anna@example.nl")
    set_value(draft, "shipping.city", "Utrecht")
    set_value(draft, "shipping_cost", Decimal("4.95"))
    set_value(draft, "lines.0.quantity", Decimal(2))
    assert draft.customer.email == "anna@example.nl"
    assert get_value(draft, "shipping.city") == "Utrecht"
    assert get_value(draft, "lines.0.name") == "Mug"
    assert get_value(draft, "lines.0.quantity") == Decimal(2)
    assert get_value(draft, "lines.5.name") is None
    assert get_value(draft, "nothing.here") is None


def test_extras_are_kept_per_target_and_an_emptied_one_disappears() -> None:
    draft = OrderDraft()
    set_value(draft, "extras.feedbackcompany.delay_amount", 3)
    assert draft.extras == {"feedbackcompany": {"delay_amount": 3}}
    assert get_value(draft, "extras.feedbackcompany.delay_amount") == 3
    assert get_value(draft, "extras.centra.orderNumber") is None
    set_value(draft, "extras.feedbackcompany.delay_amount", None)
    assert draft.extras == {}


def test_is_under() -> None:
    assert is_under("lines.3.name", "lines")
    assert is_under("lines", "lines")
    assert not is_under("lines_total", "lines")
