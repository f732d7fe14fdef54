"""Cross-field rules (errors, documented) and plausibility checks (warnings) on the raw body."""

from __future__ import annotations

from typing import Any

import pytest

from orderdesk.core.findings import Findings
from orderdesk.targets.bigcommerce import TARGET
from orderdesk.targets.bigcommerce.rules import check
from tests.targets.bigcommerce.samples import valid_body

PICKUP = {"pickup_method_id": 1, "line_items": [{"name": "Mug", "quantity": 1, "price_inc_tax": 5, "price_ex_tax": 4}]}
FEE = {"display_name_customer": "Fee", "cost_ex_tax": "1.00", "cost_inc_tax": "1.21"}


def findings_of(body: dict[str, Any]) -> Findings:
    findings = Findings()
    check(body, findings)
    return findings


def with_fields(**fields: Any) -> dict[str, Any]:
    body = valid_body()
    body.update(fields)
    return body


def test_rules_find_nothing_in_a_clean_body() -> None:
    assert not findings_of(valid_body())


# Products or consignments -------------------------------------------------------------------


def test_products_are_required_without_consignments() -> None:
    body = valid_body()
    del body["products"]
    assert findings_of(body).errors == {"products": ["Required"]}


def test_consignments_replace_products() -> None:
    body = valid_body()
    del body["products"]
    body["consignments"] = {"pickups": [PICKUP]}
    assert not TARGET.validate_body(body).errors


@pytest.mark.parametrize("other", ["products", "shipping_addresses"])
def test_consignments_do_not_go_with_products_or_shipping_addresses(other: str) -> None:
    body = valid_body()
    body.pop("products")
    body["consignments"] = {"pickups": [PICKUP]}
    body[other] = [{}] if other == "shipping_addresses" else [{"product_id": 1}]
    assert findings_of(body).errors == {
        "consignments": ["Not allowed with products or shipping addresses: an order is shipped or picked up"]
    }


def test_an_order_has_at_most_one_pickup() -> None:
    body = valid_body()
    del body["products"]
    body["consignments"] = {"pickups": [PICKUP]}
    assert not findings_of(body).errors
    body["consignments"] = {"pickups": [PICKUP, PICKUP]}
    assert findings_of(body).errors == {"consignments.pickups": ["Only one pickup per order"]}


def test_pickup_line_items_follow_the_product_rules() -> None:
    body = valid_body()
    del body["products"]
    body["consignments"] = {"pickups": [{"pickup_method_id": 1, "line_items": [{"quantity": 1}]}]}
    assert findings_of(body).errors == {"consignments.pickups.0.line_items.0.name": ["Required"]}


# Overrides that need their partner ------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "partner"),
    [
        ("subtotal_ex_tax", "subtotal_inc_tax"),
        ("subtotal_inc_tax", "subtotal_ex_tax"),
        ("total_ex_tax", "total_inc_tax"),
        ("total_inc_tax", "total_ex_tax"),
        ("shipping_cost_ex_tax", "shipping_cost_inc_tax"),
        ("shipping_cost_inc_tax", "shipping_cost_ex_tax"),
    ],
)
def test_an_override_requires_its_partner(given: str, partner: str) -> None:
    assert findings_of(with_fields(**{given: "50"})).errors == {partner: [f"Required when {given} is given"]}
    assert not findings_of(with_fields(**{given: "50", partner: "50"})).errors


@pytest.mark.parametrize(
    ("given", "partner"),
    [("handling_cost_ex_tax", "handling_cost_inc_tax"), ("wrapping_cost_inc_tax", "wrapping_cost_ex_tax")],
)
def test_handling_and_wrapping_partners_are_only_a_warning(given: str, partner: str) -> None:
    findings = findings_of(with_fields(**{given: 1}))
    assert not findings.errors
    assert findings.warnings == {partner: [f"Usually given together with {given}"]}


@pytest.mark.parametrize("stem", ["subtotal", "total", "shipping_cost", "handling_cost", "wrapping_cost"])
def test_an_amount_without_tax_above_the_one_with_tax_is_a_warning(stem: str) -> None:
    body = with_fields(**{f"{stem}_ex_tax": "10.01", f"{stem}_inc_tax": "10"})
    assert findings_of(body).warnings[f"{stem}_ex_tax"] == [f"More than {stem}_inc_tax"]
    equal = with_fields(**{f"{stem}_ex_tax": "10", f"{stem}_inc_tax": "10"})
    assert f"{stem}_ex_tax" not in findings_of(equal).warnings


