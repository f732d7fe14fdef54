"""The texts the APIs' declarations hold, for ``lupdate``: settings' names, help and choices, profile inputs.

The targets and the profile store are free of Qt, so their English stays where it is declared
and is translated here, where the window shows it: ``target_text`` looks an English text up in
the ``Targets`` context. The list below only tells ``lupdate`` what to collect; a test checks it
holds every declared text, so a setting added to an API cannot stay English unnoticed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from orderdesk.ui.language.text import translate

CONTEXT = "Targets"

DECLARED_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Targets", "Shipping provider"),
    QT_TRANSLATE_NOOP("Targets", 'The carrier, such as "UPS".'),
    QT_TRANSLATE_NOOP("Targets", "Such as UPS"),
    QT_TRANSLATE_NOOP("Targets", "Shipping method"),
    QT_TRANSLATE_NOOP("Targets", 'Such as "Standard delivery".'),
    QT_TRANSLATE_NOOP("Targets", "Such as Standard"),
    QT_TRANSLATE_NOOP("Targets", "Expected delivery date"),
    QT_TRANSLATE_NOOP("Targets", "The day the order is expected to arrive."),
    QT_TRANSLATE_NOOP("Targets", "Order number"),
    QT_TRANSLATE_NOOP(
        "Targets",
        "Centra's only protection against creating an order twice: a second order with the same number is"
        " refused. Leave empty to let Centra number the order.",
    ),
    QT_TRANSLATE_NOOP("Targets", "Market"),
    QT_TRANSLATE_NOOP("Targets", "Market name; empty uses the market of the delivery country."),
    QT_TRANSLATE_NOOP("Targets", "Pricelist"),
    QT_TRANSLATE_NOOP("Targets", "Pricelist name; empty uses the pricelist of the country."),
    QT_TRANSLATE_NOOP("Targets", "Shipping option"),
    QT_TRANSLATE_NOOP(
        "Targets",
        "Shipping option URI such as ups-standard; empty uses the default for the products and country.",
    ),
    QT_TRANSLATE_NOOP("Targets", "Allocation rule"),
    QT_TRANSLATE_NOOP("Targets", "Allocation rule (warehouse group); empty uses the market's."),
    QT_TRANSLATE_NOOP("Targets", "Send order confirmation"),
    QT_TRANSLATE_NOOP("Targets", "Not set follows the store setting."),
    QT_TRANSLATE_NOOP("Targets", "Only prepare the order"),
    QT_TRANSLATE_NOOP("Targets", "Prepare the order without placing it; it is completed later (Complete order)."),
    QT_TRANSLATE_NOOP("Targets", "Take products from stock"),
    QT_TRANSLATE_NOOP("Targets", "Take the products from stock and fail when stock is missing. Not set means yes."),
    QT_TRANSLATE_NOOP("Targets", "Create even if products are missing"),
    QT_TRANSLATE_NOOP("Targets", "Products that do not exist are marked back-ordered."),
    QT_TRANSLATE_NOOP("Targets", "Attach to the registered customer"),
    QT_TRANSLATE_NOOP("Targets", "Attach the order to the customer registered with the same e-mail (B2C)."),
    QT_TRANSLATE_NOOP("Targets", "Internal comment"),
    QT_TRANSLATE_NOOP("Targets", "Shown only inside Centra."),
    QT_TRANSLATE_NOOP("Targets", "B2B account ID"),
    QT_TRANSLATE_NOOP("Targets", "Required for a B2B order."),
    QT_TRANSLATE_NOOP("Targets", "PO number"),
    QT_TRANSLATE_NOOP("Targets", "B2B: shown on delivery notes and invoices."),
    QT_TRANSLATE_NOOP("Targets", "Order status"),
    QT_TRANSLATE_NOOP("Targets", "Empty: BigCommerce makes the order 1: Pending."),
    QT_TRANSLATE_NOOP("Targets", "Customer ID"),
    QT_TRANSLATE_NOOP("Targets", "A BigCommerce customer's ID; empty or 0 for a guest order."),
    QT_TRANSLATE_NOOP("Targets", "Payment method"),
    QT_TRANSLATE_NOOP("Targets", "As the shop names it, such as Manual, Cash or Credit Card."),
    QT_TRANSLATE_NOOP("Targets", "Payment reference"),
    QT_TRANSLATE_NOOP("Targets", "The payment's transaction ID, if one was made."),
    QT_TRANSLATE_NOOP("Targets", "Discount"),
    QT_TRANSLATE_NOOP("Targets", "Taken off the order total."),
    QT_TRANSLATE_NOOP("Targets", "Tax rate (%)"),
    QT_TRANSLATE_NOOP(
        "Targets",
        "Prices are typed including tax; BigCommerce also needs them excluding tax, worked out at this "
        "rate for the lines and the shipping cost. Empty: no tax.",
    ),
    QT_TRANSLATE_NOOP("Targets", "Staff notes"),
    QT_TRANSLATE_NOOP("Targets", "Seen by staff only; the order notes go to the customer message."),
    QT_TRANSLATE_NOOP("Targets", "Send the review invitation after (unit)"),
    QT_TRANSLATE_NOOP("Targets", "Leave empty to send no invitation."),
    QT_TRANSLATE_NOOP("Targets", "Send the review invitation after"),
    QT_TRANSLATE_NOOP("Targets", "0 sends it right away."),
    QT_TRANSLATE_NOOP("Targets", "Send a reminder after (unit)"),
    QT_TRANSLATE_NOOP("Targets", "Leave empty for no reminder."),
    QT_TRANSLATE_NOOP("Targets", "Send a reminder after"),
    QT_TRANSLATE_NOOP("Targets", "Counted from the order, like the invitation; at least 24 hours after it."),
    QT_TRANSLATE_NOOP("Targets", "Filter code"),
    QT_TRANSLATE_NOOP("Targets", "Optional, at most 250 characters."),
    QT_TRANSLATE_NOOP("Targets", "Optional"),
    QT_TRANSLATE_NOOP("Targets", "yes"),
    QT_TRANSLATE_NOOP("Targets", "no"),
    QT_TRANSLATE_NOOP("Targets", "minutes"),
    QT_TRANSLATE_NOOP("Targets", "hours"),
    QT_TRANSLATE_NOOP("Targets", "days"),
    QT_TRANSLATE_NOOP("Targets", "weekdays"),
    QT_TRANSLATE_NOOP("Targets", "API key"),
    QT_TRANSLATE_NOOP("Targets", "access token"),
    QT_TRANSLATE_NOOP("Targets", "client secret"),
    QT_TRANSLATE_NOOP("Targets", "database password"),  # the team journal's (config/team.py)
    QT_TRANSLATE_NOOP("Targets", "Account id"),
    QT_TRANSLATE_NOOP(
        "Targets",
        "Your Dropday account id, sent as the account-id header with every request; it must belong to the"
        " API key.",
    ),
    QT_TRANSLATE_NOOP("Targets", "Store hash"),
    QT_TRANSLATE_NOOP(
        "Targets",
        "Your store's permanent ID: the {store_hash} in "
        "https://api.bigcommerce.com/stores/{store_hash}/v2.",
    ),
    QT_TRANSLATE_NOOP("Targets", "Client id"),
    QT_TRANSLATE_NOOP(
        "Targets",
        "The OAuth client id that, with the client secret, fetches an access token (oauth2/token).",
    ),
    QT_TRANSLATE_NOOP(
        "Targets",
        "Dropday's API address as its documentation gives it; change it only to try the local sandbox.",
    ),
    QT_TRANSLATE_NOOP("Targets", "The API key of your Dropday account, sent as the api-key header."),
    QT_TRANSLATE_NOOP(
        "Targets",
        'The URL of your shop\'s Order API plugin in Centra; the plugin needs "Allow Order Create" turned '
        "on.",
    ),
    QT_TRANSLATE_NOOP("Targets", "The API key of that Order API plugin, sent as the API-Authorization header."),
    QT_TRANSLATE_NOOP("Targets", "BigCommerce's API gateway; orders go to <base URL>/stores/<store hash>/v2/orders."),
    QT_TRANSLATE_NOOP(
        "Targets",
        'The access token of your store\'s API account, with the Orders "modify" scope (and Products '
        '"read-only" to pull the catalogue); sent as the X-Auth-Token header.',
    ),
    QT_TRANSLATE_NOOP(
        "Targets",
        "Feedback Company's API address as its documentation gives it; change it only to try the local "
        "sandbox.",
    ),
    QT_TRANSLATE_NOOP(
        "Targets",
        "The client secret that belongs to the client id; the access token it buys is kept in the keyring"
        " too.",
    ),
    QT_TRANSLATE_NOOP(
        "Targets",
        "the API key is wrong or expired, or the account id does not belong to it (Dropday answers both the same"
        " way).",
    ),
    QT_TRANSLATE_NOOP("Targets", "the API key is wrong, or is not the key of this Order API plugin."),
    QT_TRANSLATE_NOOP("Targets", "the access token is wrong, or its API account lacks the Orders scope."),
    QT_TRANSLATE_NOOP("Targets", "the client id or the client secret is wrong."),
    QT_TRANSLATE_NOOP("Targets", "check the base URL."),
    QT_TRANSLATE_NOOP("Targets", "check the base URL and the store hash."),
    QT_TRANSLATE_NOOP("Targets", "check the base URL: it is your Order API plugin's URL."),
)
"""Every label, help text, placeholder and choice the APIs and profiles declare, as ``lupdate`` must see them."""


def target_text(text: str) -> str:
    """A declared English ``text`` in the window's language (empty stays empty)."""
    return translate(CONTEXT, text) if text else text
