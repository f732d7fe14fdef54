"""Centra's cross-field rules (errors) and plausibility checks (warnings) on one order."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from orderdesk.core.findings import Findings
from orderdesk.core.order import Address, Line, OrderDraft
from orderdesk.targets.centra.rules import NOT_SENT, check_order, draft_warnings


def checked(body: dict[str, Any]) -> Findings:
    findings = Findings()
    check_order(body, findings)
    return findings


def test_the_reference_examples_raise_nothing(single_example: dict[str, Any], batch_example: dict[str, Any]) -> None:
    assert not checked(single_example)
    assert not checked(batch_example["x123"])


@pytest.mark.parametrize(
    "identifier", [{"id": 12}, {"ean": "ABCDEFGHIJKL"}, {"sku": "SKUASKUBSKUC"}, {"id": 1, "ean": "1", "sku": "S"}]
)
def test_a_product_with_id_ean_or_sku_is_fine(order: dict[str, Any], identifier: dict[str, Any]) -> None:
    body = {**order, "products": [{"qty": 1, **identifier}]}
    assert checked(body).errors == {}


@pytest.mark.parametrize("product", [{"qty": 1}, {"qty": 1, "sku": "", "ean": ""}, {"qty": 1, "id": None}])
def test_a_product_needs_id_ean_or_sku(order: dict[str, Any], product: dict[str, Any]) -> None:
    body = {**order, "products": [{"qty": 1, "sku": "A"}, product]}
    assert checked(body).errors == {"products.1.sku": ["Either id, ean or sku is required"]}


def test_a_b2c_order_needs_an_address(order: dict[str, Any]) -> None:
    body = {"products": order["products"]}
    assert checked(body).errors == {"address": ["Required for a B2C order (or invoiceAddress and deliveryAddress)"]}


def test_a_b2b_order_may_use_the_accounts_default_address(order: dict[str, Any]) -> None:
    assert checked({"products": order["products"], "accountId": 7}).errors == {}


def test_a_b2c_order_needs_the_invoice_side(order: dict[str, Any]) -> None:
    body = {"products": order["products"], "deliveryAddress": {"country": "SE"}}
    assert checked(body).errors == {"invoiceAddress": ["Required for a B2C order: it holds the customer's e-mail"]}


def test_invoice_without_delivery_address_is_a_warning(order: dict[str, Any]) -> None:
    body = {"products": order["products"], "invoiceAddress": {"country": "SE", "email": "a@example.com"}}
    findings = checked(body)
    assert findings.errors == {}
    assert findings.warnings == {"deliveryAddress": ["Missing: use address when invoice and delivery are the same"]}


def test_address_together_with_the_two_objects_is_a_warning(single_example: dict[str, Any]) -> None:
    body = {**single_example, "address": {"country": "SE", "email": "a@example.com"}}
    assert checked(body).warnings == {
        "address": ["Send either address or invoiceAddress and deliveryAddress, not both"]
    }


@pytest.mark.parametrize("email", ["ann@example", "ann example.com", ""])
def test_an_implausible_email_is_a_warning(order: dict[str, Any], email: str) -> None:
    body = {**order, "address": {"country": "SE", "email": email}}
    findings = checked(body)
    assert findings.errors == {}
    assert findings.warnings == {"address.email": ["Not a valid e-mail address"]}


@pytest.mark.parametrize("country", ["US", "CA", "AU"])
def test_a_missing_state_is_a_warning_where_the_country_usually_needs_one(order: dict[str, Any], country: str) -> None:
    body = {**order, "address": {"country": country, "email": "a@example.com"}}
    assert checked(body).warnings == {"address.state": [f"Usually required for {country}"]}
    body["address"]["state"] = "CA"
    assert not checked(body)


def test_no_state_warning_for_other_countries(order: dict[str, Any]) -> None:
    assert not checked({**order, "address": {"country": "SE", "email": "a@example.com"}})


def test_b2b_fields_without_account_id_warn(order: dict[str, Any]) -> None:
    body = {**order, "poNumber": "PO-1", "buyerId": 3}
    assert checked(body).warnings == {"accountId": ["Required for a B2B order (buyerId, poNumber given)"]}
    assert not checked({**body, "accountId": 5})


def test_b2c_fields_in_a_b2b_order_warn(order: dict[str, Any]) -> None:
    body = {**order, "accountId": 5, "customerRegister": True, "customerId": 3}
    message = "Only used in B2C orders; accountId makes this a B2B order"
    assert checked(body).warnings == {"customerRegister": [message], "customerId": [message]}
    assert not checked({**order, "customerRegister": True, "customerId": 3})


@pytest.mark.parametrize(("name", "identifier"), [("pricelist", "pricelistId"), ("market", "marketId")])
def test_a_name_next_to_its_id_is_not_used(order: dict[str, Any], name: str, identifier: str) -> None:
    assert checked({**order, name: "EU", identifier: 1}).warnings == {name: [f"Not used: {identifier} is given"]}
    assert not checked({**order, name: "EU"})
    assert not checked({**order, identifier: 1})


@pytest.mark.parametrize(("number", "warned"), [(1, False), (1001, False), (0, True), (-5, True)])
def test_order_number_is_usually_positive(order: dict[str, Any], number: int, warned: bool) -> None:
    assert bool(checked({**order, "orderNumber": number}).warnings) is warned


@pytest.mark.parametrize(("qty", "warned"), [(1, False), (20, False), (0, True), (-1, True)])
def test_quantity_is_usually_at_least_one(order: dict[str, Any], qty: int, warned: bool) -> None:
    findings = checked({**order, "products": [{"qty": qty, "sku": "A"}]})
    assert findings.warnings == ({"products.0.qty": ["Usually at least 1"]} if warned else {})


@pytest.mark.parametrize("key", ["unitPrice", "originalPrice"])
def test_a_negative_price_is_a_warning(order: dict[str, Any], key: str) -> None:
    findings = checked({**order, "products": [{"qty": 1, "sku": "A", key: Decimal("-1")}]})
    assert findings.warnings == {f"products.0.{key}": ["A negative price is unusual"]}
    assert not checked({**order, "products": [{"qty": 1, "sku": "A", key: 0}]})


def test_an_original_price_below_the_unit_price_is_a_warning(order: dict[str, Any]) -> None:
    product = {"qty": 1, "sku": "A", "unitPrice": Decimal("20.00"), "originalPrice": Decimal("19.99")}
    assert checked({**order, "products": [product]}).warnings == {
        "products.0.originalPrice": ["Lower than unitPrice: the price before discount is usually higher"]
    }
    product["originalPrice"] = Decimal("20.00")
    assert not checked({**order, "products": [product]})


def test_a_negative_shipping_value_is_a_warning(order: dict[str, Any]) -> None:
    findings = checked({**order, "shippingValue": -1})
    assert findings.warnings == {"shippingValue": ["A negative shipping cost is unusual"]}
    assert not checked({**order, "shippingValue": 0})


@pytest.mark.parametrize(
    ("ean", "warned"),
    [
        ("8712345678906", False),
        ("96385074", False),
        ("ABCDEFGHIJKL", False),
        ("8712345678907", True),
        ("123", True),
    ],
)
def test_a_numeric_ean_with_a_wrong_check_digit_is_a_warning(order: dict[str, Any], ean: str, warned: bool) -> None:
    findings = checked({**order, "products": [{"qty": 1, "ean": ean}]})
    expected = {"products.0.ean": ["Not a valid EAN/GTIN: wrong length or check digit"]} if warned else {}
    assert findings.warnings == expected


def test_voucher_codes_empty_or_twice(order: dict[str, Any]) -> None:
    findings = checked({**order, "voucherCodes": ["NEW10", " ", "NEW10", "VIP"]})
    assert findings.warnings == {"voucherCodes.1": ["Empty voucher code"], "voucherCodes.2": ["Given twice"]}


def test_extra_attribute_names_are_attribute_and_element(order: dict[str, Any]) -> None:
    findings = checked({**order, "extraAttributes": {"gift_message": "Hi", "gift": "x"}})
    assert findings.warnings == {"extraAttributes.gift": ["Expected attributeName_elementName"]}


def test_payment_steps_without_the_plugin_id_warn(order: dict[str, Any]) -> None:
    payment = {"auth": {"status": 1, "amount": 5}}
    assert checked({**order, "payment": payment}).warnings == {
        "payment.id": ["Without id the order is not marked with a payment type"]
    }
    assert not checked({**order, "payment": {**payment, "id": 36}})


def test_capturing_more_than_authorized_warns(order: dict[str, Any]) -> None:
    payment: dict[str, Any] = {"id": 1, "auth": {"status": 1, "amount": 10}, "capture": {"status": 1, "amount": 10}}
    assert not checked({**order, "payment": payment})
    payment["capture"]["amount"] = Decimal("10.01")
    assert checked({**order, "payment": payment}).warnings == {
        "payment.capture.amount": ["More than the authorized amount"]
    }


def test_an_external_url_that_is_no_url_warns(order: dict[str, Any]) -> None:
    step = {"status": 1, "amount": 1, "external_url": "invoice 12"}
    assert checked({**order, "payment": {"id": 1, "capture": step}}).warnings == {
        "payment.capture.external_url": ["Not a valid URL (http:// or https://)"]
    }


@pytest.mark.parametrize("key", ["deliveryDate", "cancelDate"])
def test_dates_before_the_order_date_warn(order: dict[str, Any], key: str) -> None:
    body = {**order, "orderDate": "2024-05-02 10:00:00", key: "2024-05-01"}
    assert checked(body).warnings == {key: ["Before orderDate"]}
    assert not checked({**body, key: "2024-05-02 10:00:00"})


def test_dates_with_and_without_an_offset_are_not_compared(order: dict[str, Any]) -> None:
    assert not checked({**order, "orderDate": "2024-05-02T10:00:00+02:00", "cancelDate": "2024-05-01"})


@pytest.mark.parametrize(
    "body",
    [
        {"products": "x", "address": [], "payment": {"auth": "x", "capture": {"amount": "x"}}},
        {"products": [None, 1, {"qty": "1", "unitPrice": "1", "ean": 5}], "invoiceAddress": {"country": ["US"]}},
        {"voucherCodes": [1, None], "extraAttributes": [], "orderDate": 5, "deliveryDate": "x", "orderNumber": True},
        {"orderDate": "2024-01-01", "cancelDate": 12, "products": [{"unitPrice": Decimal("NaN"), "originalPrice": 1}]},
    ],
)
def test_wrong_types_are_skipped_not_raised(body: dict[str, Any]) -> None:
    checked(body)


def test_draft_warnings_name_what_centra_cannot_take() -> None:
    draft = OrderDraft(
        shipping=Address(company="Shop BV"),
        billing_same_as_shipping=False,
        billing=Address(company="Shop BV"),
        lines=[Line(sku="A"), Line(sku="B", url="https://shop.example/b", custom={"colour": "red"})],
    )
    assert draft_warnings(draft).warnings == {
        "shipping.company": [NOT_SENT],
        "billing.company": [NOT_SENT],
        "lines.1.url": [NOT_SENT],
        "lines.1.custom": [NOT_SENT],
    }


def test_draft_warnings_ignore_the_billing_company_when_it_is_the_shipping_address() -> None:
    draft = OrderDraft(billing=Address(company="Old"), lines=[Line(sku="A", name="Shirt", brand="B")])
    assert not draft_warnings(draft)
