"""The body of one Centra ``POST <base>/order``, written from Centra's "Create order" reference.

Every documented parameter is a field, named as on the wire, so an error's location is the
body's own path. Required and optional follow the reference; the types are its own:
``int`` (a JSON whole number), ``boolean``, ``string``, ``decimal2 (0.00)`` (a number with at
most two decimals), ``date/datetime`` and an ISO alpha-2 ``country``.

An optional field defaults to ``None`` without allowing ``null``: a ``null`` sent for a
``string`` is not a string, so it is reported like any other wrong type.

Where the reference contradicts its own request example, the example wins (it is what
Centra's own documentation sends):

* ``email`` is marked required for every address object, yet the example's
  ``deliveryAddress`` has none. It is required on ``invoiceAddress`` and on ``address`` (which
  stands for both) and optional on ``deliveryAddress``: the customer's e-mail belongs to the
  invoice.
* ``products`` is typed ``object`` but the example sends an array: an array is expected.
* ``localizedProdSize`` is listed inside ``itemText`` but the example puts it on the product:
  both places are accepted.
* ``upc`` is not a parameter, yet the batch example sends it on a product (and Get orders
  returns it): it is accepted as text.
* ``payment.id`` has no required flag here (Complete order marks it required) and the text
  says what happens "if not used": it is optional, with a warning in ``rules``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from orderdesk.targets.wire import (
    AnyJson,
    Bool,
    Country,
    Decimal2,
    Int,
    NonNegativeDecimal2,
    Text,
    WireModel,
)


def optional() -> Any:
    """An optional field: absent is fine, ``null`` is validated like any other value."""
    return Field(default=None)


def parse_date(value: str) -> datetime | None:
    """``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM:SS`` (ISO 8601 variants too) as a datetime, else ``None``."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _date(value: str) -> str:
    if parse_date(value) is None:
        raise PydanticCustomError("centra_date", "Not a date (YYYY-MM-DD) or date and time (YYYY-MM-DD HH:MM:SS)")
    return value


def _payment_status(value: int) -> int:
    if value not in (0, 1, 2):
        raise PydanticCustomError("centra_payment_status", "Must be 0 (pending), 1 (success) or 2 (failed)")
    return value


DateText = Annotated[str, Field(strict=True), AfterValidator(_date)]
"""Centra's ``date/datetime``: text such as ``2019-01-01`` or ``2019-01-01 12:11:39``."""
PaymentStatus = Annotated[int, Field(strict=True), AfterValidator(_payment_status)]


class Address(WireModel):
    """The fields every address object shares; ``firstName``..``cell`` are B2C, ``attn`` is B2B."""

    firstName: Text = optional()
    lastName: Text = optional()
    tele: Text = optional()
    cell: Text = optional()
    attn: Text = optional()
    address: Text = optional()
    coaddress: Text = optional()
    city: Text = optional()
    zipcode: Text = optional()
    state: Text = optional()
    country: Country


class InvoiceAddress(Address):
    """``invoiceAddress``, and ``address`` (used when invoice and delivery are the same)."""

    email: Text


class DeliveryAddress(Address):
    """``deliveryAddress``: the reference's example sends it without ``email``."""

    email: Text = optional()


class CreatedFromOrigin(WireModel):
    """The internal Centra object (a return, order or plugin) the order was created from."""

    type: Literal["return", "order", "plugin"]
    id: Int


class LocalizedProdSize(WireModel):
    """A localized size and the name of its size chart."""

    localizedSize: Text = optional()
    localizationDefinitionName: Text = optional()


class ItemText(WireModel):
    """Product information columns, for products that are not (or no longer) in Centra."""

    sku: Text = optional()
    brand: Text = optional()
    product: Text = optional()
    variant: Text = optional()
    size: Text = optional()
    localizedProdSize: LocalizedProdSize = optional()


class Product(WireModel):
    """One product line; ``rules`` checks that ``id``, ``ean`` or ``sku`` is used."""

    qty: Int
    id: Int = optional()
    ean: Text = optional()
    sku: Text = optional()
    upc: Text = optional()
    unitPrice: Decimal2 = optional()
    originalPrice: Decimal2 = optional()
    comment: Text = optional()
    itemText: ItemText = optional()
    localizedProdSize: LocalizedProdSize = optional()


class PaymentStep(WireModel):
    """``payment.auth`` or ``payment.capture``: one step of a payment handled outside Centra."""

    response: Text = optional()
    status: PaymentStatus
    transaction: Text = optional()
    method: Text = optional()
    amount: Decimal2
    external_url: Text = optional()


class Payment(WireModel):
    """How the order was paid outside Centra."""

    id: Int = optional()
    auth: PaymentStep = optional()
    capture: PaymentStep = optional()


class Order(WireModel):
    """One order: the whole body of ``POST <base>/order``, one value of a batch."""

    invoiceAddress: InvoiceAddress = optional()
    deliveryAddress: DeliveryAddress = optional()
    address: InvoiceAddress = optional()
    pricelistId: Int = optional()
    pricelist: Text = optional()
    marketId: Int = optional()
    market: Text = optional()
    customerRegister: Bool = optional()
    customerId: Int = optional()
    customerSetNewPassword: Bool = optional()
    createdFromOrigin: CreatedFromOrigin = optional()
    extraAttributes: dict[str, AnyJson] = optional()
    accountId: Int = optional()
    buyerId: Int = optional()
    buyerName: Text = optional()
    deliveryWindow: Text = optional()
    products: list[Product] = Field(min_length=1)
    shippingList: Text = optional()
    shippingValue: Decimal2 = optional()
    voucherValue: NonNegativeDecimal2 = optional()  # "should be a positive value or zero"
    orderNumber: Int = optional()
    sendEmail: Bool = optional()
    adjustStock: Bool = optional()
    forceCreate: Bool = optional()
    comment: Text = optional()
    internalComment: Text = optional()
    poNumber: Text = optional()
    orderDate: DateText = optional()
    deliveryDate: DateText = optional()
    cancelDate: DateText = optional()
    warehouseGroup: Text = optional()
    createOnly: Bool = optional()
    internalOrder: Bool = optional()
    payment: Payment = optional()
    applyVouchers: Bool = optional()
    voucherCodes: list[Text] = optional()


ORDER_KEYS: frozenset[str] = frozenset(Order.model_fields)
"""The top-level parameters of one order; a batch's keys are none of these."""
ADDRESS_KEYS: tuple[str, ...] = ("address", "invoiceAddress", "deliveryAddress")
