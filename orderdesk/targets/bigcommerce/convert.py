"""OrderDraft <-> the body of BigCommerce's ``POST /v2/orders``.

What goes where, and why:
- The effective billing address is ``billing_address``; the e-mail and phone there are the
  customer's (an address override first). The shipping address is ``shipping_addresses[0]``,
  also when billing is "same as shipping", because an order needs one to be shipped. An
  imported body whose first shipping address equals its billing address becomes "same as
  shipping"; a body without shipping addresses keeps the draft's shipping address empty.
- Lines are custom products (name, quantity, prices, sku, ean as ``upc``) unless the line
  carries a BigCommerce ``product_id`` in ``line.carry["bigcommerce"]``: then it is a catalog
  product, which has no ``sku``.
- Order-level amounts (shipping, total, discount) are written as text with 4 decimals
  (``"4.9500"``), as the OpenAPI file declares them ``type: string``; product prices are
  numbers there, and stay numbers. Either spelling is read.
- Prices are typed including tax. BigCommerce needs the amount excluding tax too (products,
  shipping, an overridden total): an imported one is kept while the amount including tax is
  unchanged, otherwise it is worked out with the ``tax_rate`` extra (no rate: no tax). An
  imported body that had none keeps having none until the amount or the rate is set.
- ``external_id`` is ``external_order_id``: the field ``GET /v2/orders?external_order_id=``
  finds an order by (``external_id`` is read-only in the OpenAPI file). ``source`` is
  ``external_source``, ``notes`` the ``customer_message``; staff notes are an extra.
- Everything else of an imported body stays in ``carry["bigcommerce"]`` (order level, with
  the unmodelled fields of ``billing_address`` and ``shipping_addresses``) and in
  ``line.carry["bigcommerce"]``, so converting back gives the same body.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeGuard

from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.bigcommerce.body import decimal_of
from orderdesk.targets.bigcommerce.country import (
    COUNTRY_KEYS,
    read_country,
    write_country,
)
from orderdesk.targets.bigcommerce.extras import BODY_FIELDS, TAX_RATE
from orderdesk.targets.bigcommerce.fields import MONEY, MONEY_TEXT, QUANTITY, TEXT, Codec, put, take

NAME = "bigcommerce"

ADDRESS_TEXT: tuple[tuple[str, str], ...] = (
    ("first_name", "first_name"),
    ("last_name", "last_name"),
    ("company", "company"),
    ("street_1", "address1"),
    ("street_2", "address2"),
    ("city", "city"),
    ("state", "state"),
    ("zip", "postcode"),
)
"""Address text field -> draft ``Address`` field (the country is ``country.py``'s)."""
_CONTACT = frozenset({"email", "phone"})
_ADDRESS_KEYS = frozenset(body for body, _ in ADDRESS_TEXT) | frozenset(COUNTRY_KEYS) | _CONTACT
_CATALOG_KEYS = frozenset({"name", "quantity", "price_inc_tax", "price_ex_tax", "upc"})
_CUSTOM_KEYS = _CATALOG_KEYS | {"sku"}
_ORDER_KEYS = frozenset(
    {
        "billing_address",
        "shipping_addresses",
        "products",
        "shipping_cost_inc_tax",
        "shipping_cost_ex_tax",
        "total_inc_tax",
        "total_ex_tax",
        "customer_message",
        "external_order_id",
        "external_source",
        *BODY_FIELDS,
    }
)
_CENT = Decimal("0.01")


def from_draft(draft: OrderDraft) -> dict[str, Any]:
    """The body for ``draft``; empty inputs are left out, nothing is made up."""
    carried = draft.carry.get(NAME, {})
    extras = draft.extras.get(NAME, {})
    rate = decimal_of(extras.get(TAX_RATE))
    body: dict[str, Any] = {}
    for key in ("status_id", "customer_id"):
        _put_extra(body, key, extras, carried)
    _write_addresses(draft, carried, body)
    _write_products(draft, carried, rate, body)
    put(body, "shipping_cost_inc_tax", draft.shipping_cost, MONEY_TEXT, carried)
    _put_ex_tax(body, "shipping_cost", draft.shipping_cost, carried, rate, MONEY_TEXT)
    _put_extra(body, "discount_amount", extras, carried)
    put(body, "total_inc_tax", draft.stated_total, MONEY_TEXT, carried)
    _put_ex_tax(body, "total", draft.stated_total, carried, rate, MONEY_TEXT)
    put(body, "customer_message", draft.notes, TEXT, carried)
    for key in ("staff_notes", "payment_method", "payment_provider_id"):
        _put_extra(body, key, extras, carried)
    put(body, "external_order_id", draft.external_id, TEXT, carried)
    put(body, "external_source", draft.source, TEXT, carried)
    body.update((key, value) for key, value in carried.items() if key not in _ORDER_KEYS)
    return body


def to_draft(body: Mapping[str, Any]) -> OrderDraft:
    """A draft of ``body``; never raises, and what the draft cannot hold goes to carry."""
    carry: dict[str, Any] = {}
    external_id = take(body, "external_order_id", TEXT, carry)
    source = take(body, "external_source", TEXT, carry)
    notes = take(body, "customer_message", TEXT, carry)
    shipping_cost = take(body, "shipping_cost_inc_tax", MONEY_TEXT, carry)
    _keep_ex_tax(body, "shipping_cost", carry)
    stated_total = take(body, "total_inc_tax", MONEY_TEXT, carry)
    _keep_ex_tax(body, "total", carry)
    extras: dict[str, Any] = {}
    for key, codec in BODY_FIELDS.items():
        value = take(body, key, codec, carry)
        if value is not None and value != "":
            extras[key] = value
    customer, billing, shipping, same = _read_addresses(body, carry)
    lines = _read_products(body, carry)
    carry.update((key, value) for key, value in body.items() if key not in _ORDER_KEYS)
    return OrderDraft(
        external_id=external_id,
        source=source,
        customer=customer,
        shipping=shipping,
        billing_same_as_shipping=same,
        billing=billing,
        lines=lines,
        shipping_cost=shipping_cost,
        stated_total=stated_total,
        notes=notes,
        extras={NAME: extras} if extras else {},
        carry={NAME: carry} if carry else {},
    )


def _put_extra(body: dict[str, Any], key: str, extras: Mapping[str, Any], carried: Mapping[str, Any]) -> None:
    codec = BODY_FIELDS[key]
    value = extras.get(key)
    put(body, key, codec.read(None) if value is None else value, codec, carried)


def without_tax(amount: Decimal, rate: Decimal | None) -> Decimal:
    """``amount`` including tax at ``rate`` percent, without it, to the cent; no rate: unchanged."""
    if not rate:
        return amount
    try:
        return (amount * 100 / (100 + rate)).quantize(_CENT, rounding=ROUND_HALF_UP)
    except ArithmeticError:
        return amount


def _put_ex_tax(
    body: dict[str, Any],
    stem: str,
    amount: Decimal | None,
    carried: Mapping[str, Any],
    rate: Decimal | None,
    codec: Codec[Decimal | None] = MONEY,
) -> None:
    # While the imported ``*_inc_tax`` still reads as the draft's amount, the import's own
    # ``*_ex_tax`` stays, and so does its absence unless a tax rate asks for one.
    ex_key, inc_key = f"{stem}_ex_tax", f"{stem}_inc_tax"
    if carried and MONEY.read(carried.get(inc_key)) == amount:
        if ex_key in carried:
            body[ex_key] = carried[ex_key]
            return
        if inc_key in carried and rate is None:
            return
    if amount is not None:
        body[ex_key] = codec.write(without_tax(amount, rate))


def _keep_ex_tax(source: Mapping[str, Any], stem: str, carry: dict[str, Any]) -> None:
    """Carry ``<stem>_inc_tax`` with its ``<stem>_ex_tax`` (or its lack of one), so an edit can tell it is stale."""
    ex_key, inc_key = f"{stem}_ex_tax", f"{stem}_inc_tax"
    for key in (ex_key, inc_key):
        if key in source:
            carry[key] = source[key]


def _write_addresses(draft: OrderDraft, carried: Mapping[str, Any], body: dict[str, Any]) -> None:
    billing = draft.effective_billing
    _put_object(
        body,
        "billing_address",
        carried,
        lambda partial: _write_address(
            billing, billing.email or draft.customer.email, billing.phone or draft.customer.phone, partial
        ),
    )
    raw = carried.get("shipping_addresses")
    first: Mapping[str, Any] = {}
    rest: list[Any] = []
    if _is_partial_list(raw):
        first, rest = raw[0], raw[1:]
    address = _write_address(draft.shipping, draft.shipping.email, draft.shipping.phone, first)
    if address or _is_partial_list(raw):
        body["shipping_addresses"] = [address, *rest]
    elif "shipping_addresses" in carried:
        body["shipping_addresses"] = raw


def _put_object(
    body: dict[str, Any],
    key: str,
    carried: Mapping[str, Any],
    write: Callable[[Mapping[str, Any]], dict[str, Any]],
) -> None:
    # A carried dict holds the unmodelled part of the object; anything else is the body's own unreadable value.
    raw = carried.get(key)
    partial = raw if isinstance(raw, dict) else {}
    written = write(partial)
    if written or isinstance(raw, dict):
        body[key] = written
    elif key in carried:
        body[key] = raw


def _is_partial_list(raw: Any) -> TypeGuard[list[Any]]:
    return isinstance(raw, list) and bool(raw) and isinstance(raw[0], dict)


def _write_address(address: Address, email: str, phone: str, carried: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for body_key, draft_key in ADDRESS_TEXT:
        put(out, body_key, getattr(address, draft_key), TEXT, carried)
    spelled = {key: carried[key] for key in COUNTRY_KEYS if key in carried}
    out.update(spelled if spelled and read_country(spelled) == address.country else write_country(address.country))
    put(out, "phone", phone, TEXT, carried)
    put(out, "email", email, TEXT, carried)
    out.update((key, value) for key, value in carried.items() if key not in _ADDRESS_KEYS)
    return out


def _write_products(draft: OrderDraft, carried: Mapping[str, Any], rate: Decimal | None, body: dict[str, Any]) -> None:
    if draft.lines:
        body["products"] = [_write_product(line, rate) for line in draft.lines]
    elif "products" in carried:
        body["products"] = carried["products"]


def _write_product(line: Line, rate: Decimal | None) -> dict[str, Any]:
    carried = line.carry.get(NAME)
    if not carried:
        return _write_typed_product(line, rate)
    catalog = "product_id" in carried
    out: dict[str, Any] = {"product_id": carried["product_id"]} if catalog else {}
    put(out, "name", line.name, TEXT, carried)
    put(out, "quantity", line.quantity, QUANTITY, carried)
    put(out, "price_inc_tax", line.unit_price, MONEY, carried)
    _put_ex_tax(out, "price", line.unit_price, carried, rate)
    if not catalog:
        put(out, "sku", line.sku, TEXT, carried)
    put(out, "upc", line.ean, TEXT, carried)
    modelled = _CATALOG_KEYS if catalog else _CUSTOM_KEYS
    out.update((key, value) for key, value in carried.items() if key not in modelled and key not in out)
    return out


def _write_typed_product(line: Line, rate: Decimal | None) -> dict[str, Any]:
    """A custom product from a line with nothing carried: what ``put`` writes then, without its carry checks.

    ``from_draft`` runs on every keystroke, and this is the case of every typed line.
    """
    fields = (
        ("name", TEXT.write(line.name)),
        ("quantity", QUANTITY.write(line.quantity)),
        ("price_inc_tax", MONEY.write(line.unit_price)),
        ("price_ex_tax", None if line.unit_price is None else without_tax(line.unit_price, rate)),
        ("sku", TEXT.write(line.sku)),
        ("upc", TEXT.write(line.ean)),
    )
    return {key: value for key, value in fields if value is not None}


def _read_addresses(body: Mapping[str, Any], carry: dict[str, Any]) -> tuple[Customer, Address, Address, bool]:
    billing, email, phone = Address(), "", ""
    raw_billing = body.get("billing_address")
    if isinstance(raw_billing, dict):
        partial: dict[str, Any] = {}
        billing = _read_address(raw_billing, partial)
        email, phone = billing.email, billing.phone
        billing = billing.model_copy(update={"email": "", "phone": ""})
        if partial or not raw_billing:
            carry["billing_address"] = partial
    elif "billing_address" in body:
        carry["billing_address"] = raw_billing
    shipping, has_shipping = Address(), False
    raw_shipping = body.get("shipping_addresses")
    if _is_partial_list(raw_shipping):
        partial = {}
        shipping, has_shipping = _read_address(raw_shipping[0], partial), True
        if partial or not raw_shipping[0] or len(raw_shipping) > 1:
            carry["shipping_addresses"] = [partial, *raw_shipping[1:]]
    elif "shipping_addresses" in body:
        carry["shipping_addresses"] = raw_shipping
    name = " ".join(part for part in (billing.first_name.strip(), billing.last_name.strip()) if part)
    customer = Customer(name=name, email=email, phone=phone)
    same = isinstance(raw_billing, dict) and has_shipping and _same_place(billing, shipping, email, phone)
    return customer, Address() if same else billing, shipping, same


def _same_place(billing: Address, shipping: Address, email: str, phone: str) -> bool:
    """True when writing ``shipping`` as both addresses gives the body's billing address back."""
    place = billing.model_dump(exclude=set(_CONTACT)) == shipping.model_dump(exclude=set(_CONTACT))
    return place and shipping.email in ("", email) and shipping.phone in ("", phone)


def _read_address(raw: Mapping[str, Any], carry: dict[str, Any]) -> Address:
    values = {draft_key: take(raw, body_key, TEXT, carry) for body_key, draft_key in ADDRESS_TEXT}
    country = read_country(raw)
    spelled = {key: raw[key] for key in COUNTRY_KEYS if key in raw}
    if spelled != write_country(country):
        carry.update(spelled)
    values["country"] = country
    values["email"] = take(raw, "email", TEXT, carry)
    values["phone"] = take(raw, "phone", TEXT, carry)
    carry.update((key, value) for key, value in raw.items() if key not in _ADDRESS_KEYS)
    return Address(**values)


def _read_products(body: Mapping[str, Any], carry: dict[str, Any]) -> list[Line]:
    raw = body.get("products")
    if isinstance(raw, list) and raw and all(isinstance(item, dict) for item in raw):
        return [_read_product(item) for item in raw]
    if "products" in body:
        carry["products"] = raw
    return []


def _read_product(item: Mapping[str, Any]) -> Line:
    carry: dict[str, Any] = {}
    catalog = "product_id" in item
    name = take(item, "name", TEXT, carry)
    quantity = take(item, "quantity", QUANTITY, carry)
    unit_price = take(item, "price_inc_tax", MONEY, carry)
    _keep_ex_tax(item, "price", carry)
    sku = "" if catalog else take(item, "sku", TEXT, carry)
    ean = take(item, "upc", TEXT, carry)
    modelled = _CATALOG_KEYS if catalog else _CUSTOM_KEYS
    carry.update((key, value) for key, value in item.items() if key not in modelled)
    return Line(
        name=name,
        quantity=quantity,
        unit_price=unit_price,
        sku=sku,
        ean=ean,
        carry={NAME: carry} if carry else {},
    )
