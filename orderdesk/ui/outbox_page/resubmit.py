"""Sending an order opened from the outbox again, as fixed on the form, never creating it twice.

The outbox engine decides, as for a bulk resubmission: an order its API has already is not
sent again, and one an earlier attempt may have created (an ``unknown`` outcome) is looked up
first by the body that attempt sent, and sent only if the API does not have it. No Qt here:
the window calls this on a worker thread.
"""

from __future__ import annotations

from orderdesk.config.credentials import KeyringUnavailable, SecretSource
from orderdesk.config.profiles import Profile
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal
from orderdesk.outbox import SkipReason, plan_retry
from orderdesk.outbox.resend import Resender
from orderdesk.sending.submit import open_client, submit
from orderdesk.transport.replies import MissingSecret
from orderdesk.transport.settings import HttpSettings


def resubmit(
    journal: Journal,
    order_key: int,
    draft: OrderDraft,
    draft_id: int | None,
    profile: Profile,
    secrets: SecretSource,
    settings: HttpSettings | None = None,
) -> Outcome:
    """Send ``draft`` (the form's order) to ``profile`` again as the outbox order ``order_key``.

    An order the plan leaves out for a reason that sending would not change (rejected and
    not edited since, its profile now on another API) is submitted as any order is: the API's
    answer says what is still wrong.
    """
    plan = plan_retry(journal, [order_key], profiles=[profile])
    for skipped in plan.skipped:
        if skipped.reason is SkipReason.SENT:
            reference = journal.order(order_key).reference
            return Outcome(OutcomeKind.DUPLICATE, reference=reference, reason=skipped.detail)
        if skipped.reason is SkipReason.SENDING:
            return Outcome(OutcomeKind.FAILED, reason=skipped.detail, retryable=True)
        return submit(draft, profile, secrets, journal, draft_id=draft_id, settings=settings)
    [item] = plan.items
    try:
        client = open_client(profile, secrets, settings)
    except MissingSecret as exc:
        return Outcome(OutcomeKind.UNAUTHORIZED, reason=str(exc))
    except KeyringUnavailable as exc:
        return Outcome(OutcomeKind.FAILED, reason=f"{exc} The order was not sent.", retryable=True)
    try:
        return Resender(journal, secrets).one(item, draft, client)
    finally:
        client.close()
