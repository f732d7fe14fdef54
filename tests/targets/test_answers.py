"""Tests for orderdesk.targets.answers: what an answer, or the lack of one, means for the order."""

from __future__ import annotations

import pytest

from orderdesk.core.findings import Findings
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.targets.answers import (
    add_field_errors,
    check_from_reply,
    common_outcome,
    describe_body,
    said_at,
    transport_outcome,
    unexpected_outcome,
)
from orderdesk.transport.redaction import snippet
from orderdesk.transport.replies import ConnectionState, Delivery, Reply, TransportError


def _reply(status: int, body: bytes, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status=status, headers=headers or {}, body=body, snippet=snippet(body))


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"", "an empty body"),
        (b"  <!DOCTYPE html><p>Bad gateway</p>", "an HTML page"),
        (b"{'single': quotes}", "a body that is not valid JSON"),
        (b"[1, 2]", "a JSON body of an unexpected shape"),
    ],
)
def test_describe_body(body: bytes, words: str) -> None:
    assert describe_body(_reply(200, body)) == words


def test_unexpected_answer_is_unknown_only_where_the_order_may_exist_without_idempotency() -> None:
    html = _reply(502, b"<html>Bad gateway</html>")
    unknown = unexpected_outcome(html, "BigCommerce", idempotent=False)
    assert unknown.kind is OutcomeKind.UNKNOWN
    assert "502 Bad Gateway" in unknown.reason and "an HTML page" in unknown.reason
    assert unknown.status == 502 and unknown.response_text.startswith("<html>Bad gateway")

    failed = unexpected_outcome(html, "Dropday", idempotent=True)
    assert failed.kind is OutcomeKind.FAILED and failed.retryable
    assert failed.response_text.startswith("<html>")

    not_found = unexpected_outcome(_reply(404, b"<html>nope</html>"), "BigCommerce", idempotent=False)
    assert not_found.kind is OutcomeKind.FAILED and not not_found.retryable


def test_transport_outcomes() -> None:
    refused = TransportError(Delivery.NOT_SENT, "Could not connect to x")
    maybe = TransportError(Delivery.MAYBE_SENT, "x did not answer", tries=3)
    assert transport_outcome(refused, "Centra", idempotent=False).kind is OutcomeKind.FAILED
    assert transport_outcome(refused, "Centra", idempotent=False).retryable
    assert transport_outcome(maybe, "Centra", idempotent=False).kind is OutcomeKind.UNKNOWN
    failed = transport_outcome(maybe, "Dropday", idempotent=True)
    assert failed.kind is OutcomeKind.FAILED and "(3 tries)" in failed.reason


def test_check_verdicts() -> None:
    assert check_from_reply(_reply(200, b"[]"), "X").state is ConnectionState.VALID
    assert check_from_reply(_reply(204, b""), "X").state is ConnectionState.VALID
    assert check_from_reply(_reply(401, b"{}"), "X").state is ConnectionState.INVALID
    assert check_from_reply(_reply(403, b"{}"), "X").state is ConnectionState.INVALID
    wrong_url = check_from_reply(_reply(404, b"<html>"), "X")
    assert wrong_url.state is ConnectionState.UNREACHABLE and "base URL" in wrong_url.detail
    gone = check_from_reply(TransportError(Delivery.NOT_SENT, "Could not connect"), "X")
    assert (gone.state, gone.detail) == (ConnectionState.UNREACHABLE, "Could not connect")


def test_common_outcome_settles_what_every_api_means_alike() -> None:
    said = said_at("error")
    unreachable = common_outcome(TransportError(Delivery.MAYBE_SENT, "x"), "Centra", idempotent=False)
    assert isinstance(unreachable, Outcome) and unreachable.kind is OutcomeKind.UNKNOWN
    refused = common_outcome(_reply(401, b'{"error": "bad key"}'), "Dropday", idempotent=True, detail=said)
    assert isinstance(refused, Outcome) and refused.kind is OutcomeKind.UNAUTHORIZED
    assert "(bad key)" in refused.reason and refused.status == 401
    limited = common_outcome(_reply(429, b"", {"Retry-After": "7"}), "Dropday", idempotent=False)
    assert isinstance(limited, Outcome) and limited.kind is OutcomeKind.FAILED and "in 7 s" in limited.reason
    broken = common_outcome(_reply(503, b""), "BigCommerce", idempotent=False)
    assert isinstance(broken, Outcome) and broken.kind is OutcomeKind.UNKNOWN and "503" in broken.reason
    safe = common_outcome(_reply(503, b""), "Dropday", idempotent=True)
    assert isinstance(safe, Outcome) and safe.kind is OutcomeKind.FAILED and safe.retryable
    own = _reply(422, b"{}")
    assert common_outcome(own, "Dropday", idempotent=True) is own


def test_said_at_reads_text_from_an_object_answer_only() -> None:
    said = said_at("msg")
    assert said(_reply(401, b'{"msg": "no"}')) == "no"
    assert said(_reply(401, b'{"msg": 5}')) == ""
    assert said(_reply(401, b'["msg"]')) == ""
    assert said(_reply(401, b"<html>")) == ""


def test_add_field_errors_takes_one_message_or_a_list_per_field() -> None:
    findings = Findings()
    add_field_errors({"email": ["Required", "Too long"], "products.0.name": "Required", 3: 4}, findings)
    assert findings.errors == {"email": ["Required", "Too long"], "products.0.name": ["Required"], "3": ["4"]}
