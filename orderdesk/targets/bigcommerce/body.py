"""The documented ``POST /v2/orders`` request body as strict models.

Written from BigCommerce's OpenAPI file (``order_Post``: ``order_Shared`` plus billing and
shipping addresses, products, consignments and fees). Field names are the wire names, so
a validation error's location is the body's own dotted path.

Decisions where the documents disagree:
- The billing address fields of the guide's "minimum required fields" example are required
  (first_name, last_name, street_1, city, zip, email); the OpenAPI file itself marks only
  ``zip``. Country or ``country_iso2`` (either, says the guide's FAQ) and the custom product's
  name rules live in ``rules.py`` because they involve more than one field.
- Fields the OpenAPI file or the older reference call read-only are declared here so a body
  that sends them gets "Set by BigCommerce" instead of "Not a field of this API".
"""

from __future__ import annotations

import re
from decimal import Decimal
from email.utils import parsedate_tz
from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, PlainValidator, Tag
from pydantic_core import PydanticCustomError

from orderdesk.targets.wire import (
    Bool,
    Country,
    Int,
    NonEmptyText,
    NonNegativeNumber,
    Number,
    NumberOrText,
    Text,
    WireModel,
    is_too_large,
    length,
)

_DECIMAL_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_LOCALE = re.compile(r"[a-z]{2,3}|[a-z]{2}-(?:[A-Z]{2}|\d{3})")

ORDER_STATUSES: dict[int, str] = {
    0: "Incomplete",
    1: "Pending",
    2: "Shipped",
    3: "Partially Shipped",
    4: "Refunded",
    5: "Cancelled",
    6: "Declined",
    7: "Awaiting Payment",
    8: "Awaiting Pickup",
    9: "Awaiting Shipment",
    10: "Completed",
    11: "Awaiting Fulfillment",
    12: "Manual Verification Required",
    13: "Disputed",
    14: "Partially Refunded",
}
"""The documented order status ids and names ("Order Status Descriptions")."""


def decimal_of(value: Any) -> Decimal | None:
    """A finite number from a JSON number or a number written as text; ``None`` otherwise.

    BigCommerce documents most amounts as "(Float, Float-As-String, Integer)".
    """
    if type(value) is Decimal:  # the usual case first: rules and conversions read every line's amounts
        return value if value.is_finite() else None
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        if not _DECIMAL_TEXT.fullmatch(value):
            return None
        number = Decimal(value)
    elif isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | float):
        number = Decimal(str(value))
    else:
        return None
    return number if number.is_finite() else None


def _signed_amount(value: Any) -> Decimal:
    number = decimal_of(value)
    if number is None:
        raise PydanticCustomError("amount_type", "Must be a number (or a number written as text)")
    if is_too_large(number):
        raise PydanticCustomError("too_large", "Too large")
    return number


def _amount(value: Any) -> Decimal:
    number = _signed_amount(value)
    if number < 0:
        raise PydanticCustomError("non_negative", "Must not be negative")
    return number


def _status(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError("int_type", "Must be a whole number")
    if value not in ORDER_STATUSES:
        raise PydanticCustomError("status", "Not a BigCommerce order status (0 to 14)")
    return value


def _rfc2822(value: Any) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "Must be text")
    if parsedate_tz(value) is None:
        raise PydanticCustomError("date", "Not a date like Tue, 20 Nov 2012 00:00:00 +0000")
    return value


def _locale(value: Any) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "Must be text")
    if not _LOCALE.fullmatch(value):
        raise PydanticCustomError("locale", "Not a locale like en, en-US or es-419")
    return value


def _read_only(value: Any) -> Any:
    raise PydanticCustomError("read_only", "Set by BigCommerce: leave it out")


Amount = Annotated[Decimal, PlainValidator(_amount)]
"""Documented "(Float, Float-As-String, Integer)" and "can't be negative"."""
SignedAmount = Annotated[Decimal, PlainValidator(_signed_amount)]
"""Documented as a string or a number, with no sign rule (fees)."""
StatusId = Annotated[int, PlainValidator(_status)]
Rfc2822 = Annotated[str, PlainValidator(_rfc2822)]
Locale = Annotated[str, PlainValidator(_locale)]
ReadOnly = Annotated[Any, PlainValidator(_read_only)]
Zip = Annotated[str, length(min_length=2)]
ProductName = Annotated[str, length(min_length=1, max_length=250)]
Text30 = Annotated[str, length(max_length=30)]
Text39 = Annotated[str, length(max_length=39)]
Text50 = Annotated[str, length(max_length=50)]
Text125 = Annotated[str, length(max_length=125)]
Text250 = Annotated[str, length(max_length=250)]
Text255 = Annotated[str, length(max_length=255)]
Text65535 = Annotated[str, length(max_length=65535)]


