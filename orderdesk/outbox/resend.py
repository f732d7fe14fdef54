"""Sending one order again, or one Centra batch, so that no order is ever created twice.

An order with an attempt whose outcome was ``unknown`` is looked up first, by the body that
attempt sent (a BigCommerce body carries the ``external_order_id`` generated for it). Found:
the order is ``created`` and nothing is sent. Not there: it is sent. The API cannot tell (no
lookup, no key to look by, no answer): it stays ``unknown`` and nothing is sent; a person
checks at the API. A lookup that finds nothing counts only once the unclear attempt is older
than the settle time (``HttpSettings.settle_seconds``): the server may still be writing it.
Every lookup that settles the question and every send is journaled by
``orderdesk.sending.submit``.

An order whose draft breaks its API's documented rules is refused before anything else (nothing
looked up, sent or journaled), so the outbox goes on showing how its last request went.

Each order is claimed in the journal before anything is looked up or sent
(``Journal.claim``), so two processes resending the same orders at once send each one once;
the one that loses the claim leaves the order alone and says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from orderdesk.config.credentials import SecretSource
from orderdesk.core import jsonio
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import JournalStore
from orderdesk.outbox.plan import RETRYABLE_STATES, RetryItem
from orderdesk.sending.submit import (
    BatchClient,
    OrderClient,
    body_of,
    reconcile,
    refusal,
    submit,
    submit_batch,
)
from orderdesk.targets.registry import batch_support, get_target
from orderdesk.transport.settings import HttpSettings

CLAIMED_BY = "Being sent by "
ANOTHER_PROCESS = "another process (another 'orderdesk outbox retry' or the window), or just handled by it"


def claimed_elsewhere(holder: str | None = None) -> Outcome:
    """The outcome of an order another process has claimed: nothing sent here.

    ``holder`` is the desk that has it, when the journal can tell (a team's); else "another process".
    """
    by = f"desk {holder}" if holder else ANOTHER_PROCESS
    return Outcome(
        OutcomeKind.FAILED, reason=f"{CLAIMED_BY}{by}; left to it. 'orderdesk outbox show' tells how it ended."
    )


def is_claimed_elsewhere(outcome: Outcome) -> bool:
    """Whether ``outcome`` says another process had the order (``claimed_elsewhere``)."""
    return outcome.kind is OutcomeKind.FAILED and outcome.reason.startswith(CLAIMED_BY)


def claimant(outcome: Outcome) -> str:
    """Who had the order, in a ``claimed_elsewhere`` outcome: "desk NAME" or "another process"."""
    by = outcome.reason.removeprefix(CLAIMED_BY).split(";")[0]
    return "another process" if by == ANOTHER_PROCESS else by


@dataclass(frozen=True)
class Resender:
    """Sends plan items again through open clients, journaling every request.

    Attributes:
        settings: the HTTP settings the clients use; their read timeout sets the settle time.
        clock: epoch seconds, compared with the journal's attempt times (tests pass their own).
    """

    journal: JournalStore
    secrets: SecretSource
    settings: HttpSettings = field(default_factory=HttpSettings)
    clock: Callable[[], float] = time.time

    def one(self, item: RetryItem, draft: OrderDraft, client: OrderClient) -> Outcome:
        """Claim the order, look up what an unclear attempt may have created, then send ``draft`` if it is safe.

        A draft that breaks the API's documented rules is refused first, before anything is claimed, looked
        up or journaled: the order keeps the state its attempts gave it, and the outcome names the fields.
        """
        refused = refusal(draft, item.profile)
        if refused is not None:
            return refused
        if not self.journal.claim(item.order_key, item.latest_attempt_id, RETRYABLE_STATES):
            return claimed_elsewhere(self.journal.claim_holder(item.order_key))
        try:
            return self._claimed_one(item, draft, client)
        finally:
            self.journal.release(item.order_key)

    def _claimed_one(self, item: RetryItem, draft: OrderDraft, client: OrderClient) -> Outcome:
        settled_at = None if item.unclear_since is None else item.unclear_since + self.settings.settle_seconds
        for text in item.unclear_requests:
            sent = sent_order(item.profile.target, text)
            if sent is None:
                return Outcome(
                    OutcomeKind.UNKNOWN,
                    reason="The journal cannot show what an earlier attempt sent, so the order cannot be looked up. "
                    f"Check at {item.profile.title} whether it exists before sending it again.",
                )
            looked_up = reconcile(
                draft,
                item.profile,
                self.secrets,
                self.journal,
                draft_id=item.draft_id,
                sent_body=sent,
                client=client,
                settled_at=settled_at,
                clock=self.clock,
            )
            if not _absent(looked_up):
                return looked_up
        return submit(draft, item.profile, self.secrets, self.journal, draft_id=item.draft_id, client=client)

    def batch(
        self, items: Sequence[RetryItem], drafts: Sequence[OrderDraft], client: BatchClient
    ) -> dict[int, Outcome]:
        """Send orders of one profile whose API takes batches in one request; an outcome per order key.

        Only the orders this process claims travel; the others are left to whoever has them.
        """
        results: dict[int, Outcome] = {}
        claimed: list[tuple[RetryItem, OrderDraft]] = []
        for item, draft in zip(items, drafts, strict=True):
            if self.journal.claim(item.order_key, item.latest_attempt_id, RETRYABLE_STATES):
                claimed.append((item, draft))
            else:
                results[item.order_key] = claimed_elsewhere(self.journal.claim_holder(item.order_key))
        try:
            if claimed:
                results.update(self._claimed_batch(claimed, client))
        finally:
            for item, _ in claimed:
                self.journal.release(item.order_key)
        return {item.order_key: results[item.order_key] for item in items}

    def _claimed_batch(
        self, claimed: Sequence[tuple[RetryItem, OrderDraft]], client: BatchClient
    ) -> dict[int, Outcome]:
        profile = claimed[0][0].profile
        target = get_target(profile.target)
        keys = {f"order-{item.order_key}": item for item, _ in claimed}
        bodies = {key: body_of(target, draft) for key, (_, draft) in zip(keys, claimed, strict=True)}
        outcomes = submit_batch(
            bodies,
            profile,
            self.secrets,
            self.journal,
            client=client,
            draft_ids={key: item.draft_id for key, item in keys.items()},
        )
        return {keys[key].order_key: outcome for key, outcome in outcomes.items()}


def sent_order(target: str, request_body: str) -> dict[str, Any] | None:
    """The one order a journaled request body created (or tried to); ``None`` when it cannot be read.

    A batch attempt (Centra's) is journaled as the batch of its one key; the order is its value.
    """
    try:
        body = jsonio.loads(request_body)
    except jsonio.BodyError:
        return None
    batch = batch_support(target)
    order = body if batch is None else batch.only_order(body)
    return dict(order) if isinstance(order, dict) else None


def _absent(looked_up: Outcome) -> bool:
    """True when the lookup showed the earlier attempt created nothing (``reconcile``'s retryable ``failed``)."""
    return looked_up.kind is OutcomeKind.FAILED and looked_up.retryable
