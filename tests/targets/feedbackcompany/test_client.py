"""Tests for the Feedback Company client: the cached OAuth token, one retry on a 401, and every outcome."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from orderdesk.config.profiles import Profile
from orderdesk.core.outcome import OutcomeKind
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.targets.feedbackcompany.client import FeedbackCompanyClient, token_expiry
from orderdesk.transport.replies import ConnectionState
from orderdesk.transport.settings import HttpSettings, Timeouts
from tests.client_support import (
    FAST,
    MemorySecrets,
    configure,
    inject,
    received,
    scripted_server,
    secrets_for,
)


def test_created_and_the_token_is_cached_until_it_expires(
    client: FeedbackCompanyClient, secrets: MemorySecrets, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.CREATED and outcome.status == 201
    assert outcome.reference == "08b747cb-e20a-4644-9900-7db115e2f249"  # the answer has no id: the external id
    token, expires_at = secrets.tokens["test"]
    assert expires_at > time.time() + 29 * 86_400  # the sandbox's tokens live 30 days
    assert client.submit({**body, "external_id": "second"}).kind is OutcomeKind.CREATED
    assert secrets.token_writes == 1 and secrets.tokens["test"][0] == token
    assert len(received(sandbox, "feedbackcompany")) == 2


def test_a_token_close_to_expiry_is_replaced_before_use(
    client: FeedbackCompanyClient, secrets: MemorySecrets, body: dict[str, Any]
) -> None:
    secrets.tokens["test"] = ("old-token", time.time() + 10)
    assert client.submit(body).kind is OutcomeKind.CREATED
    assert secrets.tokens["test"][0] != "old-token" and secrets.token_writes == 1


def test_a_401_fetches_a_new_token_and_sends_once_more(
    client: FeedbackCompanyClient, secrets: MemorySecrets, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    client.submit(body)
    first = secrets.tokens["test"][0]
    configure(sandbox, feedbackcompany_expire_tokens=True)
    outcome = client.submit({**body, "external_id": "after-expiry"})
    assert outcome.kind is OutcomeKind.CREATED
    assert secrets.token_writes == 2 and secrets.tokens["test"][0] != first
    assert [order["external_id"] for order in received(sandbox, "feedbackcompany")][-1] == "after-expiry"


def test_a_second_401_is_unauthorized_after_exactly_one_retry(profile: Profile, body: dict[str, Any]) -> None:
    answer = {"error": False, "access_token": "t1", "expires_on": "Nov, 28 2099 15:39:00 UTC"}
    token = (200, {}, json.dumps(answer).encode())
    refused = (401, {}, b'{"success": false, "error": "The access token is invalid or has expired"}')
    with scripted_server() as server:
        server.script = [token, refused, token, refused]
        nowhere = profile.model_copy(update={"base_url": server.url})
        outcome = FeedbackCompanyClient(nowhere, secrets_for(nowhere), FAST).submit(body)
        paths = [(method, path.split("?")[0]) for method, path, _, _ in server.received]
    assert outcome.kind is OutcomeKind.UNAUTHORIZED and "invalid or has expired" in outcome.reason
    assert paths == [("GET", "/oauth2/token"), ("POST", "/orders")] * 2


@pytest.mark.parametrize(
    "answer",
    [
        (400, {"error": "invalid_grant", "access_token": "tok-REFUSED-4f1e"}),
        (200, {"error": True, "access_token": "tok-REFUSED-4f1e"}),
        (202, {"access_token": "tok-REFUSED-4f1e", "note": "pending"}),
    ],
)
def test_a_token_in_a_refused_or_unexpected_token_answer_is_kept_out_of_the_outcome(
    profile: Profile, body: dict[str, Any], answer: tuple[int, dict[str, Any]]
) -> None:
    status, payload = answer
    with scripted_server() as server:
        server.script = [(status, {}, json.dumps(payload).encode())]
        nowhere = profile.model_copy(update={"base_url": server.url})
        client = FeedbackCompanyClient(nowhere, secrets_for(nowhere), FAST)
        outcome = client.submit(body)
        check = client.check()
    assert outcome.kind is not OutcomeKind.CREATED and outcome.status == status
    assert "tok-REFUSED-4f1e" not in outcome.response_text and "[secret]" in outcome.response_text
    assert "tok-REFUSED-4f1e" not in outcome.reason + check.detail
    assert [path.split("?")[0] for _, path, _, _ in server.received] == ["/oauth2/token"] * 2


def test_a_wrong_client_secret_is_unauthorized_and_nothing_is_sent(
    profile: Profile, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    secrets = secrets_for(profile, "wrong")
    outcome = FeedbackCompanyClient(profile, secrets, FAST).submit(body)
    assert outcome.kind is OutcomeKind.UNAUTHORIZED and outcome.status == 401
    assert "Invalid client_id or client_secret" in outcome.reason
    assert secrets.tokens == {} and received(sandbox, "feedbackcompany") == []


def test_field_errors_land_on_draft_paths(client: FeedbackCompanyClient, body: dict[str, Any]) -> None:
    body["customer"]["email"] = "not-an-address"
    body["products"][0]["url"] = "nope"
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.REJECTED and outcome.status == 422
    assert outcome.errors.errors == {
        "customer.email": ["Not a valid e-mail address"],
        "lines.0.url": ["Not a valid URL (http:// or https://)"],
    }


def test_429_is_waited_out_then_created(
    client: FeedbackCompanyClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    client.submit({**body, "external_id": "warm"})  # a cached token: the 429 meets the order itself
    inject(sandbox, "feedbackcompany", "429", retry_after=0)
    assert client.submit(body).kind is OutcomeKind.CREATED


def test_500_on_the_order_is_unknown_and_never_resent(
    client: FeedbackCompanyClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    client.submit({**body, "external_id": "warm"})
    inject(sandbox, "feedbackcompany", "500")
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.UNKNOWN and outcome.status == 500
    assert [order["external_id"] for order in received(sandbox, "feedbackcompany")] == ["warm"]


def test_500_on_the_token_request_is_retried_then_fails_without_sending(
    client: FeedbackCompanyClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "feedbackcompany", "500", count=3)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.FAILED and outcome.retryable and outcome.status == 500
    assert "access token" in outcome.reason
    assert received(sandbox, "feedbackcompany") == []


def test_429_on_the_token_request_is_a_retryable_failure_with_the_wait(
    client: FeedbackCompanyClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    # No cached token, so the token request meets the 429; 30 s is past FAST's retry budget.
    inject(sandbox, "feedbackcompany", "429", retry_after=30, count=3)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.FAILED and outcome.retryable and outcome.status == 429
    assert "access token" in outcome.reason and "in 30 s" in outcome.reason
    assert "refused the credentials" not in outcome.reason
    check = client.check()
    assert check.state is ConnectionState.UNREACHABLE and "in 30 s" in check.detail
    assert received(sandbox, "feedbackcompany") == []


@pytest.mark.parametrize(("fault", "options"), [("500", {}), ("html", {"status": 503})])
def test_a_server_error_on_the_token_request_is_a_retryable_failure(
    client: FeedbackCompanyClient, body: dict[str, Any], sandbox: RunningSandbox, fault: str, options: dict[str, Any]
) -> None:
    inject(sandbox, "feedbackcompany", fault, count=3, **options)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.FAILED and outcome.retryable and outcome.status >= 500
    assert "server error" in outcome.reason and "access token" in outcome.reason
    assert received(sandbox, "feedbackcompany") == []


@pytest.mark.parametrize(
    ("fault", "status", "start"), [("html", 502, "<!DOCTYPE html>"), ("invalid_json", 200, '{"succes')]
)
def test_unreadable_answers_are_unknown_with_status_and_body(
    client: FeedbackCompanyClient, body: dict[str, Any], sandbox: RunningSandbox, fault: str, status: int, start: str
) -> None:
    client.submit({**body, "external_id": "warm"})
    inject(sandbox, "feedbackcompany", fault)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.UNKNOWN and outcome.status == status
    assert outcome.response_text.startswith(start)


def test_a_dropped_connection_is_unknown_and_cannot_be_looked_up(
    client: FeedbackCompanyClient, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    client.submit({**body, "external_id": "warm"})
    inject(sandbox, "feedbackcompany", "drop")
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.UNKNOWN
    assert len(received(sandbox, "feedbackcompany")) == 2
    lookup = client.lookup(body)
    assert lookup.found is None and "dashboard" in lookup.reason


def test_a_slow_answer_hits_the_read_timeout_and_is_unknown(
    profile: Profile, secrets: MemorySecrets, body: dict[str, Any], sandbox: RunningSandbox
) -> None:
    client = FeedbackCompanyClient(profile, secrets, HttpSettings(timeouts=Timeouts(read=0.2), retry=FAST.retry))
    client.submit({**body, "external_id": "warm"})
    inject(sandbox, "feedbackcompany", "latency", seconds=0.4)
    outcome = client.submit(body)
    assert outcome.kind is OutcomeKind.UNKNOWN and "did not answer within 0.2 s" in outcome.reason


def test_check_fetches_a_token(profile: Profile) -> None:
    assert FeedbackCompanyClient(profile, secrets_for(profile), FAST).check().state is ConnectionState.VALID
    invalid = FeedbackCompanyClient(profile, secrets_for(profile, "nope"), FAST).check()
    assert invalid.state is ConnectionState.INVALID and "Invalid client_id or client_secret" in invalid.detail


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"expires_on": "Nov, 28 2025 15:39:00 UTC"}, 1764344340.0),
        ({"expires_on": "2025-11-28T15:39:00+00:00"}, 1764344340.0),
        ({"expires_on": "2025-11-28 15:39:00"}, 1764344340.0),
        ({"expires_on": 1764344340}, 1764344340.0),
        ({"expires_on": "1764344340"}, 1764344340.0),
        ({"expires_in": 60}, 1000.0 + 60),
        ({"expires_on": "someday"}, 1000.0 + 3600),
        ({}, 1000.0 + 3600),
    ],
)
def test_token_expiry(answer: dict[str, Any], expected: float) -> None:
    assert token_expiry(answer, now=1000.0) == expected
