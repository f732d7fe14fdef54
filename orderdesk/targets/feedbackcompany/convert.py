"""OrderDraft <-> Feedback Company body.

The review invitation goes to ``customer.email`` and greets ``customer.name``, or the
shipping name when the customer's is empty (an import always fills ``customer.name`` from
``fullname``, so this never changes an imported body). The invitation and the filter code
come from the extras. Products carry no quantity or price: only what a review needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orderdesk.core.order import Line, OrderDraft
from orderdesk.targets.carry import (
    keep_rest,
    merge,
    put,
    read_int,
    read_object,
    read_objects,
    read_text,
)
from orderdesk.targets.feedbackcompany.extras import DELAY_KEYS, TARGET_NAME

PRODUCT_TEXTS: dict[str, str] = {
    "external_id": "external_id",
    "sku": "sku",
    "gtin": "ean",
    "name": "name",
    "url": "url",
    "image_url": "image_url",
}
"""Product field -> draft ``Line`` field, in the order of the doc's example."""

_ORDER_KEYS = frozenset({"external_id", "customer", "invitation", "products", "filtercode"})
_CUSTOMER_KEYS = frozenset({"email", "fullname"})
_DELAY_KEYS = frozenset({"unit", "amount"})


def from_draft(draft: OrderDraft) -> dict[str, Any]:
    """The Feedback Company body for ``draft``, with everything an import carried put back."""
    body: dict[str, Any] = {}
    put(body, "external_id", draft.external_id)
    customer: dict[str, Any] = {}
    put(customer, "email", draft.customer.email)
    put(customer, "fullname", draft.customer.name or _shipping_name(draft))
    if customer:
        body["customer"] = customer
    invitation = _invitation(draft)
    if invitation:
        body["invitation"] = invitation
    if draft.lines:
        body["products"] = [_product(line) for line in draft.lines]
    put(body, "filtercode", draft.extra(TARGET_NAME, "filtercode"))
    return merge(body, draft.carry.get(TARGET_NAME, {}))


def to_draft(body: Mapping[str, Any]) -> OrderDraft:
    """A draft holding everything ``body`` says; never raises, whatever the values are."""
    carried: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    external_id = read_text(body, "external_id", carried)
    customer = read_object(body, "customer", carried)
    email, name = _read_customer(customer, carried) if customer is not None else ("", "")
    invitation = read_object(body, "invitation", carried)
    if invitation is not None:
        _read_invitation(invitation, extras, carried)
    lines = [_read_product(product) for product in read_objects(body, "products", carried)]
    put(extras, "filtercode", read_text(body, "filtercode", carried))
    keep_rest(body, _ORDER_KEYS, carried)
    return OrderDraft(
        external_id=external_id,
        customer={"email": email, "name": name},
        lines=lines,
        extras={TARGET_NAME: extras} if extras else {},
        carry={TARGET_NAME: carried} if carried else {},
    )


def _shipping_name(draft: OrderDraft) -> str:
    return " ".join(part for part in (draft.shipping.first_name, draft.shipping.last_name) if part)


def _invitation(draft: OrderDraft) -> dict[str, Any]:
    invitation: dict[str, Any] = {}
    for part, (unit_key, amount_key) in DELAY_KEYS.items():
        delay: dict[str, Any] = {}
        put(delay, "unit", draft.extra(TARGET_NAME, unit_key))
        put(delay, "amount", draft.extra(TARGET_NAME, amount_key))
        if delay:
            invitation[part] = delay
    return invitation


def _product(line: Line) -> dict[str, Any]:
    # Spelled out field by field rather than looped: from_draft runs on every keystroke.
    product: dict[str, Any] = {}
    if line.external_id:
        product["external_id"] = line.external_id
    if line.sku:
        product["sku"] = line.sku
    if line.ean:
        product["gtin"] = line.ean
    if line.name:
        product["name"] = line.name
    if line.url:
        product["url"] = line.url
    if line.image_url:
        product["image_url"] = line.image_url
    carried = line.carry.get(TARGET_NAME)
    return merge(product, carried) if carried else product


def _read_customer(customer: Mapping[str, Any], carried: dict[str, Any]) -> tuple[str, str]:
    kept: dict[str, Any] = {}
    email = read_text(customer, "email", kept)
    name = read_text(customer, "fullname", kept)
    keep_rest(customer, _CUSTOMER_KEYS, kept)
    if kept or not customer:
        carried["customer"] = kept
    return email, name


def _read_invitation(invitation: Mapping[str, Any], extras: dict[str, Any], carried: dict[str, Any]) -> None:
    kept: dict[str, Any] = {}
    for part, (unit_key, amount_key) in DELAY_KEYS.items():
        delay = read_object(invitation, part, kept)
        if delay is None:
            continue
        kept_delay: dict[str, Any] = {}
        put(extras, unit_key, read_text(delay, "unit", kept_delay))
        put(extras, amount_key, read_int(delay, "amount", kept_delay))
        keep_rest(delay, _DELAY_KEYS, kept_delay)
        if kept_delay or not delay:
            kept[part] = kept_delay
    keep_rest(invitation, DELAY_KEYS, kept)
    if kept or not invitation:
        carried["invitation"] = kept


def _read_product(product: Mapping[str, Any]) -> Line:
    kept: dict[str, Any] = {}
    fields = {name: read_text(product, wire, kept) for wire, name in PRODUCT_TEXTS.items()}
    keep_rest(product, PRODUCT_TEXTS, kept)
    return Line(**fields, carry={TARGET_NAME: kept} if kept else {})
