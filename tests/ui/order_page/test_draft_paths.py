"""Reading and writing draft values by path, and typed amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orderdesk.core.order import Line, OrderDraft
from orderdesk.ui.order_page.draft_paths import (
    format_decimal,
    get_value,
    is_under,
    parse_decimal,
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


@pytest.mark.parametrize(
    ("text", "value"),
    [("12,50", Decimal("12.50")), (" 7 ", Decimal(7)), ("-1.5", Decimal("-1.5")), ("", None), ("1,2,3", None),
     ("abc", None), ("NaN", None), ("Infinity", None)],
)
def test_parse_decimal(text: str, value: Decimal | None) -> None:
    assert parse_decimal(text) == value


def test_format_decimal_shows_the_amount_as_stored() -> None:
    assert format_decimal(Decimal("10.50")) == "10.50"
    assert format_decimal(Decimal("1E+2")) == "100"
    assert format_decimal(None) == ""


def test_is_under() -> None:
    assert is_under("lines.3.name", "lines")
    assert is_under("lines", "lines")
    assert not is_under("lines_total", "lines")
