"""The catalogue and the customer book for the window, always asked off the window thread.

Searches run on a pool thread, one at a time per kind: while one runs, only the latest text
typed meanwhile waits, so answers never pile up behind fast typing and a stale answer is
never shown (``Latest``). Imports and pulls run on the catalogue's pool and report through
signals. The customer book is read through the window's journal (a team's database gives every
desk's customers) on a thread of its own, the only one that touches it: reading it from a large
journal takes seconds, and a product search must never wait behind that. The catalogue's file is opened on first
use, on a pool thread too, so starting the window reads neither.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from orderdesk.ui.background import Call
from orderdesk.ui.language.text import translate

if TYPE_CHECKING:
    from orderdesk.catalogue.bigcommerce import PullReport
    from orderdesk.catalogue.search import Catalogue
    from orderdesk.config.profiles import Profile
    from orderdesk.services.profiles import SecretSource
    from orderdesk.customers.book import CustomerEntry
    from orderdesk.customers.journal_source import JournalCustomers
    from orderdesk.services.journal_access import JournalStore


class _Relay(QObject):
    """Carries a pool thread's result to the window thread (a queued signal)."""

    done = Signal(object, object)  # the question, its answer (or the exception it raised)


class _ProgressRelay(QObject):
    """Carries a pull's progress from its pool thread to the window thread."""

    step = Signal(object)


