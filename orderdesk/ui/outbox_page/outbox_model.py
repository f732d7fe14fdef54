"""The journal's outbox as a Qt table model: one row per order at one profile, newest first; no widgets.

The outbox must open at once with 100,000 attempts in the journal, so the model holds only
the pages a view has asked for: the first page when a filter is set, the next one when the
person scrolls near the end (``canFetchMore``/``fetchMore``). Each page is one indexed query
(``Journal.list_outbox``), run by ``ui.background`` off the window thread: the rows change when
its answer arrives, an answer to a filter since replaced is dropped, and a read that fails is
said through ``failed``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from orderdesk.services.journal_access import JournalStore, OutboxRow, OutboxState
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.numbers import show_long_moment, show_moment
from orderdesk.ui.language.text import translate
from orderdesk.ui.outbox_page.outbox_words import detail, state_help, state_words

C = "OutboxModel"
"""The context of this module's texts (``translate(C, …)`` of its constants; literal texts name it in full)."""

PAGE_SIZE = 200
"""Rows read per page: a screenful several times over, one query of a few milliseconds."""
CHANGES_GATHERED_MS = 150
"""Changes from other desks arriving within this long are read in one refresh: a burst is one query, not many."""

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`OutboxRow` itself."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's :class:`OutboxState`, for painting."""

ModelIndex = QModelIndex | QPersistentModelIndex

_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
"""Every cell's flags, combined once: views ask for them for every cell of every selected row."""

NEEDS_ATTENTION = (OutboxState.FAILED, OutboxState.REJECTED, OutboxState.UNKNOWN, OutboxState.UNAUTHORIZED)
"""The states a support person has to do something about."""


@dataclass(frozen=True)
class Column:
    """One column of the outbox table."""

    key: str
    title: str
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("state", QT_TRANSLATE_NOOP("OutboxModel", "State")),
    Column("external_id", QT_TRANSLATE_NOOP("OutboxModel", "Order number")),
    Column("customer", QT_TRANSLATE_NOOP("OutboxModel", "Customer")),
    Column("profile", QT_TRANSLATE_NOOP("OutboxModel", "Profile")),
    Column("latest_at", QT_TRANSLATE_NOOP("OutboxModel", "Last attempt")),
    Column("attempt_count", QT_TRANSLATE_NOOP("OutboxModel", "Attempts"), numeric=True),
    Column("detail", QT_TRANSLATE_NOOP("OutboxModel", "What happened")),
)
"""What a support person reads first comes first; the e-mail address is the customer's tooltip."""
COLUMN_KEYS: tuple[str, ...] = tuple(column.key for column in COLUMNS)


@dataclass(frozen=True)
class OutboxQuery:
    """Which orders the outbox lists; every field left empty matches all.

    Attributes:
        states: any of these states.
        profile: only orders sent to this profile.
        since: latest attempt on or after this day.
        until: latest attempt on or before this day.
        text: part of the order number, customer name or e-mail, case-blind.
    """

    states: tuple[OutboxState, ...] = NEEDS_ATTENTION
    profile: str = ""
    since: date | None = None
    until: date | None = None
    text: str = ""

    def arguments(self) -> dict[str, Any]:
        """The filter as ``Journal.list_outbox``/``count_outbox`` take it."""
        return {
            "state": [state.value for state in self.states] or None,
            "profile": self.profile or None,
            "since": self.since,
            "until": self.until,
            "text": self.text.strip() or None,
        }


Then = Callable[[], None]
"""Called on the window thread once a read's rows are in the model."""

READING = QT_TRANSLATE_NOOP("OutboxModel", "Reading the outbox…")


