"""What the journal hands out: outbox rows, attempts, and the state of an order at one profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import OutcomeKind, Reach
from orderdesk.journal.codec import draft_from_json


class OutboxState(StrEnum):
    """Where an order stands at one profile: its latest attempt's outcome, in the outbox's words."""

    SENT = "sent"
    FAILED = "failed"
    REJECTED = "rejected"
    UNAUTHORIZED = "unauthorized"
    UNKNOWN = "unknown"
    SENDING = "sending"
    """The latest attempt is in flight (only while the app that sent it runs)."""


def state_of(kind: OutcomeKind | None) -> OutboxState:
    """The outbox state for an attempt's outcome; ``None`` means no answer yet."""
    if kind is None:
        return OutboxState.SENDING
    if kind in (OutcomeKind.CREATED, OutcomeKind.DUPLICATE):
        return OutboxState.SENT
    return OutboxState(kind.value)


@dataclass(frozen=True)
class OutboxRow:
    """One order at one profile, as the outbox lists it.

    Attributes:
        order_key: pass to ``Journal.attempts_for`` and ``Journal.load_order_draft``.
        draft_id: the journal draft the order was sent from.
        state: the latest attempt's outcome (see ``OutboxState``).
        latest_at: when the latest attempt started (UTC).
        attempt_count: how many attempts were made at this profile.
        reference: the API's order reference from the latest attempt, if any.
        status: the latest attempt's HTTP status, when an answer arrived.
        reason: the latest attempt's plain-words reason (failed, unknown, unauthorized).
        reach: how far the latest attempt's request got; ``None`` while in flight, for a
            person's resolution, or when an older journal could not tell.
        resolved_by: who said what they found at the API, when the latest attempt is a resolution.
    """

    order_key: int
    draft_id: int
    profile: str
    target: str
    state: OutboxState
    external_id: str
    customer: str
    email: str
    latest_at: datetime
    attempt_count: int
    reference: str
    status: int | None
    reason: str
    reach: Reach | None = None
    resolved_by: str | None = None


@dataclass(frozen=True)
class AttemptRow:
    """One request of one order to one profile, and what came back.

    Attributes:
        attempt_id: the id ``Journal.begin_attempt`` returned.
        started_at: when it was journaled, just before the request left (UTC).
        finished_at: when the outcome was written; ``None`` while in flight.
        headers: the request's non-secret headers (auth headers are never stored).
        request_body: the body exactly as sent.
        draft_json: the draft the body was made from, as it was at that moment.
        outcome: ``None`` while in flight.
        errors: the server's findings by draft path (rejected).
        duration_ms: from request to answer; ``None`` when no answer was recorded.
        reach: how far the request got; ``None`` while in flight or when an older journal could not tell.
        resolved_by: set when this row is not a request but a person's word after checking at
            the API (``Journal.resolve``): who (user and desk) said it.
    """

    attempt_id: int
    order_key: int
    profile: str
    target: str
    started_at: datetime
    finished_at: datetime | None
    method: str
    url: str
    headers: dict[str, str]
    request_body: str
    draft_json: str
    outcome: OutcomeKind | None
    status: int | None
    response_body: str
    reference: str
    reason: str
    retryable: bool
    errors: Findings = field(default_factory=Findings)
    duration_ms: float | None = None
    reach: Reach | None = None
    resolved_by: str | None = None

    @property
    def is_resolution(self) -> bool:
        """Whether this row is a person's resolution rather than a request to the API."""
        return self.resolved_by is not None

    @property
    def state(self) -> OutboxState:
        """This attempt's outcome in the outbox's words."""
        return state_of(self.outcome)

    def draft(self) -> OrderDraft:
        """The draft as it was when this attempt was sent."""
        return draft_from_json(self.draft_json)


def utc(epoch: float) -> datetime:
    """An aware UTC datetime for stored epoch seconds."""
    return datetime.fromtimestamp(epoch, UTC)