class BillingAddress(WireModel):
    """``billingAddress_Base``, with the guide's minimum fields required."""

    first_name: NonEmptyText
    last_name: NonEmptyText
    company: Text = ""
    street_1: NonEmptyText
    street_2: Text = ""
    city: NonEmptyText
    state: Text = ""
    zip: Zip
    country: Text = ""
    country_iso2: Country = ""
    phone: Text = ""
    email: NonEmptyText


class ShippingAddress(WireModel):
    """``shippingAddress_Base`` plus ``shipping_method``; nothing is required."""

    first_name: Text = ""
    last_name: Text = ""
    company: Text = ""
    street_1: Text = ""
    street_2: Text = ""
    city: Text = ""
    state: Text = ""
    zip: Text = ""
    country: Text = ""
    country_iso2: Country = ""
    phone: Text = ""
    email: Text = ""
    shipping_method: Text = ""


class ProductOption(WireModel):
    """One ``product_options`` entry of a catalog product; empty names are invalid."""

    id: Int = 0
    value: Text = ""
    display_name: NonEmptyText = ""
    display_name_customer: NonEmptyText = ""
    display_name_merchant: NonEmptyText = ""
    display_value: NonEmptyText = ""
    display_value_customer: NonEmptyText = ""
    display_value_merchant: NonEmptyText = ""


class CatalogProduct(WireModel):
    """``orderCatalogProduct_Post``: a product of the store's catalog, named by ``product_id``."""

    product_id: Int
    name: NonEmptyText = ""
    name_customer: NonEmptyText = ""
    name_merchant: NonEmptyText = ""
    product_options: list[ProductOption] = Field(default_factory=list)
    quantity: Int = 0
    price_inc_tax: Number = Decimal(0)
    price_ex_tax: Number = Decimal(0)
    upc: Text = ""
    variant_id: Int = 0
    wrapping_id: Int = 0
    wrapping_name: Text = ""
    wrapping_message: Text = ""
    wrapping_cost_ex_tax: NonNegativeNumber = Decimal(0)
    wrapping_cost_inc_tax: NonNegativeNumber = Decimal(0)


class CustomProduct(WireModel):
    """``orderCustomProduct_Post``: a product that is not in the catalog."""

    name: ProductName = ""
    name_customer: NonEmptyText = ""
    name_merchant: NonEmptyText = ""
    quantity: Int
    price_inc_tax: Number
    price_ex_tax: Number
    upc: Text = ""
    sku: Text = ""


CATALOG_TAG = "product[catalog]"
CUSTOM_TAG = "product[custom]"


def _product_kind(value: Any) -> str:
    # The OpenAPI file says "anyOf"; ``product_id`` is what tells a catalog product apart.
    return CATALOG_TAG if isinstance(value, dict) and "product_id" in value else CUSTOM_TAG


Product = Annotated[
    Annotated[CatalogProduct, Tag(CATALOG_TAG)] | Annotated[CustomProduct, Tag(CUSTOM_TAG)],
    Discriminator(_product_kind),
]


class PickupLocation(WireModel):
    """``pickupConsignmentLocation_Base``."""

    name: Text255 = ""
    code: Text50 = ""
    address_line_1: Text255 = ""
    address_line_2: Text255 = ""
    city: Text255 = ""
    state: Text255 = ""
    postal_code: Text50 = ""
    country_alpha2: Country = ""
    email: Text255 = ""
    phone: Text125 = ""


class Pickup(WireModel):
    """``pickupConsignment_Post``: one pickup with its own line items."""

    pickup_method_id: Int
    pickup_method_display_name: Text250 = ""
    collection_instructions: Text = ""
    collection_time_description: Text250 = ""
    location: PickupLocation | None = None
    line_items: Annotated[list[Product], Field(min_length=1)]


class Consignments(WireModel):
    """``orderConsignment_Post``: the pickup alternative to products and shipping addresses."""

    pickups: Annotated[list[Pickup], Field(min_length=1)]


