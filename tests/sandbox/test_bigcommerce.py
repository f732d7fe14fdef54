"""BigCommerce on the sandbox: 201 order objects, error arrays, rate-limit headers and 429, lookups."""

from __future__ import annotations

import time
from typing import Any

import requests

from orderdesk.sandbox.server import RunningSandbox
from tests.sandbox.examples import bigcommerce_order

HEADERS = {"X-Auth-Token": "sandbox", "Accept": "application/json"}
RATE_HEADERS = (
    "X-Rate-Limit-Requests-Left",
    "X-Rate-Limit-Requests-Quota",
    "X-Rate-Limit-Time-Reset-Ms",
    "X-Rate-Limit-Time-Window-Ms",
)


def _orders_url(sandbox: RunningSandbox, store: str = "abc123") -> str:
    return f"{sandbox.base_url('bigcommerce')}/stores/{store}/v2/orders"


def _post(sandbox: RunningSandbox, body: Any, headers: dict[str, str] = HEADERS) -> requests.Response:
    return requests.post(_orders_url(sandbox), json=body, headers=headers, timeout=5)


def _configure(sandbox: RunningSandbox, **settings: int) -> None:
    requests.post(f"{sandbox.url}/_sandbox/config", json=settings, timeout=5).raise_for_status()


def test_created_answers_201_with_the_order_object(sandbox: RunningSandbox) -> None:
    reply = _post(sandbox, bigcommerce_order())
    assert reply.status_code == 201
    order = reply.json()
    assert order["id"] == 3001
    assert (order["status_id"], order["status"]) == (0, "Incomplete")
    assert order["external_order_id"] == "PHONE-1001"
    assert order["billing_address"]["email"] == "janedoe@email.com"
    assert (order["subtotal_ex_tax"], order["subtotal_inc_tax"], order["total_inc_tax"]) == (
        "45.0000",
        "50.0000",
        "50.0000",
    )
    assert order["products"]["resource"] == "/orders/3001/products"


def test_amounts_are_taken_as_text_or_as_numbers(sandbox: RunningSandbox) -> None:
    amounts = {"shipping_cost_inc_tax": "4.9500", "shipping_cost_ex_tax": "4.9500", "total_inc_tax": "54.9500",
               "total_ex_tax": "49.9500"}
    as_text = {**bigcommerce_order(), **amounts}
    numbers = {key: float(value) for key, value in amounts.items()}
    as_numbers = {**bigcommerce_order(), **numbers, "external_order_id": "PHONE-1002"}
    for body in (as_text, as_numbers):
        reply = _post(sandbox, body)
        assert reply.status_code == 201, reply.text
        order = reply.json()
        assert (order["shipping_cost_inc_tax"], order["total_inc_tax"]) == ("4.9500", "54.9500")


def test_the_status_defaults_to_pending(sandbox: RunningSandbox) -> None:
    body = bigcommerce_order()
    del body["status_id"]
    assert _post(sandbox, body).json()["status"] == "Pending"


def test_rule_violations_answer_an_error_array(sandbox: RunningSandbox) -> None:
    body = bigcommerce_order()
    del body["billing_address"]
    reply = _post(sandbox, body)
    assert reply.status_code == 422
    assert reply.json() == [{"status": 422, "message": "The required field 'billing_address' was not supplied."}]


def test_a_body_that_is_not_json_answers_400(sandbox: RunningSandbox) -> None:
    reply = requests.post(_orders_url(sandbox), data=b"[1,", headers=HEADERS, timeout=5)
    assert reply.status_code == 400
    [error] = reply.json()
    assert error["status"] == 400


def test_a_wrong_token_answers_401_as_an_error_array(sandbox: RunningSandbox) -> None:
    reply = _post(sandbox, bigcommerce_order(), {"X-Auth-Token": "wrong"})
    assert reply.status_code == 401
    assert [error["status"] for error in reply.json()] == [401]


