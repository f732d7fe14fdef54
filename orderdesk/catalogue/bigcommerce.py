"""Products from a BigCommerce store's V3 Catalog API, page by page, into the catalogue.

``GET /stores/{store_hash}/v3/catalog/products?include=variants,images&limit=250&page=N``
answers ``{"data": [...], "meta": {"pagination": {"total_pages", ...}}}``; each variant has
its own SKU, price (``null``: the product's) and UPC/GTIN, so each becomes a product of the
catalogue. The profile's session paces the pages by the store's rate-limit headers and
waits out a 429, as it does for orders. Each page is stored as it arrives, so a cancelled or
broken pull keeps what it fetched; the next pull overwrites by ``profile:product:variant``.
Product URLs are the storefront's address (``GET /v2/store``) plus each product's
``custom_url``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import Any

from orderdesk.catalogue.model import Product
from orderdesk.catalogue.store import CatalogueStore, Stored
from orderdesk.config.credentials import SecretSource
from orderdesk.config.profiles import Profile
from orderdesk.targets.bigcommerce.declaration import DECLARATION as BIGCOMMERCE
from orderdesk.targets.client_base import ApiClient
from orderdesk.transport.replies import Reply, TransportError
from orderdesk.transport.settings import HttpSettings

PAGE_SIZE = 250
"""BigCommerce's largest page."""


@dataclass(frozen=True)
class PullProgress:
    """How far a pull is: ``page`` of ``pages`` fetched, ``products`` stored so far."""

    page: int
    pages: int
    products: int


@dataclass(frozen=True)
class PullReport:
    """What a pull did: the pages fetched, the products stored, and why it stopped early, if it did."""

    pages: int
    stored: Stored
    cancelled: bool = False
    error: str = ""


PULLS_FROM = BIGCOMMERCE.name
"""The API whose profiles have a catalogue to pull."""


class CatalogueClient(ApiClient):
    """A BigCommerce profile's connection, reading its catalogue instead of sending orders."""

    api = BIGCOMMERCE.title
    secret_label = BIGCOMMERCE.connection.secret_label
    secret_header = BIGCOMMERCE.connection.secret_header
    rate_limit_headers = BIGCOMMERCE.rate_limit_headers

    def products_page(self, page: int) -> Reply | TransportError:
        """One page of products with their variants and images."""
        params = {"include": "variants,images", "limit": str(PAGE_SIZE), "page": str(page)}
        return self._session.request("GET", self._url("v3/catalog/products"), params=params, idempotent=True)

    def storefront(self) -> tuple[str, str]:
        """The storefront's address and currency; empty when the store does not say."""
        result = self._session.request("GET", self._url("v2/store"), idempotent=True)
        answer = result.json_object() if isinstance(result, Reply) and result.status == HTTPStatus.OK else None
        if answer is None:
            return "", ""
        address, currency = answer.get("secure_url") or "", answer.get("currency") or ""
        return (str(address).rstrip("/"), str(currency))

    def _url(self, path: str) -> str:
        return f"{self._profile.base_url}/stores/{self._profile.settings['store_hash']}/{path}"


def pull_bigcommerce(
    profile: Profile,
    secrets: SecretSource,
    store: CatalogueStore,
    *,
    progress: Callable[[PullProgress], None] | None = None,
    cancel: threading.Event | None = None,
    settings: HttpSettings | None = None,
    clock: Callable[[], float] = time.time,
) -> PullReport:
    """Fetch every page of ``profile``'s catalogue into ``store``, calling ``progress`` after each.

    Raises ``MissingSecret`` when the profile's access token is not stored; every other
    problem ends the pull with ``error`` set, keeping the pages already stored.
    """
    client = CatalogueClient(profile, secrets, settings)
    try:
        storefront, currency = client.storefront()
        page, pages, added, updated = 1, 1, 0, 0
        while page <= pages:
            if cancel is not None and cancel.is_set():
                return PullReport(page - 1, Stored(added, updated), cancelled=True)
            result = client.products_page(page)
            answer = _page(result)
            if isinstance(answer, str):
                return PullReport(page - 1, Stored(added, updated), error=answer)
            items, pages = answer
            now = clock()
            stored = store.upsert(
                product
                for item in items
                for product in products_of(item, profile.name, storefront, currency, now)
            )
            added, updated = added + stored.added, updated + stored.updated
            if progress is not None:
                progress(PullProgress(page, pages, added + updated))
            page += 1
        return PullReport(pages, Stored(added, updated))
    finally:
        client.close()


def products_of(item: dict[str, Any], profile: str, storefront: str, currency: str, now: float) -> list[Product]:
    """The catalogue's products for one V3 product: one per variant (its base variant when it has no options)."""
    product_id = str(item.get("id", ""))
    name = str(item.get("name") or "")
    url = f"{storefront}{(item.get('custom_url') or {}).get('url', '')}" if storefront else ""
    images = item.get("images") or []
    image = next((image for image in images if image.get("is_thumbnail")), images[0] if images else {})
    tracking = item.get("inventory_tracking")
    variants = item.get("variants") or [{}]
    made: list[Product] = []
    for variant in variants:
        options = [str(value.get("label", "")) for value in variant.get("option_values") or []]
        price = _amount(variant.get("price"))
        stock = variant.get("inventory_level") if tracking == "variant" else item.get("inventory_level")
        made.append(
            Product(
                key=f"{profile}:{product_id}:{variant.get('id', '')}",
                name=f"{name} – {' / '.join(options)}" if options else name,
                product_id=product_id,
                sku=str(variant.get("sku") or item.get("sku") or ""),
                ean=str(variant.get("gtin") or variant.get("upc") or item.get("gtin") or item.get("upc") or ""),
                unit_price=price if price is not None else _amount(item.get("price")),
                currency=currency,
                image_url=str(variant.get("image_url") or image.get("url_standard") or ""),
                url=url,
                stock=stock if tracking in ("variant", "product") and isinstance(stock, int) else None,
                source=f"bigcommerce:{profile}",
                refreshed_at=now,
            )
        )
    return made


def _page(result: Reply | TransportError) -> tuple[list[dict[str, Any]], int] | str:
    """A page's products and the number of pages, or what went wrong in words."""
    if isinstance(result, TransportError):
        return result.reason
    if result.status == HTTPStatus.UNAUTHORIZED:
        return "BigCommerce refused the access token (401): enter it again in the profile"
    answer = result.json_object() if result.status == HTTPStatus.OK else None
    if answer is None:
        return f"BigCommerce answered {result.status}: {result.snippet}"
    data = answer.get("data")
    pagination = (answer.get("meta") or {}).get("pagination") or {}
    pages = pagination.get("total_pages")
    if not isinstance(data, list) or not isinstance(pages, int):
        return f"BigCommerce's answer has no data list or page count: {result.snippet}"
    return [item for item in data if isinstance(item, dict)], pages


def _amount(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
