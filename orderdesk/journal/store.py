"""The journal: one SQLite file that keeps every draft, order and attempt.

The window autosaves from its timer while workers journal their requests, so every method
is safe from any thread. Each write is committed before the method returns, so what it
wrote survives the process being killed the next moment; writes that arrive together share
one commit (``commits.GroupCommit``). Reads use a connection of their own, which WAL lets
run while a write commits.

At opening the file is checked (``health.find_damage``) and, once a day, backed up
(``backups``), on a thread of the journal's own. A damaged file is never written to again:
``JournalDamaged`` says so and how to recover, whether the check found the damage or a
query did later.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from orderdesk.config.home import data_dir
from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome
from orderdesk.journal import attempts, backups, claims, draft_list, drafts, outbox, owners, resolutions
from orderdesk.journal.auth import non_secret
from orderdesk.journal.codec import draft_from_json, draft_to_json
from orderdesk.journal.commits import GroupCommit
from orderdesk.journal.draft_list import DraftSummary
from orderdesk.journal.errors import JournalDamaged, JournalError
from orderdesk.journal.health import find_damage, is_damage
from orderdesk.journal.rows import AttemptRow, OutboxRow, OutboxState
from orderdesk.journal.schema import connect, connect_reader, needs_migrating

JOURNAL_FILE = "journal.sqlite3"

T = TypeVar("T")

_log = logging.getLogger(__name__)


def owners_folder(path: Path) -> Path:
    """Where the open journals of the file ``path`` keep their owner locks (next to its ``-wal`` file)."""
    return path.with_name(f"{path.name}-owners")


def gate_path(path: Path) -> Path:
    """The ``owners.Gate`` file of the journal ``path``: a restore holds it while it replaces the file."""
    return path.with_name(f"{path.name}-restore.lock")


RESTORE_WAIT = 60.0
"""Seconds an opening journal waits for a restore under way (checking backups, copying one) to finish."""


class Journal:
    """Drafts as typed, orders as sent, attempts and their outcomes.

    Opening the journal turns the attempts still in flight of every journal that is gone
    (closed, or its process ended, SIGKILL included) into ``unknown``: nobody will write
    their answers, so nobody knows whether those orders exist. Attempts of a journal still
    open, such as the window's while a terminal runs ``orderdesk outbox list``, are left
    alone. Each open journal holds an OS lock for this (``owners.OwnerLock``), taken before the
    file is touched and through the file's ``owners.Gate``, which a restore holds while it
    replaces the file: opening waits for a restore under way. A journal
    checked in the background does this on a thread of its own once the check's verdict is in,
    so the window does not wait for the check; its own sends meanwhile are never touched, as
    recovery writes only the attempts and claims of gone owners.

    The checkup (``quick_check``, then the day's backup if none was taken in the last 24
    hours) runs on a thread of its own. Writes wait for the check's verdict, so nothing is
    written into a damaged file; reads do not, so the window shows the draft it reopens
    without waiting for the check. Migrating an older file writes too, so its opening waits
    for the verdict first.

    Attributes:
        path: the SQLite file.
        recovered_attempts: how many in-flight attempts became ``unknown`` at opening; checked in the
            background, 0 until the recovery after the check is done (``close`` waits for it).
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        clock: Callable[[], float] = time.time,
        check_in_background: bool = False,
    ) -> None:
        """Open or create the journal; ``clock`` gives epoch seconds (tests pass their own).

        Args:
            path: the SQLite file (default: ``journal.sqlite3`` in the data folder).
            clock: epoch seconds, for the journal's times and the backups' names.
            check_in_background: return before the file is checked (the window, which must not
                wait), and open even a damaged file, refusing every read and write;
                ``when_damaged`` tells of the damage. Otherwise damage raises here.

        Raises:
            JournalDamaged: the file is damaged (unless ``check_in_background``).
            JournalError: the file is not a usable journal, its folder cannot hold the owner lock, or
                a restore of the file (``restore.py``) did not end within ``RESTORE_WAIT`` seconds.
        """
        self.path = path if path is not None else data_dir() / JOURNAL_FILE
        self._clock = clock
        self._damage: JournalDamaged | None = None
        self._damage_lock = threading.Lock()
        self._damage_listeners: list[Callable[[JournalDamaged], None]] = []
        self._checked = threading.Event()
        folder = owners_folder(self.path)
        # Before the file is touched, and held even on a damaged file: restore refuses until it is closed.
        self._owner = _take_owner_lock(self.path, folder)
        try:
            existed = self.path.exists()
            self._checkup = threading.Thread(
                target=self._check_and_back_up, args=(existed,), name="journal-checkup", daemon=True
            )
            self._checkup.start()
            # Migrations write, so in the background too a file that needs one waits for the verdict
            # first: a one-time cost (the check's 2 to 2.6 s on a large file read from disk) on upgrade.
            if not check_in_background or (existed and needs_migrating(self.path)):
                self._checked.wait()
                if self._damage is not None and not check_in_background:
                    self._checkup.join()
                    raise self._damaged()
            writer: sqlite3.Connection | None = None
            try:
                if self._damage is None:  # a damaged file is opened without a writer: nothing is written to it
                    writer = connect(self.path)
            except JournalDamaged as exc:
                if not check_in_background:
                    self._checkup.join()
                    raise
                # The window opens even so, to say what is wrong; nothing is read from or written to the file.
                self._found_damage(exc.problem)
                writer = None
            except BaseException:
                self._checkup.join()
                raise
        except BaseException:
            self._owner.release()
            raise
        self._writes = None if writer is None else GroupCommit(writer, f"the journal {self.path}")
        self._reader: sqlite3.Connection | None = None
        self._read_lock = threading.Lock()
        # The customer book's long reads (thousands of drafts) on a connection of their own, opened at the first:
        # the outbox's and the window's reads never wait behind one.
        self._book_reader: sqlite3.Connection | None = None
        self._book_lock = threading.Lock()
        self.recovered_attempts = 0
        self._recovery: threading.Thread | None = None
        if writer is None:
            return
        try:
            self._reader = connect_reader(self.path)
            if check_in_background:
                self._recovery = threading.Thread(
                    target=self._recover_in_background, args=(folder,), name="journal-recovery", daemon=True
                )
                self._recovery.start()
            else:
                self.recovered_attempts = self._recover(folder, damage_is_fatal=True)
                owners.sweep(folder, keep=self._owner.owner_id)
        except BaseException:
            self.close()
            raise

    # Damage

    @property
    def damage(self) -> JournalDamaged | None:
        """Why the file is damaged, once the check or a query found it; ``None`` while none was found."""
        return self._damage

    def when_damaged(self, listener: Callable[[JournalDamaged], None]) -> None:
        """Call ``listener`` once damage is found (at once if it was already).

        It is called on the thread that found the damage: the checkup's, or whichever thread ran
        the query.
        """
        with self._damage_lock:
            damage = self._damage
            if damage is None:
                self._damage_listeners.append(listener)
        if damage is not None:
            listener(damage)

    # Drafts

    def save_draft(self, draft: OrderDraft, draft_id: int | None = None) -> int:
        """Store ``draft`` (a new row when ``draft_id`` is ``None``) and return its id; one upsert."""
        body = draft_to_json(draft)
        return self._write(
            lambda connection: drafts.save(connection, body, draft_id, self._clock()), one_statement=True
        )

    def load_draft(self, draft_id: int) -> OrderDraft:
        """The draft as last saved; ``NotInJournal`` for an unknown id."""
        with self._reading() as connection:
            body = drafts.load(connection, draft_id)
        return draft_from_json(body)

    def latest_open_draft(self) -> tuple[int, OrderDraft] | None:
        """The open draft saved most recently, to reopen the form where the person left it; ``None`` when it
        was sent as saved (every order it became is at its API, nothing typed since): start shows a fresh order."""
        with self._reading() as connection:
            found = drafts.latest_open(connection)
        return None if found is None else (found[0], draft_from_json(found[1]))

    def close_draft(self, draft_id: int) -> None:
        """Set a draft aside (New order): it stays in the journal but is no longer reopened at start."""
        self._write(
            lambda connection: drafts.set_closed(connection, draft_id, self._clock(), closed=True), one_statement=True
        )

    def unsent_drafts(self, leave_out: int | None = None) -> list[DraftSummary]:
        """The drafts never sent that have something typed, newest first (``leave_out``: the one on screen)."""
        with self._reading() as connection:
            return draft_list.unsent(connection, leave_out)

    def drafts_version(self, leave_out: int | None) -> tuple[int, float | None]:
        """How many drafts there are besides ``leave_out``, and when the newest was saved: changes when any does.

        ``leave_out`` is the draft being typed, saved every few hundred milliseconds: what is read from
        the others (the customer book) need not be read again for it.
        """
        with self._reading_for_the_book() as connection:
            count, newest = connection.execute(
                "SELECT count(*), max(updated_at) FROM drafts WHERE id IS NOT ?", (leave_out,)
            ).fetchone()
        return int(count), newest

    def recent_draft_bodies(self, leave_out: int | None, limit: int) -> list[tuple[float, str]]:
        """When each of the newest ``limit`` drafts besides ``leave_out`` was saved, and its body, newest first."""
        with self._reading_for_the_book() as connection:
            rows = connection.execute(
                "SELECT updated_at, body FROM drafts WHERE id IS NOT ? ORDER BY updated_at DESC LIMIT ?",
                (leave_out, limit),
            ).fetchall()
        return [(float(updated_at), str(body)) for updated_at, body in rows]

    def reopen_draft(self, draft_id: int) -> OrderDraft:
        """A draft from the drafts list, made the open one again so autosave and a restart come back to it."""

        def reopen(connection: sqlite3.Connection) -> str:
            drafts.set_closed(connection, draft_id, self._clock(), closed=False)
            return drafts.load(connection, draft_id)

        return draft_from_json(self._write(reopen))

    def delete_draft(self, draft_id: int) -> bool:
        """Delete a draft never sent; ``False`` when it is gone already or was sent meanwhile (then it stays)."""
        return self._write(lambda connection: draft_list.delete_unsent(connection, draft_id), one_statement=True)

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
            self._owner.owner_id,
        )
        return self._write(lambda connection: attempts.begin(connection, request, self._clock()))

    def finish_attempt(self, attempt_id: int, outcome: Outcome, duration_ms: float) -> None:
        """Write what came back: outcome, status, response, errors by draft path, and how long it took."""
        errors = attempts.errors_json(outcome)
        self._write(
            lambda connection: attempts.finish(connection, attempt_id, outcome, errors, duration_ms, self._clock()),
            one_statement=True,
        )

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


        def reopen(connection: sqlite3.Connection) -> tuple[int, str]:
            draft_id = attempts.draft_of(connection, order_key)
            drafts.set_closed(connection, draft_id, self._clock(), closed=False)
            return draft_id, drafts.load(connection, draft_id)

        draft_id, body = self._write(reopen)
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

    def order_key_for(self, draft_id: int, profile: str) -> int | None:
        """The outbox order ``draft_id`` became at ``profile``; None when it was never sent there.

        Every send of a draft goes through this, so pressing Submit again, even after a restart,
        resends as the same order (looked up first when unclear) and never creates it twice.
        """
        with self._reading() as connection:
            return attempts.order_of(connection, draft_id, profile)

    def same_order(self, profile: str, draft_path: str, value: object) -> int | None:
        """The newest order at ``profile`` whose draft holds ``value`` at ``draft_path`` (``external_id``,
        ``extras.centra.orderNumber``); None when there is none."""
        with self._reading() as connection:
            return outbox.holding(connection, profile, draft_path, value)

    def same_draft(self, profile: str, draft: OrderDraft) -> int | None:
        """The newest order at ``profile`` sent from a draft exactly like ``draft``; None when there is none."""
        body = draft_to_json(draft)
        with self._reading() as connection:
            return outbox.sent_from(connection, profile, body)

    def claim(self, order_key: int, latest_attempt_id: int | None, states: Iterable[OutboxState]) -> bool:
        """Claim an order to send it again, in one ``BEGIN IMMEDIATE`` transaction (``claims.claim``).

        True: this journal holds it (it is ``sending``) until ``release``. False: another
        process holds it, or its latest attempt is no longer ``latest_attempt_id`` or its
        state none of ``states``; leave it alone.
        """
        owner = self._owner.owner_id
        return self._write(lambda connection: claims.claim(connection, order_key, latest_attempt_id, states, owner))

    def release(self, order_key: int) -> None:
        """Give up this journal's claim on an order; its state is its latest attempt's again."""
        owner = self._owner.owner_id
        self._write(lambda connection: claims.release(connection, order_key, owner), one_statement=True)

    def resolve(self, order_key: int, reference: str | None, by: str | None = None) -> int:
        """Record a person's word after checking at the API; the id of the row it adds to the history.

        ``reference`` given: the order is there (it becomes ``sent``); ``None``: it is not (it
        becomes ``failed``, and Send again sends it without looking the unclear attempts up).
        ``by`` defaults to the OS user and desk. Checked and written in one transaction, so an
        order another process has claimed is never resolved under it.

        Raises:
            NotInJournal: no such order.
            NotResolvable: being sent, or not ``unknown`` or ``failed``.
        """
        if reference is not None and not reference.strip():
            raise ValueError("a reference is needed to mark an order as at the API")
        resolution = resolutions.Resolution(
            created=reference is not None, reference=(reference or "").strip(), by=by or resolutions.desk_name()
        )
        owner = self._owner.owner_id
        return self._write(
            lambda connection: resolutions.resolve(connection, order_key, resolution, owner, self._clock())
        )

    def claim_holder(self, order_key: int) -> str | None:
        """None: only this desk uses the file, so the claim is another process's here, not another desk's."""
        return None

    def last_touched(self, order_key: int) -> tuple[str, datetime] | None:
        """None: one desk keeps this file, so there is nobody else to name (the team journal says who)."""
        self.order(order_key)  # NotInJournal for an unknown key, as on the team journal
        return None

    def listen(self, changed: Callable[[int], None]) -> Callable[[], None]:
        """Nothing to listen to: one desk's file changes under its own hand, and the outbox refreshes as it did."""
        return lambda: None

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
        """Close the file; the journal cannot be used afterwards.

        Its attempts still in flight then belong to nobody: the next journal to open makes
        them ``unknown``. Waits for the recovery and a backup being taken to be done.
        """
        if self._recovery is not None:
            self._recovery.join()
        self._checkup.join()
        if self._writes is not None:
            self._writes.close()
        with self._read_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
        with self._book_lock:
            if self._book_reader is not None:
                self._book_reader.close()
            self._book_reader = None
        self._owner.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def _recover(self, folder: Path, damage_is_fatal: bool) -> int:
        """Make the attempts in flight of gone owners ``unknown`` and give up their claims; how many attempts.

        Whether an owner is gone is asked outside any transaction: a gone owner never comes
        back (owner ids are never reused), so the answer cannot go stale. On a damaged file
        nothing is recovered (it would be a write); unless ``damage_is_fatal``, the journal
        opens anyway, so the window can start and say so.
        """
        try:
            with self._reading() as connection:
                in_flight = attempts.owners_in_flight(connection)
                claiming = claims.claimants(connection)
            gone = [owner for owner in in_flight if owners.is_gone(folder, owner)]
            gone_claims = [owner for owner in claiming if owners.is_gone(folder, owner)]
            if not gone and not gone_claims:
                return 0

            def recover(connection: sqlite3.Connection) -> int:
                marked = attempts.mark_unanswered_unknown(connection, gone, self._clock())
                claims.release_all(connection, gone_claims)
                return marked

            return self._write(recover)
        except JournalDamaged:
            if damage_is_fatal:
                raise
            return 0

    def _recover_in_background(self, folder: Path) -> None:
        """The recovery thread of a journal checked in the background: ``_recover``, whose write waits for the verdict.

        The sweep of gone owners' lock files comes after it, not alongside: a lock file the sweep
        holds looks alive to ``owners.is_gone``. A recovery that fails for another reason than
        damage is logged: the next opening recovers the same attempts, as gone owners never come back.
        """
        try:
            self.recovered_attempts = self._recover(folder, damage_is_fatal=False)
        except (sqlite3.Error, JournalError) as exc:
            _log.warning("the attempts in flight of closed journals in %s stay as they are for now: %s", self.path, exc)
        owners.sweep(folder, keep=self._owner.owner_id)

    def _write(self, write: Callable[[sqlite3.Connection], T], *, one_statement: bool = False) -> T:
        """Run ``write`` in a transaction committed before this returns; roll it back on any error.

        Waits for the check's verdict first, and refuses once the file is known to be damaged.
        """
        self._checked.wait()
        if self._damage is not None:
            raise self._damaged()
        assert self._writes is not None  # only a damaged file is opened without a writer
        try:
            return self._writes.run(write, one_statement=one_statement)
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                self._found_damage(str(exc))
                raise self._damaged() from None
            raise

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        if self._damage is not None:
            raise self._damaged()
        with self._read_lock:
            if self._reader is None:
                raise sqlite3.ProgrammingError(f"the journal {self.path} is closed")
            with self._damage_said():
                yield self._reader

    @contextmanager
    def _reading_for_the_book(self) -> Iterator[sqlite3.Connection]:
        """The customer book's reader, opened at its first read (while the journal's own reader is open)."""
        if self._damage is not None:
            raise self._damaged()
        with self._book_lock:
            if self._book_reader is None:
                with self._read_lock:
                    if self._reader is None:
                        raise sqlite3.ProgrammingError(f"the journal {self.path} is closed")
                self._book_reader = connect_reader(self.path)
            with self._damage_said():
                yield self._book_reader

    @contextmanager
    def _damage_said(self) -> Iterator[None]:
        """A read that meets a damaged page says so as ``JournalDamaged``, and the journal remembers it."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                self._found_damage(str(exc))
                raise self._damaged() from None
            raise

    def _found_damage(self, problem: str) -> None:
        """Remember the first damage found (later finds add nothing), and tell the listeners once."""
        with self._damage_lock:
            if self._damage is not None:
                return
            damage = self._damage = JournalDamaged(self.path, problem)
            listeners, self._damage_listeners = self._damage_listeners, []
        for listener in listeners:
            listener(damage)

    def _damaged(self) -> JournalDamaged:
        """A new error for the damage found, to raise: one shared instance would gather every thread's traceback."""
        assert self._damage is not None
        return JournalDamaged(self.path, self._damage.problem)

    def _check_and_back_up(self, existed: bool) -> None:
        """The checkup thread: ``quick_check``, the verdict for waiting writes, then the day's backup if due.

        A journal this opening creates (``existed`` false) has nothing to check or keep yet. A
        check that cannot run for another reason than damage (the file is locked or unreadable)
        lets writes go on: opening and the queries meet that problem themselves. A backup that
        fails is logged; the older ones stay.
        """
        try:
            problem = find_damage(self.path) if existed else None
        except sqlite3.Error as exc:
            _log.warning("the journal %s could not be checked: %s", self.path, exc)
            self._checked.set()
            return
        except BaseException:
            self._checked.set()
            raise
        if problem is not None:
            self._found_damage(problem)
        self._checked.set()
        if problem is not None or not existed:
            return
        try:
            if backups.due(self.path, self._clock()):
                backups.take(self.path, self._clock())
        except (backups.BackupFailed, OSError) as exc:
            _log.warning("no backup of the journal today: %s", exc)


def _take_owner_lock(path: Path, folder: Path) -> owners.OwnerLock:
    """This journal's owner lock, taken through the file's ``owners.Gate``, so never while a restore replaces it.

    A restore under way is waited for, up to ``RESTORE_WAIT`` seconds.

    Raises:
        JournalError: the restore took longer, or the gate or the owner lock cannot be kept beside the file.
    """
    gate_file = gate_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        gate = owners.Gate(gate_file, timeout=RESTORE_WAIT)
    except TimeoutError:
        raise JournalError(
            f"{path} is being restored from a backup ('orderdesk journal restore' has held {gate_file.name} for "
            f"more than {RESTORE_WAIT:g} s). Open it again once the restore is done; nothing was read or written."
        ) from None
    except OSError as exc:
        raise JournalError(f"{gate_file}: cannot keep the journal's restore lock there ({exc})") from None
    with gate:
        try:
            return owners.OwnerLock(folder)
        except OSError as exc:
            raise JournalError(f"{folder}: cannot keep the journal's owner lock there ({exc})") from None
