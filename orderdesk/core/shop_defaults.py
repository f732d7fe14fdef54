"""What a new order starts with: the shop's name, its country and its usual shipping cost.

A phone shop sends nearly every order from the same shop, to the same country, at the same
shipping cost. Starting each order with the values of the shop's last order sent spares the
person typing them, and spares them "Country: Required" on every order.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from orderdesk.core.countries import COUNTRY_NAMES
from orderdesk.core.order import OrderDraft

NO_SHIPPING_COST = Decimal("0.00")
"""The shipping cost of an order whose shop never charged one, and of an input left empty."""


@dataclass(frozen=True)
class ShopDefaults:
    """The values a shop's new order starts with; "" or ``None`` where there is nothing to go on."""

    source: str = ""
    country: str = ""
    shipping_cost: Decimal | None = None

    def fill(self, draft: OrderDraft) -> None:
        """Give ``draft`` the shop's values where it has none; a shipping cost never known is 0."""
        if not draft.source:
            draft.source = self.source
        if not draft.shipping.country:
            draft.shipping.country = self.country
        if draft.shipping_cost is None:
            draft.shipping_cost = self.shipping_cost if self.shipping_cost is not None else NO_SHIPPING_COST


def left_by(draft: OrderDraft) -> ShopDefaults:
    """The defaults an order sent leaves for its shop's next one (a country only when it is a known code)."""
    country = draft.shipping.country if draft.shipping.country in COUNTRY_NAMES else ""
    cost = draft.shipping_cost if draft.shipping_cost is not None and draft.shipping_cost.is_finite() else None
    return ShopDefaults(draft.source.strip(), country, cost)
