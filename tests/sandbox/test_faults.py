"""Injected faults: each kind as a client sees it, then normal service again."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests

from orderdesk.sandbox.faults import Fault, FaultQueue, parse_fault
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sandbox.handlers import HANDLERS
from tests.sandbox.examples import bigcommerce_order, centra_order, dropday_order, feedbackcompany_order

DROPDAY = {"api-key": "sandbox", "account-id": "101"}


def _fault(sandbox: RunningSandbox, **fault: Any) -> None:
    reply = requests.post(f"{sandbox.url}/_sandbox/faults", json={"api": "dropday", **fault}, timeout=5)
    assert reply.status_code == 200, reply.text


def _post(sandbox: RunningSandbox, body: Any = None, timeout: float = 5) -> requests.Response:
    url = f"{sandbox.base_url('dropday')}/orders"
    return requests.post(url, json=body or dropday_order(), headers=DROPDAY, timeout=timeout)


def _received(sandbox: RunningSandbox, api: str = "dropday") -> list[Any]:
    return requests.get(f"{sandbox.url}/_sandbox/received/{api}", timeout=5).json()


def test_parse_fault_reads_the_documented_keys_with_defaults() -> None:
    api, fault, count = parse_fault({"api": "centra", "fault": "429", "count": 2, "retry_after": 3}, tuple(HANDLERS))
    assert (api, count) == ("centra", 2)
    assert fault == Fault("429", retry_after=3)
    assert parse_fault({"api": "dropday", "fault": "latency", "seconds": 0.5}, tuple(HANDLERS))[1].seconds == 0.5


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ({"api": "shopify", "fault": "500"}, "api must be"),
        ({"api": "dropday", "fault": "503"}, "fault must be"),
        ({"api": "dropday", "fault": "500", "count": 0}, "count"),
        ({"api": "dropday", "fault": "latency", "seconds": -1}, "seconds"),
        ({"api": "dropday", "fault": "drop", "partial": "yes"}, "partial"),
        ({"api": "dropday", "fault": "500", "colour": "red"}, "unknown keys: colour"),
        ({"api": "dropday", "fault": "reject"}, "needs field"),
        ({"api": "dropday", "fault": "reject", "field": "email", "message": ""}, "message must be"),
        ({"api": "dropday", "fault": "500", "field": "email"}, "reject fault only"),
        (["dropday"], "JSON object"),
    ],
)
def test_parse_fault_names_what_is_wrong(data: Any, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        parse_fault(data, tuple(HANDLERS))


def test_the_queue_applies_faults_in_order_for_their_count_then_none() -> None:
    queue = FaultQueue()
    queue.add("dropday", Fault("500"), 2)
    queue.add("dropday", Fault("empty"), 1)
    assert queue.remaining("dropday") == 3
    assert queue.take("centra") is None
    assert [queue.take("dropday") for _ in range(4)] == [Fault("500"), Fault("500"), Fault("empty"), None]


def test_500_answers_the_apis_documented_error_and_stores_nothing(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="500")
    failed = _post(sandbox)
    assert failed.status_code == 500
    assert failed.json() == {
        "message": "Internal Server Error",
        "error": "An unexpected error occurred. Please try again later.",
    }
    assert _received(sandbox) == []
    assert _post(sandbox).json() == {"message": "Order created", "reference": 1001}


def test_500_as_plain_text(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="500", plain=True)
    failed = _post(sandbox)
    assert failed.status_code == 500
    assert failed.headers["Content-Type"].startswith("text/plain")


def test_429_carries_retry_after(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="429", retry_after=7, count=2)
    first, second, third = _post(sandbox), _post(sandbox), _post(sandbox)
    assert (first.status_code, second.status_code, third.status_code) == (429, 429, 200)
    assert first.headers["Retry-After"] == "7"


def test_429_on_bigcommerce_also_carries_its_reset_header(sandbox: RunningSandbox) -> None:
    fault = {"api": "bigcommerce", "fault": "429", "retry_after": 2}
    requests.post(f"{sandbox.url}/_sandbox/faults", json=fault, timeout=5).raise_for_status()
    url = f"{sandbox.base_url('bigcommerce')}/stores/abc/v2/orders"
    reply = requests.post(url, json=bigcommerce_order(), headers={"X-Auth-Token": "sandbox"}, timeout=5)
    assert reply.status_code == 429
    assert reply.headers["Retry-After"] == "2"
    assert reply.headers["X-Rate-Limit-Time-Reset-Ms"] == "2000"
    assert reply.headers["X-Rate-Limit-Requests-Left"] == "0"
    assert reply.json() == [{"status": 429, "message": "Too Many Requests"}]


def test_html_answers_an_error_page(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="html")
    page = _post(sandbox)
    assert page.status_code == 502
    assert page.headers["Content-Type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in page.text
    _fault(sandbox, fault="html", status=200)
    assert _post(sandbox).status_code == 200
    assert _received(sandbox) == []


def test_invalid_json_answers_200_with_half_a_body_after_storing_the_order(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="invalid_json")
    reply = _post(sandbox)
    assert reply.status_code == 200
    with pytest.raises(requests.JSONDecodeError):
        reply.json()
    assert len(_received(sandbox)) == 1


def test_empty_answers_200_without_a_body(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="empty")
    reply = _post(sandbox)
    assert (reply.status_code, reply.content, reply.headers["Content-Length"]) == (200, b"", "0")
    assert len(_received(sandbox)) == 1


def test_drop_closes_the_connection_after_storing_the_order(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="drop")
    with pytest.raises(requests.ConnectionError):
        _post(sandbox)
    assert len(_received(sandbox)) == 1
    assert _post(sandbox).json()["message"] == "Order already exists"


def test_a_partial_drop_cuts_the_answer_short(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="drop", partial=True)
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        _post(sandbox)


def test_latency_outlasts_a_read_timeout_but_the_order_arrives(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="latency", seconds=0.6)
    started = time.monotonic()
    with pytest.raises(requests.ReadTimeout):
        _post(sandbox, timeout=0.2)
    assert time.monotonic() - started < 0.6
    assert len(_received(sandbox)) == 1


def test_latency_delays_the_answer(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="latency", seconds=0.3)
    started = time.monotonic()
    assert _post(sandbox).status_code == 200
    assert time.monotonic() - started >= 0.3


def test_faults_touch_only_their_api(sandbox: RunningSandbox) -> None:
    _fault(sandbox, fault="500")
    url = f"{sandbox.base_url('bigcommerce')}/stores/abc/v2/orders/count"
    assert requests.get(url, headers={"X-Auth-Token": "sandbox"}, timeout=5).status_code == 200
    assert _post(sandbox).status_code == 500


def test_parse_fault_reads_a_reject_with_a_default_message() -> None:
    _, fault, _ = parse_fault({"api": "centra", "fault": "reject", "field": "address.zipcode"}, tuple(HANDLERS))
    assert (fault.field, fault.message) == ("address.zipcode", "The value is not accepted.")
    assert not fault.processes_request


def test_a_reject_waits_at_the_head_of_the_queue_for_an_order() -> None:
    queue = FaultQueue()
    queue.add("feedbackcompany", Fault("reject", field="customer.email", message="No."), 1)
    assert queue.take("feedbackcompany", creates_order=False) is None  # the token request passes
    assert queue.take("feedbackcompany", creates_order=True) == Fault("reject", field="customer.email", message="No.")
    assert queue.remaining("feedbackcompany") == 0


def _send_order(sandbox: RunningSandbox, api: str) -> requests.Response:
    """One order to ``api`` as its client sends it (Feedback Company with a fresh token)."""
    base = sandbox.base_url(api)
    if api == "dropday":
        return requests.post(f"{base}/orders", json=dropday_order(), headers=DROPDAY, timeout=5)
    if api == "centra":
        return requests.post(f"{base}/order", json=centra_order(), headers={"API-Authorization": "sandbox"}, timeout=5)
    if api == "bigcommerce":
        url = f"{base}/stores/abc/v2/orders"
        return requests.post(url, json=bigcommerce_order(), headers={"X-Auth-Token": "sandbox"}, timeout=5)
    params = {"client_id": "shop", "client_secret": "sandbox", "grant_type": "authorization_code"}
    token = requests.get(f"{base}/oauth2/token", params=params, timeout=5).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    return requests.post(f"{base}/orders", json=feedbackcompany_order(), headers=headers, timeout=5)


@pytest.mark.parametrize(
    ("api", "field", "status", "answer"),
    [
        ("dropday", "shipping_address.postcode", 422,
         {"message": "Errors", "errors": {"shipping_address.postcode": ["No such postcode."]}}),
        ("centra", "deliveryAddress.zipcode", 200,
         {"status": "no", "code": -7, "msg": "deliveryAddress.zipcode: No such postcode."}),
        ("bigcommerce", "shipping_addresses.0.zip", 422,
         [{"status": 422, "message": "The field 'shipping_addresses.0.zip' is invalid: No such postcode."}]),
        ("feedbackcompany", "customer.email", 422,
         {"success": False, "error": "customer.email: No such postcode."}),
    ],
)
def test_reject_refuses_one_order_in_the_apis_own_error_shape_and_stores_nothing(
    sandbox: RunningSandbox, api: str, field: str, status: int, answer: Any
) -> None:
    fault = {"api": api, "fault": "reject", "field": field, "message": "No such postcode."}
    requests.post(f"{sandbox.url}/_sandbox/faults", json=fault, timeout=5).raise_for_status()
    refused = _send_order(sandbox, api)
    assert (refused.status_code, refused.json()) == (status, answer)
    assert _received(sandbox, api) == []
    assert _send_order(sandbox, api).status_code in (200, 201)  # then normal service
    assert len(_received(sandbox, api)) == 1
