"""Tests for orderdesk.sending.submit: checks before sending, journaling, batches, reconciling, and no secret anywhere."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from orderdesk.config.credentials import Credentials, KeyringUnavailable
from orderdesk.config.profiles import Profile
from orderdesk.core import jsonio
from orderdesk.core.order import Line, OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.submit import (
    check_connection,
    reconcile,
    submit,
    submit_all,
    submit_batch,
    submit_body,
)
from orderdesk.targets.dropday.client import DropdayClient
from orderdesk.targets.registry import get_target
from orderdesk.transport.replies import ConnectionState
from tests.client_support import (
    FAST,
    MemorySecrets,
    inject,
    profile_for,
    received,
    scripted_server,
    secrets_for,
)

EXAMPLES = Path(__file__).parent.parent / "targets"


def example(target: str, name: str) -> dict[str, Any]:
    """One of the APIs' own request examples kept with the target tests."""
    body: dict[str, Any] = jsonio.read_body(EXAMPLES / target / "examples" / name)
    return body


def dropday_draft() -> OrderDraft:
    return get_target("dropday").to_draft(example("dropday", "create-order.json"))


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal.sqlite3")


class BrokenKeyring(MemorySecrets):
    """A secret source whose keyring is locked."""

    def get_secret(self, profile_name: str, kind: str) -> str | None:
        raise KeyringUnavailable("The system keyring is locked. Unlock it and try again.")


def test_submit_journals_the_request_before_and_the_outcome_after(
    sandbox: RunningSandbox, journal: Journal
) -> None:
    profile = profile_for(sandbox, "dropday")
    draft = dropday_draft()
    draft_id = journal.save_draft(draft)
    outcome = submit(draft, profile, secrets_for(profile), journal, draft_id=draft_id, settings=FAST)
    assert outcome.kind is OutcomeKind.CREATED and outcome.reference == "1001"
    [row] = journal.list_outbox()
    assert (row.state, row.reference, row.external_id) == ("sent", "1001", "L41223D")
    [attempt] = journal.attempts_for(row.order_key)
    assert (attempt.method, attempt.url) == ("POST", f"{profile.base_url}/orders")
    assert attempt.headers["account-id"] == "101" and attempt.headers["Content-Type"] == "application/json"
    assert "api-key" not in {name.lower() for name in attempt.headers}
    assert json.loads(attempt.request_body) == received(sandbox, "dropday")[0]
    assert attempt.outcome is OutcomeKind.CREATED and attempt.duration_ms is not None


def test_an_order_breaking_the_documented_rules_is_not_sent(sandbox: RunningSandbox, journal: Journal) -> None:
    profile = profile_for(sandbox, "dropday")
    draft = dropday_draft()
    draft.shipping.first_name = ""
    draft.lines[1].quantity = None
    outcome = submit(draft, profile, secrets_for(profile), journal, settings=FAST)
    assert outcome.kind is OutcomeKind.REJECTED and outcome.status is None
    assert "Not sent" in outcome.reason
    assert set(outcome.errors.errors) == {"shipping.first_name", "lines.1.quantity"}
    assert outcome.errors.warnings == {}
    assert received(sandbox, "dropday") == [] and journal.list_outbox() == []


def test_the_empty_row_the_form_keeps_at_the_end_is_no_line(sandbox: RunningSandbox, journal: Journal) -> None:
    profile = profile_for(sandbox, "dropday")
    draft = dropday_draft()
    typed = len(draft.lines)
    draft.lines.append(Line())
    draft_id = journal.save_draft(draft)
    outcome = submit(draft, profile, secrets_for(profile), journal, draft_id=draft_id, settings=FAST)
    assert outcome.kind is OutcomeKind.CREATED, outcome
    [stored] = received(sandbox, "dropday")
    assert len(stored["products"]) == typed
    assert len(journal.load_draft(draft_id).lines) == typed + 1  # the draft as typed keeps its row


def test_server_errors_on_billing_show_on_shipping_when_billing_is_the_same() -> None:
    target = get_target("bigcommerce")
    draft = target.to_draft(example("bigcommerce", "custom_product.json"))
    draft.shipping, draft.billing_same_as_shipping = draft.billing, True
    refusal = b'[{"status": 422, "message": "The field \'billing_address.zip\' is invalid: no such postcode"}]'
    with scripted_server() as server:
        server.script = [(422, {}, refusal)]
        profile = Profile(name="bc", target="bigcommerce", base_url=server.url, store_hash="s1")
        outcome = submit(draft, profile, secrets_for(profile), settings=FAST)
    # The form shows one address when billing is the same as shipping: the error goes to its input.
    assert outcome.kind is OutcomeKind.REJECTED
    message = "The field 'billing_address.zip' is invalid: no such postcode"
    assert outcome.errors.errors == {"shipping.postcode": [message]}


