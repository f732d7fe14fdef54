"""Sending an order to the API of one profile, so a person always learns what happened.

Each submission is checked against the API's documented rules first (an order with errors
is not sent), journaled before its request leaves, and ends in one ``Outcome`` that is
journaled when it arrives. Errors come back by draft path; no outcome carries a secret.
An order whose outcome was ``unknown`` is looked up with ``reconcile`` before it is ever
sent again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol, cast

from orderdesk.config.credentials import KeyringUnavailable, SecretSource
from orderdesk.config.profiles import Profile
from orderdesk.core import jsonio
from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft, sendable
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import JournalStore
from orderdesk.targets.base import Target
from orderdesk.targets.registry import Derived, batch_support, get_api, get_target
from orderdesk.transport.pacing import Pacer
from orderdesk.transport.redaction import Redactor
from orderdesk.transport.replies import (
    ConnectionCheck,
    ConnectionState,
    Lookup,
    MissingSecret,
)
from orderdesk.transport.session import wire_text
from orderdesk.transport.settings import HttpSettings, RetryPolicy

_log = logging.getLogger(__name__)

DEFAULT_WORKERS = 4
"""Orders in flight at once when sending many: enough to hide latency, few enough to be polite."""


class OrderClient(Protocol):
    """What every API client offers (``orderdesk/targets/<api>/client.py``).

    Attributes:
        redactor: knows the client's secrets, to scrub them from whatever it returns.
        looks_up_orders: whether ``lookup`` can ever tell (an API with no way to find an order cannot).
    """

    redactor: Redactor
    looks_up_orders: bool

    def prepare(self, body: dict[str, Any]) -> dict[str, Any]:
        """The body exactly as it will be sent (an API may need a key added to find it again)."""

    def create_request(self, body: dict[str, Any]) -> tuple[str, str]:
        """Method and URL of the request that creates the order, for the journal."""

    def journal_headers(self) -> dict[str, str]:
        """The request headers that carry no secret, for the journal."""

    def submit(self, body: dict[str, Any]) -> Outcome:
        """Send the order; retry only where the API cannot create it twice."""

    def lookup(self, body: dict[str, Any]) -> Lookup:
        """Whether the order exists at the API, without sending it."""

    def check(self) -> ConnectionCheck:
        """One cheap authenticated request."""

    def close(self) -> None:
        """Release the connection pool."""


class BatchClient(OrderClient, Protocol):
    """The client of an API that declares batches (``ApiDeclaration.batch``)."""

    def batch_request(self) -> tuple[str, str]:
        """Method and URL that create a batch, for the journal."""

    def submit_batch(self, bodies: Mapping[str, dict[str, Any]]) -> dict[str, Outcome]:
        """Send the orders in one request: an outcome per key."""


ClientFactory = Callable[..., OrderClient]

CLIENTS: Mapping[str, ClientFactory] = Derived(lambda api: api.client)
"""The client class of each target."""


def open_client(
    profile: Profile, secrets: SecretSource, settings: HttpSettings | None = None, pacer: Pacer | None = None
) -> OrderClient:
    """A client for ``profile``, with its own ``requests.Session``; close it when done.

    Raises:
        MissingSecret: the profile has no secret stored.
        KeyringUnavailable: the keyring cannot be read.
    """
    return CLIENTS[profile.target](profile, secrets, settings, pacer)


def client_or_outcome(
    profile: Profile, secrets: SecretSource, settings: HttpSettings | None = None, pacer: Pacer | None = None
) -> OrderClient | Outcome:
    """``open_client``, or the outcome of an order that cannot be sent without a client: no secret stored
    (``unauthorized``: fix the profile) or no keyring (``failed``, retryable: fix the desktop session).

    The one place that says what a client that would not open means, for every way of sending.
    """
    try:
        return open_client(profile, secrets, settings, pacer)
    except MissingSecret as exc:
        return Outcome(OutcomeKind.UNAUTHORIZED, reason=str(exc))
    except KeyringUnavailable as exc:
        return Outcome(OutcomeKind.FAILED, reason=f"{exc} The order was not sent.", retryable=True)


def can_look_up(target: str) -> bool:
    """Whether ``target``'s API can find an order, so an ``unknown`` outcome can be settled by a lookup."""
    return get_api(target).looks_up_orders


