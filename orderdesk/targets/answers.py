"""What an API's answer means for the order: the ``Outcome`` a person reads, or a connection verdict.

``orderdesk.transport`` gets a request to an answer (a ``Reply``) or says how far it got (a
``TransportError``); this module turns either into plain words. Whether an unclear result may
be sent again hangs on ``idempotent``: an API that refuses a second copy of the same order
makes a repeat safe (a retryable ``failed``), one without such a key makes it ``unknown``
until the order is looked up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any

from orderdesk.core import jsonio
from orderdesk.core.findings import Findings
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.transport.pacing import QuotaHeaders, rate_limit_wait
from orderdesk.transport.redaction import one_line
from orderdesk.transport.replies import (
    ConnectionCheck,
    ConnectionState,
    Delivery,
    Reply,
    Result,
    TransportError,
)

_MAY_EXIST = "It may have created the order: look it up before sending it again."


def common_outcome(
    result: Result,
    api: str,
    *,
    idempotent: bool,
    detail: Callable[[Reply], str] | None = None,
    quota: QuotaHeaders | None = None,
) -> Outcome | Reply:
    """The outcome every API shares, else the reply for the API's own reading.

    No answer, refused credentials (401/403), a rate limit the session could not wait out
    (429) and a server error (5xx) mean the same for every API; ``detail`` reads the
    API's own words on refused credentials.
    """
    if isinstance(result, TransportError):
        return transport_outcome(result, api, idempotent)
    if result.status in (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN):
        return unauthorized_outcome(result, api, detail(result) if detail else "")
    if result.status == HTTPStatus.TOO_MANY_REQUESTS:
        return rate_limited_outcome(result, api, quota)
    if result.status >= 500:
        return server_error_outcome(result, api, idempotent)
    return result


def said_at(key: str) -> Callable[[Reply], str]:
    """A reader of the text a JSON-object answer holds at ``key`` (``""`` when it holds none)."""

    def read(reply: Reply) -> str:
        answer = reply.json_object()
        text = answer.get(key) if answer else None
        return text if isinstance(text, str) else ""

    return read


def add_field_errors(errors: Mapping[Any, Any], findings: Findings) -> None:
    """Add an answer's errors by field, ``{"field": ["...", ...]}`` or ``{"field": "..."}``, at each field's path."""
    for path, messages in errors.items():
        for message in messages if isinstance(messages, list) else [messages]:
            findings.error(str(path), str(message))


def transport_outcome(error: TransportError, api: str, idempotent: bool) -> Outcome:
    """The outcome of a request that got no answer.

    Not sent at all, or sent to an API that tolerates a repeat: failed and retryable.
    Possibly received by an API without an idempotency key: unknown, to be looked up first.
    Either way the outcome keeps whether the request may have arrived (``Outcome.reach``).
    """
    tries = f" ({error.tries} tries)" if error.tries > 1 else ""
    may_have_arrived = error.delivery is Delivery.MAYBE_SENT
    if not may_have_arrived or idempotent:
        reason = f"{error.reason}{tries}."
        return Outcome(OutcomeKind.FAILED, reason=reason, retryable=True, may_have_arrived=may_have_arrived)
    return Outcome(
        OutcomeKind.UNKNOWN,
        reason=f"{error.reason}. {api} may have created the order: look it up before sending it again.",
        may_have_arrived=True,
    )


def rate_limited_outcome(reply: Reply, api: str, quota: QuotaHeaders | None = None) -> Outcome:
    """The outcome of a 429 the session could not wait out; ``quota`` names the API's own reset header."""
    wait = rate_limit_wait(reply.headers, quota)
    # Whole sentences, one per case: the window translates them by their template (ui/language/reason_texts).
    if wait is None:
        reason = f"{api} is limiting the number of requests; the order was not taken. Try again later."
    else:
        reason = f"{api} is limiting the number of requests; the order was not taken. Try again in {wait:.0f} s."
    return _answered(OutcomeKind.FAILED, reply, reason, retryable=True)