def test_a_profile_without_a_secret_is_unauthorized_and_nothing_is_sent(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "dropday")
    outcome = submit(dropday_draft(), profile, MemorySecrets(), settings=FAST)
    assert outcome.kind is OutcomeKind.UNAUTHORIZED and "No API key is stored for profile 'test'" in outcome.reason
    assert received(sandbox, "dropday") == []


def test_a_locked_keyring_fails_retryable_and_nothing_is_sent(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "dropday")
    outcome = submit(dropday_draft(), profile, BrokenKeyring(), settings=FAST)
    assert outcome.kind is OutcomeKind.FAILED and outcome.retryable
    assert "locked" in outcome.reason and "not sent" in outcome.reason


def test_bigcommerce_gets_an_external_order_id_and_reconcile_finds_the_order(
    sandbox: RunningSandbox, journal: Journal
) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    secrets = secrets_for(profile)
    draft = get_target("bigcommerce").to_draft(example("bigcommerce", "custom_product.json"))
    assert draft.external_id == ""
    draft_id = journal.save_draft(draft)
    inject(sandbox, "bigcommerce", "drop")
    outcome = submit(draft, profile, secrets, journal, draft_id=draft_id, settings=FAST)
    assert outcome.kind is OutcomeKind.UNKNOWN
    [row] = journal.list_outbox()
    [attempt] = journal.attempts_for(row.order_key)
    sent = jsonio.loads(attempt.request_body)
    assert sent["external_order_id"].startswith("orderdesk-") and sent["external_source"] == "OrderDesk"

    # Without the body as sent there is nothing to look the order up by: nothing is resent either.
    blind = reconcile(draft, profile, secrets, resend=True, settings=FAST)
    assert blind.kind is OutcomeKind.UNKNOWN and "no external_order_id" in blind.reason
    assert len(received(sandbox, "bigcommerce")) == 1

    # With the journal and the draft's id, the body as sent is found there, generated id and all.
    found = reconcile(draft, profile, secrets, journal, draft_id=draft_id, resend=True, settings=FAST)
    assert (found.kind, found.reference) == (OutcomeKind.CREATED, "3001")
    assert len(received(sandbox, "bigcommerce")) == 1
    [row] = journal.list_outbox()
    assert (row.state, row.reference, row.attempt_count) == ("sent", "3001", 2)
    lookup = journal.attempts_for(row.order_key)[-1]
    assert lookup.method == "GET" and lookup.url.endswith(f"external_order_id={sent['external_order_id']}")
    same = reconcile(draft, profile, secrets, sent_body=sent, settings=FAST)
    assert (same.kind, same.reference) == (OutcomeKind.CREATED, "3001")


def test_reconcile_reports_a_missing_order_as_safe_to_send_and_resends_when_asked(
    sandbox: RunningSandbox, journal: Journal
) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    secrets = secrets_for(profile)
    draft = get_target("bigcommerce").to_draft(example("bigcommerce", "custom_product.json"))
    draft.external_id = "PHONE-7"
    inject(sandbox, "bigcommerce", "500")
    assert submit(draft, profile, secrets, journal, settings=FAST).kind is OutcomeKind.UNKNOWN

    missing = reconcile(draft, profile, secrets, journal, settings=FAST)
    assert missing.kind is OutcomeKind.FAILED and missing.retryable and "safe" in missing.reason
    assert received(sandbox, "bigcommerce") == []

    sent = reconcile(draft, profile, secrets, journal, resend=True, settings=FAST)
    assert sent.kind is OutcomeKind.CREATED
    assert [order["external_order_id"] for order in received(sandbox, "bigcommerce")] == ["PHONE-7"]


def test_reconcile_cannot_tell_for_feedback_company(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "feedbackcompany")
    draft = get_target("feedbackcompany").to_draft(example("feedbackcompany", "create-order.json"))
    outcome = reconcile(draft, profile, secrets_for(profile), resend=True, settings=FAST)
    assert outcome.kind is OutcomeKind.UNKNOWN and "dashboard" in outcome.reason
    assert received(sandbox, "feedbackcompany") == []


