"""The draft's one country <-> BigCommerce's country name and ISO code."""

from __future__ import annotations

import pytest

from orderdesk.targets.bigcommerce.country import (
    code_for_name,
    read_country,
    write_country,
)


@pytest.mark.parametrize(
    ("address", "country"),
    [({"country": "United States", "country_iso2": "US"}, "US"), ({"country_iso2": "nl"}, "NL"),
     ({"country": "netherlands"}, "NL"), ({"country": "Holland"}, "Holland"), ({"country_iso2": "XX"}, "XX"),
     ({"country": 5}, ""), ({}, "")],
)  # fmt: skip
def test_read_country(address: dict[str, object], country: str) -> None:
    assert read_country(address) == country


@pytest.mark.parametrize(
    ("country", "fields"),
    [("US", {"country": "United States", "country_iso2": "US"}), (" gb ", {"country": "United Kingdom",
     "country_iso2": "GB"}), ("Netherlands", {"country": "Netherlands", "country_iso2": "NL"}),
     ("Holland", {"country": "Holland"}), ("", {}), ("  ", {})],
)  # fmt: skip
def test_write_country(country: str, fields: dict[str, str]) -> None:
    assert write_country(country) == fields


def test_code_for_name_ignores_case_and_blanks() -> None:
    assert code_for_name(" united states ") == "US"
    assert code_for_name("Atlantis") is None
