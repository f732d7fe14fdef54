"""Pure format checks shared by the targets: GTIN check digits, countries, e-mail, URLs.

Each returns a bool so targets decide whether a failure is an error (a documented rule)
or a warning (plausibility only). The URL and GTIN checks are cached: inline validation
sees the same values on every keystroke, and they are the slow ones.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from orderdesk.core.countries import COUNTRY_NAMES

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def is_email(value: str) -> bool:
    """A plausible single address: something@domain.tld, no spaces."""
    return bool(_EMAIL.match(value))


@lru_cache(maxsize=8192)
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


@lru_cache(maxsize=8192)
def gtin_check_digit_ok(value: str) -> bool:
    """True when ``value`` is 8, 12, 13 or 14 digits with a correct GS1 check digit."""
    if not value.isdigit() or len(value) not in (8, 12, 13, 14):
        return False
    # GS1: weighted 1, 3, 1, 3, ... from the right, check digit included, the digits sum to a multiple of 10.
    return (sum(map(int, value[-1::-2])) + 3 * sum(map(int, value[-2::-2]))) % 10 == 0


def is_gtin13(value: str) -> bool:
    """Exactly 13 digits with a correct check digit."""
    return len(value) == 13 and gtin_check_digit_ok(value)
