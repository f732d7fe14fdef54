"""Which of the selected orders will be sent again, and where: the plan a person confirms.

An order is sent again only when that cannot create a second one at its API. Orders already
there (``sent``) or still being sent are left alone, and so is an order the API rejected
that nobody has changed since: it would be rejected again. An order with an attempt whose
outcome was ``unknown`` is looked up first, by the body that attempt sent, and is sent again
only if that attempt created nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from orderdesk.config.profiles import Profile, ProfileStore
from orderdesk.core.jsonio import BodyError
from orderdesk.core.order import sendable
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import (
    AttemptRow,
    JournalStore,
    JournalError,
    NotInJournal,
    OutboxState,
)
from orderdesk.targets.registry import get_api

RETRYABLE_STATES = (OutboxState.FAILED, OutboxState.REJECTED, OutboxState.UNAUTHORIZED, OutboxState.UNKNOWN)
"""The states the outbox sends again; the others are at the API already or in flight."""

BATCH_SIZE = 50
"""Orders per batch request (Centra's ``POST <base>/orders``). Centra documents no limit; one failed
request then leaves at most this many orders to look at, and a body stays well under a megabyte."""


class SkipReason(StrEnum):
    """Why a selected order is not sent."""

    NOT_IN_JOURNAL = "not_in_journal"
    SENT = "sent"
    SENDING = "sending"
    NO_PROFILE = "no_profile"
    OTHER_API = "other_api"
    UNCHANGED = "unchanged"


_SKIP_WORDS = {
    SkipReason.NOT_IN_JOURNAL: "not in the journal",
    SkipReason.SENT: "already at the API",
    SkipReason.SENDING: "being sent right now",
    SkipReason.NO_PROFILE: "its profile no longer exists",
    SkipReason.OTHER_API: "its profile now talks to another API",
    SkipReason.UNCHANGED: "rejected and not changed since",
}


@dataclass(frozen=True)
class RetryItem:
    """One order to send again.

    Attributes:
        order_key: the journal's order (one draft at one profile).
        draft_id: its draft; the draft as last saved is sent, fixes included.
        profile: where it goes, as the profiles file says now.
        state: its state in the outbox before this run.
        unclear_requests: the request bodies (JSON text) of its attempts whose outcome was
            ``unknown``, oldest first; each is looked up before the order is sent again.
        unclear_since: when the latest of those attempts started (epoch seconds): a lookup
            that finds nothing counts only once the API has had time to finish writing it.
        latest_attempt_id: the attempt the plan was made from; the order is claimed only if
            it is still the latest (``Journal.claim``), so a plan gone stale sends nothing.
    """

    order_key: int
    draft_id: int
    profile: Profile
    state: OutboxState
    external_id: str
    customer: str
    unclear_requests: tuple[str, ...] = ()
    unclear_since: float | None = None
    latest_attempt_id: int | None = None

    @property
    def looked_up_first(self) -> bool:
        """Whether an earlier attempt may have created the order, so it is looked up before sending."""
        return bool(self.unclear_requests)

    @property
    def batchable(self) -> bool:
        """Whether it may travel in a batch: its API takes batches and there is nothing to look up first."""
        return get_api(self.profile.target).batch is not None and not self.unclear_requests


@dataclass(frozen=True)
class Skipped:
    """A selected order that will not be sent, and why.

    Attributes:
        template: why, in English with named fields; a front end in another language translates
            the template and fills in ``values`` itself.
    """

    order_key: int
    profile_name: str
    reason: SkipReason
    template: str
    values: dict[str, str] = field(default_factory=dict)

    @property
    def detail(self) -> str:
        """Why, in English: ``Webshop has it already (reference 1001).``."""
        return self.template.format(**self.values)

    @property
    def blocking(self) -> bool:
        """False when the order needs nothing (it is at the API); True when it still needs a person."""
        return self.reason is not SkipReason.SENT


@dataclass(frozen=True)
class ProfileShare:
    """How much of the plan goes to one profile.

    Attributes:
        orders: orders to send there.
        looked_up_first: of those, how many are looked up before they are sent.
        batches: batch requests carrying the rest (0 for APIs without batches).
    """

    profile: Profile
    orders: int
    looked_up_first: int
    batches: int

    def describe(self) -> str:
        """One line for the confirmation: ``Live store (BigCommerce): 12 orders, 3 looked up first``."""
        text = f"{self.profile.name} ({self.profile.title}): {_count(self.orders, 'order')}"
        if self.batches:
            text += f" in {_count(self.batches, 'batch request', 'batch requests')}"
        if self.looked_up_first:
            text += f", {self.looked_up_first} looked up first"
        return text


@dataclass(frozen=True)
class RetryPlan:
    """The orders a bulk resubmission will send and those it leaves, in the order they were selected."""

    items: tuple[RetryItem, ...]
    skipped: tuple[Skipped, ...]
    batch_size: int = BATCH_SIZE

    def counts(self) -> dict[str, int]:
        """Orders to send per profile name."""
        return {share.profile.name: share.orders for share in self.shares()}

    def shares(self) -> list[ProfileShare]:
        """Per profile, in order of first appearance: what will be sent there and how."""
        grouped: dict[str, list[tuple[RetryItem, ...]]] = {}
        for unit in self.units():
            grouped.setdefault(unit[0].profile.name, []).append(unit)
        return [
            ProfileShare(
                profile=units[0][0].profile,
                orders=sum(len(unit) for unit in units),
                looked_up_first=sum(1 for unit in units for item in unit if item.looked_up_first),
                batches=sum(1 for unit in units if len(unit) > 1),
            )
            for units in grouped.values()
        ]

    def units(self) -> list[tuple[RetryItem, ...]]:
        """The plan as units of work: one order, or a batch of up to ``batch_size`` orders.

        Orders of one profile whose API takes batches, with nothing to look up, share batches (a batch of one
        is sent as a single order); every other order is a unit of its own. A unit sits
        where its first order was selected.
        """
        units: list[list[RetryItem]] = []
        open_batches: dict[str, list[RetryItem]] = {}
        for item in self.items:
            if not item.batchable:
                units.append([item])
                continue
            batch = open_batches.get(item.profile.name)
            if batch is None or len(batch) == self.batch_size:
                batch = open_batches[item.profile.name] = []
                units.append(batch)
            batch.append(item)
        return [tuple(unit) for unit in units]

    def summary(self) -> list[str]:
        """Plain lines for the confirmation: how many go where, then what is left out and why."""
        lines = [f"{_count(len(self.items), 'order')} will be sent:" if self.items else "No order will be sent."]
        lines += [f"  {share.describe()}" for share in self.shares()]
        if self.skipped:
            reasons: dict[SkipReason, int] = {}
            for skipped in self.skipped:
                reasons[skipped.reason] = reasons.get(skipped.reason, 0) + 1
            parts = [f"{number} {_SKIP_WORDS[reason]}" for reason, number in reasons.items()]
            lines.append(f"{_count(len(self.skipped), 'order')} will not be sent: {', '.join(parts)}.")
        return lines


def plan_retry(
    journal: JournalStore,
    order_keys: Iterable[int],
    *,
    profiles: Iterable[Profile] | None = None,
    batch_size: int = BATCH_SIZE,
    resend_unchanged: bool = False,
) -> RetryPlan:
    """Decide, for each selected order, whether it is sent again and how.

    Args:
        journal: where the orders and their attempts are.
        order_keys: the selected orders (``OutboxRow.order_key``); repeats count once.
        profiles: the profiles as they are now (default: the profiles file).
        batch_size: orders per batch request.
        resend_unchanged: a person sends this one order again on purpose (Submit on the
            form, ``orderdesk submit``): a rejected order goes even if unchanged, since what
            the API refused may have changed at its end (stock, a setting).

    Raises:
        ConfigError: the profiles file cannot be read (only when ``profiles`` is not given).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    known = {profile.name.casefold(): profile for profile in (ProfileStore().load() if profiles is None else profiles)}
    items: list[RetryItem] = []
    skipped: list[Skipped] = []
    for order_key in dict.fromkeys(order_keys):
        decided = _decide(journal, order_key, known, resend_unchanged)
        if isinstance(decided, RetryItem):
            items.append(decided)
        else:
            skipped.append(decided)
    return RetryPlan(tuple(items), tuple(skipped), batch_size)


def _decide(
    journal: JournalStore, order_key: int, profiles: dict[str, Profile], resend_unchanged: bool
) -> RetryItem | Skipped:
    try:
        row = journal.order(order_key)
    except NotInJournal:
        return Skipped(
            order_key,
            "",
            SkipReason.NOT_IN_JOURNAL,
            "There is no order {order} in the journal.",
            {"order": str(order_key)},
        )

    def skip(reason: SkipReason, template: str, **values: str) -> Skipped:
        return Skipped(order_key, row.profile, reason, template, {"profile": row.profile, **values})

    if row.state is OutboxState.SENT:
        if row.reference:
            return skip(SkipReason.SENT, "{profile} has it already (reference {reference}).", reference=row.reference)
        return skip(SkipReason.SENT, "{profile} has it already (reference not given).")
    if row.state is OutboxState.SENDING:
        holder = journal.claim_holder(order_key)  # a team's journal names the desk that has it
        return skip(SkipReason.SENDING, f"It is being sent {f'by desk {holder}' if holder else 'right now'}; "
                    "wait for its outcome.")
    profile = profiles.get(row.profile.casefold())
    if profile is None:
        return skip(SkipReason.NO_PROFILE, "No profile is called '{profile}' any more.")
    if profile.target != row.target:
        return skip(
            SkipReason.OTHER_API,
            "Profile '{profile}' now sends to {api}; the order was sent to another API.",
            profile=profile.name,
            api=profile.title,
        )
    attempts = journal.attempts_for(order_key)
    unchanged = row.state is OutboxState.REJECTED and not resend_unchanged
    if unchanged and _unchanged(journal, row.draft_id, attempts[-1]):
        return skip(SkipReason.UNCHANGED, "It was rejected and has not been changed since: correct it first.")
    return RetryItem(
        order_key=order_key,
        draft_id=row.draft_id,
        profile=profile,
        state=row.state,
        external_id=row.external_id,
        customer=row.customer,
        unclear_requests=_unclear_requests(attempts),
        unclear_since=_unclear_since(attempts),
        latest_attempt_id=attempts[-1].attempt_id if attempts else None,
    )


def _unchanged(journal: JournalStore, draft_id: int, latest: AttemptRow) -> bool:
    """Whether the draft is still exactly what the latest attempt sent.

    A draft that cannot be read counts as changed: the run then says why it cannot be sent. Both are
    compared as sent (``sendable``): the empty row the form keeps at the end of the lines changes nothing.
    """
    try:
        return sendable(journal.load_draft(draft_id)) == sendable(latest.draft())
    except (JournalError, BodyError, ValueError):
        return False


def _unclear_requests(attempts: Sequence[AttemptRow]) -> tuple[str, ...]:
    """The distinct bodies of create requests whose outcome was ``unknown``, oldest first."""
    bodies = (attempt.request_body for attempt in _since_resolved(attempts) if _unclear(attempt))
    return tuple(dict.fromkeys(bodies))


def _unclear_since(attempts: Sequence[AttemptRow]) -> float | None:
    """When the latest create request whose outcome was ``unknown`` started (epoch seconds)."""
    started = [attempt.started_at.timestamp() for attempt in _since_resolved(attempts) if _unclear(attempt)]
    return max(started, default=None)


def _since_resolved(attempts: Sequence[AttemptRow]) -> Sequence[AttemptRow]:
    """The attempts after the latest a person resolved: a person who checked the API settled the ones before,
    as a lookup would have."""
    resolved = [index for index, attempt in enumerate(attempts) if attempt.is_resolution]
    return attempts[resolved[-1] + 1 :] if resolved else attempts


def _unclear(attempt: AttemptRow) -> bool:
    return attempt.outcome is OutcomeKind.UNKNOWN and attempt.method == "POST" and bool(attempt.request_body)


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"
