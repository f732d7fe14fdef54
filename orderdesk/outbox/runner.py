"""Sending a plan's orders again in bulk: from a worker thread, with progress and a clean Cancel.

A few worker threads take units of work (one order, or one Centra batch) in the plan's
order, each with its own session per profile; the sessions of one profile share a
``Pacer``, so its API's rate limit holds for all of them. Cancel is honoured between units:
an order whose request has left is always journaled to the end, and no further order starts.
Waits (rate limits, backoff) end early on Cancel. Every order gets its own outcome; an error
with one order never stops the others.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import cast

from orderdesk.config.credentials import SecretSource
from orderdesk.config.profiles import Profile
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import JournalStore
from orderdesk.outbox.plan import RetryItem, RetryPlan
from orderdesk.outbox.resend import Resender, is_claimed_elsewhere
from orderdesk.sending.submit import BatchClient, OrderClient, client_or_outcome
from orderdesk.targets.registry import get_api
from orderdesk.transport.pacing import Pacer
from orderdesk.transport.settings import HttpSettings

_log = logging.getLogger(__name__)

DEFAULT_WORKERS = 4
"""Units in flight at once: enough to hide each request's latency, few enough to be polite to
an API and to leave the window's event loop its share of the interpreter."""


@dataclass(frozen=True)
class OrderResult:
    """What happened to one order of the plan."""

    item: RetryItem
    outcome: Outcome

    @property
    def left_to_another(self) -> bool:
        """Whether another process had claimed the order, so this run sent nothing for it."""
        return is_claimed_elsewhere(self.outcome)


@dataclass(frozen=True)
class Progress:
    """Reported after each order: how far the run is, and that order's result."""

    done: int
    total: int
    result: OrderResult


ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class BulkReport:
    """The end of a run.

    Attributes:
        results: an outcome for each order handled, in the plan's order.
        not_sent: orders not started because the run was cancelled.
        cancelled: whether Cancel was pressed.
    """

    results: tuple[OrderResult, ...]
    not_sent: tuple[RetryItem, ...]
    cancelled: bool

    @property
    def all_sent(self) -> bool:
        """True when every order of the plan is now at its API (created or duplicate)."""
        return not self.not_sent and all(result.outcome.succeeded for result in self.results)

    def tally(self) -> dict[OutcomeKind, int]:
        """How many orders ended in each outcome (those left to another process not counted)."""
        counts: dict[OutcomeKind, int] = {}
        for result in self.results:
            if not result.left_to_another:
                counts[result.outcome.kind] = counts.get(result.outcome.kind, 0) + 1
        return counts

    def left_to_others(self) -> int:
        """How many orders another process was sending, so this run left them alone."""
        return sum(1 for result in self.results if result.left_to_another)


