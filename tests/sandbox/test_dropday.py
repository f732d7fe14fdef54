"""Dropday on the sandbox: the documented created, duplicate, 422, 401 and list bodies."""

from __future__ import annotations

from typing import Any

import requests

from orderdesk.sandbox.server import RunningSandbox
from tests.sandbox.examples import dropday_order

HEADERS = {"api-key": "sandbox", "account-id": "101", "Accept": "application/json"}


def _post(sandbox: RunningSandbox, body: Any, headers: dict[str, str] = HEADERS) -> requests.Response:
    return requests.post(f"{sandbox.base_url('dropday')}/orders", json=body, headers=headers, timeout=5)


def test_created_answers_the_documented_body(sandbox: RunningSandbox) -> None:
    reply = _post(sandbox, dropday_order())
    assert reply.status_code == 200
    assert reply.json() == {"message": "Order created", "reference": 1001}


def test_a_repeated_external_id_answers_already_exists_with_the_first_reference(sandbox: RunningSandbox) -> None:
    first = _post(sandbox, dropday_order()).json()
    _post(sandbox, dropday_order(external_id="OTHER"))
    again = _post(sandbox, dropday_order(total=1))
    assert again.status_code == 200
    assert again.json() == {"message": "Order already exists", "reference": first["reference"]}
    received = requests.get(f"{sandbox.url}/_sandbox/received/dropday", timeout=5).json()
    assert [body["external_id"] for body in received] == ["L41223D", "OTHER"]


def test_field_errors_answer_422_in_the_docs_words_and_spelling(sandbox: RunningSandbox) -> None:
    body = dropday_order()
    del body["external_id"]
    del body["shipping_address"]["first_name"]
    del body["products"][0]["external_id"]
    reply = _post(sandbox, body)
    assert reply.status_code == 422
    assert reply.json() == {
        "message": "Errors",
        "errors": {
            "external_id": ["The external id field is required."],
            "shipping_address.firstname": ["The shipping address.firstname field is required."],
            "products.0.external_id": ["The products.0.external_id field is required."],
        },
    }


def test_other_rules_keep_the_targets_message(sandbox: RunningSandbox) -> None:
    reply = _post(sandbox, dropday_order(total="a lot"))
    assert reply.status_code == 422
    assert list(reply.json()["errors"]) == ["total"]
    assert "required" not in reply.json()["errors"]["total"][0]


def test_a_body_that_is_not_json_is_validated_as_empty(sandbox: RunningSandbox) -> None:
    reply = requests.post(f"{sandbox.base_url('dropday')}/orders", data=b"{oops", headers=HEADERS, timeout=5)
    assert reply.status_code == 422
    assert "external_id" in reply.json()["errors"]


def test_a_wrong_key_or_no_account_answers_401(sandbox: RunningSandbox) -> None:
    unauthorized = {"message": "Unauthorized", "error": "Invalid or missing api-key or account-id header"}
    for headers in ({"api-key": "wrong", "account-id": "1"}, {"api-key": "sandbox"}):
        reply = _post(sandbox, dropday_order(), headers)
        assert reply.status_code == 401
        assert reply.json() == unauthorized
    assert requests.get(f"{sandbox.url}/_sandbox/received/dropday", timeout=5).json() == []


def test_the_base_url_is_the_connection_test(sandbox: RunningSandbox) -> None:
    assert requests.get(sandbox.base_url("dropday"), headers=HEADERS, timeout=5).status_code == 200
    assert requests.get(sandbox.base_url("dropday"), timeout=5).status_code == 401


def test_the_list_finds_by_partial_external_id_in_the_documented_shape(sandbox: RunningSandbox) -> None:
    _post(sandbox, dropday_order(external_id="ORD-1"))
    _post(sandbox, dropday_order(external_id="ORD-10"))
    _post(sandbox, dropday_order(external_id="X-2"))
    reply = requests.get(
        f"{sandbox.base_url('dropday')}/orders", params={"external_id": "ORD-1"}, headers=HEADERS, timeout=5
    )
    page = reply.json()
    assert reply.status_code == 200
    assert [order["external_id"] for order in page["data"]] == ["ORD-1", "ORD-10"]
    assert [order["reference"] for order in page["data"]] == ["1001", "1002"]
    assert page["meta"]["total"] == 2 and page["current_page"] == 1
    first = page["data"][0]
    assert first["shipping_address"]["first_name"] == "John"
    assert first["order_lines"][0]["external_id"] == "1"
    assert first["order_lines"][0]["price"] == 10.99


def test_test_orders_are_listed_only_when_asked_for(sandbox: RunningSandbox) -> None:
    _post(sandbox, dropday_order(test=True))
    url = f"{sandbox.base_url('dropday')}/orders"
    hidden = requests.get(url, params={"external_id": "L41223D"}, headers=HEADERS, timeout=5).json()
    shown = requests.get(
        url, params={"external_id": "L41223D", "include_test": "true"}, headers=HEADERS, timeout=5
    ).json()
    assert hidden["data"] == []
    assert [order["test"] for order in shown["data"]] == [True]


def test_one_order_by_reference_and_the_documented_404(sandbox: RunningSandbox) -> None:
    reference = _post(sandbox, dropday_order()).json()["reference"]
    found = requests.get(f"{sandbox.base_url('dropday')}/orders/{reference}", headers=HEADERS, timeout=5)
    missing = requests.get(f"{sandbox.base_url('dropday')}/orders/INVALID-REF", headers=HEADERS, timeout=5)
    assert found.json()["external_id"] == "L41223D"
    assert missing.status_code == 404
    assert missing.json() == {"message": "Not Found", "error": "Order with reference 'INVALID-REF' not found"}


def test_other_methods_and_paths_are_refused(sandbox: RunningSandbox) -> None:
    base = sandbox.base_url("dropday")
    assert requests.delete(f"{base}/orders", headers=HEADERS, timeout=5).status_code == 405
    assert requests.get(f"{base}/customers", headers=HEADERS, timeout=5).status_code == 404
