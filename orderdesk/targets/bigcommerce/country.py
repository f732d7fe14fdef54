"""One draft country <-> BigCommerce's two address fields, ``country`` (a name) and ``country_iso2``.

The draft holds one country, an ISO code where one is known. BigCommerce takes both the
name and the code; the guide's FAQ says either one is enough. Writing a known code gives
both, the name taken from ``orderdesk.core.countries``; a body that spells them otherwise keeps
its own spelling through carry (see ``convert``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orderdesk.core.countries import COUNTRY_NAMES

COUNTRY_KEYS = ("country", "country_iso2")

_CODE_BY_NAME: dict[str, str] = {name.casefold(): code for code, name in COUNTRY_NAMES.items()}


def code_for_name(name: str) -> str | None:
    """The ISO code of a country name as ``orderdesk.core.countries`` spells it, any case."""
    return _CODE_BY_NAME.get(name.strip().casefold())


def read_country(address: Mapping[str, Any]) -> str:
    """The draft's country for an address: its ISO code, else the code of its name, else the name."""
    code, name = address.get("country_iso2"), address.get("country")
    if isinstance(code, str) and code.strip():
        upper = code.strip().upper()
        return upper if upper in COUNTRY_NAMES else code
    if isinstance(name, str) and name.strip():
        return code_for_name(name) or name
    return ""


def write_country(country: str) -> dict[str, str]:
    """Both fields for a known country, the name alone for one that is not, nothing for none."""
    typed = country.strip()
    if not typed:
        return {}
    code = typed.upper() if typed.upper() in COUNTRY_NAMES else code_for_name(typed)
    if code is None:
        return {"country": typed}
    return {"country": COUNTRY_NAMES[code], "country_iso2": code}
