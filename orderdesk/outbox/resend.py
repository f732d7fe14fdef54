"""Sending one order again, or one Centra batch, so that no order is ever created twice.

An order with an attempt whose outcome was ``unknown`` is looked up first, by the body that
attempt sent (a BigCommerce body carries the ``external_order_id`` generated for it). Found:
the order is ``created`` and nothing is sent. Not there: it is sent. The API cannot tell (no
lookup, no key to look by, no answer): it stays ``unknown`` and nothing is sent; a person
checks at the API. Every lookup that settles the question and every send is journaled by
``orderdesk.sending.submit``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from orderdesk.config.credentials import SecretSource
from orderdesk.core import jsonio
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal
from orderdesk.outbox.plan import RetryItem
from orderdesk.sending.submit import OrderClient, reconcile, submit, submit_batch
from orderdesk.targets.centra import is_batch
from orderdesk.targets.centra.client import CentraClient
from orderdesk.targets.registry import get_target


@dataclass(frozen=True)
class Resender:
    """Sends plan items again through open clients, journaling every request."""

    journal: Journal
    secrets: SecretSource

    def one(self, item: RetryItem, draft: OrderDraft, client: OrderClient) -> Outcome:
        """Look up what an unclear attempt may have created, then send ``draft`` if it is safe."""
        for text in item.unclear_requests:
            sent = sent_order(item.profile.target, text)
            if sent is None:
                return Outcome(
                    OutcomeKind.UNKNOWN,
                    reason="The journal cannot show what an earlier attempt sent, so the order cannot be looked up. "
                    f"Check at {item.profile.title} whether it exists before sending it again.",
                )
            looked_up = reconcile(
                draft, item.profile, self.secrets, self.journal, draft_id=item.draft_id, sent_body=sent, client=client
            )
            if not _absent(looked_up):
                return looked_up
        return submit(draft, item.profile, self.secrets, self.journal, draft_id=item.draft_id, client=client)

    def batch(
        self, items: Sequence[RetryItem], drafts: Sequence[OrderDraft], client: CentraClient
    ) -> dict[int, Outcome]:
        """Send orders of one Centra profile in one batch request; an outcome per order key."""
        target = get_target(items[0].profile.target)
        keys = {f"order-{item.order_key}": item for item in items}
        bodies = {key: target.from_draft(draft) for key, draft in zip(keys, drafts, strict=True)}
        outcomes = submit_batch(
            bodies,
            items[0].profile,
            self.secrets,
            self.journal,
            client=client,
            draft_ids={key: item.draft_id for key, item in keys.items()},
        )
        return {keys[key].order_key: outcome for key, outcome in outcomes.items()}


def sent_order(target: str, request_body: str) -> dict[str, Any] | None:
    """The one order a journaled request body created (or tried to); ``None`` when it cannot be read.

    A Centra batch attempt is journaled as the batch of its one key; the order is its value.
    """
    try:
        body = jsonio.loads(request_body)
    except jsonio.BodyError:
        return None
    if not isinstance(body, dict):
        return None
    if target == "centra" and is_batch(body) and len(body) == 1:
        [order] = body.values()
        return dict(order)
    return body


def _absent(looked_up: Outcome) -> bool:
    """True when the lookup showed the earlier attempt created nothing (``reconcile``'s retryable ``failed``)."""
    return looked_up.kind is OutcomeKind.FAILED and looked_up.retryable
