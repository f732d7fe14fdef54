"""The Outbox page: find an order that did not go through, see what was sent and answered, fix it or send it again.

Filters across the top (state, profile, date, and text with a short pause after typing), the
orders newest first in the middle, and on the right the selected order's attempts with each
request and response, what changed between two attempts, and "Copy as cURL" for a support
ticket. Opening an order puts it on the Order page with the server's errors next to the
inputs; "Send again…" sends the selected orders in bulk (see ``bulk_retry``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontDatabase,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.config.profiles import Profile
from orderdesk.core import jsonio
from orderdesk.outbox import DEFAULT_WORKERS
from orderdesk.services.journal_access import (
    ABSENT,
    RESOLVABLE_STATES,
    AttemptRow,
    JournalStore,
    OutboxRow,
    OutboxState,
    curl_command,
    diff_bodies,
    secret_header,
)
from orderdesk.services.profiles import SecretSource
from orderdesk.services.sending import HttpSettings
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.numbers import number_locale, show_moment, show_number
from orderdesk.ui.language.text import translate
from orderdesk.ui.outbox_page.bulk_retry import BulkRetry
from orderdesk.ui.outbox_page.resolve_dialog import ResolveDialog
from orderdesk.ui.outbox_page.outbox_model import (
    COLUMN_KEYS,
    NEEDS_ATTENTION,
    PAGE_SIZE,
    ROW_ROLE,
    STATE_ROLE,
    OutboxModel,
    OutboxQuery,
    detail,
    readable_path,
    state_help,
    state_words,
)
from orderdesk.ui.widgets.theme import colours

TABLE_SHARE = 0.63
"""The part of the page's width the list of orders gets at first; the selected order's details get the rest."""

TEXT_DELAY_MS = 250
"""The pause after the last keystroke in the search box before the list follows."""

STATE_CHOICES: tuple[tuple[str, tuple[OutboxState, ...]], ...] = (
    (QT_TRANSLATE_NOOP("OutboxView", "Needs attention"), NEEDS_ATTENTION),
    (QT_TRANSLATE_NOOP("OutboxView", "Failed"), (OutboxState.FAILED,)),
    (QT_TRANSLATE_NOOP("OutboxView", "Rejected"), (OutboxState.REJECTED,)),
    (QT_TRANSLATE_NOOP("OutboxView", "Unknown"), (OutboxState.UNKNOWN,)),
    (QT_TRANSLATE_NOOP("OutboxView", "Not authorised"), (OutboxState.UNAUTHORIZED,)),
    (QT_TRANSLATE_NOOP("OutboxView", "Sent"), (OutboxState.SENT,)),
    (QT_TRANSLATE_NOOP("OutboxView", "Being sent"), (OutboxState.SENDING,)),
    (QT_TRANSLATE_NOOP("OutboxView", "All orders"), ()),
)
"""The state filter's choices; the first is where a support person starts."""

PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("OutboxView", "Any time"), None),
    (QT_TRANSLATE_NOOP("OutboxView", "Today"), 0),
    (QT_TRANSLATE_NOOP("OutboxView", "Last 7 days"), 6),
    (QT_TRANSLATE_NOOP("OutboxView", "Last 30 days"), 29),
    (QT_TRANSLATE_NOOP("OutboxView", "Between…"), -1),
)
"""The date filter's choices: days before today that still count; -1 shows two date inputs."""

STATE_TONES = {
    OutboxState.SENT: "ok",
    OutboxState.UNKNOWN: "warning",
    OutboxState.FAILED: "error",
    OutboxState.REJECTED: "error",
    OutboxState.UNAUTHORIZED: "error",
}

ATTEMPT_COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("OutboxView", "Started"),
    QT_TRANSLATE_NOOP("OutboxView", "Request"),
    QT_TRANSLATE_NOOP("OutboxView", "Outcome"),
    "HTTP",
    QT_TRANSLATE_NOOP("OutboxView", "Took"),
)


