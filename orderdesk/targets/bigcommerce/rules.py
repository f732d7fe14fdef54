"""Rules that involve more than one field, and plausibility warnings, on the raw body.

They run on the body as given (not the validated model), so they still speak when some
field has the wrong type. Errors are rules BigCommerce documents; warnings are checks
the documents do not state and never block.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from orderdesk.core import checks
from orderdesk.core.countries import COUNTRY_NAMES
from orderdesk.core.findings import Findings
from orderdesk.targets.bigcommerce.body import decimal_of
from orderdesk.targets.bigcommerce.country import code_for_name

_REQUIRED_PAIRS = (("subtotal_ex_tax", "subtotal_inc_tax"), ("total_ex_tax", "total_inc_tax"))
"""Overrides documented as "If specified, the field ... is also required"."""
_SHIPPING_PAIR = ("shipping_cost_ex_tax", "shipping_cost_inc_tax")
_USUAL_PAIRS = (("handling_cost_ex_tax", "handling_cost_inc_tax"), ("wrapping_cost_ex_tax", "wrapping_cost_inc_tax"))
_EXTRA_COSTS = ("shipping_cost_inc_tax", "handling_cost_inc_tax", "wrapping_cost_inc_tax")
_FEE_COSTS = ("cost_ex_tax", "cost_inc_tax", "cost_tax")
_TO_SHIP = ("street_1", "city", "zip")


def check(body: Mapping[str, Any], findings: Findings) -> None:
    """Add every cross-field error and plausibility warning of ``body`` to ``findings``."""
    _fulfilment(body, findings)
    for pair in (*_REQUIRED_PAIRS, _SHIPPING_PAIR):
        _required_together(body, "", pair, findings)
    for ex_key, inc_key in _USUAL_PAIRS:
        for key, other in ((ex_key, inc_key), (inc_key, ex_key)):
            if key in body and other not in body:
                findings.warn(other, f"Usually given together with {key}")
    for pair in (*_REQUIRED_PAIRS, _SHIPPING_PAIR, *_USUAL_PAIRS):
        _ex_not_above_inc(body, "", pair, findings)
    billing = body.get("billing_address")
    if isinstance(billing, dict):
        _billing(billing, findings)
    shipping = body.get("shipping_addresses")
    if isinstance(shipping, list):
        for index, address in enumerate(shipping):
            if isinstance(address, dict):
                _shipping(address, f"shipping_addresses.{index}", findings)
    products = body.get("products")
    if isinstance(products, list):
        _products(products, "products", findings)
    _pickups(body.get("consignments"), findings)
    fees = body.get("fees")
    if isinstance(fees, list):
        _fees(fees, findings)
    _totals(body, findings)
    if "ip_address" in body and "ip_address_v6" in body:
        findings.warn("ip_address_v6", "BigCommerce keeps only one of ip_address and ip_address_v6")
    if "tax_provider_id" in body:
        findings.warn("tax_provider_id", "BigCommerce's reference calls this read-only: it may be ignored")


def _fulfilment(body: Mapping[str, Any], findings: Findings) -> None:
    """Products with shipping addresses, or consignments (a pickup): one of the two, not both."""
    if "consignments" not in body:
        if "products" not in body:
            findings.error("products", "Required")
        return
    if "products" in body or "shipping_addresses" in body:
        findings.error(
            "consignments", "Not allowed with products or shipping addresses: an order is shipped or picked up"
        )


def _required_together(item: Mapping[str, Any], prefix: str, pair: tuple[str, str], findings: Findings) -> None:
    first, second = pair
    for key, other in ((first, second), (second, first)):
        if key in item and other not in item:
            findings.error(prefix + other, f"Required when {key} is given")


def _ex_not_above_inc(item: Mapping[str, Any], prefix: str, pair: tuple[str, str], findings: Findings) -> None:
    ex_key, inc_key = pair
    ex, inc = decimal_of(item.get(ex_key)), decimal_of(item.get(inc_key))
    if ex is not None and inc is not None and ex > inc:
        findings.warn(prefix + ex_key, f"More than {inc_key}")


def _billing(address: Mapping[str, Any], findings: Findings) -> None:
    country = address.get("country")
    if "country_iso2" not in address and not (isinstance(country, str) and country.strip()):
        findings.error("billing_address.country", "Required (the country or its ISO code)")
    state = address.get("state")
    if not (isinstance(state, str) and state.strip()):
        findings.warn("billing_address.state", "Usually needed: BigCommerce's minimum order has a state")
    _address(address, "billing_address", findings)


def _shipping(address: Mapping[str, Any], prefix: str, findings: Findings) -> None:
    for key in _TO_SHIP:
        value = address.get(key)
        if not (isinstance(value, str) and value.strip()):
            findings.warn(f"{prefix}.{key}", "Usually needed to ship")
    if not any(isinstance(address.get(key), str) and address[key].strip() for key in ("country", "country_iso2")):
        findings.warn(f"{prefix}.country", "Usually needed to ship")
    _address(address, prefix, findings)


def _address(address: Mapping[str, Any], prefix: str, findings: Findings) -> None:
    email = address.get("email")
    if isinstance(email, str) and email and not checks.is_email(email):
        findings.warn(f"{prefix}.email", "Not a valid e-mail address")
    name, code = address.get("country"), address.get("country_iso2")
    if isinstance(name, str) and isinstance(code, str) and code in COUNTRY_NAMES:
        named = code_for_name(name)
        if named is not None and named != code:
            findings.warn(f"{prefix}.country", f"Names {COUNTRY_NAMES[named]}, but country_iso2 is {code}")


def _products(items: list[Any], prefix: str, findings: Findings) -> None:
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        path = f"{prefix}.{index}."
        if "product_id" in item:
            _catalog_product(item, path, findings)
        elif not ("name" in item or "name_customer" in item or "name_merchant" in item):
            findings.error(path + "name", "Required")
        _same_alias(item, path, "name", findings)
        quantity = item.get("quantity")
        if isinstance(quantity, int) and not isinstance(quantity, bool) and quantity < 1:
            findings.warn(path + "quantity", "Less than 1")
        price, without = decimal_of(item.get("price_inc_tax")), decimal_of(item.get("price_ex_tax"))
        if price is not None and price < 0:
            findings.warn(path + "price_inc_tax", "A negative price")
        if price is not None and without is not None and without > price:
            findings.warn(path + "price_ex_tax", "More than price_inc_tax")


def _catalog_product(item: Mapping[str, Any], path: str, findings: Findings) -> None:
    # The guide: "If you override price_ex_tax or price_inc_tax, override both".
    _required_together(item, path, ("price_ex_tax", "price_inc_tax"), findings)
    if "wrapping_id" in item:
        for key in ("wrapping_cost_ex_tax", "wrapping_cost_inc_tax"):
            if key not in item:
                findings.error(path + key, "Required when wrapping_id is given")
    options = item.get("product_options")
    if isinstance(options, list):
        for index, option in enumerate(options):
            if isinstance(option, dict):
                for stem in ("display_name", "display_value"):
                    _same_alias(option, f"{path}product_options.{index}.", stem, findings)


def _same_alias(item: Mapping[str, Any], path: str, stem: str, findings: Findings) -> None:
    """``xxx`` and ``xxx_customer`` "always hold the same value"; both given must agree."""
    alias = f"{stem}_customer"
    if stem in item and alias in item and item[stem] != item[alias]:
        findings.error(path + alias, f"Must be the same as {stem}")


def _pickups(consignments: Any, findings: Findings) -> None:
    if not isinstance(consignments, dict):
        return
    pickups = consignments.get("pickups")
    if not isinstance(pickups, list):
        return
    if len(pickups) > 1:
        findings.error("consignments.pickups", "Only one pickup per order")
    for index, pickup in enumerate(pickups):
        if isinstance(pickup, dict) and isinstance(pickup.get("line_items"), list):
            _products(pickup["line_items"], f"consignments.pickups.{index}.line_items", findings)


def _fees(fees: list[Any], findings: Findings) -> None:
    for index, fee in enumerate(fees):
        if not isinstance(fee, dict):
            continue
        path = f"fees.{index}"
        if "display_name_customer" not in fee and "display_name_merchant" not in fee:
            findings.error(f"{path}.display_name_customer", "Required (or display_name_merchant)")
        given = sum(key in fee for key in _FEE_COSTS)
        if "cost_exc_tax" in fee:
            given += "cost_ex_tax" not in fee
            findings.warn(f"{path}.cost_exc_tax", "Spelled as in BigCommerce's own example; the field is cost_ex_tax")
        if given < 2:
            findings.error(path, "Needs at least two of cost_ex_tax, cost_inc_tax and cost_tax")


def _totals(body: Mapping[str, Any], findings: Findings) -> None:
    """Warn when a stated subtotal or total is not what the products and costs add up to."""
    subtotal = decimal_of(body.get("subtotal_inc_tax"))
    total = decimal_of(body.get("total_inc_tax"))
    if subtotal is None and total is None:
        return
    try:
        products = _products_total(body.get("products"))
        if subtotal is not None and products is not None and _cents(subtotal) != _cents(products):
            findings.warn("subtotal_inc_tax", f"The products add up to {_cents(products)}")
        base = subtotal if subtotal is not None else products
        if total is None or base is None or "fees" in body:
            return
        expected = base - (decimal_of(body.get("discount_amount")) or 0)
        for key in _EXTRA_COSTS:
            expected += decimal_of(body.get(key)) or 0
        if _cents(total) != _cents(expected):
            findings.warn("total_inc_tax", f"Products, costs and discount add up to {_cents(expected)}")
    except ArithmeticError:
        return


def _products_total(products: Any) -> Decimal | None:
    """The sum of price including tax times quantity; ``None`` when some product lacks either."""
    if not isinstance(products, list):
        return None
    total = Decimal(0)
    for item in products:
        if not isinstance(item, dict):
            return None
        price, quantity = decimal_of(item.get("price_inc_tax")), decimal_of(item.get("quantity"))
        if price is None or quantity is None:
            return None
        total += price * quantity
    return total


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"))
