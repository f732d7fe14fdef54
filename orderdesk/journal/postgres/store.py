"""The team journal: the same journal as ``store.Journal``, kept in one PostgreSQL database for many desks.

It answers every method of ``Journal`` with the same meaning, so the window, the outbox
engine and the commands never know which one they hold (tests/journal runs one suite on
both). The queries are the SQLite journal's own where the two dialects agree (the outbox's
filters and columns), so the listings cannot drift apart.

What a team changes:

- **Exactly one desk sends an order.** ``claim`` locks the order's row with
  ``SELECT … FOR UPDATE SKIP LOCKED``: a desk that finds it locked, or claimed by another
  open journal, leaves it alone; ``claim_holder`` names the desk that has it.
- **Recovery across machines.** An OS lock cannot be seen from another machine, so each open
  journal keeps a heartbeat row (``leases``); a desk that is gone for longer than the lease
  has its attempts in flight turned ``unknown``, by the heartbeat of any desk still open.
- **Drafts per desk.** The draft reopened at start is this desk's; an order records which
  desk last touched it and when.
- **Live.** Every change to an order is notified on a channel; ``listen`` hands each changed
  order's key to a callback from a thread of its own (one connection per listener).

Every write is one transaction committed before the method returns. A database that cannot
be reached is ``JournalUnreachable``: nothing was written, and the caller's draft stays where
it is.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from types import TracebackType
from typing import Any

import psycopg
import psycopg_pool

from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import attempts, draft_list, drafts, outbox, resolutions
from orderdesk.journal.auth import non_secret
from orderdesk.journal.codec import draft_from_json, draft_to_json
from orderdesk.journal.draft_list import DraftSummary
from orderdesk.journal.errors import JournalError, JournalUnreachable, NotInJournal
from orderdesk.journal.postgres import leases
from orderdesk.journal.postgres.schema import CHANGED_CHANNEL, migrate
from orderdesk.journal.rows import AttemptRow, OutboxRow, OutboxState

LEASE_SECONDS = 30.0
"""How long a desk may go without a heartbeat before its attempts in flight are taken for lost."""
CONNECT_SECONDS = 5.0
"""How long opening, or any one call, waits for the database before saying it is unreachable."""


def _pg(sql: str) -> str:
    """A query written for SQLite's ``?`` parameters in psycopg's ``%s`` (none of the shared queries holds a ``%``)."""
    return sql.replace("?", "%s")


class PostgresJournal:
    """Drafts, orders and attempts of a team of desks in one PostgreSQL database.

    Attributes:
        where: the database, password masked, for messages.
        desk: this desk's name, recorded on its drafts, orders and attempts.
        owner_id: this open journal's id, on its attempts and claims.
        recovered_attempts: how many in-flight attempts of gone desks became ``unknown`` at opening.
    """

    path = None
    """No file: ``Journal.path`` for the SQLite journal; here ``where`` names the database."""

    def __init__(
        self,
        url: str,
        *,
        where: str,
        desk: str,
        password: str | None = None,
        clock: Callable[[], float] = time.time,
        lease_seconds: float = LEASE_SECONDS,
        wait_for_server: bool = False,
    ) -> None:
        """Connect, migrate the schema if it is older, register this journal and recover gone desks' attempts.

        Args:
            wait_for_server: nothing is opened here (the window, which must start and keep what is
                typed, whether or not the database can be reached): every call opens the journal
                first if it is not open yet, and says ``JournalUnreachable`` until it can.

        Raises:
            JournalUnreachable: the database cannot be reached within ``CONNECT_SECONDS`` (unless
                ``wait_for_server``).
            JournalError: the database was written by a newer OrderDesk, or refuses the schema.
        """
        self.where = where
        self.desk = desk
        self.owner_id = uuid.uuid4().hex
        self._url = url
        self._clock = clock
        self._lease = lease_seconds
        # Keepalives: a connection the network dropped silently fails within seconds, not at the OS's TCP timeout.
        self._connect_arguments: dict[str, Any] = {
            "connect_timeout": int(CONNECT_SECONDS),
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
        }
        if password:
            self._connect_arguments["password"] = password
        self.recovered_attempts = 0
        self._stopping = threading.Event()
        self._listeners: list[_Listener] = []
        self._listening = threading.Lock()
        self._heartbeat: threading.Thread | None = None
        self._pool: psycopg_pool.ConnectionPool | None = None
        self._opening = threading.Lock()
        if not wait_for_server:  # the window's first call opens it: one try at start, not two
            self._open()

    def _open(self) -> psycopg_pool.ConnectionPool:
        """The pool, once the schema is current, this journal's lease is written and gone desks are recovered.

        Runs once; a call made while the database cannot be reached tries again (one at a time).
        """
        with self._opening:
            if self._pool is not None:
                return self._pool
            if self._stopping.is_set():
                raise JournalError(f"the journal {self.where} is closed")
            try:
                with psycopg.connect(self._url, autocommit=True, **self._connect_arguments) as connection:
                    migrate(connection, self.where)
            except psycopg.OperationalError as exc:
                raise self._unreachable(exc) from None
            except psycopg.Error as exc:
                raise JournalError(f"{self.where}: not a usable OrderDesk journal ({_first_line(exc)})") from None
            pool = psycopg_pool.ConnectionPool(
                self._url,
                min_size=1,
                max_size=8,
                kwargs={**self._connect_arguments, "autocommit": True},
                timeout=CONNECT_SECONDS,
                reset=_note_return,  # idle connections are checked by ``_connection``, not the pool (see there)
                open=False,
                name="orderdesk-journal",
            )
            try:
                try:
                    pool.open(wait=True, timeout=CONNECT_SECONDS)
                except psycopg_pool.PoolTimeout as exc:  # gone again between the migration and the pool
                    raise self._unreachable(exc) from None
                host, pid = socket.gethostname(), os.getpid()
                self._in_transaction(pool, lambda c: leases.renew(c, self.owner_id, self.desk, host, pid))
                self.recovered_attempts = self._in_transaction(
                    pool, lambda c: leases.recover(c, self._lease, self._clock())
                )
                if self._stopping.is_set():  # closed meanwhile: close() did not wait for this opening
                    self._in_transaction(pool, lambda c: leases.give_up(c, self.owner_id))
                    raise JournalError(f"the journal {self.where} is closed")
            except BaseException:
                pool.close()
                raise
            self._heartbeat = threading.Thread(target=self._keep_alive, name="journal-heartbeat", daemon=True)
            self._heartbeat.start()
            self._pool = pool
            return pool

    # Damage (a shared database's health is its server's business)

    @property
    def damage(self) -> None:
        """Never set: the server keeps its own files whole."""
        return None

    def when_damaged(self, listener: Callable[[Any], None]) -> None:
        """Accepted and never called (see ``damage``)."""

    # Drafts

    def save_draft(self, draft: OrderDraft, draft_id: int | None = None) -> int:
        """Store ``draft`` (a new row when ``draft_id`` is ``None``) and return its id; one upsert."""
        body, now = draft_to_json(draft), self._clock()

        def save(connection: psycopg.Connection) -> int:
            if draft_id is None:
                row = connection.execute(
                    "INSERT INTO drafts (body, created_at, updated_at, desk) VALUES (%s, %s, %s, %s) RETURNING id",
                    (body, now, now, self.desk),
                ).fetchone()
                return int(_one(row)[0])
            row = connection.execute(
                "INSERT INTO drafts (id, body, created_at, updated_at, desk) VALUES (%s, %s, %s, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at"
                " RETURNING id, xmax = 0",
                (draft_id, body, now, now, self.desk),
            ).fetchone()
            if _one(row)[1]:  # inserted under an id the sequence has not given out: move it past
                connection.execute(
                    "SELECT setval(pg_get_serial_sequence('drafts', 'id'), (SELECT max(id) FROM drafts))"
                )
            return int(_one(row)[0])

        return self._run(save)  # one statement (and, rarely, moving the id sequence on)

    def load_draft(self, draft_id: int) -> OrderDraft:
        """The draft as last saved; ``NotInJournal`` for an unknown id."""
        return draft_from_json(self._run(lambda connection: _draft_body(connection, draft_id)))

    def latest_open_draft(self) -> tuple[int, OrderDraft] | None:
        """This desk's open draft saved most recently, to reopen the form where the person left it;
        ``None`` when it was sent as saved (``drafts.SENT_AS_SAVED``): start then shows a fresh order."""
        row = self._run(
            lambda connection: connection.execute(
                f"SELECT id, body, {drafts.SENT_AS_SAVED} FROM drafts WHERE closed_at IS NULL AND desk = %s"
                " ORDER BY updated_at DESC, id DESC LIMIT 1",
                (self.desk,),
            ).fetchone()
        )
        return None if row is None or row[2] else (int(row[0]), draft_from_json(row[1]))

    def close_draft(self, draft_id: int) -> None:
        """Set a draft aside (New order): it stays in the journal but is no longer reopened at start."""
        now = self._clock()

        def close(connection: psycopg.Connection) -> None:
            cursor = connection.execute(
                "UPDATE drafts SET closed_at = coalesce(closed_at, %s) WHERE id = %s", (now, draft_id)
            )
            if cursor.rowcount == 0:
                raise NotInJournal(f"no draft {draft_id} in the journal")

        self._run(close)  # one statement

    def unsent_drafts(self, leave_out: int | None = None) -> list[DraftSummary]:
        """This desk's drafts never sent that have something typed, newest first (``leave_out``: the one on screen)."""
        rows = self._run(
            lambda connection: connection.execute(
                "SELECT id, updated_at, body FROM drafts WHERE desk = %s AND id IS DISTINCT FROM %s"
                " AND NOT EXISTS (SELECT 1 FROM orders WHERE orders.draft_id = drafts.id)"
                " ORDER BY updated_at DESC, id DESC LIMIT %s",
                (self.desk, leave_out, draft_list.DRAFTS_LISTED),
            ).fetchall()
        )
        found = (draft_list.summarise(int(draft_id), float(updated_at), str(body)) for draft_id, updated_at, body in rows)
        return [summary for summary in found if summary is not None]

    def drafts_version(self, leave_out: int | None) -> tuple[int, float | None]:
        """How many drafts every desk has besides ``leave_out``, and when the newest was saved (``Journal``'s)."""
        count, newest = _one(
            self._run(
                lambda connection: connection.execute(
                    "SELECT count(*), max(updated_at) FROM drafts WHERE id IS DISTINCT FROM %s", (leave_out,)
                ).fetchone()
            )
        )
        return int(count), None if newest is None else float(newest)

    def recent_draft_bodies(self, leave_out: int | None, limit: int) -> list[tuple[float, str]]:
        """The newest ``limit`` drafts of every desk besides ``leave_out``: when saved, and the body, newest first.

        Every desk's: the team's customers are the shop's, whichever desk typed them.
        """
        rows = self._run(
            lambda connection: connection.execute(
                "SELECT updated_at, body FROM drafts WHERE id IS DISTINCT FROM %s ORDER BY updated_at DESC LIMIT %s",
                (leave_out, limit),
            ).fetchall()
        )
        return [(float(updated_at), str(body)) for updated_at, body in rows]

    def reopen_draft(self, draft_id: int) -> OrderDraft:
        """A draft from the drafts list, made this desk's open draft again."""
        now = self._clock()

        def reopen(connection: psycopg.Connection) -> str:
            cursor = connection.execute(
                "UPDATE drafts SET closed_at = NULL, updated_at = %s, desk = %s WHERE id = %s",
                (now, self.desk, draft_id),
            )
            if cursor.rowcount == 0:
                raise NotInJournal(f"no draft {draft_id} in the journal")
            return _draft_body(connection, draft_id)

        return draft_from_json(self._write(reopen))

    def delete_draft(self, draft_id: int) -> bool:
        """Delete a draft never sent; ``False`` when it is gone already or was sent meanwhile (then it stays)."""
        return bool(
            self._write(
                lambda connection: connection.execute(
                    "DELETE FROM drafts WHERE id = %s"
                    " AND NOT EXISTS (SELECT 1 FROM orders WHERE orders.draft_id = drafts.id)",
                    (draft_id,),
                ).rowcount
                > 0
            )
        )

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
        """Journal a request before it leaves and return the attempt id for ``finish_attempt`` (see ``Journal``)."""
        request = attempts.Request.of(
            draft_id,
            draft,
            draft_to_json(draft),
            profile_name,
            target,
            method,
            url,
            non_secret(headers or {}),
            request_body,
            self.owner_id,
        )
        now = self._clock()
        return self._run(lambda connection: self._begin(connection, request, now))  # one statement

    def _begin(self, connection: psycopg.Connection, request: attempts.Request, now: float) -> int:
        """Find or create the order, add an in-flight attempt and make it the order's latest; its id.

        One statement, so one round trip and atomic without a transaction: the attempt's id is
        taken from its sequence first, so the order can name it as its latest as it is written.
        """
        if request.draft_id is None:  # the snapshot becomes a new, closed draft of its own
            draft = (
                "draft AS (INSERT INTO drafts (body, created_at, updated_at, closed_at, desk)"
                " VALUES (%(draft_json)s, %(now)s, %(now)s, %(now)s, %(desk)s) RETURNING id)"
            )
        else:  # an existing draft row may hold newer typing: never touched
            draft = (
                "inserted AS (INSERT INTO drafts (id, body, created_at, updated_at, desk)"
                " VALUES (%(draft_id)s, %(draft_json)s, %(now)s, %(now)s, %(desk)s) ON CONFLICT (id) DO NOTHING),"
                " draft AS (SELECT %(draft_id)s::bigint AS id)"
            )
        row = connection.execute(
            "WITH next AS (SELECT nextval(pg_get_serial_sequence('attempts', 'id')) AS id), "
            f"{draft},"
            " upsert AS (INSERT INTO orders (draft_id, profile, target, external_id, customer, email, search, state,"
            " latest_at, latest_attempt_id, attempt_count, touched_by, touched_at)"
            " SELECT draft.id, %(profile)s, %(target)s, %(external_id)s, %(customer)s, %(email)s, %(search)s,"
            " %(state)s, %(now)s, next.id, 1, %(desk)s, %(now)s FROM draft, next"
            " ON CONFLICT (draft_id, profile) DO UPDATE SET target = excluded.target,"
            " external_id = excluded.external_id, customer = excluded.customer, email = excluded.email,"
            " search = excluded.search, state = excluded.state, latest_at = excluded.latest_at,"
            " latest_attempt_id = excluded.latest_attempt_id, attempt_count = orders.attempt_count + 1,"
            " touched_by = excluded.touched_by, touched_at = excluded.touched_at RETURNING id)"
            " INSERT INTO attempts (id, order_id, started_at, method, url, headers, request_body, draft, owner, desk)"
            " SELECT next.id, upsert.id, %(now)s, %(method)s, %(url)s, %(headers)s, %(body)s, %(draft_json)s,"
            " %(owner)s, %(desk)s FROM next, upsert RETURNING id",
            {
                "draft_id": request.draft_id,
                "draft_json": request.draft_json,
                "now": now,
                "desk": self.desk,
                "profile": request.profile,
                "target": request.target,
                "external_id": request.external_id,
                "customer": request.customer,
                "email": request.email,
                "search": request.search,
                "state": OutboxState.SENDING.value,
                "method": request.method,
                "url": request.url,
                "headers": request.headers_json,
                "body": request.body,
                "owner": request.owner,
            },
        ).fetchone()
        return int(_one(row)[0])

    def finish_attempt(self, attempt_id: int, outcome: Outcome, duration_ms: float) -> None:
        """Write what came back: outcome, status, response, errors by draft path, and how long it took."""
        errors, now = attempts.errors_json(outcome), self._clock()

        def finish(connection: psycopg.Connection) -> None:
            cursor = connection.execute(
                "UPDATE attempts SET finished_at = %s, outcome = %s, status = %s, response_body = %s,"
                " reference = %s, reason = %s, retryable = %s, errors = %s, duration_ms = %s, reach = %s"
                " WHERE id = %s",
                (*attempts.finished_values(outcome, errors, duration_ms, now), attempt_id),
            )
            if cursor.rowcount == 0:
                raise NotInJournal(f"no attempt {attempt_id} in the journal")

        self._run(finish)  # one statement

    def attempts_for(self, order_key: int) -> list[AttemptRow]:
        """The history of one order (one draft at one profile), oldest attempt first."""

        def history(connection: psycopg.Connection) -> list[AttemptRow]:
            rows = connection.execute(
                f"SELECT {attempts._ATTEMPT_COLUMNS} FROM attempts a JOIN orders o ON o.id = a.order_id"
                " WHERE a.order_id = %s ORDER BY a.id",
                (order_key,),
            ).fetchall()
            if not rows and connection.execute("SELECT 1 FROM orders WHERE id = %s", (order_key,)).fetchone() is None:
                raise NotInJournal(f"no order {order_key} in the journal")
            return [attempts._attempt(row) for row in rows]

        return self._run(history)

    def attempt(self, attempt_id: int) -> AttemptRow:
        """One attempt, e.g. to export it as a cURL command."""
        row = self._run(
            lambda connection: connection.execute(
                f"SELECT {attempts._ATTEMPT_COLUMNS} FROM attempts a JOIN orders o ON o.id = a.order_id"
                " WHERE a.id = %s",
                (attempt_id,),
            ).fetchone()
        )
        if row is None:
            raise NotInJournal(f"no attempt {attempt_id} in the journal")
        return attempts._attempt(row)

    def load_order_draft(self, order_key: int) -> tuple[int, OrderDraft]:
        """Open an order's draft into the form to fix and resubmit it (see ``Journal``).

        The draft becomes this desk's open draft, so a restart here comes back to it.
        """
        now = self._clock()

        def reopen(connection: psycopg.Connection) -> tuple[int, str]:
            row = connection.execute("SELECT draft_id FROM orders WHERE id = %s", (order_key,)).fetchone()
            if row is None:
                raise NotInJournal(f"no order {order_key} in the journal")
            draft_id = int(row[0])
            connection.execute(
                "UPDATE drafts SET closed_at = NULL, updated_at = %s, desk = %s WHERE id = %s",
                (now, self.desk, draft_id),
            )
            return draft_id, _draft_body(connection, draft_id)

        draft_id, body = self._write(reopen)
        return draft_id, draft_from_json(body)

    def latest_errors(self, draft_id: int) -> dict[str, Findings]:
        """Per profile the draft was sent to, the server's findings from its latest answered attempt."""
        rows = self._run(
            lambda connection: connection.execute(
                "SELECT o.profile, a.errors FROM orders o JOIN attempts a ON a.id = ("
                "  SELECT max(id) FROM attempts WHERE order_id = o.id AND finished_at IS NOT NULL"
                ") WHERE o.draft_id = %s ORDER BY o.profile",
                (draft_id,),
            ).fetchall()
        )
        return {str(profile): attempts._findings(text) for profile, text in rows}

    def last_touched(self, order_key: int) -> tuple[str, datetime] | None:
        """Which desk last sent or claimed the order, and when; None when no desk is on record."""
        row = self._run(
            lambda connection: connection.execute(
                "SELECT touched_by, touched_at FROM orders WHERE id = %s", (order_key,)
            ).fetchone()
        )
        if row is None:
            raise NotInJournal(f"no order {order_key} in the journal")
        if not row[0] or row[1] is None:
            return None
        return str(row[0]), datetime.fromtimestamp(row[1]).astimezone()

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
        """Orders, one row per draft and profile, newest latest attempt first (see ``Journal.list_outbox``)."""
        condition, parameters = outbox.OutboxFilter.of(state, profile, since, until, text).sql()
        rows = self._run(
            lambda connection: connection.execute(
                _pg(f"{outbox._SELECT} WHERE {condition} ORDER BY o.latest_at DESC, o.id DESC LIMIT ? OFFSET ?"),
                (*parameters, limit, offset),
            ).fetchall()
        )
        return [outbox._row(row) for row in rows]

    def order(self, order_key: int) -> OutboxRow:
        """One order as the outbox lists it (to resend it); ``NotInJournal`` for an unknown key."""
        row = self._run(
            lambda connection: connection.execute(f"{outbox._SELECT} WHERE o.id = %s", (order_key,)).fetchone()
        )
        if row is None:
            raise NotInJournal(f"no order {order_key} in the journal")
        return outbox._row(row)

    def order_key_for(self, draft_id: int, profile: str) -> int | None:
        """The outbox order ``draft_id`` became at ``profile``; None when it was never sent there."""
        row = self._run(
            lambda connection: connection.execute(
                "SELECT id FROM orders WHERE draft_id = %s AND profile = %s", (draft_id, profile)
            ).fetchone()
        )
        return None if row is None else int(row[0])

    def same_order(self, profile: str, draft_path: str, value: object) -> int | None:
        """The newest order at ``profile`` whose draft holds ``value`` at ``draft_path`` (``external_id``,
        ``extras.centra.orderNumber``); None when there is none."""
        row = self._run(
            lambda connection: connection.execute(
                "SELECT o.id FROM orders o JOIN drafts d ON d.id = o.draft_id"
                " WHERE o.profile = %s AND d.body::jsonb #>> %s = %s ORDER BY o.latest_at DESC, o.id DESC LIMIT 1",
                (profile, draft_path.split("."), str(value)),
            ).fetchone()
        )
        return None if row is None else int(row[0])

    def same_draft(self, profile: str, draft: OrderDraft) -> int | None:
        """The newest order at ``profile`` sent from a draft exactly like ``draft``; None when there is none."""
        body = draft_to_json(draft)
        row = self._run(
            lambda connection: connection.execute(
                "SELECT o.id FROM orders o JOIN drafts d ON d.id = o.draft_id"
                " WHERE o.profile = %s AND d.body = %s ORDER BY o.latest_at DESC, o.id DESC LIMIT 1",
                (profile, body),
            ).fetchone()
        )
        return None if row is None else int(row[0])

    def count_outbox(
        self,
        state: str | Iterable[str] | None = None,
        profile: str | None = None,
        since: datetime | date | None = None,
        until: datetime | date | None = None,
        text: str | None = None,
    ) -> int:
        """How many rows ``list_outbox`` has for the same filters, over all pages."""
        condition, parameters = outbox.OutboxFilter.of(state, profile, since, until, text).sql()
        row = self._run(
            lambda connection: connection.execute(
                _pg(f"SELECT count(*) FROM orders o WHERE {condition}"), parameters
            ).fetchone()
        )
        return int(_one(row)[0])

    def resolve(self, order_key: int, reference: str | None, by: str | None = None) -> int:
        """Record a person's word after checking at the API (see ``Journal.resolve``); the new row's id.

        The order's row is locked while it is checked and written, so an order a desk has
        claimed is never resolved under it.
        """
        if reference is not None and not reference.strip():
            raise ValueError("a reference is needed to mark an order as at the API")
        resolution = resolutions.Resolution(
            created=reference is not None, reference=(reference or "").strip(), by=by or resolutions.desk_name()
        )
        outcome = OutcomeKind.CREATED if resolution.created else OutcomeKind.FAILED  # no request: it reached nothing
        now = self._clock()

        def resolve(connection: psycopg.Connection) -> int:
            row = connection.execute(
                "SELECT state, claimed_by, latest_attempt_id FROM orders WHERE id = %s FOR UPDATE", (order_key,)
            ).fetchone()
            if row is None:
                raise NotInJournal(f"no order {order_key} in the journal")
            resolutions.check(order_key, OutboxState(row[0]), row[1])
            attempt = connection.execute(
                "INSERT INTO attempts (order_id, started_at, finished_at, method, url, headers, request_body, draft,"
                " outcome, reference, reason, retryable, reach, owner, resolved_by, desk)"
                " SELECT %s, %s, %s, '', '', '{}', '', draft, %s, %s, %s, %s, %s, %s, %s, %s FROM attempts"
                " WHERE id = %s RETURNING id",
                (
                    order_key,
                    now,
                    now,
                    outcome.value,
                    resolution.reference,
                    resolution.reason,
                    int(not resolution.created),
                    None,
                    self.owner_id,
                    resolution.by,
                    self.desk,
                    row[2],
                ),
            ).fetchone()
            attempt_id = int(_one(attempt)[0])
            state = OutboxState.SENT if resolution.created else OutboxState.FAILED
            connection.execute(
                "UPDATE orders SET state = %s, latest_attempt_id = %s, latest_at = %s, touched_by = %s,"
                " touched_at = %s WHERE id = %s",
                (state.value, attempt_id, now, self.desk, now, order_key),
            )
            return attempt_id

        return self._write(resolve)

    # Claims: exactly one desk sends an order again

    def claim(self, order_key: int, latest_attempt_id: int | None, states: Iterable[OutboxState]) -> bool:
        """Claim an order to send it again; True when this journal now holds it (it is ``sending``).

        The order's row is locked with ``FOR UPDATE SKIP LOCKED``: a desk claiming it at this
        moment makes this one skip it at once rather than wait. False too when another open
        journal holds the claim, or the order has moved on (its latest attempt is no longer
        ``latest_attempt_id``, or its state none of ``states``).
        """
        allowed = [state.value for state in states]
        now = self._clock()

        def claim(connection: psycopg.Connection) -> bool:
            row = connection.execute(
                "UPDATE orders SET state = %(sending)s, claimed_by = %(owner)s, touched_by = %(desk)s,"
                " touched_at = %(now)s WHERE id = (SELECT id FROM orders WHERE id = %(order)s"
                " AND claimed_by IS NULL AND latest_attempt_id IS NOT DISTINCT FROM %(latest)s"
                " AND state = ANY(%(allowed)s) FOR UPDATE SKIP LOCKED) RETURNING id",
                {
                    "sending": OutboxState.SENDING.value,
                    "owner": self.owner_id,
                    "desk": self.desk,
                    "now": now,
                    "order": order_key,
                    "latest": latest_attempt_id,
                    "allowed": allowed,
                },
            ).fetchone()
            return row is not None

        return bool(self._run(claim))  # one statement: the row is locked, checked and claimed at once

    def release(self, order_key: int) -> None:
        """Give up this journal's claim on an order; its state is its latest attempt's again."""
        self._run(
            lambda connection: connection.execute(
                f"UPDATE orders SET claimed_by = NULL, state = {leases.STATE_OF_LATEST}"
                " WHERE id = %s AND claimed_by = %s",
                (order_key, self.owner_id),
            )
        )

    def claim_holder(self, order_key: int) -> str | None:
        """The desk whose open journal holds the order's claim now; None when nobody does."""

        def holder(connection: psycopg.Connection) -> str | None:
            row = connection.execute(
                "SELECT w.desk FROM orders o JOIN owners w ON w.owner_id = o.claimed_by WHERE o.id = %s",
                (order_key,),
            ).fetchone()
            return None if row is None else str(row[0])

        return self._run(holder)

    # Live

    def listen(self, changed: Callable[[int], None]) -> Callable[[], None]:
        """Call ``changed(order_key)`` from a thread of its own whenever any desk changes an order.

        One connection per listener; returns the function that stops it. When the database
        drops the connection, the listener connects again (every few seconds) and reports
        order key 0: "something may have changed, read again".
        """
        with self._listening:  # never one more after close() stopped them
            if self._stopping.is_set():
                return lambda: None  # closed: nothing will change through it
            listener = _Listener(self._url, self._connect_arguments, changed)
            self._listeners.append(listener)
            listener.start()
        return listener.stop

    # Lifetime

    def close(self) -> None:
        """Stop the heartbeat and listeners, and say this journal is gone: its attempts in flight are nobody's."""
        with self._listening:
            if self._stopping.is_set():
                return
            self._stopping.set()
        for listener in self._listeners:
            listener.stop()
        if not self._opening.acquire(blocking=False):
            return  # an opening under way (on another thread) sees it is closed and undoes itself
        try:
            pool, heartbeat = self._pool, self._heartbeat
        finally:
            self._opening.release()
        if pool is None or heartbeat is None:
            return  # never reached: no lease to give up
        heartbeat.join()
        try:
            self._in_transaction(pool, lambda connection: leases.give_up(connection, self.owner_id))
        except JournalError:
            pass  # unreachable: the lease runs out by itself
        finally:
            pool.close()

    def __enter__(self) -> PostgresJournal:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def _keep_alive(self) -> None:
        """The heartbeat thread: renew this journal's lease, and recover the attempts of desks that are gone."""
        host, pid = socket.gethostname(), os.getpid()
        while not self._stopping.wait(self._lease / 3):
            try:
                self._write(lambda connection: leases.renew(connection, self.owner_id, self.desk, host, pid))
                self._write(lambda connection: leases.recover(connection, self._lease, self._clock()))
            except JournalError:
                continue  # unreachable for now: try again at the next beat

    def _write(self, write: Callable[[psycopg.Connection], Any]) -> Any:
        """Run ``write`` in one transaction committed before this returns."""
        return self._in_transaction(self._pool or self._open(), write)

    def _run(self, statements: Callable[[psycopg.Connection], Any]) -> Any:
        """Run ``statements`` on a pooled connection, each committed by itself (reads, and writes of one statement).

        No ``BEGIN``/``COMMIT`` round trips: a write that is one statement is atomic on its own.
        """
        with self._connection(self._pool or self._open()) as connection:
            return statements(connection)

    def _in_transaction(self, pool: psycopg_pool.ConnectionPool, write: Callable[[psycopg.Connection], Any]) -> Any:
        with self._connection(pool) as connection, connection.transaction():
            return write(connection)

    @contextmanager
    def _connection(self, pool: psycopg_pool.ConnectionPool) -> Iterator[psycopg.Connection]:
        """A connection from ``pool``; the database's absence or a dropped connection is ``JournalUnreachable``."""
        try:
            connection = _live_connection(pool)
            try:
                with connection:
                    yield connection
            finally:
                pool.putconn(connection)
        except psycopg_pool.PoolClosed:  # before OperationalError, its base
            raise JournalError(f"the journal {self.where} is closed") from None
        except (psycopg.OperationalError, psycopg_pool.PoolTimeout) as exc:
            # Whatever else the server dropped with this one goes too, so the next call gets a live connection.
            with contextlib.suppress(psycopg.Error, psycopg_pool.PoolClosed):
                pool.check()
            raise self._unreachable(exc) from None

    def _unreachable(self, exc: Exception) -> JournalUnreachable:
        return JournalUnreachable(
            f"The journal database {self.where} cannot be reached ({_first_line(exc)}). Nothing was written; "
            "what is on screen is kept."
        )