def body_of(target: Target, draft: OrderDraft) -> dict[str, Any]:
    """The body ``target``'s API is sent for ``draft``: the draft as it is checked and sent
    (``core.order.sendable``: the empty row the form keeps at the end of the lines is no line),
    converted. Every way of sending a draft (the form, ``orderdesk submit``, Send again) goes through here.
    """
    return target.from_draft(sendable(draft))


def refusal(draft: OrderDraft, profile: Profile) -> Outcome | None:
    """The ``rejected`` outcome (nothing sent, reach ``not_sent``) of a draft that breaks the documented rules
    of ``profile``'s API, as ``submit`` would refuse it; ``None`` when it may be sent."""
    target = get_target(profile.target)
    return _client_side_errors(target, body_of(target, draft), draft)


def submit(
    draft: OrderDraft,
    profile: Profile,
    secrets: SecretSource,
    journal: JournalStore | None = None,
    *,
    draft_id: int | None = None,
    client: OrderClient | None = None,
    settings: HttpSettings | None = None,
) -> Outcome:
    """Send ``draft`` to ``profile``'s API and return what happened; errors are by draft path.

    Args:
        draft: the order as typed.
        profile: where to send it.
        secrets: where the profile's secret is read (the keyring, or any ``SecretSource``).
        journal: when given, the attempt is written before the request leaves and its
            outcome when it arrives.
        draft_id: the draft's id in the journal, so attempts join the same order.
        client: an open client to reuse (its profile must be ``profile``).
        settings: timeouts and retry policy, when no client is given.
    """
    target = get_target(profile.target)
    return _send(target, body_of(target, draft), draft, draft_id, profile, secrets, journal, client, settings)


def submit_body(
    body: Mapping[str, Any],
    profile: Profile,
    secrets: SecretSource,
    journal: JournalStore | None = None,
    *,
    client: OrderClient | None = None,
    settings: HttpSettings | None = None,
) -> Outcome:
    """Send one API body as it is (the command line's ``submit``); errors are by draft path."""
    target = get_target(profile.target)
    return _send(target, dict(body), _draft_of(target, body), None, profile, secrets, journal, client, settings)


def submit_all(
    bodies: Sequence[Mapping[str, Any]],
    profile: Profile,
    secrets: SecretSource,
    journal: JournalStore | None = None,
    *,
    workers: int = DEFAULT_WORKERS,
    settings: HttpSettings | None = None,
) -> list[Outcome]:
    """Send many bodies with at most ``workers`` in flight; outcomes in the order of ``bodies``.

    Each worker thread has its own session; all share one ``Pacer``, so a rate limit seen
    by one holds back the others.
    """
    pacer = Pacer((settings or HttpSettings()).rate_limit_reserve)
    local = threading.local()
    opened: list[OrderClient] = []
    lock = threading.Lock()

    def send(body: Mapping[str, Any]) -> Outcome:
        client = getattr(local, "client", None)
        if client is None:
            client = client_or_outcome(profile, secrets, settings, pacer)
            if isinstance(client, Outcome):
                return client
            local.client = client
            with lock:
                opened.append(client)
        return submit_body(body, profile, secrets, journal, client=client)

    try:
        with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="orderdesk-send") as pool:
            return list(pool.map(send, bodies))
    finally:
        for client in opened:
            client.close()