class Fee(WireModel):
    """``orderFees_Post``: an order-level fee.

    ``cost_exc_tax`` is not in the schema but is how BigCommerce's own "Create an order
    with fees" example spells ``cost_ex_tax``; it is accepted (with a warning) so the
    example validates.
    """

    type: Literal["custom_fee"] = "custom_fee"
    display_name_customer: Text = ""
    display_name_merchant: Text = ""
    source: Text = ""
    cost_ex_tax: SignedAmount = Decimal(0)
    cost_exc_tax: SignedAmount = Decimal(0)
    cost_inc_tax: SignedAmount = Decimal(0)
    cost_tax: SignedAmount = Decimal(0)
    tax_class_id: Int | None = None


class OrderPost(WireModel):
    """The body of ``POST /stores/{store_hash}/v2/orders``."""

    billing_address: BillingAddress
    default_currency_code: Text = ""
    products: Annotated[list[Product], Field(min_length=1)] = Field(default_factory=list)
    shipping_addresses: list[ShippingAddress] = Field(default_factory=list)
    consignments: Consignments | None = None
    fees: list[Fee] = Field(default_factory=list)

    base_handling_cost: Amount = Decimal(0)
    base_shipping_cost: Amount = Decimal(0)
    base_wrapping_cost: Amount = Decimal(0)
    channel_id: Int = 1
    customer_id: Number = Decimal(0)
    customer_message: Text = ""
    date_created: Rfc2822 = ""
    discount_amount: Amount = Decimal(0)
    ebay_order_id: Text = ""
    external_merchant_id: Text | None = None
    external_source: Text | None = None
    geoip_country: Text = ""
    geoip_country_iso2: Country = ""
    handling_cost_ex_tax: Amount = Decimal(0)
    handling_cost_inc_tax: Amount = Decimal(0)
    ip_address: Text30 = ""
    ip_address_v6: Text39 = ""
    items_shipped: Number = Decimal(0)
    items_total: Number = Decimal(0)
    order_is_digital: Bool = False
    payment_method: Text = ""
    payment_provider_id: NumberOrText = ""
    refunded_amount: Amount = Decimal(0)
    shipping_cost_ex_tax: Amount = Decimal(0)
    shipping_cost_inc_tax: Amount = Decimal(0)
    staff_notes: Text65535 = ""
    status_id: StatusId = 1
    subtotal_ex_tax: Amount = Decimal(0)
    subtotal_inc_tax: Amount = Decimal(0)
    tax_provider_id: Text = ""
    customer_locale: Locale = ""
    external_order_id: Text = ""
    total_ex_tax: Amount = Decimal(0)
    total_inc_tax: Amount = Decimal(0)
    wrapping_cost_ex_tax: Amount = Decimal(0)
    wrapping_cost_inc_tax: Amount = Decimal(0)

    # Set by BigCommerce ("read-only", "do not pass in a POST"): an error when sent.
    id: ReadOnly = None
    date_modified: ReadOnly = None
    date_shipped: ReadOnly = None
    cart_id: ReadOnly = None
    status: ReadOnly = None
    subtotal_tax: ReadOnly = None
    shipping_cost_tax: ReadOnly = None
    shipping_cost_tax_class_id: ReadOnly = None
    handling_cost_tax: ReadOnly = None
    handling_cost_tax_class_id: ReadOnly = None
    wrapping_cost_tax: ReadOnly = None
    wrapping_cost_tax_class_id: ReadOnly = None
    payment_status: ReadOnly = None
    store_credit_amount: ReadOnly = None
    gift_certificate_amount: ReadOnly = None
    currency_id: ReadOnly = None
    currency_code: ReadOnly = None
    currency_exchange_rate: ReadOnly = None
    default_currency_id: ReadOnly = None
    store_default_currency_code: ReadOnly = None
    store_default_to_transactional_exchange_rate: ReadOnly = None
    coupon_discount: ReadOnly = None
    shipping_address_count: ReadOnly = None
    total_tax: ReadOnly = None
    is_tax_inclusive_pricing: ReadOnly = None
    is_email_opt_in: ReadOnly = None
    order_source: ReadOnly = None
    coupons: ReadOnly = None
    external_id: ReadOnly = None


READ_ONLY_FIELDS: frozenset[str] = frozenset(
    name
    for name, info in OrderPost.model_fields.items()
    if any(isinstance(item, PlainValidator) and item.func is _read_only for item in info.metadata)
)
"""Order fields BigCommerce sets itself; sending one is an error."""
