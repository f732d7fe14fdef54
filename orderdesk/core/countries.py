"""ISO 3166-1 alpha-2 countries, from pycountry, for checks and the searchable country list.

Names come in English and, from pycountry's gettext catalogs, in other languages: a Dutch
shop owner says "Duitsland", a Belgian customer "Belgique", and both should find the country.
"""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

COUNTRY_NAMES: dict[str, str] = {
    country.alpha_2: getattr(country, "common_name", country.name) for country in pycountry.countries
}
"""Alpha-2 code -> the name people use (``NL`` -> ``Netherlands``)."""

SEARCH_LANGUAGES = ("en", "nl", "fr", "de")
"""The languages whose country names always find a country: English and the Benelux's and its neighbours'."""


@cache
def country_names(language: str) -> dict[str, str]:
    """Alpha-2 code -> the name people use in ``language`` (English where no translation exists)."""
    if language == "en":
        return dict(COUNTRY_NAMES)
    catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    return {code: catalog.gettext(name) for code, name in COUNTRY_NAMES.items()}


def search_names(code: str, language: str) -> list[str]:
    """Every name that finds ``code``: in ``language``, in the search languages, and the code itself."""
    names = [country_names(language)[code]]
    for other in SEARCH_LANGUAGES:
        name = country_names(other)[code]
        if name not in names:
            names.append(name)
    return [*names, code]


def territory_of(locale_name: str) -> str:
    """The country code of a locale name (``nl_NL``, ``nl-BE.UTF-8``), "" when it names none (``C``, ``nl``)."""
    base = locale_name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = base.split("_")
    territory = parts[-1].upper() if len(parts) >= 2 else ""
    return territory if territory in COUNTRY_NAMES else ""
