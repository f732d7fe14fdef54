"""Tests for the BigCommerce client against the sandbox on loopback: no blind resends, rate limits, lookups."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from orderdesk.config.profiles import Profile
from orderdesk.core import jsonio
from orderdesk.core.outcome import OutcomeKind
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.targets.bigcommerce.client import BigCommerceClient
from orderdesk.transport.replies import ConnectionState
from orderdesk.transport.settings import HttpSettings, RetryPolicy, Timeouts
from tests.client_support import FAST, configure, inject, received, scripted_server, secrets_for

EXAMPLE = Path(__file__).parent / "examples" / "custom_product.json"


@pytest.fixture
def body(client: BigCommerceClient) -> dict[str, Any]:
    """The OAS's "Custom Product" example, prepared for sending (it gets an external order id)."""
    example: dict[str, Any] = jsonio.read_body(EXAMPLE)
    return client.prepare({**example, "external_order_id": "PHONE-1"})


def test_prepare_adds_an_external_order_id_and_source_to_look_the_order_up_by(client: BigCommerceClient) -> None:
    example: dict[str, Any] = jsonio.read_body(EXAMPLE)
    first, second = client.prepare(example), client.prepare(example)
    assert first["external_order_id"].startswith("orderdesk-")
    assert first["external_order_id"] != second["external_order_id"]
    assert first["external_source"] == "OrderDesk"
    assert "external_order_id" not in example  # the caller's body is left alone
    kept = client.prepare({**example, "external_order_id": "A-1", "external_source": "POS"})
    assert (kept["external_order_id"], kept["external_source"]) == ("A-1", "POS")


def test_created_with_the_order_id(client: BigCommerceClient, body: dict[str, Any], sandbox: RunningSandbox) -> None:
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.CREATED and outcome.reference == "3001" and outcome.status == 201
    [stored] = received(sandbox, "bigcommerce")
    assert stored["external_order_id"] == "PHONE-1" and stored["external_source"] == "OrderDesk"


def test_error_arrays_land_on_draft_paths(client: BigCommerceClient, body: dict[str, Any]) -> None:
    del body["billing_address"]["email"]
    del body["products"][0]["quantity"]
    body["colour"] = "red"
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.REJECTED and outcome.status == 422
    errors = outcome.errors.errors
    assert errors["customer.email"] == ["The required field 'billing_address.email' was not supplied."]
    assert errors["lines.0.quantity"] == ["The required field 'products.0.quantity' was not supplied."]
    assert any("colour" in message for message in errors[""])


def test_a_wrong_token_is_unauthorized(profile: Profile, body: dict[str, Any]) -> None:
    outcome = BigCommerceClient(profile, secrets_for(profile, "wrong"), FAST).submit(body)
    assert outcome.kind is OutcomeKind.UNAUTHORIZED and outcome.status == 401
    assert "X-Auth-Token" in outcome.reason


def test_429_is_waited_out_then_created(
    client: BigCommerceClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "bigcommerce", "429", retry_after=0)
    assert client.submit(body).kind is OutcomeKind.CREATED


