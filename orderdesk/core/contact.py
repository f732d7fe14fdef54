"""Plausibility of postcodes and phone numbers against the address's country.

None of the four APIs documents a postcode or phone format, so these are warnings: they
catch the typo on the phone ("1016" for an Amsterdam postcode) without ever blocking an
order a person knows to be right. Phone numbers are read by ``phonenumbers`` (Google's
libphonenumber metadata), which also gives the E.164 form for APIs that want one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from orderdesk.core.findings import Findings
from orderdesk.core.order import Address, OrderDraft


@dataclass(frozen=True)
class PostcodeFormat:
    """How one country writes its postcodes, and an example a person recognises."""

    pattern: re.Pattern[str]
    example: str


def _format(pattern: str, example: str) -> PostcodeFormat:
    return PostcodeFormat(re.compile(pattern, re.IGNORECASE), example)


POSTCODE_FORMATS: dict[str, PostcodeFormat] = {
    "NL": _format(r"[1-9][0-9]{3} ?[A-Z]{2}", "1016 AB"),
    "BE": _format(r"[1-9][0-9]{3}", "1000"),
    "LU": _format(r"(L-)?[0-9]{4}", "1111"),
    "DE": _format(r"[0-9]{5}", "10115"),
    "FR": _format(r"[0-9]{5}", "75001"),
    "IT": _format(r"[0-9]{5}", "00118"),
    "ES": _format(r"(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}", "28001"),
    "PT": _format(r"[0-9]{4}-[0-9]{3}", "1000-001"),
    "AT": _format(r"[1-9][0-9]{3}", "1010"),
    "CH": _format(r"[1-9][0-9]{3}", "8001"),
    "DK": _format(r"[1-9][0-9]{3}", "1050"),
    "NO": _format(r"[0-9]{4}", "0150"),
    "SE": _format(r"[1-9][0-9]{2} ?[0-9]{2}", "111 22"),
    "FI": _format(r"[0-9]{5}", "00100"),
    "PL": _format(r"[0-9]{2}-[0-9]{3}", "00-950"),
    "CZ": _format(r"[1-7][0-9]{2} ?[0-9]{2}", "110 00"),
    "IE": _format(r"[AC-FHKNPRTV-Y][0-9]{2}[0-9W]? ?[0-9AC-FHKNPRTV-Y]{4}", "D02 X285"),
    "GB": _format(r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", "SW1A 1AA"),
    "US": _format(r"[0-9]{5}(-[0-9]{4})?", "10001"),
    "CA": _format(r"[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]", "K1A 0B1"),
    "AU": _format(r"[0-9]{4}", "2000"),
}
"""Postcode formats of the countries shops that use these APIs mostly ship to; others are not checked."""


def postcode_problem(postcode: str, country: str) -> str | None:
    """Why ``postcode`` does not look like one of ``country``'s; ``None`` when it does or cannot be told."""
    known = POSTCODE_FORMATS.get(country.strip().upper())
    value = postcode.strip()
    if known is None or not value or known.pattern.fullmatch(value):
        return None
    return f"Does not look like a postcode in {country.upper()} (such as {known.example})"


@lru_cache(maxsize=1024)
def _parsed(phone: str, country: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(phone, country.upper() or None)
    except phonenumbers.NumberParseException:
        return None


def phone_problem(phone: str, country: str) -> str | None:
    """Why ``phone`` is not a number that can be dialled in or from ``country``; ``None`` when it is."""
    value = phone.strip()
    if not value:
        return None
    number = _parsed(value, country.strip())
    if number is not None and phonenumbers.is_valid_number(number):
        return None
    region = country.strip().upper()
    if not region and not value.startswith(("+", "00")):
        return "Not a phone number that can be read without a country: start it with + and the country code"
    example = phonenumbers.example_number(region) if region else None
    hint = (
        f" (such as {phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)})"
        if example is not None
        else ""
    )
    return f"Not a valid phone number{' in ' + region if region else ''}{hint}"


def e164(phone: str, country: str) -> str | None:
    """``phone`` written as E.164 (``+31201234567``) when it is a valid number, else ``None``."""
    number = _parsed(phone.strip(), country.strip())
    if number is None or not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def contact_warnings(draft: OrderDraft) -> Findings:
    """Warnings, by draft path, for postcodes and phone numbers that do not fit their country."""
    findings = Findings()
    addresses: list[tuple[str, Address]] = [("shipping", draft.shipping)]
    if not draft.billing_same_as_shipping:
        addresses.append(("billing", draft.billing))
    for prefix, address in addresses:
        problem = postcode_problem(address.postcode, address.country)
        if problem:
            findings.warn(f"{prefix}.postcode", problem)
        problem = phone_problem(address.phone, address.country)
        if problem:
            findings.warn(f"{prefix}.phone", problem)
    problem = phone_problem(draft.customer.phone, draft.shipping.country)
    if problem:
        findings.warn("customer.phone", problem)
    return findings