class OutboxModel(QAbstractTableModel):
    """Orders from the journal, newest latest attempt first, a page at a time, read off the window thread.

    Attributes:
        query: the filter the rows match.
        total: how many orders match, over all pages (as of the last reload).

    Signals:
        failed(str): a read did not work; the reason in plain words.
    """

    failed = Signal(str)
    changed_elsewhere = Signal()
    """Another desk (or process) changed orders; emitted on the window thread, at most once per gathering."""
    _arrived = Signal()
    """Emitted from the journal's listening thread, so the gathering timer starts on the window thread."""

    def __init__(self, journal: JournalStore, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._journal = journal
        self._page_size = max(1, page_size)
        self.query = OutboxQuery()
        self.total = 0
        self._rows: list[OutboxRow] = []
        self._where: dict[int, int] = {}
        self._exhausted = True
        self._generation = 0  # a new filter or refresh makes answers to earlier reads stale
        self._reads = 0
        self._fetching = False
        self._after_reload: list[Then] = []  # asked while the rows are being read anew
        self._reload_generation = -1  # the generation of the reload under way (-1: none)
        self._gathering = QTimer(self)
        self._gathering.setSingleShot(True)
        self._gathering.setInterval(CHANGES_GATHERED_MS)
        self._gathering.timeout.connect(self.changed_elsewhere)
        self._arrived.connect(self._gathering_started)
        self._stop_following: Callable[[], None] = lambda: None

    def follow_changes(self) -> None:
        """Hear of other desks' changes from the journal (a team's: one listening connection, on its own
        thread; a desk's own file has nothing to hear). Each burst of them emits ``changed_elsewhere`` once."""
        self._stop_following()
        self._stop_following = self._journal.listen(lambda _order_key: self._arrived.emit())

    def stop_following(self) -> None:
        """Stop listening; returns once the listening thread has ended."""
        self._stop_following()
        self._stop_following = lambda: None
        self._gathering.stop()

    def _gathering_started(self) -> None:
        if not self._gathering.isActive():
            self._gathering.start()

    @property
    def reading(self) -> bool:
        """True while a read asked for has not answered yet."""
        return self._reads > 0

    # -- Qt overrides -------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "state":
                return state_help(row.state, row.reach, row.resolved_by)
            if key == "detail":
                return detail(row) or None
            if key == "latest_at":
                return show_long_moment(row.latest_at.timestamp())
            if key == "customer":
                return row.email or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == STATE_ROLE:
            return row.state
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(C, COLUMNS[section].title)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._read_more(self._page_size)

    # -- what the outbox view asks ------------------------------------------------------

    def set_query(self, query: OutboxQuery, then: Then | None = None) -> None:
        """List the orders matching ``query`` from its first page; ``then`` once they are in."""
        self.query = query
        self._reload(self._page_size, then)

    def refresh(self, then: Then | None = None) -> None:
        """Read the rows again with the same filter, as many as are loaded now (the view keeps its place)."""
        self._reload(max(self._page_size, len(self._rows)), then)

    def fetch_all(self, then: Then | None = None) -> None:
        """Load every remaining matching order (before "select all"); ``then`` once they are in."""
        if self._reloading:
            self._after_reload.append(lambda: self.fetch_all(then))
            return
        if self._exhausted:
            if then is not None:
                then()
            return
        self._read_more(max(self.total - len(self._rows), self._page_size), then, everything=True)

    def row_at(self, number: int) -> OutboxRow:
        """The order on row ``number``."""
        return self._rows[number]

    def row_of(self, order_key: int) -> int | None:
        """The row number of an order, when it is loaded."""
        return self._where.get(order_key)

    def order_keys(self, rows: Iterable[int]) -> list[int]:
        """The order keys on ``rows``, top to bottom."""
        return [self._rows[number].order_key for number in sorted(set(rows)) if 0 <= number < len(self._rows)]

    # -- internals ----------------------------------------------------------------------

    def _ask(self, work: Callable[[], object], use: Callable[[object], None], generation: int) -> None:
        """Run ``work`` off the window thread; ``use`` its answer unless a newer read made it stale."""
        self._reads += 1

        def answered(answer: object) -> None:
            self._reads -= 1
            if generation != self._generation:
                return
            if isinstance(answer, Exception):
                self._fetching = False
                self._reload_generation, self._after_reload = -1, []
                self.failed.emit(translate("OutboxView", "The outbox could not be read: {0}").format(answer))
                return
            use(answer)

        run_in_background(self, work, answered, asking=translate(C, READING))

    @property
    def _reloading(self) -> bool:
        return self._reload_generation == self._generation

    def _reload(self, limit: int, then: Then | None) -> None:
        self._generation += 1
        self._reload_generation = self._generation
        self._fetching = False
        journal, arguments = self._journal, self.query.arguments()  # the filter as it is now, not as it may become

        def read() -> tuple[int, list[OutboxRow]]:
            return journal.count_outbox(**arguments), journal.list_outbox(**arguments, limit=limit, offset=0)

        def use(answer: object) -> None:
            total, rows = answer  # type: ignore[misc]
            self.beginResetModel()
            self.total = total
            self._rows = rows
            self._where = {row.order_key: number for number, row in enumerate(rows)}
            self._exhausted = len(rows) < limit
            self._reload_generation = -1
            self.endResetModel()
            if then is not None:
                then()
            waiting, self._after_reload = self._after_reload, []
            for later in waiting:
                later()

        self._ask(read, use, self._generation)

    def _read_more(self, limit: int, then: Then | None = None, *, everything: bool = False) -> None:
        self._fetching = True
        journal, arguments, offset = self._journal, self.query.arguments(), len(self._rows)

        def use(answer: object) -> None:
            page: list[OutboxRow] = answer  # type: ignore[assignment]
            self._fetching = False
            self._exhausted = everything or len(page) < limit
            self._append(page)
            if then is not None:
                then()

        self._ask(lambda: journal.list_outbox(**arguments, limit=limit, offset=offset), use, self._generation)

    def _append(self, page: list[OutboxRow]) -> None:
        # Orders journaled since the last page push the others down one place; skip what is shown already.
        fresh = [row for row in page if row.order_key not in self._where]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._where.update((row.order_key, first + offset) for offset, row in enumerate(fresh))
        self.endInsertRows()


def _display(row: OutboxRow, key: str) -> str:
    if key == "state":
        return state_words(row.state, row.reach, row.resolved_by)
    if key == "latest_at":
        return show_moment(row.latest_at.timestamp())
    if key == "attempt_count":
        return str(row.attempt_count)
    if key == "detail":
        return detail(row)
    value: str = getattr(row, key)
    return value
