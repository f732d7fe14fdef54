"""A new order starts with its shop's name, country and shipping cost; a sent order leaves them behind."""

from __future__ import annotations

from decimal import Decimal

from orderdesk.core.order import Address, OrderDraft
from orderdesk.core.shop_defaults import ShopDefaults, left_by


def test_defaults_fill_only_what_is_empty() -> None:
    draft = OrderDraft()
    ShopDefaults("Example Shop", "NL", Decimal("4.95")).fill(draft)
    assert (draft.source, draft.shipping.country, draft.shipping_cost) == ("Example Shop", "NL", Decimal("4.95"))
    typed = OrderDraft(source="Other", shipping=Address(country="BE"), shipping_cost=Decimal(7))
    ShopDefaults("Example Shop", "NL", Decimal("4.95")).fill(typed)
    assert (typed.source, typed.shipping.country, typed.shipping_cost) == ("Other", "BE", Decimal(7))


def test_a_shipping_cost_never_known_starts_at_zero() -> None:
    draft = OrderDraft()
    ShopDefaults().fill(draft)
    assert draft.shipping_cost == Decimal(0)
    assert draft.shipping.country == ""


def test_a_sent_order_leaves_its_shop_country_and_cost_but_not_a_country_that_is_no_code() -> None:
    sent = OrderDraft(source=" Example Shop ", shipping=Address(country="DE"), shipping_cost=Decimal("6.50"))
    assert left_by(sent) == ShopDefaults("Example Shop", "DE", Decimal("6.50"))
    typo = OrderDraft(source="Example Shop", shipping=Address(country="Atlantis"))
    typo.shipping_cost = Decimal("NaN")  # the form assigns without validating
    assert left_by(typo) == ShopDefaults("Example Shop", "", None)
