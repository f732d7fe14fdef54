"""The journal: one SQLite file that keeps every draft, order and attempt.

One connection serves every thread, behind a lock: the window autosaves from its timer
while workers journal their requests, and SQLite writes one transaction at a time anyway.
Each write is its own committed transaction before the method returns, so what it wrote
survives the process being killed the next moment.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType

from orderdesk.findings import Findings
from orderdesk.home import data_dir
from orderdesk.journal import attempts, drafts, outbox
from orderdesk.journal.auth import non_secret
from orderdesk.journal.codec import draft_from_json, draft_to_json
from orderdesk.journal.rows import AttemptRow, OutboxRow
from orderdesk.journal.schema import connect
from orderdesk.order import OrderDraft
from orderdesk.outcome import Outcome

JOURNAL_FILE = "journal.sqlite3"


class Journal:
    """Drafts as typed, orders as sent, attempts and their outcomes.

    Opening the journal turns every attempt still in flight into ``unknown``: its process
    ended before the answer arrived, so nobody knows whether the order exists.

    Attributes:
        path: the SQLite file.
        recovered_attempts: how many in-flight attempts became ``unknown`` at opening.
    """

    def __init__(self, path: Path | None = None, *, clock: Callable[[], float] = time.time) -> None:
        """Open or create the journal; ``clock`` gives epoch seconds (tests pass their own)."""
        self.path = path if path is not None else data_dir() / JOURNAL_FILE
        self._clock = clock
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = connect(self.path)
        with self._transaction() as connection:
            self.recovered_attempts = attempts.mark_unanswered_unknown(connection, self._clock())

    # Drafts

    def save_draft(self, draft: OrderDraft, draft_id: int | None = None) -> int:
        """Store ``draft`` (a new row when ``draft_id`` is ``None``) and return its id; one upsert."""
        body = draft_to_json(draft)
        with self._transaction() as connection:
            return drafts.save(connection, body, draft_id, self._clock())

    def load_draft(self, draft_id: int) -> OrderDraft:
        """The draft as last saved; ``NotInJournal`` for an unknown id."""
        with self._reading() as connection:
            body = drafts.load(connection, draft_id)
        return draft_from_json(body)

    def latest_open_draft(self) -> tuple[int, OrderDraft] | None:
        """The open draft saved most recently, to reopen the form where the person left it."""
        with self._reading() as connection:
            found = drafts.latest_open(connection)
        return None if found is None else (found[0], draft_from_json(found[1]))

    def close_draft(self, draft_id: int) -> None:
        """Set a draft aside (New order): it stays in the journal but is no longer reopened at start."""
        with self._transaction() as connection:
            drafts.set_closed(connection, draft_id, self._clock(), closed=True)

    # Orders and attempts

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
    ) -> int:
        """Journal a request before it leaves and return the attempt id for ``finish_attempt``.

        The order is the pair (``draft_id``, ``profile_name``): sending the same draft to
        the same profile again adds an attempt to the same order. ``draft`` is the snapshot
        being sent; it is kept with the attempt, and becomes a new draft of its own when
        ``draft_id`` is ``None`` (a body sent from the command line). Headers that carry a
        secret are dropped whatever the caller passes.
        """
        snapshot = draft_to_json(draft)
        customer = draft.customer.name or " ".join(
            part for part in (draft.shipping.first_name, draft.shipping.last_name) if part
        )
        with self._transaction() as connection:
            now = self._clock()
            request = attempts.Request(
                draft_id=drafts.ensure(connection, snapshot, draft_id, now),
                profile=profile_name,
                target=target,
                external_id=draft.external_id,
                customer=customer or draft.shipping.company,
                email=draft.customer.email or draft.shipping.email,
                method=method,
                url=url,
                headers=non_secret(headers or {}),
                body=request_body,
                draft_json=snapshot,
            )
            return attempts.begin(connection, request, now)

    def finish_attempt(self, attempt_id: int, outcome: Outcome, duration_ms: float) -> None:
        """Write what came back: outcome, status, response, errors by draft path, and how long it took."""
        with self._transaction() as connection:
            attempts.finish(connection, attempt_id, outcome, duration_ms, self._clock())

    def attempts_for(self, order_key: int) -> list[AttemptRow]:
        """The history of one order (one draft at one profile), oldest attempt first."""
        with self._reading() as connection:
            return attempts.history(connection, order_key)

    def attempt(self, attempt_id: int) -> AttemptRow:
        """One attempt, e.g. to export it as a cURL command."""
        with self._reading() as connection:
            return attempts.one(connection, attempt_id)

    def load_order_draft(self, order_key: int) -> tuple[int, OrderDraft]:
        """Open an order's draft into the form to fix and resubmit it.

        Returns the draft as last saved (with any fixes typed since the attempt), and makes
        it the open draft again so autosave and a restart both come back to it. Sending it
        again to the same profile adds attempts to the same order.
        """
        with self._transaction() as connection:
            draft_id = attempts.draft_of(connection, order_key)
            drafts.set_closed(connection, draft_id, self._clock(), closed=False)
            body = drafts.load(connection, draft_id)
        return draft_id, draft_from_json(body)

    def latest_errors(self, draft_id: int) -> dict[str, Findings]:
        """Per profile the draft was sent to, the server's findings from its latest answered attempt."""
        with self._reading() as connection:
            return attempts.latest_errors(connection, draft_id)

    # Outbox

    def list_outbox(
        self,
        state: str | Iterable[str] | None = None,
        profile: str | None = None,
        since: datetime | date | None = None,
        until: datetime | date | None = None,
        text: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[OutboxRow]:
        """Orders, one row per draft and profile, newest latest attempt first.

        Args:
            state: one ``OutboxState`` value or several (e.g. every state but ``sent``).
            profile: only orders sent to this profile.
            since: latest attempt at or after this moment; a date means from its start.
            until: latest attempt before this moment; a date means through that day.
            text: case-blind part of the external id, customer name or e-mail.
            limit: at most this many rows.
            offset: rows to skip, for paging.
        """
        matching = outbox.OutboxFilter.of(state, profile, since, until, text)
        with self._reading() as connection:
            return outbox.page(connection, matching, limit, offset)

    def order(self, order_key: int) -> OutboxRow:
        """One order as the outbox lists it (to resend it); ``NotInJournal`` for an unknown key."""
        with self._reading() as connection:
            return outbox.one(connection, order_key)

    def count_outbox(
        self,
        state: str | Iterable[str] | None = None,
        profile: str | None = None,
        since: datetime | date | None = None,
        until: datetime | date | None = None,
        text: str | None = None,
    ) -> int:
        """How many rows ``list_outbox`` has for the same filters, over all pages."""
        matching = outbox.OutboxFilter.of(state, profile, since, until, text)
        with self._reading() as connection:
            return outbox.count(connection, matching)

    # Lifetime

    def close(self) -> None:
        """Close the file; the journal cannot be used afterwards."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._open_connection()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Hold the lock and one write transaction; commit on success, roll back on any error."""
        with self._lock:
            connection = self._open_connection()
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def _open_connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise sqlite3.ProgrammingError(f"the journal {self.path} is closed")
        return self._connection
