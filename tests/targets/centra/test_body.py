"""The Centra order body model: every documented type, required flag and format, both sides of each rule."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from orderdesk.core.findings import Findings
from orderdesk.targets.base import required_paths
from orderdesk.targets.centra.body import ORDER_KEYS, Order, parse_date
from orderdesk.targets.wire import validate_into


def model_errors(body: Any) -> dict[str, list[str]]:
    """The body model's own errors (no cross-field rules)."""
    findings = Findings()
    validate_into(Order, body, findings)
    return findings.errors


def with_value(order: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of ``order`` with ``value`` at the dotted ``path`` (objects created on the way)."""
    body = copy.deepcopy(order)
    *parents, last = path.split(".")
    node: Any = body
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return body


def without(order: dict[str, Any], path: str) -> dict[str, Any]:
    body = copy.deepcopy(order)
    *parents, last = path.split(".")
    node: Any = body
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    del node[last]
    return body


def test_both_reference_examples_fit_the_model(single_example: dict[str, Any], batch_example: dict[str, Any]) -> None:
    assert model_errors(single_example) == {}
    assert model_errors(batch_example["x123"]) == {}


def test_every_documented_parameter_is_a_field() -> None:
    documented = {
        "invoiceAddress", "deliveryAddress", "address", "pricelistId", "pricelist", "marketId", "market",
        "customerRegister", "customerId", "customerSetNewPassword", "createdFromOrigin", "extraAttributes",
        "accountId", "buyerId", "buyerName", "deliveryWindow", "products", "shippingList", "shippingValue",
        "voucherValue", "orderNumber", "sendEmail", "adjustStock", "forceCreate", "comment", "internalComment",
        "poNumber", "orderDate", "deliveryDate", "cancelDate", "warehouseGroup", "createOnly", "internalOrder",
        "payment", "applyVouchers", "voucherCodes",
    }  # fmt: skip
    assert ORDER_KEYS == documented


def test_only_products_and_their_qty_are_always_required() -> None:
    assert required_paths(Order) == ["products", "products.*.qty"]


def test_a_complete_order_with_every_parameter_validates(order: dict[str, Any]) -> None:
    body = {
        **order,
        "invoiceAddress": {
            "email": "a@example.com", "country": "US", "firstName": "A", "lastName": "B", "tele": "1", "cell": "2",
            "attn": "C", "address": "1 Road", "coaddress": "c/o D", "city": "E", "zipcode": "F", "state": "CA",
        },
        "deliveryAddress": {"country": "US", "email": "b@example.com", "state": "NY"},
        "pricelistId": 1, "pricelist": "EUR", "marketId": 2, "market": "EU", "customerRegister": True,
        "customerId": 3, "customerSetNewPassword": False, "createdFromOrigin": {"type": "return", "id": 123},
        "extraAttributes": {"gift_message": "Hi", "gift_wrap": "", "gift_count": 2, "gift_meta": {"a": [1]}},
        "accountId": 4, "buyerId": 5, "buyerName": "Buyer", "deliveryWindow": "Spring",
        "products": [
            {
                "qty": 2, "id": 9, "ean": "8712345678906", "sku": "S", "upc": "123456", "unitPrice": 10,
                "originalPrice": Decimal("12.50"), "comment": "Engrave",
                "itemText": {
                    "sku": "S", "brand": "B", "product": "P", "variant": "V", "size": "M",
                    "localizedProdSize": {"localizedSize": "38", "localizationDefinitionName": "EU"},
                },
                "localizedProdSize": {"localizedSize": "38", "localizationDefinitionName": "EU"},
            }
        ],
        "shippingList": "ups-standard", "shippingValue": Decimal("12.43"), "voucherValue": 0, "orderNumber": 1001,
        "sendEmail": False, "adjustStock": True, "forceCreate": False, "comment": "Leave at door",
        "internalComment": "Phone order", "poNumber": "PO-1", "orderDate": "2024-05-01 10:00:00",
        "deliveryDate": "2024-05-03", "cancelDate": "2024-06-01T00:00:00", "warehouseGroup": "EU",
        "createOnly": False, "internalOrder": False,
        "payment": {
            "id": 36,
            "auth": {"response": "ok", "status": 0, "transaction": "t", "method": "cc", "amount": 5,
                     "external_url": "https://example.com/i/1"},
            "capture": {"status": 2, "amount": Decimal("5.00")},
        },
        "applyVouchers": True, "voucherCodes": ["A", "B"],
    }  # fmt: skip
    assert model_errors(body) == {}


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("products.0.unitPrice", Decimal("14.11")),
        ("products.0.unitPrice", Decimal("14.1")),
        ("products.0.unitPrice", 14),
        ("products.0.unitPrice", Decimal("0.00")),
        ("products.0.unitPrice", 14.11),
        ("products.0.originalPrice", Decimal("100.11")),
        ("shippingValue", Decimal("12.43")),
        ("voucherValue", Decimal("0")),
        ("payment.auth.amount", Decimal("26.22")),
    ],
)
def test_decimal2_accepts_numbers_with_at_most_two_decimals(order: dict[str, Any], path: str, value: Any) -> None:
    body = with_value(order, path, value)
    if path.startswith("payment.auth"):
        body["payment"]["auth"]["status"] = 1
    assert model_errors(body) == {}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal("14.111"), "At most two decimals"),
        (Decimal("0.001"), "At most two decimals"),
        (14.111, "At most two decimals"),
        ("14.11", "Must be a number"),
        (True, "Must be a number"),
        (None, "Must be a number"),
        (Decimal("NaN"), "Must be a number"),
        ([1], "Must be a number"),
    ],
)
@pytest.mark.parametrize(
    "path", ["products.0.unitPrice", "products.0.originalPrice", "shippingValue", "voucherValue"]
)
def test_decimal2_rejects_other_values(order: dict[str, Any], path: str, value: Any, message: str) -> None:
    assert model_errors(with_value(order, path, value)) == {path: [message]}


def test_payment_amounts_are_decimal2(order: dict[str, Any]) -> None:
    body = {**order, "payment": {"auth": {"status": 1, "amount": Decimal("1.234")}}}
    assert model_errors(body) == {"payment.auth.amount": ["At most two decimals"]}


def test_voucher_value_must_not_be_negative(order: dict[str, Any]) -> None:
    assert model_errors({**order, "voucherValue": Decimal("-0.01")}) == {"voucherValue": ["Must not be negative"]}
    assert model_errors({**order, "voucherValue": 0}) == {}


@pytest.mark.parametrize("value", [0, 1, 2, 500, -1])
def test_qty_is_a_whole_number(order: dict[str, Any], value: int) -> None:
    assert model_errors(with_value(order, "products.0.qty", value)) == {}


@pytest.mark.parametrize("value", [Decimal("2.5"), Decimal("2.0"), 2.0, "2", True, None])
def test_qty_rejects_anything_but_a_whole_number(order: dict[str, Any], value: Any) -> None:
    assert model_errors(with_value(order, "products.0.qty", value)) == {"products.0.qty": ["Must be a whole number"]}


def test_qty_is_required(order: dict[str, Any]) -> None:
    assert model_errors(without(order, "products.0.qty")) == {"products.0.qty": ["Required"]}


@pytest.mark.parametrize(
    "path",
    [
        "pricelistId", "marketId", "customerId", "accountId", "buyerId", "orderNumber", "payment.id",
        "products.0.id", "createdFromOrigin.id",
    ],
)  # fmt: skip
@pytest.mark.parametrize("value", [Decimal("1.5"), "12", True])
def test_int_parameters_reject_non_integers(order: dict[str, Any], path: str, value: Any) -> None:
    body = with_value(order, path, value)
    if path.startswith("createdFromOrigin"):
        body["createdFromOrigin"]["type"] = "order"
    assert model_errors(body) == {path: ["Must be a whole number"]}


@pytest.mark.parametrize(
    "key",
    [
        "customerRegister", "customerSetNewPassword", "sendEmail", "adjustStock", "forceCreate", "createOnly",
        "internalOrder", "applyVouchers",
    ],
)  # fmt: skip
def test_boolean_parameters(order: dict[str, Any], key: str) -> None:
    assert model_errors({**order, key: True}) == {}
    assert model_errors({**order, key: False}) == {}
    assert model_errors({**order, key: "true"}) == {key: ["Must be true or false"]}
    assert model_errors({**order, key: 1}) == {key: ["Must be true or false"]}


@pytest.mark.parametrize(
    "path",
    [
        "pricelist", "market", "buyerName", "deliveryWindow", "shippingList", "comment", "internalComment",
        "poNumber", "warehouseGroup", "products.0.ean", "products.0.sku", "products.0.comment", "products.0.upc",
        "products.0.itemText.product", "products.0.itemText.variant", "products.0.localizedProdSize.localizedSize",
        "address.firstName", "address.zipcode", "address.tele", "address.cell", "address.attn", "address.email",
    ],
)  # fmt: skip
def test_string_parameters_reject_numbers_and_null(order: dict[str, Any], path: str) -> None:
    assert model_errors(with_value(order, path, "text")) == {}
    assert model_errors(with_value(order, path, 12)) == {path: ["Must be text"]}
    assert model_errors(with_value(order, path, None)) == {path: ["Must be text"]}


@pytest.mark.parametrize("code", ["SE", "US", "GB", "NL"])
def test_country_is_an_iso_alpha2_code(order: dict[str, Any], code: str) -> None:
    assert model_errors(with_value(order, "address.country", code)) == {}


@pytest.mark.parametrize("code", ["se", "SWE", "XX", "Sweden", ""])
def test_country_rejects_anything_else(order: dict[str, Any], code: str) -> None:
    errors = model_errors(with_value(order, "address.country", code))
    assert errors == {"address.country": ["Not an ISO 3166 two-letter country code (NL, US...)"]}


@pytest.mark.parametrize("key", ["address", "invoiceAddress", "deliveryAddress"])
def test_country_is_required_in_every_address(order: dict[str, Any], key: str) -> None:
    body = {"products": order["products"], key: {"email": "ann@example.com"}}
    assert model_errors(body) == {f"{key}.country": ["Required"]}


@pytest.mark.parametrize("key", ["address", "invoiceAddress"])
def test_email_is_required_on_the_invoice_side(order: dict[str, Any], key: str) -> None:
    body = {"products": order["products"], key: {"country": "SE"}}
    assert model_errors(body) == {f"{key}.email": ["Required"]}


def test_email_is_optional_on_the_delivery_address_as_in_the_reference_example(order: dict[str, Any]) -> None:
    body = {"products": order["products"], "deliveryAddress": {"country": "SE"}}
    assert model_errors(body) == {}


def test_products_are_required_and_not_empty(order: dict[str, Any]) -> None:
    assert model_errors(without(order, "products")) == {"products": ["Required"]}
    assert model_errors({**order, "products": []}) == {"products": ["Must not be empty"]}
    assert model_errors({**order, "products": {"0": {"qty": 1}}}) == {"products": ["Must be a list"]}


def test_a_product_must_be_an_object(order: dict[str, Any]) -> None:
    assert model_errors({**order, "products": ["TSHIRT"]}) == {"products.0": ["Must be an object"]}


def test_localized_size_is_accepted_on_the_product_and_in_item_text(order: dict[str, Any]) -> None:
    size = {"localizedSize": "38", "localizationDefinitionName": "EU"}
    assert model_errors(with_value(order, "products.0.localizedProdSize", size)) == {}
    assert model_errors(with_value(order, "products.0.itemText.localizedProdSize", size)) == {}
    wrong = with_value(order, "products.0.localizedProdSize", {"size": "38"})
    assert model_errors(wrong) == {"products.0.localizedProdSize.size": ["Not a field of this API"]}


@pytest.mark.parametrize("kind", ["return", "order", "plugin"])
def test_created_from_origin_types(order: dict[str, Any], kind: str) -> None:
    assert model_errors({**order, "createdFromOrigin": {"type": kind, "id": 1}}) == {}


def test_created_from_origin_rejects_other_types_and_needs_both_fields(order: dict[str, Any]) -> None:
    errors = model_errors({**order, "createdFromOrigin": {"type": "invoice", "id": 1}})
    assert errors == {"createdFromOrigin.type": ["Must be one of 'return', 'order' or 'plugin'"]}
    errors = model_errors({**order, "createdFromOrigin": {}})
    assert errors == {"createdFromOrigin.type": ["Required"], "createdFromOrigin.id": ["Required"]}


@pytest.mark.parametrize("status", [0, 1, 2])
def test_payment_status_is_0_1_or_2(order: dict[str, Any], status: int) -> None:
    assert model_errors({**order, "payment": {"capture": {"status": status, "amount": 1}}}) == {}


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (3, "Must be 0 (pending), 1 (success) or 2 (failed)"),
        (-1, "Must be 0 (pending), 1 (success) or 2 (failed)"),
        (True, "Must be a whole number"),
        ("1", "Must be a whole number"),
    ],
)
def test_payment_status_rejects_other_values(order: dict[str, Any], status: Any, message: str) -> None:
    errors = model_errors({**order, "payment": {"capture": {"status": status, "amount": 1}}})
    assert errors == {"payment.capture.status": [message]}


def test_payment_steps_need_status_and_amount_but_the_payment_id_is_optional(order: dict[str, Any]) -> None:
    errors = model_errors({**order, "payment": {"auth": {"method": "cc"}}})
    assert errors == {"payment.auth.status": ["Required"], "payment.auth.amount": ["Required"]}
    assert model_errors({**order, "payment": {"auth": {"status": 1, "amount": 1}}}) == {}


@pytest.mark.parametrize(
    "value", ["2024-05-01", "2024-05-01 10:11:12", "2024-05-01T10:11:12", "2024-05-01T10:11+02:00"]
)
@pytest.mark.parametrize("key", ["orderDate", "deliveryDate", "cancelDate"])
def test_dates_accept_a_date_or_a_date_and_time(order: dict[str, Any], key: str, value: str) -> None:
    assert model_errors({**order, key: value}) == {}


@pytest.mark.parametrize(("value", "message"), [
    ("2024-13-01", "Not a date (YYYY-MM-DD) or date and time (YYYY-MM-DD HH:MM:SS)"),
    ("01/05/2024", "Not a date (YYYY-MM-DD) or date and time (YYYY-MM-DD HH:MM:SS)"),
    ("tomorrow", "Not a date (YYYY-MM-DD) or date and time (YYYY-MM-DD HH:MM:SS)"),
    (20240501, "Must be text"),
])  # fmt: skip
@pytest.mark.parametrize("key", ["orderDate", "deliveryDate", "cancelDate"])
def test_dates_reject_anything_else(order: dict[str, Any], key: str, value: Any, message: str) -> None:
    assert model_errors({**order, key: value}) == {key: [message]}


def test_parse_date() -> None:
    assert parse_date("2019-01-01 12:11:39") is not None
    assert parse_date("2019-02-30") is None


def test_voucher_codes_are_a_list_of_text(order: dict[str, Any]) -> None:
    assert model_errors({**order, "voucherCodes": []}) == {}
    assert model_errors({**order, "voucherCodes": "NEW10"}) == {"voucherCodes": ["Must be a list"]}
    assert model_errors({**order, "voucherCodes": ["A", 10]}) == {"voucherCodes.1": ["Must be text"]}


def test_extra_attributes_is_an_object_of_any_values(order: dict[str, Any]) -> None:
    assert model_errors({**order, "extraAttributes": {"a_b": None, "c_d": [1, "x"]}}) == {}
    assert model_errors({**order, "extraAttributes": ["a_b"]}) == {"extraAttributes": ["Must be an object"]}


@pytest.mark.parametrize(
    "path", ["deliveryAddress.company", "products.0.price", "payment.auth.currency", "orderId", "address.zip"]
)
def test_unknown_fields_are_errors(order: dict[str, Any], path: str) -> None:
    body = with_value(order, path, "x")
    if path.startswith("payment"):
        body["payment"]["auth"].update(status=1, amount=1)
    if path.startswith("deliveryAddress"):
        body["deliveryAddress"]["country"] = "SE"
    assert model_errors(body) == {path: ["Not a field of this API"]}


@pytest.mark.parametrize("body", [None, [], "order", 12, True])
def test_a_body_that_is_not_an_object(body: Any) -> None:
    assert model_errors(body) == {"": ["Must be an object"]}


@pytest.mark.parametrize("value", [Decimal("1E+400"), Decimal("-1E+300"), 10**300, 1e300])
@pytest.mark.parametrize(
    "path", ["products.0.unitPrice", "products.0.originalPrice", "shippingValue", "voucherValue"]
)
def test_decimal2_of_1e300_or_more_is_too_large(order: dict[str, Any], path: str, value: Any) -> None:
    assert model_errors(with_value(order, path, value)) == {path: ["Too large"]}


@pytest.mark.parametrize("value", [10**300, -(10**300)])
def test_an_int_of_1e300_or_more_is_too_large(order: dict[str, Any], value: int) -> None:
    assert model_errors(with_value(order, "products.0.qty", value)) == {"products.0.qty": ["Too large"]}


def test_extra_attributes_holding_a_number_of_1e300_or_more_are_too_large(order: dict[str, Any]) -> None:
    body = {**order, "extraAttributes": {"gift_wrap": "yes", "gift_value": Decimal("1E+400")}}
    assert model_errors(body) == {"extraAttributes.gift_value": ["Too large"]}
