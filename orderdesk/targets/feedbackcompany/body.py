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

import re
from functools import lru_cache
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, StringConstraints
from pydantic_core import PydanticCustomError

from orderdesk import checks
from orderdesk.targets.wire import NonNegativeInt, WireModel

Unit = Literal["minutes", "hours", "days", "weekdays"]
UNITS: tuple[str, ...] = get_args(Unit)
"""The documented units of an invitation delay."""

_THIRTEEN_DIGITS = re.compile(r"[0-9]{13}")
_is_url = lru_cache(maxsize=8192)(checks.is_http_url)  # the same URLs come back on every keystroke


def _email(value: str) -> str:
    if not checks.is_email(value):
        raise PydanticCustomError("email", "Not a valid e-mail address")
    return value


def _url(value: str) -> str:
    if not _is_url(value):
        raise PydanticCustomError("url", "Not a valid URL (http:// or https://)")
    return value


def _gtin13(value: str) -> str:
    if not _THIRTEEN_DIGITS.fullmatch(value):
        raise PydanticCustomError("gtin13", "A GTIN-13 code: exactly 13 digits")
    return value


Text250 = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=250)]
"""The documented "non-empty string, max 250 characters"."""
Email250 = Annotated[str, StringConstraints(strict=True, max_length=250), AfterValidator(_email)]
Url2000 = Annotated[str, StringConstraints(strict=True, max_length=2000), AfterValidator(_url)]
Gtin13 = Annotated[str, StringConstraints(strict=True), AfterValidator(_gtin13)]
Filtercode = Annotated[str, StringConstraints(strict=True, max_length=250)]
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
