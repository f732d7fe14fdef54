"""One product of the catalogue, and how it fills an order line."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from orderdesk.core.order import Line


@dataclass(frozen=True)
class Product:
    """One sellable item (a BigCommerce variant counts as one) as the catalogue keeps it.

    Attributes:
        key: what makes it the same product on the next import or pull: the product id,
            else the SKU, else the EAN (a spreadsheet), or ``profile:product:variant`` (a pull).
        product_id: the shop's product id, as order lines carry it (``Line.external_id``).
        unit_price: ``None`` when the source gave none.
        stock: ``None`` when the source does not say.
        source: where it came from (``csv:products.csv``, ``bigcommerce:shop``).
        refreshed_at: epoch seconds of the import or pull that last wrote it.
    """

    key: str
    name: str
    product_id: str = ""
    sku: str = ""
    ean: str = ""
    unit_price: Decimal | None = None
    currency: str = ""
    brand: str = ""
    category: str = ""
    image_url: str = ""
    url: str = ""
    stock: int | None = None
    source: str = ""
    refreshed_at: float = 0.0

    def fill(self, line: Line) -> None:
        """Write this product into ``line``; the quantity and what the catalogue does not know stay."""
        line.external_id = self.product_id
        line.sku = self.sku
        line.ean = self.ean
        line.name = self.name
        if self.unit_price is not None:
            line.unit_price = self.unit_price
        for field in ("url", "image_url", "brand", "category"):
            value = getattr(self, field)
            if value:
                setattr(line, field, value)