def submit_batch(
    bodies: Mapping[str, Mapping[str, Any]],
    profile: Profile,
    secrets: SecretSource,
    journal: JournalStore | None = None,
    *,
    client: BatchClient | None = None,
    settings: HttpSettings | None = None,
    draft_ids: Mapping[str, int] | None = None,
) -> dict[str, Outcome]:
    """Send a batch to an API that takes them (Centra's ``POST <base>/orders``): one outcome per key, in order.

    Orders with errors are not sent (their outcome is ``rejected``); the others go in one
    request. Each key is journaled as its own order, its request body the batch of that
    one key, so an exported cURL command repeats exactly that order. ``draft_ids`` names
    the journal draft of a key whose order exists already (the outbox resending it), so
    its attempt joins that order instead of starting a new one.
    """
    if get_api(profile.target).batch is None:
        raise ValueError(f"{profile.title} takes no batch of orders (profile '{profile.name}')")
    target = get_target(profile.target)
    outcomes: dict[str, Outcome] = {}
    drafts: dict[str, OrderDraft] = {}
    to_send: dict[str, dict[str, Any]] = {}
    for key, body in bodies.items():
        drafts[key] = _draft_of(target, body)
        refused = _client_side_errors(target, body, drafts[key])
        if refused is not None:
            outcomes[key] = refused
        else:
            to_send[key] = dict(body)
    if to_send:
        with _opened(profile, secrets, settings, client) as (opened, problem):
            if problem is not None:
                outcomes.update(dict.fromkeys(to_send, problem))
            else:
                batching = cast(BatchClient, opened)  # the API declares batches, so its client sends them
                outcomes.update(_send_batch(batching, to_send, drafts, profile, journal, draft_ids or {}))
    return {key: outcomes[key] for key in bodies}


def reconcile(
    draft: OrderDraft,
    profile: Profile,
    secrets: SecretSource,
    journal: JournalStore | None = None,
    *,
    draft_id: int | None = None,
    sent_body: Mapping[str, Any] | None = None,
    resend: bool = False,
    client: OrderClient | None = None,
    settings: HttpSettings | None = None,
    settled_at: float | None = None,
    clock: Callable[[], float] = time.time,
) -> Outcome:
    """Find out whether an order whose outcome was unknown exists at the API, before any resend.

    Found: ``created`` with its reference. Not there: ``draft`` is sent now when
    ``resend``, else a retryable ``failed`` saying it is safe to send. The API cannot tell
    (no lookup, no key to look by, no answer): ``unknown`` with the reason, and nothing is
    sent. A lookup that settles the question is journaled as an attempt of the order.

    Args:
        sent_body: the body the unclear attempt sent; its keys are the ones looked up (a
            BigCommerce order may carry an ``external_order_id`` generated when it was sent).
            Without it, the last body the journal holds for ``draft_id`` at this profile,
            else the body ``draft`` gives now.
        settled_at: from when (epoch seconds by ``clock``) "not there" can be trusted: the
            server may still be writing an order whose answer timed out. Before then a lookup
            that finds nothing leaves the order ``unknown``, saying when to check again.
    """
    target = get_target(profile.target)
    if sent_body is None and journal is not None and draft_id is not None:
        sent_body = _last_sent_body(journal, draft_id, profile.name)
    looked_up = dict(sent_body) if sent_body is not None else body_of(target, draft)
    with _opened(profile, secrets, settings, client) as (opened, problem):
        if problem is not None:
            return problem
        assert opened is not None
        started = time.perf_counter()
        found = opened.lookup(looked_up)
        if found.found is None:
            return _clean(Outcome(OutcomeKind.UNKNOWN, reason=found.reason), draft, opened.redactor)
        if found.found is False and settled_at is not None and clock() < settled_at:
            outcome = _not_settled(profile, settled_at)
        elif found.found is False and resend:
            body = body_of(target, draft)
            return _send(target, body, draft, draft_id, profile, secrets, journal, opened, settings)
        elif found.found:
            outcome = Outcome(
                OutcomeKind.CREATED,
                reference=found.reference,
                reason=f"{profile.title} has the order: the earlier attempt created it. Do not send it again.",
            )
        else:
            outcome = Outcome(
                OutcomeKind.FAILED,
                reason=f"{profile.title} does not have the order: the earlier attempt did not create it, "
                "so sending it again is safe.",
                retryable=True,
            )
        if journal is not None:
            attempt = journal.begin_attempt(
                draft_id, draft, profile.name, target.name, "GET", found.url, "", opened.journal_headers()
            )
            journal.finish_attempt(attempt, outcome, (time.perf_counter() - started) * 1000)
        return outcome


