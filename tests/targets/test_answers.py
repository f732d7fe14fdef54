"""Tests for orderdesk.targets.answers: what an answer, or the lack of one, means for the order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from orderdesk.config.profiles import Profile
from orderdesk.core import jsonio
from orderdesk.core.findings import Findings
from orderdesk.core.outcome import Outcome, OutcomeKind, Reach
from orderdesk.journal import Journal
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.targets.answers import (
    add_field_errors,
    check_from_reply,
    common_outcome,
    describe_body,
    said_at,
    transport_outcome,
    unexpected_outcome,
)
from orderdesk.sending.submit import submit
from orderdesk.targets.registry import get_target
from orderdesk.transport.redaction import snippet
from orderdesk.transport.replies import ConnectionState, Delivery, Reply, TransportError
from orderdesk.transport.settings import HttpSettings, RetryPolicy, Timeouts
from tests.client_support import free_port, inject, profile_for, received, secrets_for


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


@pytest.mark.parametrize(
    ("delivery", "idempotent", "kind", "reach"),
    [
        (Delivery.NOT_SENT, False, OutcomeKind.FAILED, Reach.NOT_SENT),
        (Delivery.MAYBE_SENT, True, OutcomeKind.FAILED, Reach.NO_ANSWER),
        (Delivery.MAYBE_SENT, False, OutcomeKind.UNKNOWN, Reach.NO_ANSWER),
    ],
)
def test_an_outcome_without_an_answer_keeps_whether_the_order_may_have_arrived(
    delivery: Delivery, idempotent: bool, kind: OutcomeKind, reach: Reach
) -> None:
    outcome = transport_outcome(TransportError(delivery, "x"), "Dropday", idempotent)
    assert (outcome.kind, outcome.reach) == (kind, reach)
    assert common_outcome(_reply(500, b""), "Dropday", idempotent=idempotent).reach is Reach.ANSWERED  # type: ignore[union-attr]


THREE_TRIES = HttpSettings(
    timeouts=Timeouts(connect=1.0, read=0.3), retry=RetryPolicy(attempts=3, backoff=0.01, max_delay=0.05)
)


@pytest.mark.parametrize(
    ("target", "fault", "kind", "reach", "stored"),
    [
        # The API answered: a server error, whether or not a repeat would be safe.
        ("dropday", {"fault": "500", "count": 3}, OutcomeKind.FAILED, Reach.ANSWERED, 0),
        ("bigcommerce", {"fault": "500"}, OutcomeKind.UNKNOWN, Reach.ANSWERED, 0),
        # The order was stored, then no answer came: it may have arrived (Dropday's repeats are safe).
        ("dropday", {"fault": "drop", "count": 3}, OutcomeKind.FAILED, Reach.NO_ANSWER, 1),
        ("dropday", {"fault": "latency", "seconds": 0.6, "count": 3}, OutcomeKind.FAILED, Reach.NO_ANSWER, 1),
        ("bigcommerce", {"fault": "drop"}, OutcomeKind.UNKNOWN, Reach.NO_ANSWER, 1),
    ],
)
def test_a_server_error_and_a_lost_answer_end_apart_in_the_outcome_and_the_journal(
    sandbox: RunningSandbox,
    tmp_path: Path,
    target: str,
    fault: dict[str, Any],
    kind: OutcomeKind,
    reach: Reach,
    stored: int,
) -> None:
    inject(sandbox, target, **fault)
    profile = profile_for(sandbox, target)
    draft = get_target(target).to_draft(read_example(target))
    with Journal(tmp_path / "journal.sqlite3") as journal:
        outcome = submit(draft, profile, secrets_for(profile), journal, settings=THREE_TRIES)
        [row] = journal.list_outbox()
        [attempt] = journal.attempts_for(row.order_key)
    assert (outcome.kind, outcome.reach) == (kind, reach)
    assert (row.reach, attempt.reach) == (reach, reach)
    assert len(received(sandbox, target)) == stored


def test_a_request_that_never_connected_was_not_sent(tmp_path: Path) -> None:
    profile = Profile(name="gone", target="dropday", base_url=f"http://127.0.0.1:{free_port()}", account_id="1")
    draft = get_target("dropday").to_draft(read_example("dropday"))
    outcome = submit(draft, profile, secrets_for(profile), settings=THREE_TRIES)
    assert (outcome.kind, outcome.reach, outcome.retryable) == (OutcomeKind.FAILED, Reach.NOT_SENT, True)


def read_example(target: str) -> dict[str, Any]:
    name = {"dropday": "create-order.json", "bigcommerce": "custom_product.json"}[target]
    body: dict[str, Any] = jsonio.read_body(Path(__file__).parent.parent / "targets" / target / "examples" / name)
    return body
