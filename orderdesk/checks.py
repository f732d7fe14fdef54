"""Pure format checks shared by the targets: GTIN check digits, countries, e-mail, URLs.

Each returns a bool so targets decide whether a failure is an error (a documented rule)
or a warning (plausibility only).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from orderdesk.countries import COUNTRY_NAMES

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def is_email(value: str) -> bool:
    """A plausible single address: something@domain.tld, no spaces."""
    return bool(_EMAIL.match(value))


def is_http_url(value: str) -> bool:
    """An absolute http(s) URL with a host."""
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


def is_country_code(value: str) -> bool:
    """An ISO 3166-1 alpha-2 code, upper case (``NL``, ``US``)."""
    return value in COUNTRY_NAMES


def gtin_check_digit_ok(value: str) -> bool:
    """True when ``value`` is 8, 12, 13 or 14 digits with a correct GS1 check digit."""
    if not value.isdigit() or len(value) not in (8, 12, 13, 14):
        return False
    digits = [int(ch) for ch in value]
    body, check = digits[:-1], digits[-1]
    weighted = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - weighted % 10) % 10 == check


def is_gtin13(value: str) -> bool:
    """Exactly 13 digits with a correct check digit."""
    return len(value) == 13 and gtin_check_digit_ok(value)
