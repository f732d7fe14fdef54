"""Tests for orderdesk.outbox.resend: look up what an unclear attempt may have created, never send twice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from orderdesk.config.profiles import Profile
from orderdesk.core.order import Line
from orderdesk.core.outcome import Outcome, OutcomeKind, Reach
from orderdesk.journal import Journal, OutboxState
from orderdesk.outbox import plan_retry
from orderdesk.outbox.resend import Resender, is_claimed_elsewhere, sent_order
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.submit import OrderClient, open_client
from orderdesk.targets.centra.client import CentraClient
from tests.client_support import FAST, profile_for, received, secrets_for
from tests.outbox.support import (
    crashed_order,
    example_draft,
    journal_order,
    settled,
    unknown_order,
)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as opened:
        yield opened


def resend(journal: Journal, profile: Profile, key: int) -> OutboxState:
    """Send order ``key`` again through a fresh client and return the order's state afterwards."""
    secrets = secrets_for(profile)
    [item] = plan_retry(journal, [key], profiles=[profile]).items
    client: OrderClient = open_client(profile, secrets, FAST)
    try:
        Resender(journal, secrets, FAST, settled).one(item, journal.load_draft(item.draft_id), client)
    finally:
        client.close()
    return journal.order(key).state


def test_an_order_the_unclear_attempt_created_is_found_and_not_sent_again(
    journal: Journal, sandbox: RunningSandbox
) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    key = unknown_order(journal, sandbox, profile, example_draft("bigcommerce"), created=True)
    [stored] = received(sandbox, "bigcommerce")

    assert resend(journal, profile, key) is OutboxState.SENT

    assert received(sandbox, "bigcommerce") == [stored]
    unclear, lookup = journal.attempts_for(key)
    assert (lookup.method, lookup.outcome, lookup.reference) == ("GET", OutcomeKind.CREATED, "3001")
    assert json.loads(unclear.request_body)["external_order_id"] in lookup.url


def test_an_order_the_unclear_attempt_did_not_create_is_looked_up_then_sent_once(
    journal: Journal, sandbox: RunningSandbox
) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    key = unknown_order(journal, sandbox, profile, example_draft("bigcommerce"), created=False)
    assert received(sandbox, "bigcommerce") == []

    assert resend(journal, profile, key) is OutboxState.SENT

    assert len(received(sandbox, "bigcommerce")) == 1
    _, lookup, sent = journal.attempts_for(key)
    assert (lookup.method, lookup.outcome) == ("GET", OutcomeKind.FAILED)
    assert "does not have the order" in lookup.reason
    assert (sent.method, sent.outcome) == ("POST", OutcomeKind.CREATED)


