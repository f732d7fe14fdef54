"""One outcome, one description: the words the command prints and the window shows.

Both front ends render the same ``Description``: the window puts a sign before the sentence
and colours it by severity, the command prints the sentence, then each field error as
``validate`` prints them, then the answer that explains a failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from orderdesk.core.outcome import REACH_WORDS, Outcome, OutcomeKind


class Severity(StrEnum):
    """How the outcome reads: done, to check, or not done."""

    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Description:
    """What a person reads about one outcome.

    Attributes:
        severity: done (created, already there), to check (unknown), or not done.
        sentence: the first line, without a sign: ``Created — reference 1001``.
        said: what the API said about the order as a whole, and the reason (rejected only).
        errors: each field error as ``path: message`` (rejected; the window shows them on the inputs).
        answer: the HTTP status and start of an answer that explains a failure, for support ("" if none).
    """

    severity: Severity
    sentence: str
    said: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    answer: str = ""


def describe(outcome: Outcome) -> Description:
    """The description of ``outcome``; failed and unknown say how far the request got (``REACH_WORDS``)."""
    reference = f" — reference {outcome.reference}" if outcome.reference else ""
    kind = outcome.kind
    if kind is OutcomeKind.CREATED:
        return Description(Severity.OK, _with_reason(f"Created{reference}", outcome.reason))
    if kind is OutcomeKind.DUPLICATE:
        return Description(Severity.OK, _with_reason(f"Already there{reference} (sent before, not created twice)",
                                                      outcome.reason))
    if kind is OutcomeKind.REJECTED:
        count = sum(len(messages) for messages in outcome.errors.errors.values())
        said = (*outcome.errors.errors.get("", []), *((outcome.reason,) if outcome.reason else ()))
        fields = [f"{path}: {message}" for path, messages in outcome.errors.errors.items() if path
                  for message in messages]
        sentence = f"Rejected: {count} problem{'s' if count != 1 else ''}" if count else "Rejected"
        return Description(Severity.ERROR, sentence, said, tuple(fields))
    answer = ""
    if outcome.status is not None:
        answer = f"HTTP {outcome.status}"
        if outcome.response_text:
            answer += f": {outcome.response_text}"
    if kind is OutcomeKind.UNAUTHORIZED:
        reason = outcome.reason or "The API refused the key. Check the profile under Order ▸ Manage profiles."
        return Description(Severity.ERROR, f"Not authorised: {reason}", answer=answer)
    how = REACH_WORDS[outcome.reach]
    if kind is OutcomeKind.FAILED:
        again = " (can be sent again)" if outcome.retryable else ""
        reason = outcome.reason or "the API did not take the order"
        return Description(Severity.ERROR, f"Failed — {how}{again}: {reason}", answer=answer)
    reason = outcome.reason or "the order may or may not exist"
    return Description(Severity.WARNING, f"Unknown — {how}: {reason}", answer=answer)


def _with_reason(sentence: str, reason: str) -> str:
    return f"{sentence} ({reason})" if reason else sentence
