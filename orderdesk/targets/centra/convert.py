"""One Centra order body <-> ``OrderDraft``, losing nothing in either direction.

Body -> draft puts every value the draft can hold where the form shows it, and the
settings of ``extras`` into ``draft.extras["centra"]`` (a wrong-typed one too, so the person
sees it in that input; only a yes/no choice holds nothing but a boolean). Everything else is
carried verbatim: order-level fields (``payment``, ``voucherCodes``...) and the leftovers of
an address object (``cell``, ``attn``) in ``draft.carry["centra"]`` under their body keys, a
product's (``id``, ``originalPrice``, the rest of ``itemText``...) in ``line.carry["centra"]``.
A wrong-typed value, and empty text (which the draft cannot tell from "not given"), is
carried too, so the body comes back exactly.

Draft -> body sends what was typed, leaves out what was not, and adds the carried fields the
draft did not produce. Addresses:

* "billing same as shipping" is Centra's single ``address`` object, two different addresses
  are ``invoiceAddress`` and ``deliveryAddress``; so a body with ``address`` comes back with
  ``address`` and one with both objects comes back with both.
* The invoice side (``invoiceAddress``, or ``address``) is the customer: its ``email``,
  ``tele`` and names fall back to ``customer.email``, ``customer.phone`` and
  ``customer.name``, and reading a body fills the customer from it. The delivery side only
  ever holds what the shipping address itself says, as in Centra's example, whose
  ``deliveryAddress`` has no e-mail.

One body does not come back as it was: ``address`` sent beside the two objects (which
Centra's rules warn about) holding only leftovers such as ``cell``; they join the two objects,
as when "same as shipping" is switched off.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.carry import is_object_list, merge
from orderdesk.targets.centra.body import ADDRESS_KEYS
from orderdesk.targets.centra.extras import EXTRA_KEYS, TARGET_NAME, from_wire, to_wire
from orderdesk.targets.centra.paths import ADDRESS_FIELDS
from orderdesk.targets.numbers import as_decimal, whole_if_integral

_ROUTES: dict[str, tuple[str, ...]] = {
    "address": ("invoiceAddress", "deliveryAddress"),
    "invoiceAddress": ("address",),
    "deliveryAddress": ("address",),
}
"""Where carried address fields go when the draft now produces the other address form."""


def from_draft(draft: OrderDraft) -> dict[str, Any]:
    """The body of ``POST <base>/order`` for ``draft``; nothing empty is sent, nothing invented."""
    carry = draft.carry.get(TARGET_NAME, {})
    body: dict[str, Any] = _addresses(draft)
    if draft.lines:
        body["products"] = [_product(line) for line in draft.lines]
    if draft.shipping_cost is not None:
        body["shippingValue"] = draft.shipping_cost
    if draft.notes:
        body["comment"] = draft.notes
    settings = draft.extras.get(TARGET_NAME, {})
    for key in EXTRA_KEYS:
        value = to_wire(key, settings.get(key))
        if value is not None and value != "":
            body[key] = value
    built = tuple(key for key in ADDRESS_KEYS if key in body)
    for key, value in carry.items():
        if not _route_address(body, built, key, value):
            merge(body, {key: value})
    return body


def to_draft(body: Mapping[str, Any]) -> OrderDraft:
    """A draft holding everything ``body`` says; never raises, whatever the dict holds."""
    carry: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    customer = Customer()
    shipping, billing = Address(), Address()
    lines: list[Line] = []
    shipping_cost: Decimal | None = None
    notes = ""
    same_as_shipping = not any(key in body for key in ("invoiceAddress", "deliveryAddress"))
    for key, value in body.items():
        if key == "address":
            if same_as_shipping:
                shipping = _invoice_side(value, customer, carry, key)
            else:
                carry[key] = value
        elif key == "invoiceAddress":
            billing = _invoice_side(value, customer, carry, key)
        elif key == "deliveryAddress":
            shipping = Address(**_read_address(value, carry, key))
        elif key == "products" and is_object_list(value):
            lines = [_line(product) for product in value]
        elif key == "shippingValue" and (amount := as_decimal(value)) is not None:
            shipping_cost = amount
        elif key == "comment" and isinstance(value, str) and value:
            notes = value
        elif key in EXTRA_KEYS and (setting := from_wire(key, value)) is not None:
            extras[key] = setting
        else:
            carry[str(key)] = value
    return OrderDraft(
        customer=customer,
        shipping=shipping,
        billing_same_as_shipping=same_as_shipping,
        billing=billing,
        lines=lines,
        shipping_cost=shipping_cost,
        notes=notes,
        extras={TARGET_NAME: extras} if extras else {},
        carry={TARGET_NAME: carry} if carry else {},
    )


def _addresses(draft: OrderDraft) -> dict[str, Any]:
    customer = draft.customer
    if draft.billing_same_as_shipping:
        single = _invoice_body(draft.shipping, customer)
        return {"address": single} if single else {}
    found: dict[str, Any] = {}
    invoice = _invoice_body(draft.billing, customer)
    if invoice:
        found["invoiceAddress"] = invoice
    delivery = _address_body(draft.shipping)
    if delivery:
        found["deliveryAddress"] = delivery
    return found


def _address_body(address: Address) -> dict[str, str]:
    values = ((field, getattr(address, name)) for field, name in ADDRESS_FIELDS.items())
    return {field: value for field, value in values if value}


def _invoice_body(address: Address, customer: Customer) -> dict[str, str]:
    """The invoice side: the customer's e-mail, phone and name stand in for empty fields."""
    found = _address_body(address)
    if not address.first_name and not address.last_name and customer.name.strip():
        first, _, last = customer.name.strip().partition(" ")
        found["firstName"] = first
        if last.strip():
            found["lastName"] = last.strip()
    if not address.phone and customer.phone:
        found["tele"] = customer.phone
    if not address.email and customer.email:
        found["email"] = customer.email
    return found


