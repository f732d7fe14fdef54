"""ISO 3166-1 alpha-2 countries, from pycountry, for checks and the searchable country list."""

from __future__ import annotations

import pycountry

COUNTRY_NAMES: dict[str, str] = {
    country.alpha_2: getattr(country, "common_name", country.name) for country in pycountry.countries
}
"""Alpha-2 code -> the name people use (``NL`` -> ``Netherlands``)."""
