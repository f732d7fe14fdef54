"""One outcome, one description: the words the command prints and the window shows.

Both front ends render the same ``Description``: the window puts a sign before the sentence
and colours it by severity, the command prints the sentence, then each field error as
``validate`` prints them, then the answer that explains a failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
        template: the first line in English with named fields, without a sign; a front end in another
            language translates the template and fills in ``values`` itself.
        values: the fields of ``template`` (``how`` is one of ``REACH_WORDS``, itself to translate).
        said: what the API said about the order as a whole, and the reason (rejected only).
        errors: each field error as ``path: message`` (rejected; the window shows them on the inputs).
        answer: the HTTP status and start of an answer that explains a failure, for support ("" if none).
    """

    severity: Severity
    template: str
    values: dict[str, str] = field(default_factory=dict)
    said: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    answer: str = ""

    @property
    def sentence(self) -> str:
        """The first line in English: ``Created — reference 1001``."""
        return self.template.format(**self.values)


def describe(outcome: Outcome) -> Description:
    """The description of ``outcome``; failed and unknown say how far the request got (``REACH_WORDS``)."""
    reference = " — reference {reference}" if outcome.reference else ""
    reason = " ({reason})" if outcome.reason else ""
    values = {"reference": outcome.reference or "", "reason": outcome.reason or ""}
    kind = outcome.kind
    if kind is OutcomeKind.CREATED:
        return Description(Severity.OK, f"Created{reference}{reason}", values)
    if kind is OutcomeKind.DUPLICATE:
        return Description(Severity.OK, f"Already there{reference} (sent before, not created twice){reason}", values)
    if kind is OutcomeKind.REJECTED:
        count = sum(len(messages) for messages in outcome.errors.errors.values())
        said = (*outcome.errors.errors.get("", []), *((outcome.reason,) if outcome.reason else ()))
        fields = [
            f"{path}: {message}" for path, messages in outcome.errors.errors.items() if path for message in messages
        ]
        template = (
            ("Rejected: {count} problem" if count == 1 else "Rejected: {count} problems") if count else "Rejected"
        )
        return Description(Severity.ERROR, template, {"count": str(count)}, said, tuple(fields))
    answer = ""
    if outcome.status is not None:
        answer = f"HTTP {outcome.status}"
        if outcome.response_text:
            answer += f": {outcome.response_text}"
    if kind is OutcomeKind.UNAUTHORIZED:
        template = "Not authorised: {reason}" if outcome.reason else f"Not authorised: {_KEY_REFUSED}"
        return Description(Severity.ERROR, template, values, answer=answer)
    values["how"] = REACH_WORDS[outcome.reach]
    if kind is OutcomeKind.FAILED:
        again = " (can be sent again)" if outcome.retryable else ""
        because = "{reason}" if outcome.reason else "the API did not take the order"
        return Description(Severity.ERROR, f"Failed — {{how}}{again}: {because}", values, answer=answer)
    because = "{reason}" if outcome.reason else "the order may or may not exist"
    return Description(Severity.WARNING, f"Unknown — {{how}}: {because}", values, answer=answer)


_KEY_REFUSED = "The API refused the key. Check the profile under Order ▸ Manage profiles."
