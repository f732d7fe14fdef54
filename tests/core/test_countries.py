"""Country names in several languages, and the country of a locale."""

from __future__ import annotations

from orderdesk.core.countries import country_names, search_names, territory_of


def test_names_come_in_the_language_asked_for_and_english_otherwise() -> None:
    assert country_names("nl")["DE"] == "Duitsland"
    assert country_names("fr")["BE"] == "Belgique"
    assert country_names("en")["NL"] == "Netherlands"
    assert country_names("xx")["NL"] == "Netherlands"  # no catalog: English, not an error


def test_a_country_is_found_by_its_names_in_the_search_languages_and_its_code() -> None:
    names = search_names("BE", "nl")
    assert names[0] == "België"
    assert {"Belgium", "Belgique", "Belgien", "BE"} <= set(names)
    assert len(names) == len(set(names))


def test_the_territory_of_a_locale_name() -> None:
    assert territory_of("nl_NL") == "NL"
    assert territory_of("nl-BE.UTF-8") == "BE"
    assert territory_of("zh_Hant_TW") == "TW"
    assert territory_of("C") == ""
    assert territory_of("nl") == ""
    assert territory_of("en_XX") == ""