def request_text(attempt: AttemptRow) -> str:
    """The request as a person reads it: method and URL, headers, and the body laid out."""
    if attempt.is_resolution:
        return translate("OutboxView", "No request: {0} checked at the API and marked the order resolved.").format(
            attempt.resolved_by
        )
    lines = [f"{attempt.method} {attempt.url}"]
    lines += [f"{name}: {value}" for name, value in attempt.headers.items()]
    auth = secret_header(attempt.target)
    if auth is not None:
        lines.append(
            f"{auth[0]}: "
            + translate("OutboxView", "(the secret is never kept; it comes from the keyring when sending)")
        )
    lines.append("")
    if attempt.request_body:
        lines.append(_laid_out(attempt.request_body))
    else:
        lines.append(translate("OutboxView", "(no body: this request looked the order up, it did not create one)"))
    return "\n".join(lines)


def response_text(attempt: AttemptRow) -> str:
    """What came back: the outcome, the server's errors by input, the reason, and the answer itself."""
    if attempt.outcome is None:
        return translate("OutboxView", "No answer yet: this request is still on its way.")
    heading = state_words(attempt.state, attempt.reach, attempt.resolved_by)
    if attempt.status is not None:
        heading += f" — HTTP {attempt.status}"
    if attempt.duration_ms is not None:
        heading += " — " + translate("OutboxView", "answered after {0} s").format(_seconds(attempt.duration_ms))
    lines = [heading]
    if attempt.reference:
        lines.append(translate("OutboxView", "Reference: {0}").format(attempt.reference))
    if attempt.reason:
        lines.append(translate("OutboxView", "Reason: {0}").format(attempt.reason))
    errors = [(path, text) for path, texts in attempt.errors.errors.items() for text in texts]
    if errors:
        lines += [
            "",
            translate(
                "OutboxView",
                "What the API said is wrong (shown next to the inputs when the order is opened in the form):",
            ),
        ]
        lines += [f"  {readable_path(path)}: {text}" for path, text in errors]
    answer = translate("OutboxView", "Answer:") if attempt.response_body else None
    lines += ["", answer or translate("OutboxView", "The answer had no body.")]
    if attempt.response_body:
        lines.append(_laid_out(attempt.response_body))
    return "\n".join(lines)


def changes_text(older: AttemptRow, newer: AttemptRow, older_number: int, newer_number: int) -> str:
    """What the body of ``newer`` changed against ``older``, one path per line."""
    heading = translate("OutboxView", "From attempt {0} ({1}) to attempt {2} ({3})").format(
        older_number, _when(older), newer_number, _when(newer)
    )
    changes = diff_bodies(older.request_body, newer.request_body)
    if not changes:
        return translate("OutboxView", "{0}: the same body was sent both times.").format(heading)
    count = len(changes)
    lines = [f"{heading}: " + translate("OutboxView", "%n change(s)", None, count), ""]
    whole = translate("OutboxView", "(whole body)")
    width = max(len(change.path or whole) for change in changes)
    for change in changes:
        path = (change.path or whole).ljust(width)
        lines.append(f"{change.kind:<8} {path}  {_value(change.old)}  →  {_value(change.new)}")
    return "\n".join(lines)


def _errors_said(attempt: AttemptRow) -> str:
    """The problems an API named, on one line: ``Line 2 › Quantity: Only 4 in stock.``."""
    return " ".join(f"{readable_path(path)}: {text}" for path, texts in attempt.errors.errors.items() for text in texts)


def _laid_out(text: str) -> str:
    try:
        return jsonio.dumps(jsonio.loads(text), indent=2)
    except (jsonio.BodyError, ValueError):
        return text


def _value(value: Any) -> str:
    if value is ABSENT:
        return "—"
    try:
        return jsonio.dumps(value, indent=None)
    except (jsonio.BodyError, TypeError, ValueError):
        return repr(value)


