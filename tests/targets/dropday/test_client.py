"""Tests for the Dropday client against the sandbox on loopback: every outcome, retries, lookups."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from orderdesk.config.profiles import Profile
from orderdesk.core.outcome import OutcomeKind
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.targets.dropday.client import DropdayClient
from orderdesk.transport.replies import ConnectionState
from orderdesk.transport.settings import HttpSettings, Timeouts
from tests.client_support import (
    FAST,
    MemorySecrets,
    free_port,
    inject,
    received,
    secrets_for,
)


def test_created_with_the_reference_and_both_headers(
    client: DropdayClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.CREATED and outcome.reference == "1001"
    assert outcome.status == 200
    assert [order["external_id"] for order in received(sandbox, "dropday")] == ["L41223D"]


def test_the_same_external_id_again_is_a_duplicate_with_the_existing_reference(
    client: DropdayClient, body: dict[str, Any]
) -> None:
    assert client.submit(body).reference == "1001"
    again = client.submit(body)
    assert again.kind is OutcomeKind.DUPLICATE and again.reference == "1001"
    assert again.succeeded


def test_422_errors_land_on_draft_paths_and_unknown_fields_on_the_order(
    client: DropdayClient, body: dict[str, Any]
) -> None:
    del body["shipping_address"]["first_name"]
    del body["products"][0]["external_id"]
    body["colour"] = "red"
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.REJECTED and outcome.status == 422
    errors = outcome.errors.errors
    # Dropday reports the address field as "shipping_address.firstname", as its doc's example does.
    assert errors["shipping.first_name"] == ["The shipping address.firstname field is required."]
    assert errors["lines.0.external_id"] == ["The products.0.external_id field is required."]
    assert errors[""] == ["colour: Not a field of this API"]


def test_a_wrong_api_key_is_unauthorized(profile: Profile, body: dict[str, Any], sandbox: RunningSandbox) -> None:
    client = DropdayClient(profile, secrets_for(profile, "wrong-key"), FAST)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.UNAUTHORIZED and outcome.status == 401
    assert "Invalid or missing api-key" in outcome.reason
    assert received(sandbox, "dropday") == []


def test_a_profile_without_a_key_cannot_make_a_client(profile: Profile) -> None:
    from orderdesk.transport.replies import MissingSecret

    with pytest.raises(MissingSecret, match="No API key is stored for profile 'test'"):
        DropdayClient(profile, MemorySecrets(), FAST)


def test_429_is_waited_out_then_created(client: DropdayClient, body: dict[str, Any], sandbox: RunningSandbox) -> None:
    inject(sandbox, "dropday", "429", retry_after=0)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.CREATED and outcome.reference == "1001"


def test_429_for_longer_than_the_budget_fails_retryable(
    client: DropdayClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "dropday", "429", retry_after=3600)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.FAILED and outcome.retryable and outcome.status == 429
    assert "Try again in 3600 s" in outcome.reason


def test_500_is_retried_and_then_created(client: DropdayClient, body: dict[str, Any], sandbox: RunningSandbox) -> None:
    inject(sandbox, "dropday", "500", count=2)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.CREATED and outcome.reference == "1001"


def test_500_on_every_try_fails_retryable_with_status_and_body(
    client: DropdayClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "dropday", "500", count=3)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.FAILED and outcome.retryable and outcome.status == 500
    assert "(3 tries)" in outcome.reason and "safe" in outcome.reason
    assert outcome.response_text.startswith('{"message": "Internal Server Error"')


def test_an_html_error_page_fails_with_status_and_the_start_of_the_page(
    client: DropdayClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "dropday", "html", count=3, status=502)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.FAILED and outcome.status == 502
    assert "an HTML page" in outcome.reason
    assert outcome.response_text.startswith("<!DOCTYPE html> <html><head><title>502 Bad Gateway")


@pytest.mark.parametrize(("fault", "words"), [("invalid_json", "not valid JSON"), ("empty", "an empty body")])
def test_an_unreadable_answer_fails_clearly_and_a_resend_is_safe(
    client: DropdayClient, body: dict[str, Any], sandbox: RunningSandbox, fault: str, words: str
) -> None:
    inject(sandbox, "dropday", fault)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.FAILED and outcome.retryable and outcome.status == 200
    assert words in outcome.reason
    # The sandbox took the order before spoiling its answer; Dropday's idempotency makes a resend harmless.
    again = client.submit(body)
    assert again.kind is OutcomeKind.DUPLICATE and again.reference == "1001"
    assert len(received(sandbox, "dropday")) == 1


def test_a_connection_dropped_mid_answer_is_retried_and_finds_the_order(
    client: DropdayClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "dropday", "drop", partial=True)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.DUPLICATE and outcome.reference == "1001"
    assert "earlier try" in outcome.reason
    assert len(received(sandbox, "dropday")) == 1


def test_a_slow_answer_hits_the_read_timeout_and_is_retried(
    profile: Profile, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    settings = HttpSettings(timeouts=Timeouts(connect=1.0, read=0.2), retry=FAST.retry)
    client = DropdayClient(profile, secrets_for(profile), settings)
    inject(sandbox, "dropday", "latency", seconds=0.4)
    assert client.submit(body).kind is OutcomeKind.DUPLICATE

    inject(sandbox, "dropday", "latency", seconds=0.4, count=3)
    body["external_id"] = "SLOW-2"
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.FAILED and outcome.retryable
    assert "did not answer within 0.2 s" in outcome.reason and "(3 tries)" in outcome.reason


def test_lookup_finds_only_the_exact_external_id(
    client: DropdayClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    client.submit(body)
    found = client.lookup(body)
    assert (found.found, found.reference) == (True, "1001")
    assert found.url.endswith("/orders?external_id=L41223D&include_test=true&per_page=100")
    shorter = copy.deepcopy(body)
    shorter["external_id"] = "L41223"  # Dropday's filter matches partially; "L41223D" is not this order
    assert client.lookup(shorter).found is False
    assert client.lookup({}).found is None


def test_lookup_finds_test_orders_too(client: DropdayClient, body: dict[str, Any]) -> None:
    body["test"] = True
    client.submit(body)
    assert client.lookup(body).found is True


def test_check_tells_valid_invalid_and_unreachable(profile: Profile) -> None:
    assert DropdayClient(profile, secrets_for(profile), FAST).check().state is ConnectionState.VALID
    assert DropdayClient(profile, secrets_for(profile, "nope"), FAST).check().state is ConnectionState.INVALID
    nowhere = profile.model_copy(update={"base_url": f"http://127.0.0.1:{free_port()}/dropday/api/v1"})
    check = DropdayClient(nowhere, secrets_for(nowhere), FAST).check()
    assert check.state is ConnectionState.UNREACHABLE and "Could not connect" in check.detail


@pytest.mark.parametrize("key", ["sandbox\N{HORIZONTAL ELLIPSIS}", " sandbox"])
def test_a_key_no_header_can_carry_fails_as_not_sent_instead_of_raising(
    profile: Profile, body: dict[str, Any], sandbox: RunningSandbox, key: str
) -> None:
    client = DropdayClient(profile, secrets_for(profile, key), FAST)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.FAILED and outcome.retryable
    assert "nothing was sent" in outcome.reason
    assert received(sandbox, "dropday") == []
    check = client.check()
    assert check.state is ConnectionState.UNREACHABLE and "nothing was sent" in check.detail


def test_journal_headers_hold_no_key(client: DropdayClient, body: dict[str, Any]) -> None:
    headers = client.journal_headers()
    assert headers["account-id"] == "101" and headers["Content-Type"] == "application/json"
    assert not any(name.lower() == "api-key" for name in headers)
    assert client.create_request(body) == ("POST", client.create_request(body)[1])
    assert client.create_request(body)[1].endswith("/dropday/api/v1/orders")


def test_lookup_reads_further_pages_of_partial_matches(client: DropdayClient, body: dict[str, Any]) -> None:
    for number in range(10, 110):  # a full page of orders whose external id contains "L-1"
        client.submit({**body, "external_id": f"L-{number}"})
    client.submit({**body, "external_id": "L-1"})
    found = client.lookup({**body, "external_id": "L-1"})
    assert (found.found, found.reference) == (True, "1101")
    assert client.lookup({**body, "external_id": "L-2"}).found is False
