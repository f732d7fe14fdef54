"""The ``/_sandbox`` control endpoints: reset, received, config and their errors."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import requests

from orderdesk.sandbox.server import RunningSandbox
from tests.sandbox.examples import dropday_order

DROPDAY = {"api-key": "sandbox", "account-id": "101"}


def test_received_lists_accepted_bodies_in_order_per_api(sandbox: RunningSandbox) -> None:
    url = f"{sandbox.base_url('dropday')}/orders"
    for external_id in ("B", "A"):
        requests.post(url, json=dropday_order(external_id=external_id), headers=DROPDAY, timeout=5)
    received = requests.get(f"{sandbox.url}/_sandbox/received/dropday", timeout=5)
    assert received.status_code == 200
    assert [body["external_id"] for body in received.json()] == ["B", "A"]
    assert received.json()[0]["total"] == 435.45
    assert requests.get(f"{sandbox.url}/_sandbox/received/centra", timeout=5).json() == []


def test_reset_forgets_orders_faults_and_settings(sandbox: RunningSandbox) -> None:
    url = f"{sandbox.base_url('dropday')}/orders"
    requests.post(url, json=dropday_order(), headers=DROPDAY, timeout=5)
    requests.post(f"{sandbox.url}/_sandbox/faults", json={"api": "dropday", "fault": "500"}, timeout=5)
    requests.post(f"{sandbox.url}/_sandbox/config", json={"bigcommerce_quota": 5}, timeout=5)
    assert requests.post(f"{sandbox.url}/_sandbox/reset", timeout=5).json() == {"reset": True}
    assert requests.get(f"{sandbox.url}/_sandbox/received/dropday", timeout=5).json() == []
    assert requests.get(f"{sandbox.url}/_sandbox/config", timeout=5).json()["bigcommerce_quota"] == 150
    again = requests.post(url, json=dropday_order(), headers=DROPDAY, timeout=5)
    assert again.json() == {"message": "Order created", "reference": 1001}


def test_config_answers_the_settings_in_force(sandbox: RunningSandbox) -> None:
    reply = requests.post(f"{sandbox.url}/_sandbox/config", json={"bigcommerce_quota": 450}, timeout=5)
    assert reply.status_code == 200
    assert reply.json() == {
        "bigcommerce_quota": 450,
        "bigcommerce_window_ms": 30000,
        "feedbackcompany_token_seconds": 2592000,
    }


def test_bad_control_requests_answer_400_with_the_reason(sandbox: RunningSandbox) -> None:
    cases = [
        ("config", {"bigcommerce_quota": 0}, "bigcommerce_quota must be a whole number above 0"),
        ("config", {"colour": "red"}, "unknown setting 'colour'"),
        ("config", {"feedbackcompany_expire_tokens": "yes"}, "must be true or false"),
        ("faults", {"api": "dropday", "fault": "teapot"}, "fault must be one of"),
    ]
    for endpoint, body, reason in cases:
        reply = requests.post(f"{sandbox.url}/_sandbox/{endpoint}", json=body, timeout=5)
        assert reply.status_code == 400
        assert reason in reply.json()["error"]
    broken = requests.post(f"{sandbox.url}/_sandbox/faults", data=b"{", timeout=5)
    assert broken.status_code == 400


def test_unknown_control_endpoints_answer_404(sandbox: RunningSandbox) -> None:
    assert requests.get(f"{sandbox.url}/_sandbox/received/shopify", timeout=5).status_code == 404
    assert requests.get(f"{sandbox.url}/_sandbox/reset", timeout=5).status_code == 404


def test_hold_keeps_api_requests_waiting_until_release(sandbox: RunningSandbox) -> None:
    url = f"{sandbox.base_url('dropday')}/orders"
    assert requests.post(f"{sandbox.url}/_sandbox/hold", timeout=5).json() == {"held": True}
    with ThreadPoolExecutor(1) as pool:
        answer = pool.submit(requests.post, url, json=dropday_order(), headers=DROPDAY, timeout=30)
        time.sleep(0.5)
        assert not answer.done()
        assert requests.get(f"{sandbox.url}/_sandbox/received/dropday", timeout=5).json() == []
        assert requests.post(f"{sandbox.url}/_sandbox/release", timeout=5).json() == {"held": False}
        assert answer.result(10).json() == {"message": "Order created", "reference": 1001}
