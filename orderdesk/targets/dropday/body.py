"""The Dropday "Create an order" request body (``POST /api/v1/orders``), as documented.

Written from the create-order page and the fuller orders reference, which adds the optional
``shipping`` object and ``products.*.purchase_price``. A field the docs do not mark optional
is required. Dropday answers a missing one with a 422 "The ... field is required."; that
rule also refuses an empty text, so a required text must not be empty. Optional fields may
be left out or sent as ``null``. Dropday documents no lengths. ``shipping_cost`` stays
required as on the create-order page: the newer reference drops it from its table but its
own example still sends it beside ``shipping.cost``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError, core_schema

from orderdesk.targets.wire import (
    TOO_LARGE,
    AnyJson,
    Bool,
    NonEmptyText,
    Number,
    NumberOrText,
    OneOf,
    Text,
    WireModel,
)

_DAY_MONTH_YEAR = re.compile(r"([0-9]{2})-([0-9]{2})-([0-9]{4})")

Ean13 = Annotated[
    int | str,
    OneOf(
        "ean_type",
        "Must be a number (digits only)",
        core_schema.str_schema(strict=True, pattern=r"^[0-9]+$"),
        core_schema.int_schema(strict=True, ge=0),
    ),
    OneOf(
        "too_large",
        "Too large",
        core_schema.str_schema(strict=True),
        core_schema.int_schema(strict=True, lt=int(TOO_LARGE)),
        after=True,
    ),
]
"""Documented as Number, but the doc's own example sends digits as text ("87235211235464",
14 digits): both are accepted. Length and check digit are only plausibility (``rules``),
since the example itself fails them."""


def _day_month_year(value: str) -> str:
    match = _DAY_MONTH_YEAR.fullmatch(value)
    try:
        if match is None:
            raise ValueError(value)
        date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        raise PydanticCustomError("date_dd_mm_yyyy", "A date as DD-MM-YYYY (07-11-2025)") from None
    return value


DeliveryDate = Annotated[str, Field(strict=True), AfterValidator(_day_month_year)]
"""The documented ``DD-MM-YYYY``, a real calendar date."""


class Shipping(WireModel):
    """The newer, optional shipping details; every part is optional."""

    name: Text | None = None
    description: Text | None = None
    cost: Number | None = None
    note: Text | None = None
    delivery_date: DeliveryDate | None = None


class ShippingAddress(WireModel):
    """Where the order goes. ``phone`` is documented as Number; the example sends text ("222 222")."""

    first_name: NonEmptyText
    last_name: NonEmptyText
    company_name: Text | None = None
    address1: NonEmptyText
    address2: Text | None = None
    postcode: NonEmptyText
    city: NonEmptyText
    state: Text | None = None
    country: NonEmptyText
    phone: NumberOrText | None = None


class Product(WireModel):
    """One product line; ``custom`` takes any key-value pairs."""

    external_id: NonEmptyText
    ean13: Ean13 | None = None
    name: NonEmptyText
    reference: Text | None = None
    quantity: Number
    stock_quantity: Number | None = None
    price: Number
    purchase_price: Number | None = None
    image_url: Text | None = None
    brand: Text | None = None
    category: Text | None = None
    supplier: Text | None = None
    custom: dict[str, AnyJson] | None = None


class Order(WireModel):
    """The whole request body of one order."""

    external_id: NonEmptyText
    source: NonEmptyText
    test: Bool | None = None
    total: Number
    shipping_cost: Number
    shipping: Shipping | None = None
    email: Text | None = None
    shipping_address: ShippingAddress
    products: list[Product]
