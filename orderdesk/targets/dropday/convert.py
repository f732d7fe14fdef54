"""OrderDraft <-> Dropday body.

The receiver's e-mail and phone are the shipping address's own when typed there, else the
customer's. The total is the one an import stated, else the lines plus shipping; an imported
total that is no number stays in ``carry`` but the computed one is sent, as no input could
correct it. ``notes`` is the delivery note (``shipping.note``). ``ean13`` and ``phone`` go
out as text, as in the doc's own example; a number there is read as its digits.

``shipping.cost`` repeats ``shipping_cost`` in the newer API. It is sent only when the
imported body had it, and then follows the draft's shipping cost, so both stay equal after
an edit; a body that gave two different costs goes back out with ``shipping_cost``'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation, Overflow, localcontext
from typing import Any

from orderdesk.core.order import Address, Line, OrderDraft
from orderdesk.targets.carry import (
    keep_rest,
    merge,
    put,
    read_number,
    read_object,
    read_objects,
    read_text,
)
from orderdesk.targets.dropday.extras import SHIPPING_EXTRAS, TARGET_NAME
from orderdesk.targets.numbers import whole_if_integral

ADDRESS_FIELDS: dict[str, str] = {
    "first_name": "first_name",
    "last_name": "last_name",
    "company_name": "company",
    "address1": "address1",
    "address2": "address2",
    "postcode": "postcode",
    "city": "city",
    "state": "state",
    "country": "country",
}
"""``shipping_address`` text field -> draft ``Address`` field (``phone`` is handled apart)."""

PRODUCT_TEXTS: dict[str, str] = {
    "external_id": "external_id",
    "name": "name",
    "reference": "sku",
    "image_url": "image_url",
    "brand": "brand",
    "category": "category",
    "supplier": "supplier",
}
"""Product text field -> draft ``Line`` field."""

_ORDER_KEYS = frozenset(
    {"external_id", "source", "test", "total", "shipping_cost", "shipping", "email", "shipping_address", "products"}
)
_SHIPPING_KEYS = frozenset({*SHIPPING_EXTRAS, "note", "cost"})
_ADDRESS_KEYS = frozenset({*ADDRESS_FIELDS, "phone"})
_PRODUCT_KEYS = frozenset({*PRODUCT_TEXTS, "ean13", "quantity", "price", "custom"})


def from_draft(draft: OrderDraft) -> dict[str, Any]:
    """The Dropday body for ``draft``, with everything an import carried put back."""
    carried = draft.carry.get(TARGET_NAME, {})
    body: dict[str, Any] = {}
    put(body, "external_id", draft.external_id)
    put(body, "source", draft.source)
    if draft.test:
        body["test"] = True
    body["total"] = _total(draft)
    put(body, "shipping_cost", draft.shipping_cost)
    shipping = _shipping_details(draft, carried.get("shipping"))
    if shipping:
        body["shipping"] = shipping
    put(body, "email", draft.shipping.email or draft.customer.email)
    address = _shipping_address(draft)
    if address:
        body["shipping_address"] = address
    if draft.lines:
        body["products"] = [_product(line) for line in draft.lines]
    return merge(body, carried)


def to_draft(body: Mapping[str, Any]) -> OrderDraft:
    """A draft holding everything ``body`` says; never raises, whatever the values are."""
    carried: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    external_id = read_text(body, "external_id", carried)
    source = read_text(body, "source", carried)
    test = _read_test(body, carried)
    stated_total = read_number(body, "total", carried)
    shipping_cost = read_number(body, "shipping_cost", carried)
    details = read_object(body, "shipping", carried)
    notes = _read_shipping_details(details, extras, carried) if details is not None else ""
    email = read_text(body, "email", carried)
    address = read_object(body, "shipping_address", carried)
    shipping = _read_address(address, carried) if address is not None else Address()
    lines = [_read_product(product) for product in read_objects(body, "products", carried)]
    keep_rest(body, _ORDER_KEYS, carried)
    return OrderDraft(
        external_id=external_id,
        source=source,
        test=test,
        customer={"email": email},
        shipping=shipping,
        lines=lines,
        shipping_cost=shipping_cost,
        stated_total=stated_total,
        notes=notes,
        extras={TARGET_NAME: extras} if extras else {},
        carry={TARGET_NAME: carried} if carried else {},
    )


def _total(draft: OrderDraft) -> Decimal:
    # An imported body may hold numbers up to 1E+999999, whose product overflows: the body then
    # says Infinity, which validation reports, rather than the conversion raising.
    with localcontext() as context:
        context.traps[Overflow] = context.traps[InvalidOperation] = False
        return draft.total


def _shipping_details(draft: OrderDraft, carried: Any) -> dict[str, Any]:
    details: dict[str, Any] = {}
    put(details, "name", draft.extra(TARGET_NAME, SHIPPING_EXTRAS["name"]))
    put(details, "description", draft.extra(TARGET_NAME, SHIPPING_EXTRAS["description"]))
    if isinstance(carried, Mapping) and "cost" in carried:
        put(details, "cost", draft.shipping_cost)
    put(details, "note", draft.notes)
    put(details, "delivery_date", draft.extra(TARGET_NAME, SHIPPING_EXTRAS["delivery_date"]))
    return details


def _shipping_address(draft: OrderDraft) -> dict[str, Any]:
    address: dict[str, Any] = {}
    for wire, name in ADDRESS_FIELDS.items():
        put(address, wire, getattr(draft.shipping, name))
    put(address, "phone", draft.shipping.phone or draft.customer.phone)
    return address


def _product(line: Line) -> dict[str, Any]:
    # Spelled out field by field rather than looped: from_draft runs on every keystroke.
    product: dict[str, Any] = {}
    if line.external_id:
        product["external_id"] = line.external_id
    if line.ean:
        product["ean13"] = line.ean
    if line.name:
        product["name"] = line.name
    if line.sku:
        product["reference"] = line.sku
    if line.quantity is not None:
        product["quantity"] = whole_if_integral(line.quantity)
    if line.unit_price is not None:
        product["price"] = line.unit_price
    if line.image_url:
        product["image_url"] = line.image_url
    if line.brand:
        product["brand"] = line.brand
    if line.category:
        product["category"] = line.category
    if line.supplier:
        product["supplier"] = line.supplier
    if line.custom:
        product["custom"] = dict(line.custom)
    carried = line.carry.get(TARGET_NAME)
    return merge(product, carried) if carried else product


def _read_test(body: Mapping[str, Any], carried: dict[str, Any]) -> bool:
    # Only true fits the draft; a false (or anything else) is carried so it goes back out as it came.
    if "test" not in body:
        return False
    if body["test"] is True:
        return True
    carried["test"] = body["test"]
    return False


def _read_shipping_details(details: Mapping[str, Any], extras: dict[str, Any], carried: dict[str, Any]) -> str:
    kept: dict[str, Any] = {}
    for wire, key in SHIPPING_EXTRAS.items():
        put(extras, key, read_text(details, wire, kept))
    note = read_text(details, "note", kept)
    if "cost" in details:
        kept["cost"] = details["cost"]  # its presence decides whether from_draft sends shipping.cost
    keep_rest(details, _SHIPPING_KEYS, kept)
    if kept or not details:
        carried["shipping"] = kept
    return note


def _read_address(address: Mapping[str, Any], carried: dict[str, Any]) -> Address:
    kept: dict[str, Any] = {}
    fields = {name: read_text(address, wire, kept) for wire, name in ADDRESS_FIELDS.items()}
    fields["phone"] = _read_digits_or_text(address, "phone", kept)
    keep_rest(address, _ADDRESS_KEYS, kept)
    if kept or not address:
        carried["shipping_address"] = kept
    return Address(**fields)


def _read_product(product: Mapping[str, Any]) -> Line:
    kept: dict[str, Any] = {}
    fields: dict[str, Any] = {name: read_text(product, wire, kept) for wire, name in PRODUCT_TEXTS.items()}
    fields["ean"] = _read_digits_or_text(product, "ean13", kept)
    fields["quantity"] = read_number(product, "quantity", kept)
    fields["unit_price"] = read_number(product, "price", kept)
    fields["custom"] = _read_custom(product, kept)
    keep_rest(product, _PRODUCT_KEYS, kept)
    return Line(**fields, carry={TARGET_NAME: kept} if kept else {})


def _read_digits_or_text(source: Mapping[str, Any], key: str, carried: dict[str, Any]) -> str:
    value = source.get(key)
    if type(value) is int and value.bit_length() <= 64:  # str() refuses integers over 4300 digits
        return str(value)
    return read_text(source, key, carried)


def _read_custom(product: Mapping[str, Any], carried: dict[str, Any]) -> dict[str, str]:
    custom = read_object(product, "custom", carried)
    if custom is None:
        return {}
    texts = {key: value for key, value in custom.items() if isinstance(key, str) and isinstance(value, str)}
    others = {key: value for key, value in custom.items() if key not in texts}
    if others or not custom:
        carried["custom"] = others
    return texts
