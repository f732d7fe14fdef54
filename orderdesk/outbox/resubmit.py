"""Sending one order a person sends on purpose (Submit on the form, ``orderdesk submit``), never twice.

The journal decides, not the caller's memory: when the order was sent to the profile before
(``earlier.earlier_order``), it is sent again only through the outbox's plan, as a bulk
resubmission sends it. An order its API has already is not sent (``duplicate``, with the
earlier reference); one an earlier attempt may have created (``unknown``) is looked up
first and sent only if the API does not have it; one another process is sending is left to
it. Only ``force`` sends regardless, as a new order. No Qt here: the window calls this on a
worker thread, the command line directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from orderdesk.config.credentials import SecretSource
from orderdesk.config.profiles import Profile
from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import JournalStore, OutboxRow, OutboxState
from orderdesk.outbox.earlier import NumberInUse, earlier_order
from orderdesk.outbox.plan import SkipReason, plan_retry
from orderdesk.outbox.resend import Resender
from orderdesk.sending.submit import client_or_outcome, submit, submit_batch, submit_body
from orderdesk.targets.registry import get_target
from orderdesk.transport.settings import HttpSettings


@dataclass(frozen=True)
class Sent:
    """What sending one order came to.

    Attributes:
        outcome: what happened; ``duplicate`` when the order was there already and nothing was sent.
        earlier: the journal's earlier order at the profile this send repeated, if any.
        forced: sent as a new order although ``earlier`` exists (``force``).
    """

    outcome: Outcome
    earlier: OutboxRow | None = None
    forced: bool = False

    @property
    def already_there(self) -> bool:
        """True when the earlier order is at the API and nothing was sent."""
        return (
            self.earlier is not None
            and not self.forced
            and self.earlier.state is OutboxState.SENT
            and self.outcome.kind is OutcomeKind.DUPLICATE
        )


def send_once(
    journal: JournalStore,
    draft: OrderDraft,
    draft_id: int | None,
    profile: Profile,
    secrets: SecretSource,
    *,
    body: Mapping[str, Any] | None = None,
    force: bool = False,
    settings: HttpSettings | None = None,
    clock: Callable[[], float] = time.time,
) -> Sent:
    """Send ``draft`` to ``profile`` unless an earlier attempt already made (or may have made) the order.

    Args:
        draft_id: the journal draft being sent (the window's); None for a body from a file.
        body: the profile's API body to send as it is when the order is new (a file's);
            ``draft`` is what it stands for. A repeat is sent from ``draft``, as the outbox does.
        force: send as a new order even when the journal has it at the profile.
    """
    try:
        order_key = earlier_order(journal, profile.name, profile.target, draft, draft_id, body)
    except NumberInUse as exc:
        return Sent(Outcome(OutcomeKind.REJECTED, errors=Findings(errors={exc.draft_path: [str(exc)]})))
    earlier = None if order_key is None else journal.order(order_key)
    if order_key is not None and not force:
        return Sent(resubmit(journal, order_key, draft, profile, secrets, settings, clock), earlier)
    if body is not None:
        outcome = submit_body(body, profile, secrets, journal, settings=settings)
    else:
        outcome = submit(draft, profile, secrets, journal, draft_id=draft_id, settings=settings)
    return Sent(outcome, earlier, forced=earlier is not None)


def send_batch_once(
    journal: JournalStore,
    bodies: Mapping[str, Mapping[str, Any]],
    profile: Profile,
    secrets: SecretSource,
    *,
    force: bool = False,
    settings: HttpSettings | None = None,
    clock: Callable[[], float] = time.time,
) -> dict[str, Sent]:
    """A Centra batch as ``send_once`` sends one order: each key the journal has at ``profile`` is handled
    as that order; the rest travel together in one batch request. Results in the batch's order."""
    target = get_target(profile.target)
    results: dict[str, Sent] = {}
    earlier: dict[str, OutboxRow] = {}
    for key, body in bodies.items():
        try:
            draft = target.to_draft(body)
        except (ValueError, TypeError, AttributeError):
            continue  # not an order: the batch request's own checks say why
        order_key = earlier_order(journal, profile.name, profile.target, draft, None, body)
        if order_key is None:
            continue
        earlier[key] = journal.order(order_key)
        if not force:
            results[key] = Sent(resubmit(journal, order_key, draft, profile, secrets, settings, clock), earlier[key])
    fresh = {key: body for key, body in bodies.items() if key not in results}
    if fresh:
        for key, outcome in submit_batch(fresh, profile, secrets, journal, settings=settings).items():
            results[key] = Sent(outcome, earlier.get(key), forced=key in earlier)
    return {key: results[key] for key in bodies}


def resubmit(
    journal: JournalStore,
    order_key: int,
    draft: OrderDraft,
    profile: Profile,
    secrets: SecretSource,
    settings: HttpSettings | None = None,
    clock: Callable[[], float] = time.time,
) -> Outcome:
    """Send ``draft`` (the order as it is now) to ``profile`` again as the journal's order ``order_key``.

    The plan alone decides, as for a bulk resubmission; an order it leaves out is not sent,
    and the outcome says why. A rejected order is sent even when unchanged: a person sending
    it on purpose may have fixed the cause at the API's end.
    """
    plan = plan_retry(journal, [order_key], profiles=[profile], resend_unchanged=True)
    for skipped in plan.skipped:
        if skipped.reason is SkipReason.SENT:
            reference = journal.order(order_key).reference
            return Outcome(OutcomeKind.DUPLICATE, reference=reference, reason=skipped.detail)
        return Outcome(OutcomeKind.FAILED, reason=skipped.detail, retryable=skipped.reason is SkipReason.SENDING)
    [item] = plan.items
    used = settings or HttpSettings()
    client = client_or_outcome(profile, secrets, used)
    if isinstance(client, Outcome):
        return client
    try:
        return Resender(journal, secrets, used, clock).one(item, draft, client)
    finally:
        client.close()
