"""OrderDraft: totals in Decimal, billing that follows shipping, per-target extras."""

from __future__ import annotations

from decimal import Decimal

from orderdesk.core.order import Address, Line, OrderDraft, sendable


def test_totals_are_exact_decimals() -> None:
    draft = OrderDraft(
        lines=[Line(quantity=Decimal(2), unit_price=Decimal("10.99")), Line(quantity=Decimal(3), unit_price=Decimal("0.10"))],
        shipping_cost=Decimal("4.95"),
    )
    assert draft.subtotal == Decimal("22.28")
    assert draft.total == Decimal("27.23")


def test_empty_quantity_or_price_counts_as_zero() -> None:
    draft = OrderDraft(lines=[Line(quantity=Decimal(2)), Line(unit_price=Decimal("5"))])
    assert draft.subtotal == 0 and draft.total == 0


def test_a_stated_total_wins_over_the_computed_one() -> None:
    draft = OrderDraft(lines=[Line(quantity=Decimal(1), unit_price=Decimal("10"))], stated_total=Decimal("435.45"))
    assert draft.computed_total == Decimal("10")
    assert draft.total == Decimal("435.45")


def test_absurd_amounts_give_non_finite_totals_instead_of_exceptions() -> None:
    huge = Decimal("9E+999999")
    draft = OrderDraft(lines=[Line(quantity=huge, unit_price=huge), Line(quantity=-huge, unit_price=huge)])
    assert not draft.lines[0].total.is_finite()
    assert not draft.total.is_finite()


def test_billing_follows_shipping_until_unticked() -> None:
    draft = OrderDraft(shipping=Address(city="Utrecht"), billing=Address(city="Gouda"))
    assert draft.effective_billing.city == "Utrecht"
    draft.billing_same_as_shipping = False
    assert draft.effective_billing.city == "Gouda"


def test_extras_default_when_never_set() -> None:
    draft = OrderDraft(extras={"centra": {"orderNumber": 12}})
    assert draft.extra("centra", "orderNumber") == 12
    assert draft.extra("centra", "market", "default") == "default"
    assert draft.extra("bigcommerce", "status_id") is None


def test_an_address_knows_when_nothing_was_typed() -> None:
    assert Address().is_empty()
    assert not Address(postcode="1234 AB").is_empty()


def test_sendable_drops_only_empty_lines_at_the_end() -> None:
    draft = OrderDraft(lines=[Line(name="a"), Line(), Line(name="b"), Line(), Line()])
    assert [line.name for line in sendable(draft).lines] == ["a", "", "b"]
    assert len(draft.lines) == 5  # the form keeps its lines
    complete = OrderDraft(lines=[Line(name="a")])
    assert sendable(complete) is complete
