"""The Feedback Company "Create order" request body (``POST /api/v2/orders``), as documented.

Every "Required: Yes" is required and every "Required: No" optional; "a non-empty string,
max 250 characters" and the other stated formats and lengths are errors. Optional fields
may be left out or sent as ``null``. The "reminder at least 24 hours after the delay" rule
spans two fields and lives in ``rules``.

One deviation, because the doc's own example would fail it: a ``gtin`` must be 13 digits
(an error), but a wrong check digit is only a warning (``rules``). The example's
``0075678164124`` has the check digit 4 where GS1 computes 5.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic_core import core_schema

from orderdesk.targets.wire import (
    IS_EMAIL,
    IS_URL,
    NonNegativeInt,
    OneOf,
    WireModel,
    length,
)

Unit = Literal["minutes", "hours", "days", "weekdays"]
UNITS: tuple[str, ...] = get_args(Unit)
"""The documented units of an invitation delay."""


Text250 = Annotated[str, length(min_length=1, max_length=250)]
"""The documented "non-empty string, max 250 characters"."""
Email250 = Annotated[str, length(max_length=250), IS_EMAIL]
Url2000 = Annotated[str, length(max_length=2000), IS_URL]
Gtin13 = Annotated[
    str,
    length(),
    OneOf("gtin13", "A GTIN-13 code: exactly 13 digits", core_schema.str_schema(pattern=r"^[0-9]{13}$"), after=True),
]
Filtercode = Annotated[str, length(max_length=250)]
"""The documented "optional string, max 250 characters": may be empty."""


class Customer(WireModel):
    """Who receives the review invitation."""

    email: Email250
    fullname: Text250 | None = None


class InvitationDelay(WireModel):
    """When an e-mail is sent, counted from the moment the order is created."""

    unit: Unit
    amount: NonNegativeInt


class Invitation(WireModel):
    """The review invitation, and optionally a reminder."""

    delay: InvitationDelay
    reminder: InvitationDelay | None = None


class Product(WireModel):
    """One product the customer may review."""

    external_id: Text250
    name: Text250
    url: Url2000
    sku: Text250 | None = None
    gtin: Gtin13 | None = None
    image_url: Url2000 | None = None


class Order(WireModel):
    """The whole request body of one order."""

    external_id: Text250
    customer: Customer
    invitation: Invitation | None = None
    products: list[Product] | None = None
    filtercode: Filtercode | None = None