def _when(attempt: AttemptRow) -> str:
    return show_moment(attempt.started_at.timestamp(), seconds=True)


def _seconds(milliseconds: float) -> str:
    """A duration in seconds with two decimals, as the window's language writes them."""
    return show_number((Decimal(str(milliseconds)) / 1000).quantize(Decimal("0.01")))


class _StateDelegate(QStyledItemDelegate):
    """Colours the state cell: green sent, amber unknown, red failed, rejected and not authorised."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        tone = STATE_TONES.get(index.data(STATE_ROLE))
        if tone is not None:
            palette: QPalette = option.palette
            palette.setColor(QPalette.ColorRole.Text, QColor(colours(palette)[tone]))


class OutboxView(QWidget):
    """The outbox page.

    Attributes:
        model: the orders listed.
        bulk: sends the selected orders again.

    Signals:
        open_requested(int): open this order (its order key) in the form to fix and resubmit.
        notice(str): one line for the status bar.
    """

    open_requested = Signal(int)
    notice = Signal(str)

    def __init__(
        self,
        journal: JournalStore,
        profiles: Callable[[], list[Profile]],
        secrets: Callable[[], SecretSource],
        parent: QWidget | None = None,
        *,
        settings: HttpSettings | None = None,
        workers: int = DEFAULT_WORKERS,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outbox")
        self._journal = journal
        self._attempts: list[AttemptRow] = []
        self._shown_key: int | None = None
        self._attempts_asked = 0
        self._attempts_pending = False
        self._first_wanted = False  # the newest order is selected once the filters' list is read
        self._closed = False
        self.resolve_dialog: ResolveDialog | None = None
        self.model = OutboxModel(journal, page_size)
        self.bulk = BulkRetry(journal, profiles, secrets, self, settings=settings, workers=workers)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filters)
        self._build()
        self._wire()
        self.apply_filters()
        self.model.follow_changes()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self._splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._orders_side())
        splitter.addWidget(self._detail_side())
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        self._split_once = True
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(splitter, 1)

    def _filters(self) -> QHBoxLayout:
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("outbox.state")
        for title, states in STATE_CHOICES:
            self.state_filter.addItem(translate("OutboxView", title), states)
        self.state_filter.setToolTip(
            translate("OutboxView", "Needs attention: failed, rejected, unknown and not authorised orders")
        )
        self.profile_filter = QComboBox()
        self.profile_filter.setObjectName("outbox.profile")
        self.profile_filter.addItem(translate("OutboxView", "All profiles"), "")
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("outbox.period")
        for title, days in PERIODS:
            self.period_filter.addItem(translate("OutboxView", title), days)
        today = QDate.currentDate()
        self.since_edit = _date_edit("outbox.since", today.addDays(-7))
        self.until_edit = _date_edit("outbox.until", today)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("outbox.text")
        self.text_filter.setPlaceholderText(translate("OutboxView", "Order number, customer or e-mail"))
        self.text_filter.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(translate("OutboxView", "Refresh"))
        self.refresh_button.setObjectName("outbox.refresh")
        self.refresh_button.setToolTip(translate("OutboxView", "Read the journal again (F5)"))
        self.refresh_button.setShortcut(QKeySequence("F5"))

        row = QHBoxLayout()
        for text, widget in (
            (translate("OutboxView", "S&how"), self.state_filter),
            (translate("OutboxView", "&Profile"), self.profile_filter),
            (translate("OutboxView", "&When"), self.period_filter),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.since_edit)
        self.until_label = QLabel(translate("OutboxView", "to"))
        row.addWidget(self.until_label)
        row.addWidget(self.until_edit)
        search = QLabel(translate("OutboxView", "Sea&rch"))
        search.setBuddy(self.text_filter)
        row.addWidget(search)
        row.addWidget(self.text_filter, 1)
        row.addWidget(self.refresh_button)
        self._show_dates()
        return row

    def _orders_side(self) -> QWidget:
        self.table = QTableView()
        self.table.setObjectName("outbox.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(COLUMN_KEYS.index("state"), _StateDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Short columns fit what they hold; "What happened" takes the rest of the width, so it is
        # read without scrolling sideways (the whole text is in its tooltip and the details).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_KEYS.index("detail"), QHeaderView.ResizeMode.Stretch)
        # Measured on the rows in view only: Qt's default (1,000 rows) made reading the list again
        # take some 200 ms with 1,000 orders loaded, against 19 ms this way.
        header.setResizeContentsPrecision(0)
        self.select_all_action = QAction(translate("OutboxView", "Select all"), self.table)
        self.select_all_action.setShortcut(QKeySequence.StandardKey.SelectAll)
        self.select_all_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.select_all_action.triggered.connect(self.select_all)
        self.table.addAction(self.select_all_action)

        self.count_label = QLabel()
        self.count_label.setObjectName("outbox.count")
        self.open_button = QPushButton(translate("OutboxView", "Open in &form"))
        self.open_button.setObjectName("outbox.open")
        self.open_button.setToolTip(
            translate("OutboxView", "Put the order on the Order page to fix it and Submit it again (Enter)")
        )
        self.retry_button = QPushButton(translate("OutboxView", "Send &again…"))
        self.retry_button.setObjectName("outbox.retry")
        self.retry_button.setToolTip(
            translate("OutboxView", "Send the selected orders again; you see what goes where before anything is sent")
        )
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.retry_button)
        self.resolve_button = QPushButton(translate("OutboxView", "&Mark resolved…"))
        self.resolve_button.setObjectName("outbox.resolve")
        self.resolve_button.setToolTip(
            translate("OutboxView", "Say what you found at the API for an unknown or failed order it cannot look up")
        )
        bar.addWidget(self.resolve_button)

        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        return side

    def _detail_side(self) -> QWidget:
        self.order_title = QLabel()
        self.order_title.setObjectName("outbox.order")
        self.order_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = self.order_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.order_title.setFont(title_font)
        self.order_label = QLabel(translate("OutboxView", "Select an order to see its attempts."))
        self.order_label.setObjectName("outbox.order_state")
        self.order_label.setWordWrap(True)
        self.order_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attempts = QTreeWidget()
        self.attempts.setObjectName("outbox.attempts")
        self.attempts.setHeaderLabels([translate("OutboxView", title) for title in ATTEMPT_COLUMNS])
        self.attempts.setRootIsDecorated(False)
        self.attempts.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attempts.setAlternatingRowColors(True)
        self.attempts.setToolTip(
            translate("OutboxView", "Select two attempts (Ctrl+click) to see what changed between them")
        )
        # Short columns fit what they hold; Outcome takes the rest, so HTTP and Took stay in view
        # without scrolling sideways (the outcome's words are also in the lines above).
        self.attempts.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.attempts.header().setSectionResizeMode(ATTEMPT_COLUMNS.index("Outcome"), QHeaderView.ResizeMode.Stretch)
        self.attempts.header().setStretchLastSection(False)
        self.attempts.setMaximumHeight(150)

        self.request_view = _reader("outbox.request")
        self.response_view = _reader("outbox.response")
        self.changes_view = _reader("outbox.changes")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("outbox.tabs")
        self.tabs.addTab(self.request_view, translate("OutboxView", "Request"))
        self.tabs.addTab(self.response_view, translate("OutboxView", "Response"))
        self.tabs.addTab(self.changes_view, translate("OutboxView", "Changes"))
        self.copy_button = QPushButton(translate("OutboxView", "Copy as &cURL"))
        self.copy_button.setObjectName("outbox.copy_curl")
        self.copy_button.setToolTip(
            translate(
                "OutboxView",
                "Copy the selected attempt as a cURL command for a support ticket; the API's secret is a placeholder "
                "such as $DROPDAY_API_KEY",
            )
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)

        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.order_title)
        layout.addWidget(self.order_label)
        heading = QLabel(translate("OutboxView", "A&ttempts, oldest first"))
        heading.setBuddy(self.attempts)
        layout.addWidget(heading)
        layout.addWidget(self.attempts)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        return side

    def _wire(self) -> None:
        self.state_filter.currentIndexChanged.connect(self.apply_filters)
        self.profile_filter.currentIndexChanged.connect(self.apply_filters)
        self.period_filter.currentIndexChanged.connect(self._period_changed)
        self.since_edit.dateChanged.connect(self.apply_filters)
        self.until_edit.dateChanged.connect(self.apply_filters)
        self.text_filter.textEdited.connect(lambda _text: self._text_timer.start())
        self.text_filter.returnPressed.connect(self.apply_filters)
        self.refresh_button.clicked.connect(self.refresh)
        self.model.changed_elsewhere.connect(self._changed_elsewhere)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._show_current())
        self.table.activated.connect(lambda _index: self.open_current())
        self.model.modelReset.connect(lambda: self._count_changed())
        self.model.rowsInserted.connect(lambda _parent, _first, _last: self._count_changed())
        self.open_button.clicked.connect(self.open_current)
        self.retry_button.clicked.connect(self.send_again)
        self.resolve_button.clicked.connect(self.mark_resolved)
        self.attempts.itemSelectionChanged.connect(self._show_attempts)
        self.copy_button.clicked.connect(self.copy_curl)
        self.bulk.finished.connect(self._bulk_finished)
        self.bulk.busy_changed.connect(self._bulk_busy)
        self.model.failed.connect(self.notice)

    # -- filters ------------------------------------------------------------------------

    def set_profiles(self, names: Sequence[str]) -> None:
        """Offer these profile names in the profile filter (the chosen one stays chosen if it still exists)."""
        chosen = self.profile_filter.currentData()
        self.profile_filter.blockSignals(True)
        self.profile_filter.clear()
        self.profile_filter.addItem(translate("OutboxView", "All profiles"), "")
        for name in names:
            self.profile_filter.addItem(name, name)
        found = self.profile_filter.findData(chosen)
        self.profile_filter.setCurrentIndex(max(found, 0))
        self.profile_filter.blockSignals(False)
        if found < 0 and chosen:
            self.apply_filters()

    def query(self) -> OutboxQuery:
        """The filter as the inputs say now."""
        days = self.period_filter.currentData()
        since: date | None = None
        until: date | None = None
        if days == -1:
            since, until = _day(self.since_edit), _day(self.until_edit)
        elif days is not None:
            since = date.today() - timedelta(days=days)
        return OutboxQuery(
            states=self.state_filter.currentData(),
            profile=self.profile_filter.currentData() or "",
            since=since,
            until=until,
            text=self.text_filter.text().strip(),
        )

    def apply_filters(self) -> None:
        """List what the filters say, from the newest order (once the journal has answered)."""
        self._text_timer.stop()
        self._first_wanted = True
        self.model.set_query(self.query(), then=self._select_first)

    def _select_first(self) -> None:
        self._first_wanted = False
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_order(None)

    def refresh(self) -> None:
        """Read the journal again, keeping the selected orders selected where they are still listed."""
        if self._first_wanted:  # the filters' list is still being read: this read selects its newest order
            self.model.refresh(then=self._select_first)
            return
        keys = self.selected_keys()
        current = self._current_row()
        current_key = current.order_key if current is not None else None
        self.model.refresh(then=lambda: self._select(keys, current_key))

    def _changed_elsewhere(self) -> None:
        """Another desk changed orders: read the list again (not while this desk's own run holds it still)."""
        if not self._closed and not self.bulk.busy:
            self.refresh()

    def _period_changed(self) -> None:
        self._show_dates()
        self.apply_filters()

    def _show_dates(self) -> None:
        custom = self.period_filter.currentData() == -1
        for widget in (self.since_edit, self.until_label, self.until_edit):
            widget.setVisible(custom)

    # -- selection ----------------------------------------------------------------------

    def selected_keys(self) -> list[int]:
        """The selected orders, top to bottom."""
        return self.model.order_keys(self._selected_rows())

    def select_all(self) -> None:
        """Select every matching order, loading the ones not listed yet."""
        self.model.fetch_all(then=self.table.selectAll)

    def _selected_rows(self) -> list[int]:
        """The selected row numbers, read from the selection's ranges (rows are selected whole).

        ``QItemSelectionModel.selectedRows`` asks every cell for its flags, which makes a
        thousand selected orders noticeably slow; the ranges are a handful of numbers.
        """
        rows: set[int] = set()
        for selected in self.table.selectionModel().selection().toList():
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def _select(self, keys: Sequence[int], current: int | None) -> None:
        """Select the rows of ``keys`` in one change (one ``selectionChanged``, however many rows)."""
        rows = sorted(row for row in (self.model.row_of(key) for key in keys) if row is not None)
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for first, count in _runs(rows):
            selection.select(self.model.index(first, 0), self.model.index(first + count - 1, last_column))
        model = self.table.selectionModel()
        focus = self.model.row_of(current) if current is not None else None
        if focus is not None:
            model.setCurrentIndex(self.model.index(focus, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current(force=True)

    def _current_row(self) -> OutboxRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            rows = self._selected_rows()
            if not rows:
                return None
            index = self.model.index(rows[0], 0)
        row: OutboxRow = self.model.data(index, ROW_ROLE)
        return row

    def _selection_changed(self) -> None:
        count = len(self._selected_rows())
        self.open_button.setEnabled(count == 1)
        self.retry_button.setEnabled(count > 0 and not self.bulk.busy)
        self.retry_button.setText(
            translate("OutboxView", "Send {0} &again…").format(show_number(Decimal(count)))
            if count > 1
            else translate("OutboxView", "Send &again…")
        )
        current = self._current_row() if count == 1 else None
        self.resolve_button.setEnabled(current is not None and current.state in RESOLVABLE_STATES)
        self._count_changed()
        self._show_current()

    def _count_changed(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            text = translate("OutboxView", "No orders match: change the filters above.")
        elif shown < total:
            text = translate("OutboxView", "Showing {0} of {1} orders, newest first (scroll for more)").format(
                show_number(Decimal(shown)), show_number(Decimal(total))
            )
        else:
            text = translate("OutboxView", "%n order(s), newest first", None, total)
        selected = len(self._selected_rows())
        if selected > 1:
            text += " · " + translate("OutboxView", "{0} selected").format(show_number(Decimal(selected)))
        self.count_label.setText(text)

    # -- the selected order -------------------------------------------------------------

    def _show_current(self, force: bool = False) -> None:
        row = self._current_row()
        key = row.order_key if row is not None else None
        if key != self._shown_key or force:
            self._show_order(row)

    def _show_order(self, row: OutboxRow | None) -> None:
        self._shown_key = row.order_key if row is not None else None
        self._attempts_asked += 1  # an answer to an earlier selection is stale
        self._attempts_pending = False
        self.attempts.clear()
        self._attempts = []
        if row is None:
            self.order_title.setText("")
            self.order_label.setText(translate("OutboxView", "Select an order to see its attempts."))
            self._show_attempts()
            return
        who = row.customer or translate("OutboxView", "no customer name")
        if row.email:
            who += f" <{row.email}>"
        self.order_title.setText(row.external_id or translate("OutboxView", "No order number"))
        self.order_label.setText(f"{who}\n" + translate("OutboxView", "Reading its attempts…"))
        self._show_attempts()
        journal, key, asked = self._journal, row.order_key, self._attempts_asked
        self._attempts_pending = True

        def answered(answer: object) -> None:
            if asked == self._attempts_asked:  # else another order was selected meanwhile
                self._attempts_pending = False
                self._show_order_attempts(row, who, answer)

        def read() -> tuple[list[AttemptRow], tuple[str, datetime] | None]:
            return journal.attempts_for(key), journal.last_touched(key)

        asking = translate("OutboxView", "Reading the order's attempts…")
        run_in_background(self, read, answered, asking=asking)

    def _show_order_attempts(self, row: OutboxRow, who: str, answer: object) -> None:
        touched = None
        if isinstance(answer, Exception):
            self.notice.emit(translate("OutboxView", "The attempts could not be read: {0}").format(answer))
        else:
            self._attempts, touched = answer  # type: ignore[misc]
        said = _errors_said(self._attempts[-1]) if row.state is OutboxState.REJECTED and self._attempts else ""
        said = said or detail(row)
        attempts = row.attempt_count
        where = translate("OutboxView", "To {0}: {1} after %n attempt(s)", None, attempts).format(
            row.profile, state_words(row.state, row.reach, row.resolved_by)
        )
        help_text = state_help(row.state, row.reach, row.resolved_by)
        # On a team journal: which desk last sent or claimed it, so two people do not fix the same order.
        by = (
            "\n" + translate("OutboxView", "Last touched by {0} at {1}").format(
                touched[0], touched[1].strftime("%Y-%m-%d %H:%M")
            )
            if touched
            else ""
        )
        self.order_label.setText(f"{who}\n{where}{': ' + said if said else ''}\n{help_text}{by}")
        for number, attempt in enumerate(self._attempts, start=1):
            item = QTreeWidgetItem(
                [
                    str(number),
                    _when(attempt),
                    translate("OutboxView", "resolved by {0}").format(attempt.resolved_by)
                    if attempt.is_resolution
                    else f"{attempt.method} /{attempt.url.rsplit('/', 1)[-1]}",
                    state_words(attempt.state, attempt.reach, attempt.resolved_by)
                    if attempt.outcome is not None
                    else translate("OutboxView", "… no answer yet"),
                    "" if attempt.status is None else str(attempt.status),
                    "" if attempt.duration_ms is None else f"{_seconds(attempt.duration_ms)} s",
                ]
            )
            item.setToolTip(2, f"{attempt.method} {attempt.url}")
            item.setToolTip(3, attempt.reason or "")
            self.attempts.addTopLevelItem(item)
        last = self.attempts.topLevelItem(len(self._attempts) - 1) if self._attempts else None
        if last is not None:
            self.attempts.setCurrentItem(last)
        else:
            self._show_attempts()

    def _chosen_attempts(self) -> list[int]:
        """Positions of the selected attempts, oldest first (the current one when none is selected)."""
        chosen = sorted(self.attempts.indexOfTopLevelItem(item) for item in self.attempts.selectedItems())
        current = self.attempts.currentItem()
        if not chosen and current is not None:
            chosen = [self.attempts.indexOfTopLevelItem(current)]
        return [position for position in chosen if 0 <= position < len(self._attempts)]

    def _show_attempts(self) -> None:
        chosen = self._chosen_attempts()
        self.copy_button.setEnabled(bool(chosen) and not self._attempts[chosen[-1]].is_resolution)
        if not chosen:
            for view in (self.request_view, self.response_view, self.changes_view):
                view.setPlainText("")
            return
        attempt = self._attempts[chosen[-1]]
        self.request_view.setPlainText(request_text(attempt))
        self.response_view.setPlainText(response_text(attempt))
        self.changes_view.setPlainText(self._changes(chosen))

    def _changes(self, chosen: list[int]) -> str:
        if len(chosen) >= 2:
            older, newer = chosen[0], chosen[-1]
        else:
            newer = chosen[-1]
            earlier = [n for n in range(newer) if self._attempts[n].request_body]
            if not self._attempts[newer].request_body or not earlier:
                return translate(
                    "OutboxView",
                    "Nothing to compare: this is the order's first request with a body. Select two attempts "
                    "(Ctrl+click) to compare them.",
                )
            older = earlier[-1]
        return changes_text(self._attempts[older], self._attempts[newer], older + 1, newer + 1)

    # -- actions ------------------------------------------------------------------------

    def open_current(self) -> None:
        """Ask the window to open the selected order in the form."""
        row = self._current_row()
        if row is not None and len(self._selected_rows()) <= 1:
            self.open_requested.emit(row.order_key)

    def send_again(self) -> None:
        """Send the selected orders again, after the person has seen what goes where."""
        keys = self.selected_keys()
        labels = {}
        for key in keys:
            number = self.model.row_of(key)
            if number is not None:
                row = self.model.row_at(number)
                labels[key] = row.external_id or row.customer or translate("ResolveDialog", "Order {0}").format(key)
        if self.bulk.start(keys, labels):
            checking = len(keys)
            self.notice.emit(translate("OutboxView", "Checking %n order(s)…", None, checking))

    def mark_resolved(self) -> None:
        """Ask what the person found at the API for the selected order, and record it (``ResolveDialog``)."""
        row = self._current_row()
        if row is None or row.state not in RESOLVABLE_STATES:
            return
        if self.resolve_dialog is not None:
            self.resolve_dialog.deleteLater()  # the last one is done with: one dialog lives at a time
        self.resolve_dialog = ResolveDialog(self._journal, row, self)
        self.resolve_dialog.resolved.connect(self._resolved)
        self.resolve_dialog.open()

    def _resolved(self, _key: int, said: str) -> None:
        self.refresh()
        self.notice.emit(said)

    def copy_curl(self) -> None:
        """Copy the selected attempt as a cURL command, its secret a placeholder."""
        chosen = self._chosen_attempts()
        if not chosen:
            return
        attempt = self._attempts[chosen[-1]]
        QGuiApplication.clipboard().setText(curl_command(attempt))
        auth = secret_header(attempt.target)
        variable = auth[1].split()[-1] if auth is not None else ""
        where = " " + translate("OutboxView", "Set {0} before running it.").format(variable) if variable else ""
        said = translate("OutboxView", "Copied attempt {0} as a cURL command; it holds no secret.")
        self.notice.emit(said.format(chosen[-1] + 1) + where)

    def shutdown(self) -> None:
        """Read the journal no more, and stop a running resubmission cleanly (the window closes)."""
        self._closed = True
        self._text_timer.stop()
        self.model.stop_following()
        self.bulk.shutdown()

    @property
    def reading(self) -> bool:
        """True while the list or the selected order's attempts are being read from the journal."""
        return self.model.reading or self._attempts_pending

    @property
    def busy(self) -> bool:
        """True while orders are being planned or sent again."""
        return self.bulk.busy

    # -- bulk resubmission --------------------------------------------------------------

    def _bulk_busy(self, busy: bool) -> None:
        # The list stays as it is behind the dialogs while orders are planned and sent: every
        # repaint asks the model for each visible cell, and each such call from C++ waits for the
        # interpreter the sending threads are using. It is read again when the run ends.
        self.table.setUpdatesEnabled(not busy)
        self._selection_changed()

    def _bulk_finished(self, _report: object) -> None:
        if self._closed:  # the run ended as the window closed: the journal may be closed already
            return
        self.refresh()
        self.notice.emit(translate("OutboxView", "Sending again finished: see the list for each order's state."))

    # -- events -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._split_once:  # the list gets most of the width; the person may move the divider later
            self._split_once = False
            total = sum(self._splitter.sizes())
            self._splitter.setSizes([int(total * TABLE_SHARE), total - int(total * TABLE_SHARE)])
        if not self.bulk.busy:
            self.refresh()  # orders may have been sent from the Order page meanwhile


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as ``(first, count)`` runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][0] + runs[-1][1] == row:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((row, 1))
    return runs


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _date_edit(name: str, value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale(number_locale()).dateFormat(QLocale.FormatType.ShortFormat))
    return edit


def _reader(name: str) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return view
