"""What every journal answers, whichever database keeps it: the window, the outbox engine and the commands use this.

Two journals implement it: ``store.Journal`` (one desk's SQLite file, the default) and
``postgres.store.PostgresJournal`` (a team's shared database). ``opening.open_journal``
hands out the one this desk is set to use; tests/journal runs one suite on both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self

from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome
from orderdesk.journal.draft_list import DraftSummary
from orderdesk.journal.errors import JournalDamaged
from orderdesk.journal.rows import AttemptRow, OutboxRow, OutboxState


class JournalStore(Protocol):
    """Drafts as typed, orders as sent, attempts and their outcomes (see ``store.Journal`` for each method).

    Attributes:
        path: the SQLite file; ``None`` for a team's database, which has none.
        recovered_attempts: how many in-flight attempts of gone journals became ``unknown`` at opening (a SQLite
            journal checked in the background counts them once its check's verdict is in).
    """

    path: Path | None
    recovered_attempts: int

    @property
    def damage(self) -> JournalDamaged | None:
        """Why the SQLite file is damaged, once found; always None for a team's database."""
        ...

    def when_damaged(self, listener: Callable[[JournalDamaged], None]) -> None: ...

    def save_draft(self, draft: OrderDraft, draft_id: int | None = None) -> int: ...

    def load_draft(self, draft_id: int) -> OrderDraft: ...

    def latest_open_draft(self) -> tuple[int, OrderDraft] | None: ...

    def close_draft(self, draft_id: int) -> None: ...

    def unsent_drafts(self, leave_out: int | None = None) -> list[DraftSummary]: ...

    def drafts_version(self, leave_out: int | None) -> tuple[int, float | None]: ...

    def recent_draft_bodies(self, leave_out: int | None, limit: int) -> list[tuple[float, str]]: ...

    def reopen_draft(self, draft_id: int) -> OrderDraft: ...

    def delete_draft(self, draft_id: int) -> bool: ...

    def begin_attempt(
        self,
        draft_id: int | None,
        draft: OrderDraft,
        profile_name: str,
        target: str,
        method: str,
        url: str,
        request_body: str,
        headers: Mapping[str, str] | None = None,
    ) -> int: ...

    def finish_attempt(self, attempt_id: int, outcome: Outcome, duration_ms: float) -> None: ...

    def attempts_for(self, order_key: int) -> list[AttemptRow]: ...

    def attempt(self, attempt_id: int) -> AttemptRow: ...

    def load_order_draft(self, order_key: int) -> tuple[int, OrderDraft]: ...

    def latest_errors(self, draft_id: int) -> dict[str, Findings]: ...

    def last_touched(self, order_key: int) -> tuple[str, datetime] | None:
        """Which desk last sent or claimed the order, and when; None where only one desk uses the journal."""
        ...

    def list_outbox(
        self,
        state: str | Iterable[str] | None = None,
        profile: str | None = None,
        since: datetime | date | None = None,
        until: datetime | date | None = None,
        text: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[OutboxRow]: ...

    def order(self, order_key: int) -> OutboxRow: ...

    def order_key_for(self, draft_id: int, profile: str) -> int | None: ...

    def same_order(self, profile: str, draft_path: str, value: object) -> int | None: ...

    def same_draft(self, profile: str, draft: OrderDraft) -> int | None: ...

    def count_outbox(
        self,
        state: str | Iterable[str] | None = None,
        profile: str | None = None,
        since: datetime | date | None = None,
        until: datetime | date | None = None,
        text: str | None = None,
    ) -> int: ...

    def resolve(self, order_key: int, reference: str | None, by: str | None = None) -> int: ...

    def claim(self, order_key: int, latest_attempt_id: int | None, states: Iterable[OutboxState]) -> bool: ...

    def release(self, order_key: int) -> None: ...

    def claim_holder(self, order_key: int) -> str | None:
        """The desk whose journal holds the order's claim now; None when nobody's does."""
        ...

    def listen(self, changed: Callable[[int], None]) -> Callable[[], None]:
        """Call ``changed(order_key)`` when another desk changes an order; returns the stopper (no-op on SQLite)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> Any: ...