def test_every_answer_carries_the_rate_limit_headers(sandbox: RunningSandbox) -> None:
    answers = [
        _post(sandbox, bigcommerce_order()),
        _post(sandbox, {}),
        _post(sandbox, bigcommerce_order(), {"X-Auth-Token": "wrong"}),
        requests.get(f"{_orders_url(sandbox)}/count", headers=HEADERS, timeout=5),
    ]
    for reply in answers:
        assert all(name in reply.headers for name in RATE_HEADERS), reply.status_code
    assert [int(reply.headers["X-Rate-Limit-Requests-Left"]) for reply in answers] == [149, 148, 147, 146]
    last = answers[-1].headers
    assert last["X-Rate-Limit-Requests-Quota"] == "150"
    assert last["X-Rate-Limit-Time-Window-Ms"] == "30000"
    assert 0 < int(last["X-Rate-Limit-Time-Reset-Ms"]) <= 30000


def test_429_once_the_quota_is_used_until_the_window_resets(sandbox: RunningSandbox) -> None:
    _configure(sandbox, bigcommerce_quota=3, bigcommerce_window_ms=400)
    statuses = [_post(sandbox, bigcommerce_order()).status_code for _ in range(3)]
    refused = _post(sandbox, bigcommerce_order())
    assert statuses == [201, 201, 201]
    assert refused.status_code == 429
    assert refused.headers["X-Rate-Limit-Requests-Left"] == "0"
    assert [error["status"] for error in refused.json()] == [429]
    time.sleep(int(refused.headers["X-Rate-Limit-Time-Reset-Ms"]) / 1000 + 0.05)
    assert _post(sandbox, bigcommerce_order()).status_code == 201
    assert len(requests.get(f"{sandbox.url}/_sandbox/received/bigcommerce", timeout=5).json()) == 4


def test_each_store_has_its_own_window(sandbox: RunningSandbox) -> None:
    _configure(sandbox, bigcommerce_quota=1)
    assert _post(sandbox, bigcommerce_order()).status_code == 201
    other = requests.post(_orders_url(sandbox, "other"), json=bigcommerce_order(), headers=HEADERS, timeout=5)
    assert other.status_code == 201


def test_lookup_by_external_order_id(sandbox: RunningSandbox) -> None:
    _post(sandbox, bigcommerce_order(external_order_id="A"))
    _post(sandbox, bigcommerce_order(external_order_id="AB"))
    found = requests.get(_orders_url(sandbox), params={"external_order_id": "A"}, headers=HEADERS, timeout=5)
    assert found.status_code == 200
    assert [(order["id"], order["external_order_id"]) for order in found.json()] == [(3001, "A")]


def test_a_lookup_without_match_answers_204_without_body(sandbox: RunningSandbox) -> None:
    reply = requests.get(_orders_url(sandbox), params={"external_order_id": "none"}, headers=HEADERS, timeout=5)
    assert reply.status_code == 204
    assert reply.content == b""


def test_one_order_and_a_missing_one(sandbox: RunningSandbox) -> None:
    order_id = _post(sandbox, bigcommerce_order()).json()["id"]
    found = requests.get(f"{_orders_url(sandbox)}/{order_id}", headers=HEADERS, timeout=5)
    missing = requests.get(f"{_orders_url(sandbox)}/99", headers=HEADERS, timeout=5)
    assert found.json()["id"] == order_id
    assert missing.status_code == 404
    assert [error["status"] for error in missing.json()] == [404]


def test_count_is_a_cheap_auth_check(sandbox: RunningSandbox) -> None:
    _post(sandbox, bigcommerce_order())
    reply = requests.get(f"{_orders_url(sandbox)}/count", headers=HEADERS, timeout=5)
    answer = reply.json()
    assert reply.status_code == 200
    assert answer["count"] == 1
    assert {status["name"]: status["count"] for status in answer["statuses"]}["Incomplete"] == 1
    refused = requests.get(f"{_orders_url(sandbox)}/count", headers={"X-Auth-Token": "x"}, timeout=5)
    assert refused.status_code == 401


def test_paths_outside_a_store_are_not_found(sandbox: RunningSandbox) -> None:
    reply = requests.get(f"{sandbox.base_url('bigcommerce')}/v2/orders", headers=HEADERS, timeout=5)
    assert reply.status_code == 404