class Latest(QObject):
    """Answers questions on a pool, one at a time; only the latest question asked gets its answer shown.

    Signals:
        answered(object, object): the question and its answer, or the exception raised.
    """

    answered = Signal(object, object)

    def __init__(self, pool: QThreadPool, answer: Callable[[Any], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool, self._answer = pool, answer
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._running = False
        self._latest: object = None
        self._waiting = False

    def ask(self, question: object) -> None:
        """Answer ``question`` soon; an unanswered earlier one is forgotten."""
        self._latest = question
        if self._running:
            self._waiting = True
            return
        self._start(question)

    def _start(self, question: object) -> None:
        self._running, self._waiting = True, False
        self._pool.start(Call(self._relay.done.emit, question, lambda: self._answer(question)))

    def _done(self, question: object, answer: object) -> None:
        self._running = False
        if self._waiting:
            self._start(self._latest)
        elif question == self._latest:
            self.answered.emit(question, answer)


class CatalogueService(QObject):
    """The window's way to the catalogue and the customer book.

    Signals:
        products_found(str, object): the text searched and its products (``list[Product]``).
        scanned(object, object): the scan's ticket and its product (``None`` when unknown).
        customers_found(str, object): the text searched and its ``list[CustomerEntry]``.
        imported(object): an ``ImportReport``, or the exception that stopped the import.
        pulled(object): a ``PullReport``, or the exception that stopped the pull.
        pull_progress(object): a ``PullProgress`` after each page.
        failed(str): a lookup could not be answered (the catalogue file cannot be read...).
    """

    products_found = Signal(str, object)
    scanned = Signal(object, object)
    customers_found = Signal(str, object)
    imported = Signal(object)
    pulled = Signal(object)
    pull_progress = Signal(object)
    failed = Signal(str)

    def __init__(self, catalogue_path: Path | None, journal: JournalStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue_path = catalogue_path
        self._journal = journal
        self._catalogue_lock = threading.Lock()
        self._catalogue: Catalogue | None = None
        self._customers: JournalCustomers | None = None
        self.leave_out_draft: int | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        # One thread, the book's only user: ``Latest`` asks it one question at a time.
        self.customer_pool = QThreadPool(self)
        self.customer_pool.setMaxThreadCount(1)
        self._products = Latest(self.pool, lambda text: self.catalogue().search(text), self)
        self._products.answered.connect(self._products_answered)
        self._customer_lookup = Latest(self.customer_pool, self._find_customers, self)
        self._customer_lookup.answered.connect(self._customers_answered)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._progress = _ProgressRelay(self)
        self._progress.step.connect(self.pull_progress)
        self._cancel = threading.Event()

    # -- lookups ------------------------------------------------------------------------

    def search_products(self, text: str) -> None:
        """Look for ``text``; ``products_found`` answers, unless newer text was asked meanwhile."""
        self._products.ask(text)

    def scan(self, ticket: object, ean: str) -> None:
        """Look up a scanned EAN; ``scanned`` answers with ``ticket``."""
        self.pool.start(Call(self._relay.done.emit, ("scan", ticket), lambda: self.catalogue().by_ean(ean)))

    def search_customers(self, text: str) -> None:
        """Look for earlier customers; ``customers_found`` answers."""
        self._customer_lookup.ask(text)

    # -- filling ------------------------------------------------------------------------

    def import_csv(self, path: Path) -> None:
        """Import a CSV file; ``imported`` reports."""
        from orderdesk.catalogue.csv_import import import_csv

        def work() -> object:
            return import_csv(path, self.catalogue().store)

        self.pool.start(Call(self._relay.done.emit, ("import", None), work))

    def pull(self, profile: Profile, secrets: SecretSource) -> None:
        """Pull a BigCommerce profile's catalogue; ``pull_progress`` after each page, ``pulled`` at the end."""
        from orderdesk.catalogue.bigcommerce import pull_bigcommerce

        self._cancel = cancel = threading.Event()

        def work() -> PullReport:
            return pull_bigcommerce(
                profile, secrets, self.catalogue().store, progress=self._progress.step.emit, cancel=cancel
            )

        self.pool.start(Call(self._relay.done.emit, ("pull", None), work))

    def cancel_pull(self) -> None:
        """Stop the pull after the page in hand (what was fetched is kept)."""
        self._cancel.set()

    # -- lifetime -----------------------------------------------------------------------

    def catalogue(self) -> Catalogue:
        """The catalogue, opened on first use (on a pool thread)."""
        from orderdesk.catalogue.search import Catalogue
        from orderdesk.catalogue.store import open_catalogue

        with self._catalogue_lock:
            if self._catalogue is None:
                self._catalogue = Catalogue(open_catalogue(self._catalogue_path))
            return self._catalogue

    def close(self) -> None:
        """Stop a pull, wait for the pools, release the catalogue's file."""
        self._cancel.set()
        self.pool.waitForDone()
        self.customer_pool.waitForDone()
        with self._catalogue_lock:
            if self._catalogue is not None:
                self._catalogue.store.close()
                self._catalogue = None

    def _find_customers(self, text: str) -> list[CustomerEntry]:
        from orderdesk.customers.book import matching
        from orderdesk.customers.journal_source import JournalCustomers

        if self._customers is None:  # on the customer pool's one thread: no other reads or writes it
            self._customers = JournalCustomers(self._journal)
        return matching(self._customers.entries(self.leave_out_draft), text)

    def _products_answered(self, text: object, answer: object) -> None:
        if isinstance(answer, Exception):
            self.failed.emit(translate("CatalogueService", "The catalogue cannot be searched: {0}").format(answer))
        else:
            self.products_found.emit(str(text), answer)

    def _customers_answered(self, text: object, answer: object) -> None:
        from orderdesk.services.journal_access import JournalDamaged, JournalUnreachable

        if isinstance(answer, JournalUnreachable | JournalDamaged):
            return  # no suggestions; the window says the journal is away or damaged already, once, not per keystroke
        if isinstance(answer, Exception):
            self.failed.emit(translate("CatalogueService", "Earlier customers cannot be read: {0}").format(answer))
        else:
            self.customers_found.emit(str(text), answer)

    def _finished(self, question: object, answer: object) -> None:
        kind, ticket = question  # type: ignore[misc]
        if kind == "scan":
            if isinstance(answer, Exception):
                self.failed.emit(translate("CatalogueService", "The catalogue cannot be searched: {0}").format(answer))
                answer = None
            self.scanned.emit(ticket, answer)
        elif kind == "import":
            self.imported.emit(answer)
        elif kind == "pull":
            self.pulled.emit(answer)