def unauthorized_outcome(reply: Reply, api: str, detail: str = "") -> Outcome:
    """The outcome of a 401/403: the profile's credentials need fixing."""
    said = f" ({detail})" if detail else ""
    reason = f"{api} refused the credentials of this profile{said}. Check them with 'profiles test'."
    return _answered(OutcomeKind.UNAUTHORIZED, reply, reason)


def server_error_outcome(reply: Reply, api: str, idempotent: bool) -> Outcome:
    """The outcome of a 5xx answer that retrying did not cure (or that could not be retried).

    The request arrived, so an API without an idempotency key may have created the order:
    ``unknown``. For an idempotent API it is a retryable ``failed``.
    """
    tries = f" ({reply.tries} tries)" if reply.tries > 1 else ""
    text = f"{api} had a server error: {describe_status(reply.status)} with {describe_body(reply)}{tries}"
    if idempotent:
        return _answered(OutcomeKind.FAILED, reply, f"{text}. Sending the order again is safe.", retryable=True)
    return _answered(OutcomeKind.UNKNOWN, reply, f"{text}. {_MAY_EXIST}")


def rejected_outcome(errors: Findings, reply: Reply) -> Outcome:
    """The outcome of an order the API refused for what it says: fix it, then send again."""
    return Outcome(
        OutcomeKind.REJECTED,
        errors=errors,
        reason="The order was refused; correct the fields shown and send it again.",
        status=reply.status,
        response_text=reply.snippet,
    )


def unexpected_outcome(reply: Reply, api: str, idempotent: bool, problem: str = "") -> Outcome:
    """The outcome of an answer the API's documentation does not describe.

    A 2xx or 5xx answer means the order may have been created; for an API without an
    idempotency key that is ``unknown`` (look it up before sending again), otherwise a
    retryable ``failed``. Any other status means the order was refused: ``failed``.
    """
    what = problem or describe_body(reply)
    text = f"{api} answered {describe_status(reply.status)} with {what}, which its documentation does not describe"
    may_exist = reply.status < 300 or reply.status >= 500
    if may_exist and not idempotent:
        return _answered(OutcomeKind.UNKNOWN, reply, f"{text}. {_MAY_EXIST}")
    retryable = may_exist or reply.status == HTTPStatus.REQUEST_TIMEOUT
    return _answered(OutcomeKind.FAILED, reply, f"{text}.", retryable=retryable)


def check_from_reply(reply: Result, api: str) -> ConnectionCheck:
    """``profiles test`` verdict for the answer to a cheap authenticated request."""
    if isinstance(reply, TransportError):
        return ConnectionCheck(ConnectionState.UNREACHABLE, reply.reason)
    if reply.status in (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN):
        refused = f"{api} refused the credentials ({describe_status(reply.status)})"
        return ConnectionCheck(ConnectionState.INVALID, refused, reply.status)
    if 200 <= reply.status < 300:
        return ConnectionCheck(ConnectionState.VALID, f"{api} accepted the credentials", reply.status)
    hint = " Is the base URL right?" if reply.status in (HTTPStatus.NOT_FOUND, 301, 302, 307, 308) else ""
    answered = f"{api} answered {describe_status(reply.status)} with {describe_body(reply)}.{hint}"
    return ConnectionCheck(ConnectionState.UNREACHABLE, answered, reply.status)


def describe_status(status: int) -> str:
    """``"503 Service Unavailable"`` for 503; just the number when it has no standard name."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def describe_body(reply: Reply) -> str:
    """A few words on what a body is: empty, an HTML page, not JSON, or JSON of an unexpected shape."""
    stripped = reply.body.strip()
    if not stripped:
        return "an empty body"
    if stripped[:1] == b"<":
        return "an HTML page"
    try:
        value = reply.json()
    except jsonio.BodyError:
        return "a body that is not valid JSON"
    if isinstance(value, dict):
        said = next((value[key] for key in ("error", "message", "msg") if isinstance(value.get(key), str)), "")
        if said:
            return f'the message "{one_line(said, 120)}"'
    return "a JSON body of an unexpected shape"


def _answered(kind: OutcomeKind, reply: Reply, reason: str, retryable: bool = False) -> Outcome:
    """An outcome that keeps the answer's status and the start of its body, for support."""
    return Outcome(kind, reason=reason, retryable=retryable, status=reply.status, response_text=reply.snippet)