def test_a_window_used_up_by_another_app_is_waited_out_from_the_reset_header(
    profile: Profile, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    configure(sandbox, bigcommerce_quota=1, bigcommerce_window_ms=300)
    other_app = BigCommerceClient(profile, secrets_for(profile), FAST)
    assert other_app.submit(body).kind is OutcomeKind.CREATED
    # This client has seen no rate-limit header yet: it meets a 429 that carries only X-Rate-Limit-Time-Reset-Ms.
    started = time.monotonic()
    outcome = BigCommerceClient(profile, secrets_for(profile), FAST).submit({**body, "external_order_id": "PHONE-2"})
    assert outcome.kind is OutcomeKind.CREATED
    assert time.monotonic() - started >= 0.2


def test_pacing_keeps_under_the_quota_without_any_429(
    profile: Profile, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    configure(sandbox, bigcommerce_quota=4, bigcommerce_window_ms=300)
    # No retries at all: a single 429 would show as a failed outcome.
    no_retry = HttpSettings(retry=RetryPolicy(attempts=1), rate_limit_reserve=1)
    client = BigCommerceClient(profile, secrets_for(profile), no_retry)
    started = time.monotonic()
    outcomes = [client.submit({**body, "external_order_id": f"P-{n}"}) for n in range(7)]
    assert [outcome.kind for outcome in outcomes] == [OutcomeKind.CREATED] * 7
    assert time.monotonic() - started >= 0.3  # it waited for at least one window to reset


def test_500_is_unknown_and_never_resent(
    client: BigCommerceClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "bigcommerce", "500")  # a resend would succeed, so CREATED would mean it resent
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.UNKNOWN and outcome.status == 500
    assert "look it up" in outcome.reason
    assert received(sandbox, "bigcommerce") == []


@pytest.mark.parametrize(
    ("fault", "status", "start"), [("html", 502, "<!DOCTYPE html>"), ("invalid_json", 200, '{"id": 3001,')]
)
def test_unreadable_answers_are_unknown_with_status_and_body(
    client: BigCommerceClient, body: dict[str, Any], sandbox: RunningSandbox, fault: str, status: int, start: str
) -> None:
    inject(sandbox, "bigcommerce", fault)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.UNKNOWN and outcome.status == status
    assert outcome.response_text.startswith(start)


@pytest.mark.parametrize(
    "answer",
    [b'{"x": [1]}', b"true", b"-5", b'{"id": {"x": [1]}}', b'{"id": true}', b'{"id": -5}', b'{"id": 0}',
     b'{"id": 1.5}', b'{"id": "3001"}', b'{"id": null}', b"[]"],
)
def test_a_201_without_a_positive_integer_id_is_unknown(
    profile: Profile, body: dict[str, Any], answer: bytes
) -> None:
    with scripted_server() as server:
        server.script = [(201, {"Content-Type": "application/json"}, answer)]
        elsewhere = profile.model_copy(update={"base_url": server.url})
        outcome = BigCommerceClient(elsewhere, secrets_for(elsewhere), FAST).submit(body)
        sent = len(server.received)
    assert outcome.kind is OutcomeKind.UNKNOWN and outcome.reference == ""
    assert outcome.status == 201 and "look it up" in outcome.reason
    assert outcome.response_text == answer.decode()
    assert sent == 1  # and never sent again by itself


def test_a_201_with_a_positive_integer_id_is_created_with_it(profile: Profile, body: dict[str, Any]) -> None:
    with scripted_server() as server:
        server.script = [(201, {"Content-Type": "application/json"}, b'{"id": 7, "status": "Pending"}')]
        elsewhere = profile.model_copy(update={"base_url": server.url})
        outcome = BigCommerceClient(elsewhere, secrets_for(elsewhere), FAST).submit(body)
    assert (outcome.kind, outcome.reference) == (OutcomeKind.CREATED, "7")


def test_a_dropped_connection_is_unknown_and_the_lookup_finds_the_order(
    client: BigCommerceClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "bigcommerce", "drop", partial=True)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.UNKNOWN and "broke off" in outcome.reason
    assert len(received(sandbox, "bigcommerce")) == 1  # it arrived: a blind resend would make a second order
    found = client.lookup(body)
    assert (found.found, found.reference) == (True, "3001")
    assert found.url.endswith("/v2/orders?external_order_id=PHONE-1")


def test_a_slow_answer_hits_the_read_timeout_and_is_unknown(
    profile: Profile, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    settings = HttpSettings(timeouts=Timeouts(read=0.2), retry=FAST.retry)
    client = BigCommerceClient(profile, secrets_for(profile), settings)
    inject(sandbox, "bigcommerce", "latency", seconds=0.4)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.UNKNOWN and "did not answer within 0.2 s" in outcome.reason


def test_lookup_without_a_match_is_not_found(client: BigCommerceClient, body: dict[str, Any]) -> None:
    assert client.lookup(body).found is False  # BigCommerce answers 204 with no body
    assert client.lookup({}).found is None


def test_check(profile: Profile) -> None:
    assert BigCommerceClient(profile, secrets_for(profile), FAST).check().state is ConnectionState.VALID
    assert BigCommerceClient(profile, secrets_for(profile, "nope"), FAST).check().state is ConnectionState.INVALID


def test_journal_headers_hold_no_token(client: BigCommerceClient, body: dict[str, Any]) -> None:
    assert not any(name.lower() == "x-auth-token" for name in client.journal_headers())
    assert client.create_request(body)[1].endswith("/bigcommerce/stores/store1/v2/orders")
