"""OrderDraft <-> BigCommerce body: what goes where, nothing invented, nothing lost."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings

from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.bigcommerce.convert import from_draft, to_draft, without_tax
from tests.targets.bigcommerce.samples import (
    as_json,
    bodies,
    example,
    example_bodies,
    phone_order,
)

EXAMPLES = example_bodies()


def test_a_phone_order_becomes_this_body() -> None:
    assert as_json(from_draft(phone_order())) == as_json(
        {
            "status_id": 11,
            "customer_id": 7,
            "billing_address": {
                "first_name": "Anna",
                "last_name": "de Vries",
                "company": "De Vries BV",
                "street_1": "Keizersgracht 12",
                "street_2": "2e etage",
                "city": "Amsterdam",
                "state": "Noord-Holland",
                "zip": "1015 CX",
                "country": "Netherlands",
                "country_iso2": "NL",
                "phone": "+31 20 123 4567",
                "email": "anna@example.nl",
            },
            "shipping_addresses": [
                {
                    "first_name": "Anna",
                    "last_name": "de Vries",
                    "company": "De Vries BV",
                    "street_1": "Keizersgracht 12",
                    "street_2": "2e etage",
                    "city": "Amsterdam",
                    "state": "Noord-Holland",
                    "zip": "1015 CX",
                    "country": "Netherlands",
                    "country_iso2": "NL",
                }
            ],
            "products": [
                {
                    "name": "Mug",
                    "quantity": 2,
                    "price_inc_tax": 12.10,
                    "price_ex_tax": 10.00,
                    "sku": "MUG-1",
                    "upc": "8712345678906",
                },
                {"name": "T-shirt M", "quantity": 1, "price_inc_tax": 24.20, "price_ex_tax": 20.00, "sku": "TEE-M"},
            ],
            "shipping_cost_inc_tax": "6.0500",
            "shipping_cost_ex_tax": "5.0000",
            "discount_amount": "5.0000",
            "customer_message": "Leave at the neighbours",
            "staff_notes": "Called at 10:05",
            "payment_method": "Manual",
            "payment_provider_id": "TX-991",
            "external_order_id": "PHONE-2026-0001",
            "external_source": "OrderDesk",
        }
    )


def test_an_empty_draft_gives_an_empty_body() -> None:
    assert from_draft(OrderDraft()) == {}


def test_blank_inputs_are_left_out() -> None:
    draft = OrderDraft(
        shipping=Address(city="  ", first_name="Jan"),
        lines=[Line(name="Mug", sku=" ", quantity=Decimal(1))],
        notes="   ",
        extras={"bigcommerce": {"payment_method": "", "status_id": None}},
    )
    body = from_draft(draft)
    assert body == {
        "billing_address": {"first_name": "Jan"},
        "shipping_addresses": [{"first_name": "Jan"}],
        "products": [{"name": "Mug", "quantity": 1}],
    }


# Addresses ------------------------------------------------------------------------------------


def test_a_separate_billing_address_is_billing_and_the_shipping_address_ships() -> None:
    draft = OrderDraft(
        customer=Customer(email="c@example.com", phone="555"),
        shipping=Address(first_name="Ship", city="Austin", email="s@example.com"),
        billing_same_as_shipping=False,
        billing=Address(first_name="Bill", city="Dallas", phone="777"),
    )
    body = from_draft(draft)
    assert body["billing_address"] == {"first_name": "Bill", "city": "Dallas", "phone": "777", "email": "c@example.com"}
    assert body["shipping_addresses"] == [{"first_name": "Ship", "city": "Austin", "email": "s@example.com"}]


def test_no_shipping_address_when_billing_is_separate_and_shipping_is_empty() -> None:
    draft = OrderDraft(billing_same_as_shipping=False, billing=Address(city="Dallas"))
    assert "shipping_addresses" not in from_draft(draft)


def test_a_body_without_shipping_addresses_keeps_the_drafts_shipping_empty() -> None:
    draft = to_draft(example("custom_product"))
    assert draft.shipping.is_empty()
    assert not draft.billing_same_as_shipping
    assert draft.billing.city == "Austin"
    assert draft.customer == Customer(name="Jane Doe", email="janedoe@email.com")


def test_a_body_whose_shipping_address_is_its_billing_address_is_same_as_shipping() -> None:
    body = example("custom_product")
    address = {key: value for key, value in body["billing_address"].items() if key != "email"}
    body["shipping_addresses"] = [address]
    draft = to_draft(body)
    assert draft.billing_same_as_shipping
    assert draft.billing.is_empty()
    assert draft.shipping.address1 == "123 Main Street"
    assert as_json(from_draft(draft)) == as_json(body)


def test_a_different_shipping_address_stays_separate() -> None:
    draft = to_draft(example("product_with_options"))
    assert not draft.billing_same_as_shipping
    assert (draft.billing.first_name, draft.shipping.first_name) == ("Jane", "Trish")
    assert draft.shipping.email == "elsie@example.com"
    assert draft.customer.email == "janedoe@example.com"


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("US", {"country": "United States", "country_iso2": "US"}),
        ("nl", {"country": "Netherlands", "country_iso2": "NL"}),
        ("Netherlands", {"country": "Netherlands", "country_iso2": "NL"}),
        ("Holland", {"country": "Holland"}),
    ],
)
def test_the_drafts_country_gives_name_and_code(country: str, expected: dict[str, str]) -> None:
    body = from_draft(OrderDraft(shipping=Address(city="X", country=country)))
    assert {key: body["billing_address"][key] for key in expected} == expected
    assert ("country_iso2" in body["billing_address"]) is ("country_iso2" in expected)


@pytest.mark.parametrize(
    "spelled",
    [{"country_iso2": "US"}, {"country": "United States"}, {"country": "USA", "country_iso2": "US"},
     {"country": "Holland"}, {"country_iso2": "us"}, {"country": "", "country_iso2": "XX"}],
)  # fmt: skip
def test_a_bodys_own_country_spelling_survives_a_round_trip(spelled: dict[str, str]) -> None:
    body = example("custom_product")
    for key in ("country", "country_iso2"):
        body["billing_address"].pop(key)
    body["billing_address"].update(spelled)
    assert as_json(from_draft(to_draft(body))) == as_json(body)


def test_a_changed_country_drops_the_old_spelling() -> None:
    body = example("custom_product")
    body["billing_address"].update(country="USA")
    draft = to_draft(body)
    assert draft.billing.country == "US"
    draft.billing.country = "CA"
    assert from_draft(draft)["billing_address"]["country"] == "Canada"


# Lines -------------------------------------------------------------------------------------------


def test_a_typed_line_is_a_custom_product() -> None:
    line = Line(name="Mug", sku="MUG-1", ean="8712345678906", quantity=Decimal(3), unit_price=Decimal("9.95"),
                url="https://shop.example/mug", brand="Acme")  # fmt: skip
    assert from_draft(OrderDraft(lines=[line]))["products"] == [
        {"name": "Mug", "quantity": 3, "price_inc_tax": Decimal("9.95"), "price_ex_tax": Decimal("9.95"),
         "sku": "MUG-1", "upc": "8712345678906"}
    ]  # fmt: skip


def test_a_line_carrying_a_product_id_is_a_catalog_product_without_sku() -> None:
    line = Line(name="Mug", sku="MUG-1", quantity=Decimal(2), carry={"bigcommerce": {"product_id": 184}})
    assert from_draft(OrderDraft(lines=[line]))["products"] == [{"product_id": 184, "name": "Mug", "quantity": 2}]


def test_a_catalog_product_keeps_its_id_and_options_in_the_lines_carry() -> None:
    draft = to_draft(example("product_with_options"))
    (line,) = draft.lines
    assert line.quantity == 5
    assert line.carry["bigcommerce"] == {
        "product_id": 184,
        "product_options": [{"id": 200, "value": "180"}, {"id": 230, "value": "192"}],
    }


def test_a_custom_product_becomes_a_line() -> None:
    (line,) = to_draft(example("custom_product")).lines
    assert (line.name, line.quantity, line.unit_price) == ("BigCommerce Coffee Mug", 1, 50)


def test_a_fractional_quantity_is_sent_as_typed_so_validation_names_it() -> None:
    body = from_draft(OrderDraft(lines=[Line(name="Rope", quantity=Decimal("1.5"))]))
    assert body["products"][0]["quantity"] == Decimal("1.5")


# Amounts with and without tax ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "rate", "expected"),
    [("12.10", "21", "10.00"), ("10.98", "9.8", "10.00"), ("5", None, "5"), ("5", "0", "5"), ("1", "-100", "1")],
)
def test_without_tax(amount: str, rate: str | None, expected: str) -> None:
    assert without_tax(Decimal(amount), Decimal(rate) if rate else None) == Decimal(expected)


def test_an_imported_price_without_tax_is_kept_while_the_price_is_unchanged() -> None:
    draft = to_draft(example("custom_product"))
    draft.extras["bigcommerce"]["tax_rate"] = Decimal("21")
    assert from_draft(draft)["products"][0]["price_ex_tax"] == 45
    draft.lines[0].unit_price = Decimal("60.50")
    assert from_draft(draft)["products"][0]["price_ex_tax"] == Decimal("50.00")


def test_an_imported_shipping_cost_without_tax_is_kept_while_the_cost_is_unchanged() -> None:
    body = example("custom_product") | {"shipping_cost_inc_tax": "10.0000", "shipping_cost_ex_tax": "8.2600"}
    draft = to_draft(body)
    assert draft.shipping_cost == 10
    assert as_json(from_draft(draft)) == as_json(body)
    draft.shipping_cost = Decimal("12")
    written = from_draft(draft)
    assert (written["shipping_cost_inc_tax"], written["shipping_cost_ex_tax"]) == ("12.0000", "12.0000")


def test_a_stated_total_is_the_total_override() -> None:
    draft = OrderDraft(stated_total=Decimal("121"), extras={"bigcommerce": {"tax_rate": 21}})
    body = from_draft(draft)
    assert (body["total_inc_tax"], body["total_ex_tax"]) == ("121.0000", "100.0000")
    assert to_draft(body).stated_total == 121


def test_a_body_spelling_is_kept_until_the_value_changes() -> None:
    body = example("custom_product") | {"discount_amount": "5.0000", "customer_id": 1.0}
    draft = to_draft(body)
    assert draft.extras["bigcommerce"]["discount_amount"] == Decimal(5)
    assert from_draft(draft)["discount_amount"] == "5.0000"
    draft.extras["bigcommerce"]["discount_amount"] = Decimal("6")
    assert from_draft(draft)["discount_amount"] == "6.0000"


# Order fields and extras ------------------------------------------------------------------------


def test_ids_source_and_notes() -> None:
    draft = OrderDraft(external_id="A-1", source="POS (Square)", notes="Ring twice")
    assert from_draft(draft) == {
        "customer_message": "Ring twice", "external_order_id": "A-1", "external_source": "POS (Square)"
    }  # fmt: skip
    back = to_draft(from_draft(draft))
    assert (back.external_id, back.source, back.notes) == ("A-1", "POS (Square)", "Ring twice")


def test_status_goes_between_its_choice_and_its_id() -> None:
    draft = to_draft(example("custom_product"))
    assert draft.extras["bigcommerce"] == {"status_id": "0: Incomplete", "customer_id": 1}
    draft.extras["bigcommerce"]["status_id"] = "11: Awaiting Fulfillment"
    assert from_draft(draft)["status_id"] == 11


def test_a_status_that_is_no_choice_stays_in_carry() -> None:
    body = example("custom_product") | {"status_id": 99}
    draft = to_draft(body)
    assert "status_id" not in draft.extras["bigcommerce"]
    assert draft.carry["bigcommerce"]["status_id"] == 99
    assert from_draft(draft)["status_id"] == 99


def test_fields_the_draft_does_not_model_stay_in_carry() -> None:
    body = example("custom_product") | {"date_created": "Tue, 20 Nov 2012 00:00:00 +0000", "channel_id": 2}
    body["billing_address"]["street_2"] = ""
    draft = to_draft(body)
    assert draft.carry["bigcommerce"]["date_created"] == "Tue, 20 Nov 2012 00:00:00 +0000"
    assert draft.carry["bigcommerce"]["billing_address"] == {"street_2": ""}
    assert as_json(from_draft(draft)) == as_json(body)


# Round trips --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_example_survives_body_draft_body(name: str) -> None:
    body = EXAMPLES[name]
    assert as_json(from_draft(to_draft(body))) == as_json(body)


def test_a_draft_survives_draft_body_draft() -> None:
    draft = phone_order()
    body = from_draft(draft)
    back = to_draft(as_json(body))
    kept = {"external_id", "source", "customer", "shipping", "billing_same_as_shipping", "billing", "shipping_cost",
            "notes"}  # fmt: skip
    assert back.model_dump(include=kept) == draft.model_dump(include=kept)
    for before, after in zip(draft.lines, back.lines, strict=True):
        assert after.model_dump(include={"name", "sku", "ean", "quantity", "unit_price"}) == before.model_dump(
            include={"name", "sku", "ean", "quantity", "unit_price"}
        )
    extras = dict(draft.extras["bigcommerce"])
    del extras["tax_rate"]  # a way of working out amounts, not a field of the order
    assert back.extras["bigcommerce"] == extras
    assert as_json(from_draft(back)) == as_json(body)


@settings(max_examples=300)
@given(bodies)
def test_any_body_survives_body_draft_body(body: dict[str, Any]) -> None:
    assert as_json(from_draft(to_draft(body))) == as_json(body)
