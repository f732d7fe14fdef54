"""What the APIs' rules say about an order, shown in the window's language.

The rules (``orderdesk.targets``) are free of Qt and speak English, which ``orderdesk validate``
prints and the journal keeps. The window looks each message up where it shows it: a fixed message
as it is, one with a value (``At most 250 characters``) by the template it was made from, whose
value is put into the translated template. A message no template knows (a server's own words) is
shown as the server wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from orderdesk.ui.language.text import translate

CONTEXT = "Findings"

FIXED_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Findings", "Required"),
    QT_TRANSLATE_NOOP("Findings", "Add at least one product line"),  # "Required" of the whole product list
    QT_TRANSLATE_NOOP("Findings", "Not a field of this API"),
    QT_TRANSLATE_NOOP("Findings", "Must be text"),
    QT_TRANSLATE_NOOP("Findings", "Must be a whole number"),
    QT_TRANSLATE_NOOP("Findings", "Must be true or false"),
    QT_TRANSLATE_NOOP("Findings", "Must be an object"),
    QT_TRANSLATE_NOOP("Findings", "Must be a list"),
    QT_TRANSLATE_NOOP("Findings", "Has the wrong type"),
    QT_TRANSLATE_NOOP("Findings", "Must not be empty"),
    QT_TRANSLATE_NOOP("Findings", "Too large"),
    QT_TRANSLATE_NOOP("Findings", "Must be a number"),
    QT_TRANSLATE_NOOP("Findings", "Must be a number or text"),
    QT_TRANSLATE_NOOP("Findings", "At most two decimals"),
    QT_TRANSLATE_NOOP("Findings", "Must not be negative"),
    QT_TRANSLATE_NOOP("Findings", "Not a valid e-mail address"),
    QT_TRANSLATE_NOOP("Findings", "Not a valid URL (http:// or https://)"),
    QT_TRANSLATE_NOOP("Findings", "Not an ISO 3166 two-letter country code (NL, US...)"),
    QT_TRANSLATE_NOOP("Findings", "Must be a number (or a number written as text)"),
    QT_TRANSLATE_NOOP("Findings", "Not a BigCommerce order status (0 to 14)"),
    QT_TRANSLATE_NOOP("Findings", "Not a date like Tue, 20 Nov 2012 00:00:00 +0000"),
    QT_TRANSLATE_NOOP("Findings", "Not a locale like en, en-US or es-419"),
    QT_TRANSLATE_NOOP("Findings", "Set by BigCommerce: leave it out"),
    QT_TRANSLATE_NOOP("Findings", "Not a date (YYYY-MM-DD) or date and time (YYYY-MM-DD HH:MM:SS)"),
    QT_TRANSLATE_NOOP("Findings", "Must be 0 (pending), 1 (success) or 2 (failed)"),
    QT_TRANSLATE_NOOP("Findings", "Must be a number (digits only)"),
    QT_TRANSLATE_NOOP("Findings", "A date as DD-MM-YYYY (07-11-2025)"),
    QT_TRANSLATE_NOOP("Findings", "A GTIN-13 code: exactly 13 digits"),
    QT_TRANSLATE_NOOP("Findings", "Must be at least 24 hours after the invitation"),
    QT_TRANSLATE_NOOP("Findings", "Required (the country or its ISO code)"),
    QT_TRANSLATE_NOOP("Findings", "Only one pickup per order"),
    QT_TRANSLATE_NOOP("Findings", "Required (or display_name_merchant)"),
    QT_TRANSLATE_NOOP("Findings", "Needs at least two of cost_ex_tax, cost_inc_tax and cost_tax"),
    QT_TRANSLATE_NOOP("Findings", "Not allowed with products or shipping addresses: an order is shipped or picked up"),
    QT_TRANSLATE_NOOP("Findings", "Either id, ean or sku is required"),
    QT_TRANSLATE_NOOP("Findings", "Required for a B2C order (or invoiceAddress and deliveryAddress)"),
    QT_TRANSLATE_NOOP("Findings", "Required for a B2C order: it holds the customer's e-mail"),
    QT_TRANSLATE_NOOP("Findings", "An order must be a JSON object"),
    QT_TRANSLATE_NOOP("Findings", "Dropday refused the order"),
    QT_TRANSLATE_NOOP("Findings", "BigCommerce refused the order without saying why"),
    QT_TRANSLATE_NOOP("Findings", "Feedback Company refused the order without saying why"),
    QT_TRANSLATE_NOOP("Findings", "A negative price is unusual"),
    QT_TRANSLATE_NOOP("Findings", "A negative price"),
    QT_TRANSLATE_NOOP("Findings", "A negative shipping cost is unusual"),
    QT_TRANSLATE_NOOP("Findings", "A weekend may bring it within 24 hours of the invitation"),
    QT_TRANSLATE_NOOP("Findings", "Before orderDate"),
    QT_TRANSLATE_NOOP("Findings", "BigCommerce keeps only one of ip_address and ip_address_v6"),
    QT_TRANSLATE_NOOP("Findings", "BigCommerce's reference calls this read-only: it may be ignored"),
    QT_TRANSLATE_NOOP("Findings", "Empty voucher code"),
    QT_TRANSLATE_NOOP("Findings", "Expected attributeName_elementName"),
    QT_TRANSLATE_NOOP("Findings", "Given twice"),
    QT_TRANSLATE_NOOP("Findings", "Less than 1"),
    QT_TRANSLATE_NOOP("Findings", "Missing: use address when invoice and delivery are the same"),
    QT_TRANSLATE_NOOP("Findings", "More than price_inc_tax"),
    QT_TRANSLATE_NOOP("Findings", "More than the authorized amount"),
    QT_TRANSLATE_NOOP("Findings", "No products"),
    QT_TRANSLATE_NOOP("Findings", "Not a valid EAN/GTIN: wrong length or check digit"),
    QT_TRANSLATE_NOOP("Findings", "Not a valid EAN: wrong length or check digit"),
    QT_TRANSLATE_NOOP("Findings", "Only used in B2C orders; accountId makes this a B2B order"),
    QT_TRANSLATE_NOOP("Findings", "Send either address or invoiceAddress and deliveryAddress, not both"),
    QT_TRANSLATE_NOOP("Findings", "Should be more than 0"),
    QT_TRANSLATE_NOOP("Findings", "Should not be negative"),
    QT_TRANSLATE_NOOP("Findings", "Spelled as in BigCommerce's own example; the field is cost_ex_tax"),
    QT_TRANSLATE_NOOP("Findings", "The check digit (the last digit) is wrong"),
    QT_TRANSLATE_NOOP("Findings", "Usually a positive number"),
    QT_TRANSLATE_NOOP("Findings", "Usually a whole number"),
    QT_TRANSLATE_NOOP("Findings", "Usually at least 1"),
    QT_TRANSLATE_NOOP("Findings", "Usually needed to ship"),
    QT_TRANSLATE_NOOP("Findings", "Usually needed: BigCommerce's minimum order has a state"),
    QT_TRANSLATE_NOOP("Findings", "Without id the order is not marked with a payment type"),
    QT_TRANSLATE_NOOP("Findings", "Not sent to Centra: its Order API has no such field"),
    QT_TRANSLATE_NOOP("Findings", "Lower than unitPrice: the price before discount is usually higher"),
)
"""The rules' errors and warnings that hold no value."""

TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Findings", "At most {0} characters"),
    QT_TRANSLATE_NOOP("Findings", "At least {0} characters"),
    QT_TRANSLATE_NOOP("Findings", "At most {0} items"),
    QT_TRANSLATE_NOOP("Findings", "At least {0} items"),
    QT_TRANSLATE_NOOP("Findings", "Must be one of {0}"),
    QT_TRANSLATE_NOOP("Findings", "Must be at least {0}"),
    QT_TRANSLATE_NOOP("Findings", "Must be more than {0}"),
    QT_TRANSLATE_NOOP("Findings", "Must be at most {0}"),
    QT_TRANSLATE_NOOP("Findings", "Required when {0} is given"),
    QT_TRANSLATE_NOOP("Findings", "Must be the same as {0}"),
    QT_TRANSLATE_NOOP("Findings", "More than {0}"),
    QT_TRANSLATE_NOOP("Findings", "Names {0}, but country_iso2 is {1}"),
    QT_TRANSLATE_NOOP("Findings", "Not the products plus shipping ({0})"),
    QT_TRANSLATE_NOOP("Findings", "Not the same as shipping_cost ({0})"),
    QT_TRANSLATE_NOOP("Findings", "Not used: {0} is given"),
    QT_TRANSLATE_NOOP("Findings", "Products, costs and discount add up to {0}"),
    QT_TRANSLATE_NOOP("Findings", "Required for a B2B order ({0} given)"),
    QT_TRANSLATE_NOOP("Findings", "Same as in {0}: Centra refuses the second"),
    QT_TRANSLATE_NOOP("Findings", "The products add up to {0}"),
    QT_TRANSLATE_NOOP("Findings", "Usually given together with {0}"),
    QT_TRANSLATE_NOOP("Findings", "Usually required for {0}"),
)
"""The rules' messages with values, as the rules write them with each value as ``{0}``, ``{1}``."""

_PATTERNS = tuple((template, re.compile(re.sub(r"\\\{\d\\\}", "(.+?)", re.escape(template)))) for template in TEMPLATES)


def finding_text(text: str) -> str:
    """A rule's English message in the window's language; a message no rule makes stays as it is."""
    translated = translate(CONTEXT, text)
    if translated != text:
        return translated
    for template, pattern in _PATTERNS:
        found = pattern.fullmatch(text)
        if found is not None:
            return translate(CONTEXT, template).format(*found.groups())
    return text
