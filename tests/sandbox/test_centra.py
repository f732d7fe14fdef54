"""Centra on the sandbox: ``status: no`` with codes, createOnly, batches that partly succeed, lookups."""

from __future__ import annotations

from typing import Any

import requests

from orderdesk.sandbox.server import RunningSandbox
from tests.sandbox.examples import centra_order

HEADERS = {"API-Authorization": "sandbox"}


def _post(sandbox: RunningSandbox, path: str, body: Any, headers: dict[str, str] = HEADERS) -> requests.Response:
    return requests.post(f"{sandbox.base_url('centra')}{path}", json=body, headers=headers, timeout=5)


def test_created_answers_the_new_order_numbers(sandbox: RunningSandbox) -> None:
    reply = _post(sandbox, "/order", centra_order())
    assert reply.status_code == 200
    assert reply.json() == {"status": "ok", "orders": [2001]}


def test_create_only_answers_one_order(sandbox: RunningSandbox) -> None:
    assert _post(sandbox, "/order", centra_order(createOnly=True)).json() == {"status": "ok", "order": 2001}


def test_an_existing_order_number_fails_with_code_minus_5_and_http_200(sandbox: RunningSandbox) -> None:
    assert _post(sandbox, "/order", centra_order(orderNumber=7)).json() == {"status": "ok", "orders": [7]}
    again = _post(sandbox, "/order", centra_order(orderNumber=7))
    assert again.status_code == 200
    assert again.json() == {
        "status": "no",
        "code": -5,
        "msg": "An order with the provided order number already exists",
    }


def test_numbers_given_by_clients_are_skipped_when_numbering(sandbox: RunningSandbox) -> None:
    _post(sandbox, "/order", centra_order(orderNumber=2001))
    assert _post(sandbox, "/order", centra_order()).json() == {"status": "ok", "orders": [2002]}


def test_missing_required_fields_fail_with_code_minus_4(sandbox: RunningSandbox) -> None:
    body = centra_order()
    del body["invoiceAddress"]["email"]
    reply = _post(sandbox, "/order", body)
    assert reply.status_code == 200
    answer = reply.json()
    assert (answer["status"], answer["code"]) == ("no", -4)
    assert "invoiceAddress.email" in answer["msg"]


def test_an_order_without_products_fails_with_code_minus_3(sandbox: RunningSandbox) -> None:
    assert _post(sandbox, "/order", centra_order(products=[])).json() == {
        "status": "no",
        "code": -3,
        "msg": "Order is empty",
    }


def test_other_rule_violations_fail_with_code_minus_7(sandbox: RunningSandbox) -> None:
    body = centra_order()
    body["products"][0]["unitPrice"] = "twelve"
    answer = _post(sandbox, "/order", body).json()
    assert (answer["status"], answer["code"]) == ("no", -7)
    assert answer["msg"].startswith("products.0.unitPrice: ")


def test_a_batch_answers_per_name_and_may_partly_succeed(sandbox: RunningSandbox) -> None:
    reply = _post(
        sandbox,
        "/orders",
        {"x123": centra_order(orderNumber=9), "a1": centra_order(orderNumber=9), "a2": centra_order(products=[])},
    )
    assert reply.status_code == 200
    assert reply.json() == {
        "x123": {"status": "ok", "orders": [9]},
        "a1": {"status": "no", "code": -5, "msg": "An order with the provided order number already exists"},
        "a2": {"status": "no", "code": -3, "msg": "Order is empty"},
    }
    received = requests.get(f"{sandbox.url}/_sandbox/received/centra", timeout=5).json()
    assert [body["orderNumber"] for body in received] == [9]


def test_a_batch_must_be_an_object_of_named_orders(sandbox: RunningSandbox) -> None:
    answer = _post(sandbox, "/orders", [centra_order()]).json()
    assert (answer["status"], answer["code"]) == ("no", -7)


def test_a_wrong_key_answers_401(sandbox: RunningSandbox) -> None:
    reply = _post(sandbox, "/order", centra_order(), {"API-Authorization": "nope"})
    assert reply.status_code == 401
    assert reply.json()["status"] == "no"


def test_get_orders_finds_one_order_by_number_in_the_documented_shape(sandbox: RunningSandbox) -> None:
    _post(sandbox, "/order", centra_order(orderNumber=83651, comment="Call first"))
    reply = requests.get(f"{sandbox.base_url('centra')}/orders", params={"order": 83651}, headers=HEADERS, timeout=5)
    answer = reply.json()
    assert answer["status"] == "ok"
    [order] = answer["orders"]
    assert order["orderId"] == "83651"
    assert order["deliveryCountry"] == "US" and order["billingCountry"] == "SE"
    assert order["billingEmail"] == "x@example.com"
    assert order["otherComment"] == "Call first"
    assert [(line["sku"], line["qty"], line["price"]) for line in order["products"]] == [("SKUASKUBSKUC", 1, 12.11)]


def test_get_orders_with_an_unknown_number_finds_nothing(sandbox: RunningSandbox) -> None:
    reply = requests.get(f"{sandbox.base_url('centra')}/orders", params={"order": 5}, headers=HEADERS, timeout=5)
    assert reply.json() == {"status": "ok", "orders": []}


def test_get_orders_pages_with_limit_and_offset(sandbox: RunningSandbox) -> None:
    for number in (1, 2, 3):
        _post(sandbox, "/order", centra_order(orderNumber=number))
    reply = requests.get(
        f"{sandbox.base_url('centra')}/orders", params={"limit": 1, "offset": 1}, headers=HEADERS, timeout=5
    )
    assert [order["orderId"] for order in reply.json()["orders"]] == ["2"]