def test_a_centra_batch_reports_each_key_and_journals_each_order(sandbox: RunningSandbox, journal: Journal) -> None:
    profile = profile_for(sandbox, "centra")
    good = {"address": {"email": "ann@example.com", "country": "SE"}, "products": [{"qty": 1, "sku": "A"}]}
    numbered = {**good, "orderNumber": 7000}
    invalid = {"address": {"email": "bob@example.com", "country": "Sweden"}, "products": [{"qty": 1, "sku": "B"}]}
    submit_body(numbered, profile, secrets_for(profile), settings=FAST)  # 7000 exists now

    outcomes = submit_batch(
        {"x1": good, "x2": invalid, "x3": numbered}, profile, secrets_for(profile), journal, settings=FAST
    )
    assert list(outcomes) == ["x1", "x2", "x3"]
    assert (outcomes["x1"].kind, outcomes["x1"].reference) == (OutcomeKind.CREATED, "2001")
    assert outcomes["x2"].kind is OutcomeKind.REJECTED and "Not sent" in outcomes["x2"].reason
    assert "shipping.country" in outcomes["x2"].errors.errors
    assert (outcomes["x3"].kind, outcomes["x3"].reference) == (OutcomeKind.DUPLICATE, "7000")
    rows = journal.list_outbox()
    assert sorted(row.state for row in rows) == ["sent", "sent"]  # the invalid order never left
    bodies = sorted(journal.attempts_for(row.order_key)[0].request_body for row in rows)
    assert [list(jsonio.loads(body)) for body in bodies] == [["x1"], ["x3"]]


def test_reconcile_finds_the_order_a_centra_batch_attempt_sent(sandbox: RunningSandbox, journal: Journal) -> None:
    profile = profile_for(sandbox, "centra")
    secrets = secrets_for(profile)
    plain = {"address": {"email": "b@example.com", "country": "SE"}, "products": [{"qty": 1, "sku": "B"}]}
    numbered = {**plain, "orderNumber": 8000}
    inject(sandbox, "centra", "500")  # one order without a number: the batch is not resent, both are unknown
    outcomes = submit_batch({"a": numbered, "b": plain}, profile, secrets, journal, settings=FAST)
    assert [outcome.kind for outcome in outcomes.values()] == [OutcomeKind.UNKNOWN] * 2
    [row] = [row for row in journal.list_outbox() if '"a":' in journal.attempts_for(row.order_key)[0].request_body]
    draft = get_target("centra").to_draft(numbered)
    # The journal holds {"a": {...}} for this order; the lookup is by the order number inside it.
    outcome = reconcile(draft, profile, secrets, journal, draft_id=row.draft_id, settings=FAST)
    assert outcome.kind is OutcomeKind.FAILED and outcome.retryable and "safe" in outcome.reason


def test_a_batch_needs_an_api_that_takes_batches(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "dropday")
    with pytest.raises(ValueError, match="Dropday takes no batch of orders"):
        submit_batch({}, profile, secrets_for(profile))


def test_submit_all_sends_many_with_bounded_concurrency(sandbox: RunningSandbox, journal: Journal) -> None:
    profile = profile_for(sandbox, "dropday")
    base = example("dropday", "create-order.json")
    bodies = [{**base, "external_id": f"BULK-{n}"} for n in range(24)]
    outcomes = submit_all(bodies, profile, secrets_for(profile), journal, workers=4, settings=FAST)
    assert [outcome.kind for outcome in outcomes] == [OutcomeKind.CREATED] * 24
    assert len({outcome.reference for outcome in outcomes}) == 24
    assert len(received(sandbox, "dropday")) == 24 and len(journal.list_outbox(limit=100)) == 24


def test_submit_all_without_a_secret(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "dropday")
    outcomes = submit_all([example("dropday", "create-order.json")], profile, MemorySecrets(), settings=FAST)
    assert [outcome.kind for outcome in outcomes] == [OutcomeKind.UNAUTHORIZED]


@pytest.mark.parametrize("target", ["dropday", "centra", "bigcommerce", "feedbackcompany"])
def test_check_connection(sandbox: RunningSandbox, target: str) -> None:
    profile = profile_for(sandbox, target)
    assert check_connection(profile, secrets_for(profile), FAST).state is ConnectionState.VALID
    assert check_connection(profile, secrets_for(profile, "wrong"), FAST).state is ConnectionState.INVALID
    missing = check_connection(profile, MemorySecrets(), FAST)
    assert missing.state is ConnectionState.INVALID and "is stored for profile 'test'" in missing.detail


def test_check_connection_with_a_locked_keyring(sandbox: RunningSandbox) -> None:
    check = check_connection(profile_for(sandbox, "dropday"), BrokenKeyring(), FAST)
    assert check.state is ConnectionState.UNREACHABLE and "locked" in check.detail


# --- no secret anywhere --------------------------------------------------------------------

LEAKY = "Lk-9f3e/sEcReT+x=="
"""A secret that the scripted server below echoes back wherever it can."""


def _everything_journaled(journal: Journal) -> str:
    texts = []
    for row in journal.list_outbox(limit=1000):
        texts.append(repr(row))
        texts.extend(repr(attempt) for attempt in journal.attempts_for(row.order_key))
    return "\n".join(texts)


