"""The shops' defaults, kept between runs: each new order starts with its shop's name, country and shipping cost.

Kept in the window's state file as ``{"last": shop name, "by_shop": {name: {"country": "NL",
"shipping_cost": "4.95"}}}``. Until a shop has sent an order, its country is the system's region
(``nl_NL`` -> NL), so a Dutch shop's first order is Dutch too.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QLocale

from orderdesk.core.countries import territory_of
from orderdesk.core.order import OrderDraft
from orderdesk.core.shop_defaults import ShopDefaults, left_by
from orderdesk.ui import window_state


class ShopMemory:
    """Reads and writes the shops' defaults (a small JSON file, like the ticked profiles)."""

    def __init__(self, path: Path | None = None, region: str | None = None) -> None:
        self._path = path
        self._region = territory_of(QLocale.system().name()) if region is None else region

    def defaults(self, source: str = "") -> ShopDefaults:
        """The defaults of the shop called ``source`` (the last shop that sent an order when "")."""
        stored = window_state.load_shops(self._path)
        name = source or _text(stored.get("last"))
        by_shop = stored.get("by_shop")
        entry = by_shop.get(name) if isinstance(by_shop, dict) else None
        entry = entry if isinstance(entry, dict) else {}
        return ShopDefaults(name, _text(entry.get("country")) or self._region, _amount(entry.get("shipping_cost")))

    def remember(self, draft: OrderDraft) -> None:
        """Keep what ``draft``, about to be sent, leaves for its shop's next order."""
        left = left_by(draft)
        stored = window_state.load_shops(self._path)
        by_shop = stored.get("by_shop")
        by_shop = dict(by_shop) if isinstance(by_shop, dict) else {}
        kept = by_shop.get(left.source)
        entry = dict(kept) if isinstance(kept, dict) else {}
        if left.country:
            entry["country"] = left.country
        if left.shipping_cost is not None:
            entry["shipping_cost"] = str(left.shipping_cost)
        by_shop[left.source] = entry
        window_state.save_shops({"last": left.source, "by_shop": by_shop}, self._path)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _amount(value: object) -> Decimal | None:
    try:
        amount = Decimal(value) if isinstance(value, str) else None
    except InvalidOperation:
        return None
    return amount if amount is not None and amount.is_finite() else None