def test_the_empty_row_the_form_keeps_is_no_line_when_sent_again(journal: Journal, sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    draft = example_draft("bigcommerce", "PHONE-BLANK-ROW")
    typed = len(draft.lines)
    key = unknown_order(journal, sandbox, profile, draft, created=False)  # the form sent it; a 500 came back
    draft.lines.append(Line())  # the row the product table keeps for typing, autosaved with the draft
    journal.save_draft(draft, journal.order(key).draft_id)

    assert resend(journal, profile, key) is OutboxState.SENT

    [stored] = received(sandbox, "bigcommerce")
    assert len(stored["products"]) == typed


def resent_as_one_batch(journal: Journal, profile: Profile, keys: list[int]) -> dict[int, Outcome]:
    """Send the outbox orders ``keys`` again to Centra in one batch request, as Send again does."""
    plan = plan_retry(journal, keys, profiles=[profile])
    secrets = secrets_for(profile)
    client = open_client(profile, secrets, FAST)
    assert isinstance(client, CentraClient)
    try:
        drafts = [journal.load_draft(item.draft_id) for item in plan.items]
        return Resender(journal, secrets, FAST, settled).batch(plan.items, drafts, client)
    finally:
        client.close()


def test_the_empty_row_the_form_keeps_is_no_line_in_a_centra_batch(journal: Journal, sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "centra")
    drafts = [example_draft("centra", f"C-{n}") for n in range(2)]
    for draft in drafts:
        draft.lines.append(Line())
    keys = [journal_order(journal, profile, draft) for draft in drafts]
    outcomes = resent_as_one_batch(journal, profile, keys)
    assert {key: outcome.kind for key, outcome in outcomes.items()} == dict.fromkeys(keys, OutcomeKind.CREATED)


def test_a_draft_breaking_the_rules_is_refused_before_anything_is_looked_up(
    journal: Journal, sandbox: RunningSandbox
) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    draft = example_draft("bigcommerce", "PHONE-BROKEN")
    key = unknown_order(journal, sandbox, profile, draft, created=False)  # a 500 came back
    draft.lines[0].quantity = None  # changed since, and now breaks BigCommerce's rules
    journal.save_draft(draft, journal.order(key).draft_id)
    [unclear] = journal.attempts_for(key)
    [item] = plan_retry(journal, [key], profiles=[profile]).items
    secrets = secrets_for(profile)
    client = open_client(profile, secrets, FAST)
    try:
        outcome = Resender(journal, secrets, FAST, settled).one(item, journal.load_draft(item.draft_id), client)
    finally:
        client.close()

    assert (outcome.kind, outcome.reach) == (OutcomeKind.REJECTED, Reach.NOT_SENT)
    assert set(outcome.errors.errors) == {"lines.0.quantity"}
    assert received(sandbox, "bigcommerce") == []
    assert journal.attempts_for(key) == [unclear]  # no lookup journaled: the order still shows how it went
    assert journal.order(key).state is OutboxState.UNKNOWN


def test_an_api_that_cannot_look_orders_up_gets_nothing_sent(journal: Journal, sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "feedbackcompany")
    key = unknown_order(journal, sandbox, profile, example_draft("feedbackcompany", "FB-1"), created=True)
    attempts = journal.attempts_for(key)

    assert resend(journal, profile, key) is OutboxState.UNKNOWN

    assert len(received(sandbox, "feedbackcompany")) == 1
    assert journal.attempts_for(key) == attempts


def test_centra_without_an_order_number_cannot_be_looked_up_so_nothing_is_sent(
    journal: Journal, sandbox: RunningSandbox
) -> None:
    profile = profile_for(sandbox, "centra")
    key = unknown_order(journal, sandbox, profile, example_draft("centra"), created=True)
    assert resend(journal, profile, key) is OutboxState.UNKNOWN
    assert len(received(sandbox, "centra")) == 1


def test_centra_with_an_order_number_is_found_by_it(journal: Journal, sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "centra")
    draft = example_draft("centra", order_number=7001)
    reopened, key = crashed_order(journal, profile, draft, created=True)
    with reopened:
        assert resend(reopened, profile, key) is OutboxState.SENT
        assert reopened.attempts_for(key)[-1].reference == "7001"
    assert len(received(sandbox, "centra")) == 1


def test_dropday_unknown_after_a_restart_is_looked_up_by_external_id(
    journal: Journal, sandbox: RunningSandbox
) -> None:
    profile = profile_for(sandbox, "dropday")
    reopened, key = crashed_order(journal, profile, example_draft("dropday", "DD-7"), created=False)
    with reopened:
        assert resend(reopened, profile, key) is OutboxState.SENT
        attempts = reopened.attempts_for(key)
    assert [(attempt.method, attempt.outcome) for attempt in attempts] == [
        ("POST", OutcomeKind.UNKNOWN),
        ("GET", OutcomeKind.FAILED),
        ("POST", OutcomeKind.CREATED),
    ]
    assert [order["external_id"] for order in received(sandbox, "dropday")] == ["DD-7"]


def test_a_lookup_that_gets_no_answer_sends_nothing(journal: Journal, sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    key = unknown_order(journal, sandbox, profile, example_draft("bigcommerce"), created=False)
    broken = profile.model_copy(update={"base_url": "http://127.0.0.1:9/bigcommerce"})
    [item] = plan_retry(journal, [key], profiles=[profile]).items
    secrets = secrets_for(profile)
    client = open_client(broken, secrets, FAST)
    try:
        outcome = Resender(journal, secrets, FAST, settled).one(item, journal.load_draft(item.draft_id), client)
    finally:
        client.close()
    assert outcome.kind is OutcomeKind.UNKNOWN and "Could not connect" in outcome.reason
    assert received(sandbox, "bigcommerce") == [] and len(journal.attempts_for(key)) == 1


def test_a_centra_batch_joins_each_order_to_its_own_history(journal: Journal, sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "centra")
    keys = [journal_order(journal, profile, example_draft("centra", f"C-{n}")) for n in range(3)]
    outcomes = resent_as_one_batch(journal, profile, keys)

    assert {key: outcome.kind for key, outcome in outcomes.items()} == dict.fromkeys(keys, OutcomeKind.CREATED)
    assert len(journal.list_outbox()) == 3 and len(received(sandbox, "centra")) == 3
    for key in keys:
        failed, batched = journal.attempts_for(key)
        assert batched.url == f"{profile.base_url}/orders" and batched.outcome is OutcomeKind.CREATED
        assert list(json.loads(batched.request_body)) == [f"order-{key}"]


def test_sent_order_unwraps_a_journaled_centra_batch_of_one() -> None:
    order = {"products": [{"qty": 1}], "orderNumber": 5}
    assert sent_order("centra", json.dumps({"order-3": order})) == order
    assert sent_order("centra", json.dumps(order)) == order
    assert sent_order("dropday", json.dumps({"order-3": order})) == {"order-3": order}
    assert sent_order("dropday", "not json") is None
    assert sent_order("dropday", "[1]") is None


def test_unknown_with_an_unreadable_journaled_body_is_not_sent(journal: Journal, sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    draft = example_draft("bigcommerce")
    draft_id = journal.save_draft(draft)
    journal.begin_attempt(draft_id, draft, profile.name, "bigcommerce", "POST", profile.base_url, "{cut off")
    journal.close()
    with Journal(journal.path) as reopened:
        [row] = reopened.list_outbox()
        assert resend(reopened, profile, row.order_key) is OutboxState.UNKNOWN
    assert received(sandbox, "bigcommerce") == []


def test_no_secret_reaches_the_journal(journal: Journal, sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    key = unknown_order(journal, sandbox, profile, example_draft("bigcommerce"), created=True)
    resend(journal, profile, key)
    for attempt in journal.attempts_for(key):
        assert SECRET not in json.dumps(attempt.headers) + attempt.url + attempt.request_body + attempt.reason


def test_not_found_right_after_the_unclear_attempt_is_not_trusted_until_it_settles(
    journal: Journal, sandbox: RunningSandbox
) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    key = unknown_order(journal, sandbox, profile, example_draft("bigcommerce", "BC-SETTLE"), created=False)
    [item] = plan_retry(journal, [key], profiles=[profile]).items
    assert item.unclear_since is not None
    settle_at = item.unclear_since + FAST.settle_seconds
    secrets = secrets_for(profile)

    def resend_at(moment: float) -> OutboxState:
        [fresh] = plan_retry(journal, [key], profiles=[profile]).items
        client = open_client(profile, secrets, FAST)
        try:
            Resender(journal, secrets, FAST, lambda: moment).one(fresh, journal.load_draft(fresh.draft_id), client)
        finally:
            client.close()
        return journal.order(key).state

    assert resend_at(settle_at - 0.1) is OutboxState.UNKNOWN
    early = journal.attempts_for(key)[-1]
    when = datetime.fromtimestamp(settle_at).strftime("%H:%M:%S")
    assert early.method == "GET" and f"It can be checked from {when}" in early.reason
    assert received(sandbox, "bigcommerce") == []

    assert resend_at(settle_at + 0.1) is OutboxState.SENT
    assert len(received(sandbox, "bigcommerce")) == 1


def test_an_order_claimed_by_another_journal_is_left_to_it(
    journal: Journal, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    profile = profile_for(sandbox, "dropday")
    key = journal_order(journal, profile, example_draft("dropday", "DD-CLAIM"))
    [item] = plan_retry(journal, [key], profiles=[profile]).items
    secrets = secrets_for(profile)
    with Journal(tmp_path / "journal.sqlite3") as other:
        assert other.claim(key, item.latest_attempt_id, [OutboxState.FAILED])
        client = open_client(profile, secrets, FAST)
        try:
            outcome = Resender(journal, secrets, FAST, settled).one(item, journal.load_draft(item.draft_id), client)
        finally:
            client.close()
        assert is_claimed_elsewhere(outcome) and "another process" in outcome.reason
        assert received(sandbox, "dropday") == [] and len(journal.attempts_for(key)) == 1
        assert journal.order(key).state is OutboxState.SENDING
    # The other journal closed without giving its claim up (as a killed process would): the next one frees it.
    with Journal(tmp_path / "journal.sqlite3") as reopened:
        assert reopened.order(key).state is OutboxState.FAILED
        assert reopened.claim(key, item.latest_attempt_id, [OutboxState.FAILED])


def test_a_plan_gone_stale_claims_nothing(journal: Journal, sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "dropday")
    draft = example_draft("dropday", "DD-STALE")
    key = journal_order(journal, profile, draft)
    [item] = plan_retry(journal, [key], profiles=[profile]).items
    journal_order(journal, profile, draft, OutcomeKind.FAILED, draft_id=journal.order(key).draft_id)

    assert not journal.claim(key, item.latest_attempt_id, [OutboxState.FAILED])
    assert journal.order(key).state is OutboxState.FAILED