class _Listener:
    """One connection that LISTENs for changed orders, on a thread of its own."""

    def __init__(self, url: str, arguments: dict[str, Any], changed: Callable[[int], None]) -> None:
        self._url = url
        self._arguments = arguments
        self._changed = changed
        self._stopping = threading.Event()
        self._connection: psycopg.Connection | None = None
        self._thread = threading.Thread(target=self._run, name="journal-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and close the connection; returns once the thread has ended."""
        self._stopping.set()
        self._thread.join()

    def _run(self) -> None:
        reconnecting = False
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._url, autocommit=True, **self._arguments) as connection:
                    connection.execute(f"LISTEN {CHANGED_CHANNEL}")
                    if reconnecting:
                        self._changed(0)
                    reconnecting = True
                    while not self._stopping.is_set():
                        for notice in connection.notifies(timeout=0.2):
                            self._changed(int(notice.payload) if notice.payload.isdigit() else 0)
            except psycopg.OperationalError:
                reconnecting = True  # whatever changed meanwhile is read again once connected
                self._stopping.wait(3.0)


_IDLE_CHECK_SECONDS = 1.0
"""A pooled connection idle for longer is checked before use; one just returned is trusted (a round trip saved)."""


def _note_return(connection: psycopg.Connection) -> None:
    """The pool's reset hook: remember when the connection came back."""
    connection.info_returned_at = time.monotonic()  # type: ignore[attr-defined]