# Products ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["name", "name_customer", "name_merchant"])
def test_a_custom_product_needs_one_of_its_names(name: str) -> None:
    product = {"quantity": 1, "price_inc_tax": 5, "price_ex_tax": 4}
    assert findings_of(with_fields(products=[product])).errors == {"products.0.name": ["Required"]}
    assert not findings_of(with_fields(products=[{**product, name: "Mug"}])).errors


def test_name_and_name_customer_must_agree() -> None:
    product = {"name": "Mug", "quantity": 1, "price_inc_tax": 5, "price_ex_tax": 4}
    assert not findings_of(with_fields(products=[{**product, "name_customer": "Mug"}])).errors
    assert findings_of(with_fields(products=[{**product, "name_customer": "Cup"}])).errors == {
        "products.0.name_customer": ["Must be the same as name"]
    }
    assert findings_of(with_fields(products=[{"product_id": 1, "name": "A", "name_customer": "B"}])).errors == {
        "products.0.name_customer": ["Must be the same as name"]
    }


@pytest.mark.parametrize("stem", ["display_name", "display_value"])
def test_option_names_and_their_customer_alias_must_agree(stem: str) -> None:
    option = {"id": 200, "value": "180", stem: "Colour", f"{stem}_customer": "Colour"}
    product = {"product_id": 184, "product_options": [option]}
    assert not findings_of(with_fields(products=[product])).errors
    option[f"{stem}_customer"] = "Couleur"
    assert findings_of(with_fields(products=[product])).errors == {
        f"products.0.product_options.0.{stem}_customer": [f"Must be the same as {stem}"]
    }


@pytest.mark.parametrize(("given", "partner"), [("price_inc_tax", "price_ex_tax"), ("price_ex_tax", "price_inc_tax")])
def test_a_catalog_price_override_needs_both_prices(given: str, partner: str) -> None:
    product = {"product_id": 184, "quantity": 1, given: 10}
    assert findings_of(with_fields(products=[product])).errors == {
        f"products.0.{partner}": [f"Required when {given} is given"]
    }
    assert not findings_of(with_fields(products=[{**product, partner: 10}])).errors


def test_gift_wrapping_needs_its_costs() -> None:
    product = {"product_id": 184, "quantity": 1, "wrapping_id": 3}
    assert findings_of(with_fields(products=[product])).errors == {
        "products.0.wrapping_cost_ex_tax": ["Required when wrapping_id is given"],
        "products.0.wrapping_cost_inc_tax": ["Required when wrapping_id is given"],
    }
    wrapped = {**product, "wrapping_cost_ex_tax": 2, "wrapping_cost_inc_tax": 2.42}
    assert not findings_of(with_fields(products=[wrapped])).errors


@pytest.mark.parametrize(("quantity", "warned"), [(0, True), (-1, True), (1, False)])
def test_a_quantity_below_one_is_a_warning(quantity: int, warned: bool) -> None:
    body = valid_body()
    body["products"][0]["quantity"] = quantity
    assert ("products.0.quantity" in findings_of(body).warnings) is warned


def test_a_negative_price_and_an_inverted_price_pair_are_warnings() -> None:
    body = valid_body()
    body["products"][0].update(price_inc_tax=-5, price_ex_tax=-4)
    warnings = findings_of(body).warnings
    assert warnings["products.0.price_inc_tax"] == ["A negative price"]
    assert warnings["products.0.price_ex_tax"] == ["More than price_inc_tax"]


# Addresses -------------------------------------------------------------------------------------


def test_billing_needs_a_country_name_or_code() -> None:
    body = valid_body()
    del body["billing_address"]["country"]
    assert not findings_of(body).errors
    body = valid_body()
    del body["billing_address"]["country_iso2"]
    assert not findings_of(body).errors
    del body["billing_address"]["country"]
    assert findings_of(body).errors == {"billing_address.country": ["Required (the country or its ISO code)"]}


def test_a_billing_address_without_state_is_a_warning() -> None:
    body = valid_body()
    del body["billing_address"]["state"]
    findings = findings_of(body)
    assert not findings.errors
    assert findings.warnings == {"billing_address.state": ["Usually needed: BigCommerce's minimum order has a state"]}


def test_an_implausible_email_is_a_warning() -> None:
    body = valid_body()
    body["billing_address"]["email"] = "jane at example"
    body["shipping_addresses"] = [{"street_1": "1 Main", "city": "Austin", "zip": "1", "country": "X", "email": "x@"}]
    warnings = findings_of(body).warnings
    assert warnings["billing_address.email"] == ["Not a valid e-mail address"]
    assert warnings["shipping_addresses.0.email"] == ["Not a valid e-mail address"]