class BulkResubmit:
    """One bulk resubmission of a ``RetryPlan``; ``run`` blocks, so call it from a worker thread.

    ``on_progress`` is called from the worker threads, one call at a time, after each
    order's outcome is journaled; it should hand the news to the window and return quickly.
    The workers are daemon threads, so quitting never waits for a slow API: to stop
    cleanly, call ``cancel`` and let ``run`` return first (orders cut off by quitting are
    ``unknown`` at the next start and looked up before they are sent again). Each order is
    claimed in the journal before it is sent, so another run over the same orders (another
    process, or the window) never sends one twice; ``clock`` dates lookups against the
    journal's attempt times (tests pass their own).
    """

    def __init__(
        self,
        plan: RetryPlan,
        journal: JournalStore,
        secrets: SecretSource,
        *,
        settings: HttpSettings | None = None,
        workers: int = DEFAULT_WORKERS,
        on_progress: ProgressCallback | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.plan = plan
        self._journal = journal
        self._secrets = _SharedSecrets(secrets)
        self._cancel = threading.Event()
        base = settings or HttpSettings()
        self._settings = replace(base, sleep=self._pause)
        self._resender = Resender(journal, self._secrets, self._settings, clock)
        self._workers = max(1, workers)
        # A pacer holds requests once only ``reserve`` are left in a rate-limit window; with
        # several requests in flight, at least that many must be kept back.
        reserve = max(base.rate_limit_reserve, self._workers)
        self._pacers = {item.profile.name: Pacer(reserve, sleep=self._pause) for item in plan.items}
        self._on_progress = on_progress
        self._lock = threading.Lock()
        self._progress_lock = threading.Lock()
        self._units: Iterator[tuple[RetryItem, ...]] = iter(())
        self._results: dict[int, OrderResult] = {}

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel`` was called."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Stop after the orders in flight: they finish and are journaled, no further order starts."""
        self._cancel.set()

    def run(self) -> BulkReport:
        """Send every order of the plan (until cancelled) and report each outcome."""
        units = self.plan.units()
        self._units = iter(units)
        threads = [
            threading.Thread(target=self._work, name=f"orderdesk-resend-{number}", daemon=True)
            for number in range(min(self._workers, len(units)))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        results = tuple(self._results[item.order_key] for item in self.plan.items if item.order_key in self._results)
        not_sent = tuple(item for item in self.plan.items if item.order_key not in self._results)
        return BulkReport(results, not_sent, self.cancelled)

    def _pause(self, seconds: float) -> None:
        """Wait as asked, but no longer than until Cancel."""
        self._cancel.wait(seconds)

    def _next_unit(self) -> tuple[RetryItem, ...] | None:
        with self._lock:
            if self._cancel.is_set():
                return None
            return next(self._units, None)

    def _work(self) -> None:
        """One worker: take units until none is left or Cancel; its own client per profile."""
        clients: dict[str, OrderClient | Outcome] = {}
        try:
            while (unit := self._next_unit()) is not None:
                profile = unit[0].profile
                self._pace(profile)
                if self._cancel.is_set():
                    return
                if profile.name not in clients:
                    clients[profile.name] = self._open(profile)
                try:
                    self._send_unit(unit, clients[profile.name])
                except Exception as exc:  # noqa: BLE001 - a bug with one order must not stop the others
                    for item in unit:
                        if item.order_key not in self._results:
                            self._record(item, _internal_error(exc))
        finally:
            for client in clients.values():
                if not isinstance(client, Outcome):
                    client.close()

    def _pace(self, profile: Profile) -> None:
        """Wait, before starting a unit, until the profile's rate limit allows a request."""
        pacer = self._pacers[profile.name]
        while (pending := pacer.pending()) > 0 and not self._cancel.is_set():
            self._cancel.wait(pending)

    def _open(self, profile: Profile) -> OrderClient | Outcome:
        """A client for ``profile``, or the outcome of every order that cannot be sent without one."""
        return client_or_outcome(profile, self._secrets, self._settings, self._pacers[profile.name])

    def _send_unit(self, unit: tuple[RetryItem, ...], client: OrderClient | Outcome) -> None:
        if isinstance(client, Outcome):
            for item in unit:
                self._record(item, client)
            return
        ready = [(item, draft) for item, draft in zip(unit, self._drafts(unit), strict=True) if draft is not None]
        if len(ready) > 1 and get_api(unit[0].profile.target).batch is not None:
            items = [item for item, _ in ready]
            outcomes = self._resender.batch(items, [draft for _, draft in ready], cast(BatchClient, client))
            for item in items:
                self._record(item, outcomes[item.order_key])
        elif ready:
            [(item, draft)] = ready
            self._record(item, self._resender.one(item, draft, client))

    def _drafts(self, unit: Sequence[RetryItem]) -> list[OrderDraft | None]:
        """Each order's draft as last saved; an order whose draft cannot be read gets its outcome now."""
        drafts: list[OrderDraft | None] = []
        for item in unit:
            try:
                drafts.append(self._journal.load_draft(item.draft_id))
            except Exception as exc:  # noqa: BLE001 - a damaged draft of one order must not stop the others
                _log.error("cannot read draft %d for order %d: %s", item.draft_id, item.order_key, type(exc).__name__)
                reason = f"OrderDesk could not read this order from the journal ({type(exc).__name__}); "
                self._record(item, Outcome(OutcomeKind.FAILED, reason=reason + "it was not sent."))
                drafts.append(None)
        return drafts

    def _record(self, item: RetryItem, outcome: Outcome) -> None:
        with self._progress_lock:
            result = OrderResult(item, outcome)
            self._results[item.order_key] = result
            if self._on_progress is None:
                return
            try:
                self._on_progress(Progress(len(self._results), len(self.plan.items), result))
            except Exception:  # noqa: BLE001 - a broken listener must not strand the orders still to send
                _log.exception("the progress listener failed")


def _internal_error(exc: Exception) -> Outcome:
    """The outcome of an order when OrderDesk itself failed while sending it: it may have left."""
    _log.error("resending failed inside OrderDesk: %s", type(exc).__name__)
    return Outcome(
        OutcomeKind.UNKNOWN,
        reason=f"OrderDesk failed while sending this order ({type(exc).__name__}); it may or may not have "
        "arrived. Look it up before sending it again.",
    )


class _SharedSecrets:
    """A ``SecretSource`` read once per secret and one call at a time, for many worker threads.

    Each worker opens its own clients; without this every one of them would ask the
    keyring (a D-Bus round trip) for the same secret, concurrently.
    """

    def __init__(self, source: SecretSource) -> None:
        self._source = source
        self._lock = threading.Lock()
        self._secrets: dict[tuple[str, str], str | None] = {}

    def get_secret(self, profile_name: str, kind: str) -> str | None:
        with self._lock:
            key = (profile_name, kind)
            if key not in self._secrets:
                self._secrets[key] = self._source.get_secret(profile_name, kind)
            return self._secrets[key]

    def get_token(self, profile_name: str) -> tuple[str, float] | None:
        with self._lock:
            return self._source.get_token(profile_name)

    def set_token(self, profile_name: str, token: str, expires_at: float) -> None:
        with self._lock:
            self._source.set_token(profile_name, token, expires_at)

    def clear_token(self, profile_name: str) -> None:
        with self._lock:
            self._source.clear_token(profile_name)
