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
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, Field, GetCoreSchemaHandler, StringConstraints
from pydantic_core import PydanticCustomError, core_schema

from orderdesk.targets.wire import Bool, Text, WireModel

RequiredText = Annotated[str, StringConstraints(strict=True, min_length=1)]

_DAY_MONTH_YEAR = re.compile(r"([0-9]{2})-([0-9]{2})-([0-9]{4})")


class _OneOf:
    """Type metadata: a value matching any of ``choices``, else one plain-words error.

    The check runs inside pydantic-core with no Python call per value: a 500-line order has
    over a thousand numbers, and ``wire.Number``'s Python validator costs about four times
    as much per value.
    """

    def __init__(self, error_type: str, message: str, *choices: core_schema.CoreSchema) -> None:
        self._error_type, self._message, self._choices = error_type, message, list(choices)

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.union_schema(
            self._choices, custom_error_type=self._error_type, custom_error_message=self._message
        )


_NUMBERS = (
    core_schema.int_schema(strict=True),
    core_schema.decimal_schema(strict=True, allow_inf_nan=False),
    core_schema.float_schema(strict=True, allow_inf_nan=False),
)

JsonNumber = Annotated[Decimal, _OneOf("number_type", "Must be a number", *_NUMBERS)]
"""A finite JSON number; text, booleans and null are errors (as ``wire.Number``)."""
Ean13 = Annotated[
    int | str,
    _OneOf(
        "ean_type",
        "Must be a number (digits only)",
        core_schema.str_schema(strict=True, pattern=r"^[0-9]+$"),
        core_schema.int_schema(strict=True, ge=0),
    ),
]
"""Documented as Number, but the doc's own example sends digits as text ("87235211235464",
14 digits): both are accepted. Length and check digit are only plausibility (``rules``),
since the example itself fails them."""
NumberOrText = Annotated[
    Decimal | str,
    _OneOf("number_or_text_type", "Must be a number or text", core_schema.str_schema(strict=True), *_NUMBERS),
]
"""Documented as Number, sent as text in the doc's own example ("222 222"): the phone."""


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
    cost: JsonNumber | None = None
    note: Text | None = None
    delivery_date: DeliveryDate | None = None


class ShippingAddress(WireModel):
    """Where the order goes. ``phone`` is documented as Number; the example sends text."""

    first_name: RequiredText
    last_name: RequiredText
    company_name: Text | None = None
    address1: RequiredText
    address2: Text | None = None
    postcode: RequiredText
    city: RequiredText
    state: Text | None = None
    country: RequiredText
    phone: NumberOrText | None = None


class Product(WireModel):
    """One product line; ``custom`` takes any key-value pairs."""

    external_id: RequiredText
    ean13: Ean13 | None = None
    name: RequiredText
    reference: Text | None = None
    quantity: JsonNumber
    stock_quantity: JsonNumber | None = None
    price: JsonNumber
    purchase_price: JsonNumber | None = None
    image_url: Text | None = None
    brand: Text | None = None
    category: Text | None = None
    supplier: Text | None = None
    custom: dict[str, Any] | None = None


class Order(WireModel):
    """The whole request body of one order."""

    external_id: RequiredText
    source: RequiredText
    test: Bool | None = None
    total: JsonNumber
    shipping_cost: JsonNumber
    shipping: Shipping | None = None
    email: Text | None = None
    shipping_address: ShippingAddress
    products: list[Product]