def _product(line: Line) -> dict[str, Any]:
    product: dict[str, Any] = {}
    quantity = line.quantity
    if quantity is not None:
        product["qty"] = whole_if_integral(quantity)
    if line.ean:
        product["ean"] = line.ean
    if line.sku:
        product["sku"] = line.sku
    if line.unit_price is not None:
        product["unitPrice"] = line.unit_price
    if line.name or line.brand:
        item_text = {"product": line.name} if line.name else {}
        if line.brand:
            item_text["brand"] = line.brand
        product["itemText"] = item_text
    carried = line.carry.get(TARGET_NAME)
    if carried:
        merge(product, carried)
    return product


def _route_address(body: dict[str, Any], built: tuple[str, ...], key: str, carried: Any) -> bool:
    """Put a carried address's leftovers into the other address form the draft built; True when done.

    This keeps ``cell`` or ``attn`` when "billing same as shipping" was switched after
    reading a body. Only leftovers the draft does not model move, and only into objects the
    draft built: a whole carried object stays under its own key.
    """
    if key in built or key not in _ROUTES or not isinstance(carried, Mapping) or not carried:
        return False
    if any(field in ADDRESS_FIELDS for field in carried):
        return False
    targets = [other for other in _ROUTES[key] if other in built]
    for other in targets:
        merge(body[other], carried)
    return bool(targets)


def _read_address(value: Any, carry: dict[str, Any], key: str) -> dict[str, str]:
    """The draft fields of one address object; every other value goes to ``carry[key]``."""
    if not isinstance(value, Mapping):
        carry[key] = value
        return {}
    found: dict[str, str] = {}
    rest: dict[str, Any] = {}
    for field, item in value.items():
        name = ADDRESS_FIELDS.get(field) if isinstance(field, str) else None
        if name is not None and isinstance(item, str) and item:
            found[name] = item
        else:
            rest[str(field)] = item
    if rest or not found:
        carry[key] = rest
    return found


def _invoice_side(value: Any, customer: Customer, carry: dict[str, Any], key: str) -> Address:
    """The invoice address; its e-mail is the customer's, its phone and names describe them too."""
    found = _read_address(value, carry, key)
    email = found.pop("email", "")
    if email:
        customer.email = email
    customer.phone = found.get("phone", customer.phone)
    name = " ".join(part for part in (found.get("first_name", ""), found.get("last_name", "")) if part)
    customer.name = name or customer.name
    return Address(**found)


def _line(product: Mapping[str, Any]) -> Line:
    line = Line()
    rest: dict[str, Any] = {}
    for key, value in product.items():
        if key == "qty" and (amount := as_decimal(value)) is not None:
            line.quantity = amount
        elif key == "unitPrice" and (amount := as_decimal(value)) is not None:
            line.unit_price = amount
        elif key in ("ean", "sku") and isinstance(value, str) and value:
            setattr(line, key, value)
        elif key == "itemText" and isinstance(value, Mapping):
            leftover = _read_item_text(value, line)
            if leftover is not None:
                rest[key] = leftover
        else:
            rest[str(key)] = value
    if rest:
        line.carry = {TARGET_NAME: rest}
    return line


def _read_item_text(item_text: Mapping[str, Any], line: Line) -> dict[str, Any] | None:
    """Take ``product`` and ``brand`` into the line; the rest of ``itemText``, or ``None`` when nothing is left."""
    rest: dict[str, Any] = {}
    taken = False
    for key, value in item_text.items():
        if key in ("product", "brand") and isinstance(value, str) and value:
            setattr(line, "name" if key == "product" else "brand", value)
            taken = True
        else:
            rest[str(key)] = value
    return rest if rest or not taken else None
