"""The Outbox page: find an order that did not go through, see what was sent and answered, fix it or send it again.

Filters across the top (state, profile, date, and text with a short pause after typing:
``outbox_filters``), the orders newest first in the middle (``orders_table``), and on the
right the selected order's attempts with each request and response, what changed between two
attempts, and "Copy as cURL" for a support ticket (``attempt_detail``). Opening an order puts it
on the Order page with the server's errors next to the inputs; "Send again…" sends the selected
orders in bulk (see ``bulk_retry``). This page ties them together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from orderdesk.config.profiles import Profile
from orderdesk.outbox import DEFAULT_WORKERS
from orderdesk.services.journal_access import RESOLVABLE_STATES, JournalStore
from orderdesk.services.profiles import SecretSource
from orderdesk.services.sending import HttpSettings
from orderdesk.ui.language.numbers import show_number
from orderdesk.ui.language.text import translate
from orderdesk.ui.outbox_page.attempt_detail import ATTEMPT_COLUMNS, AttemptDetail
from orderdesk.ui.outbox_page.bulk_retry import BulkRetry
from orderdesk.ui.outbox_page.orders_table import OrdersTable
from orderdesk.ui.outbox_page.outbox_filters import OutboxFilters
from orderdesk.ui.outbox_page.resolve_dialog import ResolveDialog
from orderdesk.ui.outbox_page.outbox_model import PAGE_SIZE, OutboxModel

__all__ = ["ATTEMPT_COLUMNS", "OutboxView"]  # the attempts' columns stay importable from here

TABLE_SHARE = 0.63
"""The part of the page's width the list of orders gets at first; the selected order's details get the rest."""

TEXT_DELAY_MS = 250
"""The pause after the last keystroke in the search box before the list follows."""


class OutboxView(QWidget):
    """The outbox page.

    Attributes:
        model: the orders listed.
        filters: the filter bar.
        table: the orders listed, selected whole rows at a time.
        detail: the selected order's attempts.
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
        self.detail = AttemptDetail(self._journal)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        self._split_once = True
        layout = QVBoxLayout(self)
        self.filters = OutboxFilters()
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)

    def _orders_side(self) -> QWidget:
        self.table = OrdersTable(self.model)
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

    def _wire(self) -> None:
        filters = self.filters
        filters.state_filter.currentIndexChanged.connect(self.apply_filters)
        filters.profile_filter.currentIndexChanged.connect(self.apply_filters)
        filters.period_filter.currentIndexChanged.connect(self.apply_filters)  # after the bar shows the dates
        filters.since_edit.dateChanged.connect(self.apply_filters)
        filters.until_edit.dateChanged.connect(self.apply_filters)
        filters.text_filter.textEdited.connect(lambda _text: self._text_timer.start())
        filters.text_filter.returnPressed.connect(self.apply_filters)
        filters.refresh_button.clicked.connect(self.refresh)
        self.model.changed_elsewhere.connect(self._changed_elsewhere)
        self.table.select_all_action.triggered.connect(self.select_all)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._show_current())
        self.table.activated.connect(lambda _index: self.open_current())
        self.model.modelReset.connect(lambda: self._count_changed())
        self.model.rowsInserted.connect(lambda _parent, _first, _last: self._count_changed())
        self.open_button.clicked.connect(self.open_current)
        self.retry_button.clicked.connect(self.send_again)
        self.resolve_button.clicked.connect(self.mark_resolved)
        self.bulk.finished.connect(self._bulk_finished)
        self.bulk.busy_changed.connect(self._bulk_busy)
        self.model.failed.connect(self.notice)
        self.detail.notice.connect(self.notice)

    # -- filters ------------------------------------------------------------------------

    def set_profiles(self, names: Sequence[str]) -> None:
        """Offer these profile names in the profile filter (the chosen one stays chosen if it still exists)."""
        profile_filter = self.filters.profile_filter
        chosen = profile_filter.currentData()
        profile_filter.blockSignals(True)
        profile_filter.clear()
        profile_filter.addItem(translate("OutboxView", "All profiles"), "")
        for name in names:
            profile_filter.addItem(name, name)
        found = profile_filter.findData(chosen)
        profile_filter.setCurrentIndex(max(found, 0))
        profile_filter.blockSignals(False)
        if found < 0 and chosen:
            self.apply_filters()

    def apply_filters(self) -> None:
        """List what the filters say, from the newest order (once the journal has answered)."""
        self._text_timer.stop()
        self._first_wanted = True
        self.model.set_query(self.filters.query(), then=self._select_first)

    def _select_first(self) -> None:
        self._first_wanted = False
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.show_order(None)

    def refresh(self) -> None:
        """Read the journal again, keeping the selected orders selected where they are still listed."""
        if self._first_wanted:  # the filters' list is still being read: this read selects its newest order
            self.model.refresh(then=self._select_first)
            return
        keys = self.selected_keys()
        current = self.table.current_row()
        current_key = current.order_key if current is not None else None
        self.model.refresh(then=lambda: self._select(keys, current_key))

    def _changed_elsewhere(self) -> None:
        """Another desk changed orders: read the list again (not while this desk's own run holds it still)."""
        if not self._closed and not self.bulk.busy:
            self.refresh()

    # -- selection ----------------------------------------------------------------------

    def selected_keys(self) -> list[int]:
        """The selected orders, top to bottom."""
        return self.model.order_keys(self.table.selected_rows())

    def select_all(self) -> None:
        """Select every matching order, loading the ones not listed yet."""
        self.model.fetch_all(then=self.table.selectAll)

    def _select(self, keys: Sequence[int], current: int | None) -> None:
        """Select the rows of ``keys`` in one change, then show the order in focus."""
        self.table.select_keys(keys, current)
        self._show_current(force=True)

    def _selection_changed(self) -> None:
        count = len(self.table.selected_rows())
        self.open_button.setEnabled(count == 1)
        self.retry_button.setEnabled(count > 0 and not self.bulk.busy)
        self.retry_button.setText(
            translate("OutboxView", "Send {0} &again…").format(show_number(Decimal(count)))
            if count > 1
            else translate("OutboxView", "Send &again…")
        )
        current = self.table.current_row() if count == 1 else None
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
        selected = len(self.table.selected_rows())
        if selected > 1:
            text += " · " + translate("OutboxView", "{0} selected").format(show_number(Decimal(selected)))
        self.count_label.setText(text)

    def _show_current(self, force: bool = False) -> None:
        row = self.table.current_row()
        key = row.order_key if row is not None else None
        if key != self.detail.shown_key or force:
            self.detail.show_order(row)

    # -- actions ------------------------------------------------------------------------

    def open_current(self) -> None:
        """Ask the window to open the selected order in the form."""
        row = self.table.current_row()
        if row is not None and len(self.table.selected_rows()) <= 1:
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
        row = self.table.current_row()
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

    def shutdown(self) -> None:
        """Read the journal no more, and stop a running resubmission cleanly (the window closes)."""
        self._closed = True
        self._text_timer.stop()
        self.model.stop_following()
        self.bulk.shutdown()

    @property
    def reading(self) -> bool:
        """True while the list or the selected order's attempts are being read from the journal."""
        return self.model.reading or self.detail.pending

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