def _live_connection(pool: psycopg_pool.ConnectionPool) -> psycopg.Connection:
    """A pooled connection that works, replacing every connection the server dropped in one go.

    The pool's own ``check`` finds dead connections one at a time and sleeps 1, 2, 4 s between them, so a restart that
    left four idle connections dead outlasts the 5 s wait. One failed check here means the server dropped them all.
    """
    connection = pool.getconn()
    if time.monotonic() - getattr(connection, "info_returned_at", 0.0) <= _IDLE_CHECK_SECONDS:
        return connection  # just used: trusted, a round trip saved
    try:
        psycopg_pool.ConnectionPool.check_connection(connection)
        return connection
    except psycopg.Error:
        connection.close()  # a closed connection given back is replaced, never handed out again
        pool.putconn(connection)
    pool.check()  # the others the server dropped with it are replaced now, while the caller waits for one
    return pool.getconn()


def _draft_body(connection: psycopg.Connection, draft_id: int) -> str:
    row = connection.execute("SELECT body FROM drafts WHERE id = %s", (draft_id,)).fetchone()
    if row is None:
        raise NotInJournal(f"no draft {draft_id} in the journal")
    return str(row[0])


def _one(row: tuple[Any, ...] | None) -> tuple[Any, ...]:
    """The row a ``RETURNING`` statement always gives."""
    assert row is not None
    return row


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]

