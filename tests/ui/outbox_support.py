"""Orders in the journal for the outbox tests, profiles pointing at the sandbox, and a stricter sandbox.

Orders are journaled through the ``Journal`` API (a clock the test sets dates them), or
really sent to the sandbox; the window reads them from ORDERDESK_HOME like any journal.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtWidgets import QApplication

import orderdesk.sandbox.dropday as sandbox_dropday
from orderdesk.config.credentials import SECRET_KIND
from orderdesk.config.profiles import Profile, ProfileStore
from orderdesk.core.findings import Findings
from orderdesk.core.order import Customer, OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from tests.client_support import MemorySecrets, profile_for
from tests.outbox.support import order_key_of

if TYPE_CHECKING:
    from orderdesk.ui.outbox_page.outbox_view import OutboxView

DAY = 86400.0


class Clock:
    """Epoch seconds the test sets by hand, for a journal whose orders have known dates."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def plain_order(
    journal: Journal,
    external_id: str,
    customer: str = "",
    email: str = "",
    profile: str = "Drop NL",
    target: str = "dropday",
    kinds: tuple[OutcomeKind, ...] = (OutcomeKind.FAILED,),
) -> int:
    """Journal one order with one attempt per outcome in ``kinds``; its order key."""
    draft = OrderDraft(external_id=external_id, customer=Customer(name=customer, email=email))
    draft_id = journal.save_draft(draft)
    for number, kind in enumerate(kinds):
        body = f'{{"external_id": "{external_id}", "try": {number}}}'
        attempt = journal.begin_attempt(
            draft_id, draft, profile, target, "POST", f"https://api.example/{target}/orders", body
        )
        reference = f"R-{external_id}" if kind in (OutcomeKind.CREATED, OutcomeKind.DUPLICATE) else ""
        reason = "" if reference else f"{kind.value} at the API"
        journal.finish_attempt(attempt, Outcome(kind, reference=reference, reason=reason, status=500), 120.0)
    return order_key_of(journal, draft_id, profile)


def sandbox_profiles(sandbox: RunningSandbox, targets: dict[str, str]) -> tuple[dict[str, Profile], MemorySecrets]:
    """Store a profile per name in ``targets`` pointing at its API in the sandbox; the profiles and their secrets."""
    store = ProfileStore()
    profiles = {}
    for name, target in targets.items():
        profile = profile_for(sandbox, target, name=name)
        store.add(profile)
        profiles[name] = profile
    secrets = MemorySecrets({f"{p.name}/{SECRET_KIND[p.target]}": SECRET for p in profiles.values()})
    return profiles, secrets


class PostcodeCheckingDropday:
    """The sandbox's Dropday with a rule only its server knows: a postcode in Amsterdam starts with 10."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def validate_body(self, body: Any) -> Findings:
        found: Findings = self._real.validate_body(body)
        address = body.get("shipping_address", {}) if isinstance(body, dict) else {}
        if address.get("city") == "Amsterdam" and not str(address.get("postcode", "")).startswith("10"):
            found.error("shipping_address.postcode", "The postcode does not match the city.")
        return found


def check_postcodes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the sandbox's Dropday reject Amsterdam orders with a postcode outside Amsterdam."""
    monkeypatch.setattr(sandbox_dropday, "TARGET", PostcodeCheckingDropday(sandbox_dropday.TARGET))


def settled(view: OutboxView) -> OutboxView:
    """The view once what it asked the journal (off the window thread) has answered."""
    deadline = time.monotonic() + 10
    while view.reading and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    assert not view.reading, "the outbox's reads did not answer within 10 s"
    return view
