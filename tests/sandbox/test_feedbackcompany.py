"""Feedback Company on the sandbox: the token flow, 201 ``success: true``, 401 on a stale token."""

from __future__ import annotations

import re
import time
from typing import Any

import requests

from orderdesk.sandbox.feedbackcompany import expires_on
from orderdesk.sandbox.server import RunningSandbox
from tests.sandbox.examples import feedbackcompany_order

CREDENTIALS = {"client_id": "shop-1", "client_secret": "sandbox", "grant_type": "authorization_code"}


def _token(sandbox: RunningSandbox, **changes: str) -> requests.Response:
    params = {**CREDENTIALS, **changes}
    return requests.get(f"{sandbox.base_url('feedbackcompany')}/oauth2/token", params=params, timeout=5)


def _post(sandbox: RunningSandbox, body: Any, token: str) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"}
    return requests.post(f"{sandbox.base_url('feedbackcompany')}/orders", json=body, headers=headers, timeout=5)


def test_the_token_endpoint_answers_a_token_and_its_expiry(sandbox: RunningSandbox) -> None:
    reply = _token(sandbox)
    answer = reply.json()
    assert reply.status_code == 200
    assert answer["error"] is False
    assert len(answer["access_token"]) >= 20
    assert re.fullmatch(r"[A-Z][a-z]{2}, \d\d \d{4} \d\d:\d\d:\d\d UTC", answer["expires_on"])


def test_expires_on_is_written_the_way_integrations_parse_it() -> None:
    assert expires_on(1764344340) == "Nov, 28 2025 15:39:00 UTC"


def test_a_wrong_secret_or_grant_type_gets_no_token(sandbox: RunningSandbox) -> None:
    wrong_secret = _token(sandbox, client_secret="nope")
    wrong_grant = _token(sandbox, grant_type="client_credentials")
    assert wrong_secret.status_code == 401 and wrong_secret.json()["error"] is True
    assert wrong_grant.status_code == 400 and wrong_grant.json()["error"] is True
    assert "access_token" not in wrong_secret.json()


def test_an_order_with_a_token_is_created(sandbox: RunningSandbox) -> None:
    reply = _post(sandbox, feedbackcompany_order(), _token(sandbox).json()["access_token"])
    assert reply.status_code == 201
    assert reply.json() == {"success": True}
    received = requests.get(f"{sandbox.url}/_sandbox/received/feedbackcompany", timeout=5).json()
    assert [body["external_id"] for body in received] == ["08b747cb-e20a-4644-9900-7db115e2f249"]


def test_an_unknown_token_answers_401_with_success_false(sandbox: RunningSandbox) -> None:
    reply = _post(sandbox, feedbackcompany_order(), "made-up")
    assert reply.status_code == 401
    assert reply.json()["success"] is False
    missing = requests.post(f"{sandbox.base_url('feedbackcompany')}/orders", json={}, timeout=5)
    assert missing.status_code == 401


def test_expired_tokens_answer_401_until_a_new_one_is_fetched(sandbox: RunningSandbox) -> None:
    token = _token(sandbox).json()["access_token"]
    expired = requests.post(f"{sandbox.url}/_sandbox/config", json={"feedbackcompany_expire_tokens": True}, timeout=5)
    assert expired.status_code == 200
    assert _post(sandbox, feedbackcompany_order(), token).status_code == 401
    fresh = _token(sandbox).json()["access_token"]
    assert _post(sandbox, feedbackcompany_order(), fresh).status_code == 201


def test_tokens_live_as_long_as_configured(sandbox: RunningSandbox) -> None:
    requests.post(f"{sandbox.url}/_sandbox/config", json={"feedbackcompany_token_seconds": 1}, timeout=5)
    answer = _token(sandbox).json()
    assert _post(sandbox, feedbackcompany_order(), answer["access_token"]).status_code == 201
    time.sleep(1.05)
    assert _post(sandbox, feedbackcompany_order(), answer["access_token"]).status_code == 401


def test_an_invalid_order_answers_success_false_with_the_error(sandbox: RunningSandbox) -> None:
    body = feedbackcompany_order(customer={"email": "not-an-address"})
    reply = _post(sandbox, body, _token(sandbox).json()["access_token"])
    assert reply.status_code == 422
    answer = reply.json()
    assert answer["success"] is False
    assert answer["error"].startswith("customer.email: ")


def test_only_the_documented_methods_are_served(sandbox: RunningSandbox) -> None:
    base = sandbox.base_url("feedbackcompany")
    assert requests.post(f"{base}/oauth2/token", params=CREDENTIALS, timeout=5).status_code == 405
    assert requests.get(f"{base}/orders", timeout=5).status_code == 405
    assert requests.get(f"{base}/reviews", timeout=5).status_code == 404