CHECK_SETTINGS = HttpSettings(retry=RetryPolicy(attempts=1))
"""A connection check is tried once: a person waiting for "valid" would rather run it again."""


def check_connection(profile: Profile, secrets: SecretSource, settings: HttpSettings | None = None) -> ConnectionCheck:
    """Whether the profile can send: one cheap authenticated request, where the API has one."""
    try:
        client = open_client(profile, secrets, settings or CHECK_SETTINGS)
    except MissingSecret as exc:
        return ConnectionCheck(ConnectionState.INVALID, str(exc))
    except KeyringUnavailable as exc:
        return ConnectionCheck(ConnectionState.UNREACHABLE, str(exc))
    try:
        check = client.check()
        return replace(check, detail=client.redactor.redact(check.detail))
    finally:
        client.close()


def _send(
    target: Target,
    body: dict[str, Any],
    draft: OrderDraft,
    draft_id: int | None,
    profile: Profile,
    secrets: SecretSource,
    journal: JournalStore | None,
    client: OrderClient | None,
    settings: HttpSettings | None,
) -> Outcome:
    refused = _client_side_errors(target, body, draft)
    if refused is not None:
        return refused
    with _opened(profile, secrets, settings, client) as (opened, problem):
        if problem is not None:
            return problem
        assert opened is not None
        body = opened.prepare(body)
        attempt = None
        if journal is not None:
            method, url = opened.create_request(body)
            attempt = journal.begin_attempt(
                draft_id, draft, profile.name, target.name, method, url, wire_text(body), opened.journal_headers()
            )
        started = time.perf_counter()
        outcome = _guarded(lambda: opened.submit(body), opened.redactor)
        outcome = _clean(outcome, draft, opened.redactor)
        if journal is not None and attempt is not None:
            journal.finish_attempt(attempt, outcome, (time.perf_counter() - started) * 1000)
        return outcome


def _send_batch(
    client: BatchClient,
    bodies: dict[str, dict[str, Any]],
    drafts: Mapping[str, OrderDraft],
    profile: Profile,
    journal: JournalStore | None,
    draft_ids: Mapping[str, int],
) -> dict[str, Outcome]:
    attempts: dict[str, int] = {}
    if journal is not None:
        method, url = client.batch_request()
        for key, body in bodies.items():
            attempts[key] = journal.begin_attempt(
                draft_ids.get(key),
                drafts[key],
                profile.name,
                profile.target,
                method,
                url,
                wire_text({key: body}),
                client.journal_headers(),
            )
    started = time.perf_counter()
    try:
        outcomes = client.submit_batch(bodies)
    except Exception as exc:  # noqa: BLE001 - a bug must still end every attempt, never as a traceback
        outcomes = dict.fromkeys(bodies, _internal_error(exc, client.redactor))
    duration_ms = (time.perf_counter() - started) * 1000
    cleaned = {key: _clean(outcome, drafts[key], client.redactor) for key, outcome in outcomes.items()}
    for key, attempt in attempts.items():
        journal.finish_attempt(attempt, cleaned[key], duration_ms)  # type: ignore[union-attr]
    return cleaned


@contextmanager
def _opened(
    profile: Profile, secrets: SecretSource, settings: HttpSettings | None, client: OrderClient | None
) -> Iterator[tuple[OrderClient | None, Outcome | None]]:
    """The given client, or a new one closed afterwards; or the outcome saying why there is none."""
    if client is not None:
        yield client, None
        return
    opened = client_or_outcome(profile, secrets, settings)
    if isinstance(opened, Outcome):
        yield None, opened
        return
    try:
        yield opened, None
    finally:
        opened.close()


