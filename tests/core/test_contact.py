"""Postcode and phone plausibility against the address's country."""

from __future__ import annotations

import pytest

from orderdesk.core.contact import POSTCODE_FORMATS, contact_warnings, e164, phone_problem, postcode_problem
from orderdesk.core.order import Address, Customer, OrderDraft


@pytest.mark.parametrize(
    ("postcode", "country"),
    [("1016 AB", "NL"), ("1016ab", "nl"), ("1000", "BE"), ("10115", "DE"), ("SW1A 1AA", "GB"), ("10001-1234", "US")],
)
def test_postcodes_of_their_country_pass(postcode: str, country: str) -> None:
    assert postcode_problem(postcode, country) is None


@pytest.mark.parametrize(("postcode", "country"), [("1016", "NL"), ("0123 AB", "NL"), ("1016", "DE"), ("ABC", "BE")])
def test_postcodes_that_do_not_fit_get_a_message_with_an_example(postcode: str, country: str) -> None:
    problem = postcode_problem(postcode, country)
    assert problem is not None
    assert POSTCODE_FORMATS[country].example in problem


def test_unknown_country_or_empty_postcode_is_not_judged() -> None:
    assert postcode_problem("whatever", "ZZ") is None
    assert postcode_problem("", "NL") is None


def test_every_example_fits_its_own_pattern() -> None:
    for country, known in POSTCODE_FORMATS.items():
        assert postcode_problem(known.example, country) is None, country


def test_phone_numbers_are_read_for_the_country_and_written_as_e164() -> None:
    assert phone_problem("020 123 4567", "NL") is None
    assert e164("020 123 4567", "NL") == "+31201234567"
    assert e164("+49 30 1234567", "NL") == "+49301234567"
    assert e164("12", "NL") is None


def test_invalid_phone_numbers_say_what_a_valid_one_looks_like() -> None:
    problem = phone_problem("12345", "NL")
    assert problem is not None and "+31" in problem
    assert phone_problem("0201234567", "") is not None  # no country to read a national number by
    assert phone_problem("", "NL") is None


def test_contact_warnings_are_warnings_by_draft_path_never_errors() -> None:
    draft = OrderDraft(
        customer=Customer(phone="12345"),
        shipping=Address(postcode="1016", country="NL", phone="020 123 4567"),
        billing_same_as_shipping=False,
        billing=Address(postcode="1016", country="BE", phone="nonsense"),
    )
    findings = contact_warnings(draft)
    assert findings.errors == {}
    assert set(findings.warnings) == {"shipping.postcode", "billing.phone", "customer.phone"}


def test_billing_is_not_checked_when_it_is_the_shipping_address() -> None:
    draft = OrderDraft(shipping=Address(postcode="1016 AB", country="NL"), billing=Address(postcode="x", country="NL"))
    assert not contact_warnings(draft)
