"""The Outbox page's list of orders: one row each, newest first, its state in colour, rows selected whole.

The selection is read from its ranges, not row by row, so a thousand selected orders stay quick.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from orderdesk.services.journal_access import OutboxRow, OutboxState
from orderdesk.ui.language.text import translate
from orderdesk.ui.outbox_page.outbox_model import COLUMN_KEYS, ROW_ROLE, STATE_ROLE, OutboxModel
from orderdesk.ui.widgets.theme import colours

STATE_TONES = {
    OutboxState.SENT: "ok",
    OutboxState.UNKNOWN: "warning",
    OutboxState.FAILED: "error",
    OutboxState.REJECTED: "error",
    OutboxState.UNAUTHORIZED: "error",
}


class _StateDelegate(QStyledItemDelegate):
    """Colours the state cell: green sent, amber unknown, red failed, rejected and not authorised."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        tone = STATE_TONES.get(index.data(STATE_ROLE))
        if tone is not None:
            palette: QPalette = option.palette
            palette.setColor(QPalette.ColorRole.Text, QColor(colours(palette)[tone]))


class OrdersTable(QTableView):
    """The orders of an :class:`OutboxModel`, several selectable at once.

    Attributes:
        select_all_action: Ctrl+A in the list (selecting every matching order is the page's to do).
    """

    def __init__(self, model: OutboxModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setObjectName("outbox.table")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)
        self.setItemDelegateForColumn(COLUMN_KEYS.index("state"), _StateDelegate(self))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # Short columns fit what they hold; "What happened" takes the rest of the width, so it is
        # read without scrolling sideways (the whole text is in its tooltip and the details).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_KEYS.index("detail"), QHeaderView.ResizeMode.Stretch)
        # Measured on the rows in view only: Qt's default (1,000 rows) made reading the list again
        # take some 200 ms with 1,000 orders loaded, against 19 ms this way.
        header.setResizeContentsPrecision(0)
        self.select_all_action = QAction(translate("OutboxView", "Select all"), self)
        self.select_all_action.setShortcut(QKeySequence.StandardKey.SelectAll)
        self.select_all_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.addAction(self.select_all_action)

    def selected_rows(self) -> list[int]:
        """The selected row numbers, read from the selection's ranges (rows are selected whole).

        ``QItemSelectionModel.selectedRows`` asks every cell for its flags, which makes a
        thousand selected orders noticeably slow; the ranges are a handful of numbers.
        """
        rows: set[int] = set()
        for selected in self.selectionModel().selection().toList():
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def select_keys(self, keys: Sequence[int], current: int | None) -> None:
        """Select the rows of ``keys`` in one change (one ``selectionChanged``, however many rows)."""
        rows = sorted(row for row in (self._model.row_of(key) for key in keys) if row is not None)
        selection = QItemSelection()
        last_column = self._model.columnCount() - 1
        for first, count in _runs(rows):
            selection.select(self._model.index(first, 0), self._model.index(first + count - 1, last_column))
        model = self.selectionModel()
        focus = self._model.row_of(current) if current is not None else None
        if focus is not None:
            model.setCurrentIndex(self._model.index(focus, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current_row(self) -> OutboxRow | None:
        """The order in focus when it is selected, else the first selected one; ``None`` when none is."""
        index = self.selectionModel().currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            rows = self.selected_rows()
            if not rows:
                return None
            index = self._model.index(rows[0], 0)
        row: OutboxRow = self._model.data(index, ROW_ROLE)
        return row


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as ``(first, count)`` runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][0] + runs[-1][1] == row:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((row, 1))
    return runs
