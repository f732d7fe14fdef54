"""Dropday plausibility checks: warnings only, since its docs state none of these rules.

They read the raw body, so they still speak when the body has type errors, and skip any
value whose type is already an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation, Overflow, localcontext
from typing import Any

from orderdesk.core import checks
from orderdesk.core.findings import Findings
from orderdesk.targets.numbers import as_decimal

NOT_NEGATIVE = "Should not be negative"
CENT = Decimal("0.01")


def check(body: Mapping[str, Any], findings: Findings) -> None:
    """Add every plausibility warning for ``body`` to ``findings``."""
    # Numbers as large as 1E+999999 may come in: sums then give Infinity instead of raising.
    with localcontext() as context:
        context.traps[Overflow] = context.traps[InvalidOperation] = False
        _check(body, findings)


def _check(body: Mapping[str, Any], findings: Findings) -> None:
    email = body.get("email")
    if isinstance(email, str) and email and not checks.is_email(email):
        findings.warn("email", "Not a valid e-mail address")
    address = body.get("shipping_address")
    if isinstance(address, Mapping):
        country = address.get("country")
        if isinstance(country, str) and country and not checks.is_country_code(country):
            findings.warn("shipping_address.country", "Not an ISO 3166 two-letter country code (NL, US...)")
    shipping = _check_shipping_cost(body, findings)
    products = _check_products(body.get("products"), findings)
    total = as_decimal(body.get("total"))
    if total is None:
        return
    if total < 0:
        findings.warn("total", NOT_NEGATIVE)
    if products is not None and shipping is not None:
        expected = products + shipping
        if abs(total - expected) >= CENT:
            findings.warn("total", f"Not the products plus shipping ({expected})")


def _check_shipping_cost(body: Mapping[str, Any], findings: Findings) -> Decimal | None:
    """Warn about the shipping cost(s); the cost the total should include, ``None`` when unknown."""
    cost = as_decimal(body.get("shipping_cost"))
    details = body.get("shipping")
    detail_cost = as_decimal(details.get("cost")) if isinstance(details, Mapping) else None
    if cost is not None and cost < 0:
        findings.warn("shipping_cost", NOT_NEGATIVE)
    if detail_cost is not None and detail_cost < 0:
        findings.warn("shipping.cost", NOT_NEGATIVE)
    if cost is not None and detail_cost is not None and cost != detail_cost:
        findings.warn("shipping.cost", f"Not the same as shipping_cost ({cost})")
    if "shipping_cost" in body:
        return cost
    return detail_cost if detail_cost is not None else Decimal(0)


def _check_products(products: Any, findings: Findings) -> Decimal | None:
    """Warn about each product; the sum of the line totals, ``None`` when one cannot be computed."""
    if not isinstance(products, list):
        return None
    if not products:
        findings.warn("products", "No products")
    subtotal: Decimal | None = Decimal(0)
    for index, product in enumerate(products):
        if not isinstance(product, dict):
            subtotal = None
            continue
        quantity = as_decimal(product.get("quantity"))
        price = as_decimal(product.get("price"))
        if quantity is not None:
            if quantity <= 0:
                findings.warn(f"products.{index}.quantity", "Should be more than 0")
            elif quantity != quantity.to_integral_value():
                findings.warn(f"products.{index}.quantity", "Usually a whole number")
        if price is not None and price < 0:
            findings.warn(f"products.{index}.price", NOT_NEGATIVE)
        if not _ean_plausible(product.get("ean13")):
            findings.warn(f"products.{index}.ean13", "Not a valid EAN: wrong length or check digit")
        image_url = product.get("image_url")
        if isinstance(image_url, str) and image_url and not checks.is_http_url(image_url):
            findings.warn(f"products.{index}.image_url", "Not a valid URL (http:// or https://)")
        if subtotal is not None and quantity is not None and price is not None:
            subtotal += quantity * price
        else:
            subtotal = None
    return subtotal


def _ean_plausible(ean: Any) -> bool:
    """False for digits with a wrong length or check digit; anything that is no digits is the model's."""
    if type(ean) is int and ean >= 0:
        return ean.bit_length() <= 64 and checks.gtin_check_digit_ok(str(ean))  # no EAN has more than 14 digits
    if isinstance(ean, str) and ean.isascii() and ean.isdigit():
        return checks.gtin_check_digit_ok(ean)
    return True
