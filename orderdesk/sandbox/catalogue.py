"""The sandbox store's catalogue, as BigCommerce's V3 Catalog API lists it: seeded, the same every run.

``GET /stores/{store_hash}/v3/catalog/products?include=variants,images&limit=&page=`` answers
``{"data": [...], "meta": {"pagination": {...}}}`` (limit 50 by default, at most 250). Every
product has its base variant; every fifth comes in three sizes, each a variant with its own
SKU, price and UPC. ``GET /stores/{store_hash}/v2/store`` tells the storefront's address and
currency, from which product URLs are made.
"""

from __future__ import annotations

import random
from decimal import Decimal
from functools import cache
from typing import Any

from orderdesk.sandbox.messages import Reply, Request, json_reply

PRODUCT_COUNT = 320
STOREFRONT = "https://sandbox-shop.example"
CURRENCY = "EUR"
_LIMIT, _MAX_LIMIT = 50, 250
_SEED = 13

_KINDS = ("Mok", "Theepot", "Kaars", "Vaas", "Schaal", "Deken", "Kussen", "Lamp", "Mand", "Sjaal", "Koffiebeker",
          "Crème Brûlée-set", "Onderzetter", "Dienblad")
_STYLES = ("Noorder", "Zuiderzee", "Crème", "Havenlicht", "Duin", "Polder", "Grachten", "Wadden", "Tulp", "Delfts")
_COLOURS = ("blauw", "rood", "groen", "okergeel", "zwart", "wit", "terracotta", "zeegroen")
_SIZES = ("S", "M", "L")


def with_check_digit(digits: str) -> str:
    """``digits`` with the GS1 check digit appended (12 digits give an EAN-13, 11 a UPC-A)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return digits + str((10 - total % 10) % 10)


@cache
def products() -> tuple[dict[str, Any], ...]:
    """The seeded products in V3 shape, ``include=variants,images`` included."""
    chance = random.Random(_SEED)
    made: list[dict[str, Any]] = []
    for number in range(1, PRODUCT_COUNT + 1):
        product_id = 100 + number
        name = f"{chance.choice(_STYLES)} {chance.choice(_KINDS)} {chance.choice(_COLOURS)}"
        price = Decimal(chance.randrange(295, 12995, 50)) / 100
        sku = f"SB-{product_id:05d}"
        slug = f"/{name.lower().replace(' ', '-')}-{product_id}/"
        sized = number % 5 == 0
        variants = [
            _variant(product_id, product_id * 10 + index, f"{sku}-{size}", price + index * 2, chance, [size])
            for index, size in enumerate(_SIZES)
        ] if sized else [_variant(product_id, product_id * 10, sku, None, chance, [])]
        made.append(
            {
                "id": product_id,
                "name": name,
                "type": "physical",
                "sku": sku,
                "price": float(price),
                "calculated_price": float(price),
                "upc": "",
                "gtin": "" if sized else variants[0]["gtin"],
                "brand_id": 0,
                "categories": [],
                "inventory_level": sum(variant["inventory_level"] for variant in variants),
                "inventory_tracking": "variant" if sized else "product",
                "is_visible": True,
                "custom_url": {"url": slug, "is_customized": False},
                "images": [
                    {
                        "id": product_id,
                        "product_id": product_id,
                        "is_thumbnail": True,
                        "url_standard": f"{STOREFRONT}/images/{product_id}.jpg",
                    }
                ],
                "variants": variants,
            }
        )
    return tuple(made)


def _variant(
    product_id: int, variant_id: int, sku: str, price: Decimal | None, chance: random.Random, sizes: list[str]
) -> dict[str, Any]:
    gtin = with_check_digit(f"87{variant_id:010d}")
    return {
        "id": variant_id,
        "product_id": product_id,
        "sku": sku,
        "price": None if price is None else float(price),
        "upc": with_check_digit(f"0{variant_id:010d}") if sizes else "",
        "gtin": "" if sizes else gtin,
        "inventory_level": chance.randrange(0, 40),
        "image_url": "",
        "option_values": [
            {"id": index + 1, "label": size, "option_id": 1, "option_display_name": "Maat"}
            for index, size in enumerate(sizes)
        ],
    }


def list_products(request: Request) -> Reply:
    """One page of products, with the V3 pagination block."""
    try:
        limit = min(max(int(request.query.get("limit", _LIMIT)), 1), _MAX_LIMIT)
        page = max(int(request.query.get("page", 1)), 1)
    except ValueError:
        return json_reply(422, {"status": 422, "title": "page and limit must be whole numbers.", "errors": {}})
    include = set(request.query.get("include", "").split(","))
    everything = products()
    chosen = [_included(product, include) for product in everything[(page - 1) * limit : page * limit]]
    total_pages = max(1, -(-len(everything) // limit))
    pagination = {
        "total": len(everything),
        "count": len(chosen),
        "per_page": limit,
        "current_page": page,
        "total_pages": total_pages,
        "links": {"current": f"?page={page}&limit={limit}"},
    }
    return json_reply(200, {"data": chosen, "meta": {"pagination": pagination}})


def store_information(store: str) -> Reply:
    """The few fields of ``GET /v2/store`` a client needs: the storefront's address and currency."""
    return json_reply(
        200,
        {
            "id": store,
            "domain": STOREFRONT.removeprefix("https://"),
            "secure_url": STOREFRONT,
            "name": "Sandbox Shop",
            "currency": CURRENCY,
        },
    )


def _included(product: dict[str, Any], include: set[str]) -> dict[str, Any]:
    return {key: value for key, value in product.items() if key not in ("variants", "images") or key in include}