def _last_sent_body(journal: JournalStore, draft_id: int, profile_name: str) -> dict[str, Any] | None:
    """The body of the latest request that created (or tried to create) the order, from the journal."""
    page, offset = 200, 0
    while rows := journal.list_outbox(profile=profile_name, limit=page, offset=offset):
        for row in rows:
            if row.draft_id == draft_id:
                sent = [attempt for attempt in journal.attempts_for(row.order_key) if attempt.request_body]
                if not sent:
                    return None
                try:
                    body = jsonio.loads(sent[-1].request_body)
                except jsonio.BodyError:
                    return None
                batch = batch_support(row.target)
                order = body if batch is None else batch.only_order(body)
                return order if isinstance(order, dict) else None
        offset += page
    return None


def _not_settled(profile: Profile, settled_at: float) -> Outcome:
    """A lookup found nothing, too soon after the unclear attempt to be sure: still ``unknown``."""
    when = datetime.fromtimestamp(settled_at).strftime("%H:%M:%S")
    return Outcome(
        OutcomeKind.UNKNOWN,
        reason=f"{profile.title} does not show the order yet, but the earlier attempt may still be being "
        f"written there. It can be checked from {when}; nothing was sent.",
    )


def _client_side_errors(target: Target, body: Mapping[str, Any], draft: OrderDraft) -> Outcome | None:
    """A ``rejected`` outcome when the body breaks the API's documented rules; it is then not sent."""
    findings = target.validate_body(body)
    if not findings.errors:
        return None
    errors = Findings(errors=findings.errors).mapped(target.paths.to_draft)
    return Outcome(
        OutcomeKind.REJECTED,
        errors=_fold_billing(errors, draft),
        reason=f"Not sent: the order breaks {target.title}'s documented rules; correct the fields shown.",
    )


def _draft_of(target: Target, body: Mapping[str, Any]) -> OrderDraft:
    """The draft a body stands for, for the journal; an empty one when the body is not an order at all."""
    try:
        return target.to_draft(body)
    except (ValueError, TypeError, AttributeError):
        return OrderDraft()


def _guarded(action: Callable[[], Outcome], redactor: Redactor) -> Outcome:
    """Run a client call; a bug in it still ends in an outcome (``unknown``), logged without secrets."""
    try:
        return action()
    except Exception as exc:  # noqa: BLE001 - the boundary where every submission must end in an outcome
        return _internal_error(exc, redactor)


def _internal_error(exc: Exception, redactor: Redactor) -> Outcome:
    _log.error("sending failed inside OrderDesk: %s: %s", type(exc).__name__, redactor.redact(str(exc)))
    return Outcome(
        OutcomeKind.UNKNOWN,
        reason=f"OrderDesk failed while sending ({type(exc).__name__}); the order may or may not have arrived. "
        "Look it up before sending it again.",
    )


def _clean(outcome: Outcome, draft: OrderDraft, redactor: Redactor) -> Outcome:
    """The outcome as shown and journaled: no secret anywhere, billing errors on shipping when they are one."""
    errors = Findings()
    for path, messages in _fold_billing(outcome.errors, draft).errors.items():
        for message in messages:
            errors.error(path, redactor.redact(message))
    return replace(
        outcome,
        errors=errors,
        reason=redactor.redact(outcome.reason),
        response_text=redactor.redact(outcome.response_text),
        reference=redactor.redact(outcome.reference),
    )


def _fold_billing(findings: Findings, draft: OrderDraft) -> Findings:
    """With "billing same as shipping" the form shows one address: billing errors go to its inputs."""
    if not draft.billing_same_as_shipping:
        return findings
    return findings.mapped(_billing_as_shipping)


def _billing_as_shipping(path: str) -> str:
    return "shipping" + path.removeprefix("billing") if path.split(".")[0] == "billing" else path
