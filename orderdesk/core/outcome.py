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
    """

    kind: OutcomeKind
    reference: str = ""
    errors: Findings = field(default_factory=Findings)
    reason: str = ""
    retryable: bool = False
    status: int | None = None
    response_text: str = ""

    @property
    def succeeded(self) -> bool:
        """True when the order now exists at the API (created or already there)."""
        return self.kind in (OutcomeKind.CREATED, OutcomeKind.DUPLICATE)
