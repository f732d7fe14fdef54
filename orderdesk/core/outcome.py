"""What happened to one order sent to one API: the six outcomes of docs/architecture.md ("Outcomes").

Every submission ends in exactly one of these, so a person always learns what happened
and the journal can decide what may be sent again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from orderdesk.core.findings import Findings


class OutcomeKind(StrEnum):
    """The kinds of outcome, as stored in the journal."""

    CREATED = "created"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    UNAUTHORIZED = "unauthorized"
    FAILED = "failed"
    UNKNOWN = "unknown"


class Reach(StrEnum):
    """How far the request got: what tells "the API refused it" from "no answer, it may have arrived".

    Both can end ``failed`` (an API that refuses a second copy makes either safe to send
    again), yet they mean different things to the person at the phone.
    """

    ANSWERED = "answered"
    """The API answered; ``status`` says how."""
    NO_ANSWER = "no_answer"
    """The request went out and no answer came back: the API may have the order."""
    NOT_SENT = "not_sent"
    """The request never reached the API (no connection, no key, no access token)."""


REACH_WORDS: dict[Reach, str] = {
    Reach.ANSWERED: "the API answered with an error",
    Reach.NO_ANSWER: "no answer, the order may have arrived",
    Reach.NOT_SENT: "not sent, the API never saw it",
}
"""How far a failed or unknown submission got, in the words every front end shows."""


@dataclass(frozen=True)
class Outcome:
    """The result of one submission.

    Attributes:
        kind: which of the six outcomes.
        reference: the API's order reference (created, duplicate).
        errors: field errors by draft path (rejected); order-level ones under ``""``.
        reason: plain words for a person (failed, unknown, unauthorized).
        retryable: whether sending again unchanged may succeed (failed).
        status: the HTTP status, when an answer arrived.
        response_text: the start of the answer's body, for support.
        may_have_arrived: no answer came back, but the request went out (see ``reach``).
    """

    kind: OutcomeKind
    reference: str = ""
    errors: Findings = field(default_factory=Findings)
    reason: str = ""
    retryable: bool = False
    status: int | None = None
    response_text: str = ""
    may_have_arrived: bool = False

    @property
    def reach(self) -> Reach:
        """How far the request got; an ``unknown`` outcome without an answer may have arrived by definition."""
        if self.status is not None:
            return Reach.ANSWERED
        if self.may_have_arrived or self.kind is OutcomeKind.UNKNOWN:
            return Reach.NO_ANSWER
        return Reach.NOT_SENT

    @property
    def succeeded(self) -> bool:
        """True when the order now exists at the API (created or already there)."""
        return self.kind in (OutcomeKind.CREATED, OutcomeKind.DUPLICATE)
