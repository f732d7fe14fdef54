"""The order-level Centra settings a shop owner picks per order, shown when Centra is chosen.

Each is a top-level parameter of the order body under its own wire name, so the draft path
``extras.centra.orderNumber`` is the body path ``orderNumber``. A value that is ``None`` or
empty text is not sent: Centra then applies the store's or market's own default.

A boolean whose default is "yes" or the store's setting (``sendEmail``, ``adjustStock``) is
a choice of "yes"/"no" with "not set" beside them, since a check box cannot show "not set";
those whose default is "no" are check boxes.
"""

from __future__ import annotations

from typing import Any

from orderdesk.targets.base import ExtraField

TARGET_NAME = "centra"

EXTRA_FIELDS: tuple[ExtraField, ...] = (
    ExtraField(
        "orderNumber",
        "Order number",
        "int",
        help="Centra's only protection against creating an order twice: a second order with the "
        "same number is refused. Leave empty to let Centra number the order.",
    ),
    ExtraField("market", "Market", help="Market name; empty uses the market of the delivery country."),
    ExtraField("pricelist", "Pricelist", help="Pricelist name; empty uses the pricelist of the country."),
    ExtraField(
        "shippingList",
        "Shipping option",
        help="Shipping option URI such as ups-standard; empty uses the default for the products and country.",
    ),
    ExtraField(
        "warehouseGroup",
        "Allocation rule",
        help="Allocation rule (warehouse group); empty uses the market's.",
    ),
    ExtraField(
        "sendEmail",
        "Send order confirmation",
        "choice",
        choices=("yes", "no"),
        help="Not set follows the store setting.",
    ),
    ExtraField(
        "createOnly",
        "Only prepare the order",
        "bool",
        help="Prepare the order without placing it; it is completed later (Complete order).",
    ),
    ExtraField(
        "adjustStock",
        "Take products from stock",
        "choice",
        choices=("yes", "no"),
        help="Take the products from stock and fail when stock is missing. Not set means yes.",
    ),
    ExtraField(
        "forceCreate",
        "Create even if products are missing",
        "bool",
        help="Products that do not exist are marked back-ordered.",
    ),
    ExtraField(
        "customerRegister",
        "Attach to the registered customer",
        "bool",
        help="Attach the order to the customer registered with the same e-mail (B2C).",
    ),
    ExtraField(
        "internalComment",
        "Internal comment",
        help="Shown only inside Centra.",
    ),
    ExtraField("accountId", "B2B account ID", "int", help="Required for a B2B order."),
    ExtraField("poNumber", "PO number", help="B2B: shown on delivery notes and invoices."),
)

EXTRA_KEYS: tuple[str, ...] = tuple(field.key for field in EXTRA_FIELDS)
_YES_NO: dict[str, bool] = {"yes": True, "no": False}
YES_NO_KEYS: frozenset[str] = frozenset(field.key for field in EXTRA_FIELDS if field.choices == tuple(_YES_NO))


def to_wire(key: str, value: Any) -> Any:
    """The body value of the setting ``key``: "yes"/"no" choices become booleans."""
    if key in YES_NO_KEYS and isinstance(value, str) and value in _YES_NO:
        return _YES_NO[value]
    return value


def from_wire(key: str, value: Any) -> Any:
    """The value the setting ``key`` holds for the body's ``value``; ``None`` when it cannot hold it.

    ``None`` and empty text are "not set"; a yes/no choice holds only a boolean. A value a
    setting cannot hold is carried instead, so it is sent back exactly.
    """
    if value is None or value == "":
        return None
    if key in YES_NO_KEYS:
        return ("yes" if value else "no") if isinstance(value, bool) else None
    return value
