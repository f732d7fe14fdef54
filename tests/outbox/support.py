"""Orders in the outbox for the outbox tests: drafts from the APIs' own examples, journaled as sent.

Failed, rejected and unauthorized orders are journaled directly (the state is what matters);
``unknown`` orders are made by real requests to the sandbox, so whether the API has them is
the sandbox's truth, not the test's.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from orderdesk.config.profiles import Profile
from orderdesk.core import jsonio
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.submit import open_client, submit
from orderdesk.targets.registry import get_target
from orderdesk.transport.session import wire_text
from orderdesk.transport.settings import HttpSettings
from tests.client_support import FAST, inject, secrets_for

EXAMPLES = Path(__file__).parent.parent / "targets"
EXAMPLE_FILES = {
    "dropday": "dropday/examples/create-order.json",
    "centra": "centra/examples/create-order.json",
    "bigcommerce": "bigcommerce/examples/guide_minimum.json",
    "feedbackcompany": "feedbackcompany/examples/create-order.json",
}


def settled() -> float:
    """A clock an hour ahead: every unclear attempt is long past its settle time, so "not there" counts."""
    return time.time() + 3600


def example_draft(target: str, external_id: str = "", order_number: int | None = None) -> OrderDraft:
    """The draft of ``target``'s own request example, with our own external id (and Centra order number)."""
    body: dict[str, Any] = jsonio.read_body(EXAMPLES / EXAMPLE_FILES[target])
    draft = get_target(target).to_draft(body)
    draft.external_id = external_id
    if order_number is not None:
        draft.extras.setdefault("centra", {})["orderNumber"] = order_number
    return draft


def journal_order(
    journal: Journal,
    profile: Profile,
    draft: OrderDraft,
    kind: OutcomeKind = OutcomeKind.FAILED,
    draft_id: int | None = None,
) -> int:
    """Journal one attempt of ``draft`` at ``profile`` that ended as ``kind``; the order key."""
    draft_id = journal.save_draft(draft, draft_id)
    body = wire_text(get_target(profile.target).from_draft(draft))
    url = f"{profile.base_url}/orders"
    attempt = journal.begin_attempt(draft_id, draft, profile.name, profile.target, "POST", url, body)
    outcome = Outcome(kind, reason="journaled by the test", retryable=kind is OutcomeKind.FAILED)
    journal.finish_attempt(attempt, outcome, 5.0)
    return order_key_of(journal, draft_id, profile.name)


def unknown_order(
    journal: Journal,
    sandbox: RunningSandbox,
    profile: Profile,
    draft: OrderDraft,
    *,
    created: bool,
    settings: HttpSettings = FAST,
) -> int:
    """Send ``draft`` so that its outcome is ``unknown``; the API has the order when ``created``.

    Created: the sandbox stores the order and answers after the read timeout. Not created:
    it answers a 500 without storing anything, which an API without an idempotency key
    cannot tell from an order that was made.
    """
    client = open_client(profile, secrets_for(profile), settings)
    try:
        client.check()  # Feedback Company's token is fetched now, so the fault meets the order itself
        if created:
            inject(sandbox, profile.target, "latency", seconds=settings.timeouts.read + 0.5)
        else:
            inject(sandbox, profile.target, "500")
        draft_id = journal.save_draft(draft)
        outcome = submit(draft, profile, secrets_for(profile), journal, draft_id=draft_id, client=client)
    finally:
        client.close()
    assert outcome.kind is OutcomeKind.UNKNOWN, outcome
    return order_key_of(journal, draft_id, profile.name)


def order_key_of(journal: Journal, draft_id: int, profile_name: str) -> int:
    """The order of ``draft_id`` at ``profile_name``."""
    [row] = [row for row in journal.list_outbox(profile=profile_name, limit=10_000) if row.draft_id == draft_id]
    return row.order_key


def crashed_order(journal: Journal, profile: Profile, draft: OrderDraft, *, created: bool) -> tuple[Journal, int]:
    """An order whose request was in flight when the app was killed: ``unknown`` at the next start.

    ``journal`` is closed, as the killed app's was; the journal opened again and the order
    key are returned. The API has the order when ``created``.
    """
    secrets = secrets_for(profile)
    client = open_client(profile, secrets)
    try:
        body = client.prepare(get_target(profile.target).from_draft(draft))
        if created:
            assert client.submit(body).succeeded
        method, url = client.create_request(body)
    finally:
        client.close()
    draft_id = journal.save_draft(draft)
    journal.begin_attempt(draft_id, draft, profile.name, profile.target, method, url, wire_text(body))
    journal.close()
    reopened = Journal(journal.path)
    assert reopened.recovered_attempts == 1
    return reopened, order_key_of(reopened, draft_id, profile.name)
