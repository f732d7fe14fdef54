"""Centra's rules that span several fields, and plausibility checks, on one order's raw body.

They read the body as sent, not the validated model, so they still report when another
field has a type error: a person sees every problem of the order at once. Each check skips
values of the wrong type, which the body model already reports.

Errors (documented): a product needs ``id``, ``ean`` or ``sku``; a B2C order (no
``accountId``) needs an address ("For B2B the address object is not required") and an
invoice side holding the customer's e-mail. Everything else here is a warning.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from orderdesk.core import checks
from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.targets.centra.body import ADDRESS_KEYS, parse_date

STATE_COUNTRIES: frozenset[str] = frozenset({"US", "CA", "AU"})
"""Countries whose addresses normally need a ``state`` ("might be required by the country")."""
B2B_ONLY = ("buyerId", "buyerName", "deliveryWindow", "poNumber")
B2C_ONLY = ("customerRegister", "customerId", "customerSetNewPassword")
NOT_SENT = "Not sent to Centra: its Order API has no such field"
_BELOW_UNIT_PRICE = "Lower than unitPrice: the price before discount is usually higher"
_UNUSED = (None, "")
"""A product identifier with one of these values is not "used"."""


def check_order(order: Mapping[str, Any], findings: Findings) -> None:
    """Add the cross-field errors and the warnings of one order (not a batch)."""
    products = order.get("products")
    if isinstance(products, list):
        _check_products(products, findings)
    _check_addresses(order, findings)
    _check_store_type(order, findings)
    _check_settings(order, findings)
    payment = order.get("payment")
    if isinstance(payment, Mapping):
        _check_payment(payment, findings)
    _check_dates(order, findings)


def draft_warnings(draft: OrderDraft, findings: Findings | None = None) -> Findings:
    """Inputs of ``draft`` that Centra cannot take, by draft path: typed, but never sent.

    They are added to ``findings`` when given (saving a copy of each on every keystroke),
    else to new findings; either is returned.
    """
    findings = Findings() if findings is None else findings
    if draft.shipping.company:
        findings.warn("shipping.company", NOT_SENT)
    if not draft.billing_same_as_shipping and draft.billing.company:
        findings.warn("billing.company", NOT_SENT)
    for index, line in enumerate(draft.lines):
        if not (line.external_id or line.url or line.image_url or line.category or line.supplier or line.custom):
            continue
        for name in ("external_id", "url", "image_url", "category", "supplier", "custom"):
            if getattr(line, name):
                findings.warn(f"lines.{index}.{name}", NOT_SENT)
    return findings


def _check_products(products: list[Any], findings: Findings) -> None:
    """The per-product checks, in one plain loop: an order may have hundreds of lines."""
    for index, product in enumerate(products):
        if not isinstance(product, dict):
            continue
        get = product.get
        if get("id") in _UNUSED and get("ean") in _UNUSED and get("sku") in _UNUSED:
            findings.error(f"products.{index}.sku", "Either id, ean or sku is required")
        qty = get("qty")
        if type(qty) is int and qty < 1:
            findings.warn(f"products.{index}.qty", "Usually at least 1")
        unit_price, original_price = _number(get("unitPrice")), _number(get("originalPrice"))
        if unit_price is not None and unit_price < 0:
            findings.warn(f"products.{index}.unitPrice", "A negative price is unusual")
        if original_price is not None:
            if original_price < 0:
                findings.warn(f"products.{index}.originalPrice", "A negative price is unusual")
            elif unit_price is not None and original_price < unit_price:
                findings.warn(f"products.{index}.originalPrice", _BELOW_UNIT_PRICE)
        ean = get("ean")
        if type(ean) is str and ean.isdigit() and not checks.gtin_check_digit_ok(ean):
            findings.warn(f"products.{index}.ean", "Not a valid EAN/GTIN: wrong length or check digit")


def _check_addresses(order: Mapping[str, Any], findings: Findings) -> None:
    given = [key for key in ADDRESS_KEYS if key in order]
    if "accountId" not in order:
        if not given:
            findings.error("address", "Required for a B2C order (or invoiceAddress and deliveryAddress)")
        elif "address" not in order and "invoiceAddress" not in order:
            findings.error("invoiceAddress", "Required for a B2C order: it holds the customer's e-mail")
        elif "address" not in order and "deliveryAddress" not in order:
            findings.warn("deliveryAddress", "Missing: use address when invoice and delivery are the same")
    if "address" in order and len(given) > 1:
        findings.warn("address", "Send either address or invoiceAddress and deliveryAddress, not both")
    for key in given:
        address = order[key]
        if isinstance(address, Mapping):
            _check_address(address, key, findings)


def _check_address(address: Mapping[str, Any], path: str, findings: Findings) -> None:
    email = address.get("email")
    if isinstance(email, str) and not checks.is_email(email):
        findings.warn(f"{path}.email", "Not a valid e-mail address")
    country = address.get("country")
    if isinstance(country, str) and country in STATE_COUNTRIES and not address.get("state"):
        findings.warn(f"{path}.state", f"Usually required for {country}")


def _check_store_type(order: Mapping[str, Any], findings: Findings) -> None:
    """B2B and B2C fields are told apart by ``accountId``, which a B2B order requires."""
    if "accountId" in order:
        for key in B2C_ONLY:
            if key in order:
                findings.warn(key, "Only used in B2C orders; accountId makes this a B2B order")
        return
    b2b = [key for key in B2B_ONLY if key in order]
    if b2b:
        findings.warn("accountId", f"Required for a B2B order ({', '.join(b2b)} given)")


def _check_settings(order: Mapping[str, Any], findings: Findings) -> None:
    for name_key, id_key in (("pricelist", "pricelistId"), ("market", "marketId")):
        if name_key in order and id_key in order:
            findings.warn(name_key, f"Not used: {id_key} is given")
    order_number = _int(order.get("orderNumber"))
    if order_number is not None and order_number < 1:
        findings.warn("orderNumber", "Usually a positive number")
    shipping_value = _number(order.get("shippingValue"))
    if shipping_value is not None and shipping_value < 0:
        findings.warn("shippingValue", "A negative shipping cost is unusual")
    codes = order.get("voucherCodes")
    if isinstance(codes, list):
        seen: set[str] = set()
        for index, code in enumerate(codes):
            if not isinstance(code, str):
                continue
            if not code.strip():
                findings.warn(f"voucherCodes.{index}", "Empty voucher code")
            elif code in seen:
                findings.warn(f"voucherCodes.{index}", "Given twice")
            seen.add(code)
    attributes = order.get("extraAttributes")
    if isinstance(attributes, Mapping):
        for key in attributes:
            if "_" not in str(key):
                findings.warn(f"extraAttributes.{key}", "Expected attributeName_elementName")


def _check_payment(payment: Mapping[str, Any], findings: Findings) -> None:
    steps = {key: payment[key] for key in ("auth", "capture") if isinstance(payment.get(key), Mapping)}
    if steps and "id" not in payment:
        findings.warn("payment.id", "Without id the order is not marked with a payment type")
    for key, step in steps.items():
        url = step.get("external_url")
        if isinstance(url, str) and not checks.is_http_url(url):
            findings.warn(f"payment.{key}.external_url", "Not a valid URL (http:// or https://)")
    if "auth" in steps and "capture" in steps:
        authorized, captured = _number(steps["auth"].get("amount")), _number(steps["capture"].get("amount"))
        if authorized is not None and captured is not None and captured > authorized:
            findings.warn("payment.capture.amount", "More than the authorized amount")


def _check_dates(order: Mapping[str, Any], findings: Findings) -> None:
    placed = _date(order.get("orderDate"))
    if placed is None:
        return
    for key in ("deliveryDate", "cancelDate"):
        later = _date(order.get(key))
        # An offset-aware and a naive time cannot be compared; Centra's own format has no offset.
        if later is not None and (later.tzinfo is None) == (placed.tzinfo is None) and later < placed:
            findings.warn(key, "Before orderDate")


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value: Any) -> int | Decimal | float | None:
    """A finite JSON number, comparable with ``<``; ``None`` for anything else."""
    kind = type(value)
    if kind is int:
        return value  # type: ignore[no-any-return]
    if kind is Decimal:
        return value if value.is_finite() else None
    if kind is float:
        return value if math.isfinite(value) else None
    return None


def _date(value: Any) -> datetime | None:
    return parse_date(value) if isinstance(value, str) else None