def _no_secret_in(text: str, *secrets: str) -> None:
    for secret in secrets:
        for form in (secret, secret.replace("/", "%2F").replace("+", "%2B").replace("=", "%3D")):
            assert form not in text


@pytest.mark.parametrize("target", ["dropday", "centra", "bigcommerce", "feedbackcompany"])
def test_no_secret_in_requests_journal_logs_or_outcomes(
    target: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    journal = Journal(tmp_path / "journal.sqlite3")
    bodies = {
        "dropday": example("dropday", "create-order.json"),
        "centra": {"address": {"email": "a@example.com", "country": "SE"}, "products": [{"qty": 1, "sku": "A"}]},
        "bigcommerce": example("bigcommerce", "custom_product.json"),
        "feedbackcompany": example("feedbackcompany", "create-order.json"),
    }
    echo = f"<html>key {LEAKY} and token tok-{LEAKY}</html>".encode()
    token = f'{{"error": false, "access_token": "tok-{LEAKY}", "expires_on": 4102444800}}'.encode()
    outcomes: list[Outcome] = []
    with scripted_server() as server:
        base = server.url
        settings = {"dropday": "account_id", "bigcommerce": "store_hash", "feedbackcompany": "client_id"}
        setting = {settings[target]: "s1"} if target in settings else {}
        profile = Profile(name="leaky", target=target, base_url=base, **setting)
        secrets = secrets_for(profile, LEAKY)
        for answer in [(500, {}, echo), (401, {}, echo), "drop", (422, {}, echo), (200, {}, echo)]:
            server.script = ([(200, {}, token)] if target == "feedbackcompany" else []) + [answer] * 3
            outcomes.append(submit_body(bodies[target], profile, secrets, journal, settings=FAST))
            secrets.tokens.clear()
        outcomes.append(reconcile(OrderDraft(), profile, secrets, journal, sent_body=bodies[target], settings=FAST))
        check = check_connection(profile, secrets, FAST)
        sent_headers = [headers for _, _, headers, _ in server.received]
        sent_paths = [path for _, path, _, _ in server.received]
        sent_bodies = [body.decode() for _, _, _, body in server.received]
    # The secret went out only where the API wants it: its auth header (or the token request's query).
    assert any(LEAKY in value for headers in sent_headers for value in headers.values()) or target == "feedbackcompany"
    _no_secret_in("\n".join(sent_bodies), LEAKY)
    _no_secret_in("\n".join(path for path in sent_paths if not path.startswith("/oauth2/token")), LEAKY)
    _no_secret_in("\n".join(repr(outcome) for outcome in outcomes) + repr(check), LEAKY)
    _no_secret_in(_everything_journaled(journal), LEAKY)
    logged = "\n".join(f"{record.getMessage()} {record.exc_text or ''}" for record in caplog.records)
    _no_secret_in(logged, LEAKY)
    assert any("[secret]" in outcome.response_text for outcome in outcomes)


class ExplodingClient(DropdayClient):
    """A Dropday client with a bug that puts its key into an exception."""

    def submit(self, body: dict[str, Any]) -> Outcome:
        raise RuntimeError(f"bug while sending with key {LEAKY}")


def test_a_bug_in_a_client_ends_the_attempt_as_unknown_without_the_secret(
    sandbox: RunningSandbox, journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    profile = profile_for(sandbox, "dropday")
    client = ExplodingClient(profile, secrets_for(profile, LEAKY), FAST)
    outcome = submit(dropday_draft(), profile, secrets_for(profile, LEAKY), journal, client=client)
    assert outcome.kind is OutcomeKind.UNKNOWN and "RuntimeError" in outcome.reason
    [row] = journal.list_outbox()
    assert row.state == "unknown"  # the attempt is finished, not left in flight
    _no_secret_in(repr(outcome) + _everything_journaled(journal), LEAKY)
    assert any("bug while sending with key [secret]" in record.getMessage() for record in caplog.records)
    _no_secret_in("\n".join(record.getMessage() for record in caplog.records), LEAKY)


def test_the_feedback_company_token_is_cached_in_the_real_keyring(
    secret_service: Any, sandbox: RunningSandbox
) -> None:
    profile = profile_for(sandbox, "feedbackcompany")
    credentials = Credentials()
    credentials.set_secret(profile.name, profile.secret_kind, "sandbox")
    draft = get_target("feedbackcompany").to_draft(example("feedbackcompany", "create-order.json"))
    assert submit(draft, profile, credentials, settings=FAST).kind is OutcomeKind.CREATED
    cached = credentials.get_token(profile.name)
    assert cached is not None and cached[0]
    assert submit(draft, profile, credentials, settings=FAST).kind is OutcomeKind.CREATED
    assert credentials.get_token(profile.name) == cached  # reused, not fetched again