def test_a_country_name_of_another_country_than_the_code_is_a_warning() -> None:
    body = valid_body()
    body["billing_address"].update(country="Germany", country_iso2="US")
    assert findings_of(body).warnings == {"billing_address.country": ["Names Germany, but country_iso2 is US"]}
    body["billing_address"].update(country="Verenigde Staten")  # a name we do not know: no opinion
    assert not findings_of(body).warnings


def test_an_incomplete_shipping_address_is_a_warning() -> None:
    body = with_fields(shipping_addresses=[{"first_name": "Trish"}])
    findings = findings_of(body)
    assert not findings.errors
    assert findings.warnings == {
        "shipping_addresses.0.street_1": ["Usually needed to ship"],
        "shipping_addresses.0.city": ["Usually needed to ship"],
        "shipping_addresses.0.zip": ["Usually needed to ship"],
        "shipping_addresses.0.country": ["Usually needed to ship"],
    }


# Fees ------------------------------------------------------------------------------------------


def test_a_fee_needs_a_display_name() -> None:
    assert not findings_of(with_fields(fees=[FEE])).errors
    fee = {**FEE}
    del fee["display_name_customer"]
    assert findings_of(with_fields(fees=[fee])).errors == {
        "fees.0.display_name_customer": ["Required (or display_name_merchant)"]
    }
    assert not findings_of(with_fields(fees=[{**fee, "display_name_merchant": "Fee"}])).errors


def test_a_fee_needs_two_of_its_three_costs() -> None:
    fee = {"display_name_customer": "Fee", "cost_tax": "0.21"}
    assert findings_of(with_fields(fees=[fee])).errors == {
        "fees.0": ["Needs at least two of cost_ex_tax, cost_inc_tax and cost_tax"]
    }
    assert not findings_of(with_fields(fees=[{**fee, "cost_inc_tax": "1.21"}])).errors


def test_the_examples_cost_exc_tax_counts_as_cost_ex_tax_with_a_warning() -> None:
    fee = {"display_name_customer": "Fee", "cost_exc_tax": "1", "cost_inc_tax": "1"}
    findings = findings_of(with_fields(fees=[fee]))
    assert not findings.errors
    assert findings.warnings == {
        "fees.0.cost_exc_tax": ["Spelled as in BigCommerce's own example; the field is cost_ex_tax"]
    }


# Totals ------------------------------------------------------------------------------------------


def test_a_total_that_is_not_the_sum_is_a_warning() -> None:
    body = with_fields(
        shipping_cost_inc_tax="6.05", shipping_cost_ex_tax="5", discount_amount="1", total_inc_tax="55.05",
        total_ex_tax="45.5",
    )  # fmt: skip
    assert not findings_of(body).warnings
    body["total_inc_tax"] = "55.06"
    assert findings_of(body).warnings == {"total_inc_tax": ["Products, costs and discount add up to 55.05"]}


def test_a_subtotal_that_is_not_the_sum_of_the_products_is_a_warning() -> None:
    body = with_fields(subtotal_inc_tax=50, subtotal_ex_tax=45)
    assert not findings_of(body).warnings
    body["subtotal_inc_tax"] = 49
    assert findings_of(body).warnings == {"subtotal_inc_tax": ["The products add up to 50.00"]}


def test_the_total_is_not_judged_when_a_product_has_no_price_or_there_are_fees() -> None:
    body = with_fields(products=[{"product_id": 184, "quantity": 1}], total_inc_tax=1, total_ex_tax=1)
    assert not findings_of(body).warnings
    body = with_fields(total_inc_tax=1, total_ex_tax=1, fees=[FEE])
    assert not findings_of(body).warnings


# Other warnings -----------------------------------------------------------------------------------


def test_both_ip_addresses_is_a_warning() -> None:
    assert findings_of(with_fields(ip_address="1.2.3.4", ip_address_v6="::1")).warnings == {
        "ip_address_v6": ["BigCommerce keeps only one of ip_address and ip_address_v6"]
    }


def test_tax_provider_id_is_accepted_with_a_warning() -> None:
    findings = TARGET.validate_body(with_fields(tax_provider_id="BasicTaxProvider"))
    assert not findings.errors
    assert findings.warnings == {"tax_provider_id": ["BigCommerce's reference calls this read-only: it may be ignored"]}


def test_huge_amounts_do_not_break_the_sums() -> None:
    body = with_fields(total_inc_tax="9e999999", total_ex_tax="1", shipping_cost_inc_tax="9e999999")
    body["shipping_cost_ex_tax"] = "1"
    findings = findings_of(body)  # the sum cannot be taken to the cent: no judgement, no crash
    assert "total_inc_tax" not in findings.warnings
    assert not findings.errors
