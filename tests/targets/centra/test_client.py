"""Tests for the Centra client against the sandbox on loopback: status-based outcomes, batches, lookups."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from orderdesk.config.profiles import Profile
from orderdesk.core.outcome import OutcomeKind
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.targets.centra.client import CentraClient
from orderdesk.transport.replies import ConnectionState
from orderdesk.transport.settings import HttpSettings, Timeouts
from tests.client_support import FAST, inject, received, secrets_for


@pytest.fixture
def numbered(order: dict[str, Any]) -> dict[str, Any]:
    """The small valid order with an ``orderNumber``, which makes resending safe."""
    return {**order, "orderNumber": 5000}


def test_created_with_the_order_numbers(client: CentraClient, order: dict[str, Any], sandbox: RunningSandbox) -> None:
    outcome = client.submit(order)
    assert outcome.kind is OutcomeKind.CREATED and outcome.reference == "2001"
    assert received(sandbox, "centra") == [order]


def test_create_only_answers_one_order(client: CentraClient, order: dict[str, Any]) -> None:
    outcome = client.submit({**order, "createOnly": True})
    assert outcome.kind is OutcomeKind.CREATED and outcome.reference == "2001"


def test_the_reference_example_is_created(client: CentraClient, single_example: dict[str, Any]) -> None:
    assert client.submit(single_example).kind is OutcomeKind.CREATED


def test_a_taken_order_number_is_a_duplicate_confirmed_by_lookup(
    client: CentraClient, numbered: dict[str, Any]
) -> None:
    assert client.submit(numbered).reference == "5000"
    again = client.submit(numbered)
    assert again.kind is OutcomeKind.DUPLICATE and again.reference == "5000"
    assert again.status == 200


def test_a_failure_answered_with_200_is_rejected_at_order_level(client: CentraClient, order: dict[str, Any]) -> None:
    del order["address"]["country"]
    outcome = client.submit(order)
    assert outcome.kind is OutcomeKind.REJECTED and outcome.status == 200
    assert list(outcome.errors.errors) == [""]
    [message] = outcome.errors.errors[""]
    assert message.startswith("Centra refused the order: One or more required fields are missing (code -4): ")
    assert "address.country" in message


def test_an_empty_order_is_rejected_with_code_3(client: CentraClient, order: dict[str, Any]) -> None:
    order["products"] = []
    outcome = client.submit(order)
    assert outcome.kind is OutcomeKind.REJECTED
    assert "The order is empty (code -3)" in outcome.errors.errors[""][0]


def test_a_wrong_key_is_unauthorized(profile: Profile, order: dict[str, Any]) -> None:
    outcome = CentraClient(profile, secrets_for(profile, "wrong"), FAST).submit(order)
    assert outcome.kind is OutcomeKind.UNAUTHORIZED and outcome.status == 401
    assert "Invalid API-Authorization key" in outcome.reason


def test_429_is_waited_out_then_created(client: CentraClient, order: dict[str, Any], sandbox: RunningSandbox) -> None:
    inject(sandbox, "centra", "429", retry_after=0)
    assert client.submit(order).kind is OutcomeKind.CREATED


def test_500_without_order_number_is_unknown_and_not_resent(
    client: CentraClient, order: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "centra", "500")  # one failure only: a resend would have succeeded
    outcome = client.submit(order)
    assert outcome.kind is OutcomeKind.UNKNOWN and outcome.status == 500
    assert "look it up before sending it again" in outcome.reason
    assert received(sandbox, "centra") == []


def test_500_with_order_number_is_retried(
    client: CentraClient, numbered: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "centra", "500")
    outcome = client.submit(numbered)
    assert outcome.kind is OutcomeKind.CREATED and outcome.reference == "5000"


def test_dropped_connection_without_number_is_unknown_and_cannot_be_looked_up(
    client: CentraClient, order: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "centra", "drop")
    outcome = client.submit(order)
    assert outcome.kind is OutcomeKind.UNKNOWN and "broke off" in outcome.reason
    assert len(received(sandbox, "centra")) == 1  # it did arrive: resending blindly would create a second one
    assert client.lookup(order).found is None


def test_dropped_connection_with_number_is_retried_into_a_duplicate(
    client: CentraClient, numbered: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "centra", "drop", partial=True)
    outcome = client.submit(numbered)
    assert outcome.kind is OutcomeKind.DUPLICATE and outcome.reference == "5000"
    assert len(received(sandbox, "centra")) == 1


@pytest.mark.parametrize(
    ("fault", "status", "start"),
    [("html", 502, "<!DOCTYPE html>"), ("invalid_json", 200, '{"status": "ok",'), ("empty", 200, "")],
)
def test_unreadable_answers_are_unknown_with_status_and_body(
    client: CentraClient, order: dict[str, Any], sandbox: RunningSandbox, fault: str, status: int, start: str
) -> None:
    inject(sandbox, "centra", fault)
    outcome = client.submit(order)
    assert outcome.kind is OutcomeKind.UNKNOWN and outcome.status == status
    assert outcome.response_text.startswith(start)
    assert str(status) in outcome.reason and "look it up" in outcome.reason


def test_a_slow_answer_hits_the_read_timeout_and_is_unknown(
    profile: Profile, order: dict[str, Any], sandbox: RunningSandbox
) -> None:
    client = CentraClient(profile, secrets_for(profile), HttpSettings(timeouts=Timeouts(read=0.2), retry=FAST.retry))
    inject(sandbox, "centra", "latency", seconds=0.4)
    outcome = client.submit(order)
    assert outcome.kind is OutcomeKind.UNKNOWN and "did not answer within 0.2 s" in outcome.reason


def test_a_batch_reports_each_key(client: CentraClient, order: dict[str, Any], numbered: dict[str, Any]) -> None:
    client.submit(numbered)  # 5000 exists now
    broken = copy.deepcopy(order)
    del broken["address"]["country"]
    outcomes = client.submit_batch({"good": order, "broken": broken, "again": numbered})
    assert list(outcomes) == ["good", "broken", "again"]
    assert (outcomes["good"].kind, outcomes["good"].reference) == (OutcomeKind.CREATED, "2001")
    assert outcomes["broken"].kind is OutcomeKind.REJECTED
    assert "address.country" in outcomes["broken"].errors.errors[""][0]
    assert (outcomes["again"].kind, outcomes["again"].reference) == (OutcomeKind.DUPLICATE, "5000")


def test_a_batch_that_gets_no_answer_is_unknown_for_every_key(
    client: CentraClient, order: dict[str, Any], numbered: dict[str, Any], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "centra", "500")
    outcomes = client.submit_batch({"a": order, "b": numbered})
    assert {key: outcome.kind for key, outcome in outcomes.items()} == {
        "a": OutcomeKind.UNKNOWN,
        "b": OutcomeKind.UNKNOWN,
    }


def test_a_numbered_batch_is_retried(client: CentraClient, numbered: dict[str, Any], sandbox: RunningSandbox) -> None:
    inject(sandbox, "centra", "500")
    outcomes = client.submit_batch({"a": numbered, "b": {**numbered, "orderNumber": 5001}})
    assert [outcome.reference for outcome in outcomes.values()] == ["5000", "5001"]


def test_lookup_by_order_number(client: CentraClient, numbered: dict[str, Any]) -> None:
    assert client.lookup(numbered).found is False
    client.submit(numbered)
    found = client.lookup(numbered)
    assert (found.found, found.reference) == (True, "5000")
    assert found.url.endswith("/centra/orders?order=5000")


def test_check(profile: Profile) -> None:
    assert CentraClient(profile, secrets_for(profile), FAST).check().state is ConnectionState.VALID
    assert CentraClient(profile, secrets_for(profile, "nope"), FAST).check().state is ConnectionState.INVALID


def test_journal_headers_hold_no_key(client: CentraClient) -> None:
    assert not any(name.lower() == "api-authorization" for name in client.journal_headers())
