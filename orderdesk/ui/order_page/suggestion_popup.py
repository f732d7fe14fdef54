"""A keyboard-only suggestion list under a line edit: Down/Up to walk it, Enter to choose, Escape to close.

The list is a child of the line edit's window laid over the form (not a popup window), so
the line edit keeps the focus and every key: the list only borrows Down, Up, Enter and
Escape while it is open, through an event filter on the line edit. Enter with nothing
highlighted goes on to the line edit as if no list were open, so a barcode scanner's Enter
still reaches the table. (``QCompleter`` was tried: its popup is reparented under the
line edit and dies with a table's cell editor.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 20
"""The chosen object behind one row of the list."""
VISIBLE_ROWS = 8


class SuggestionPopup(QObject):
    """One suggestion list, moved to whichever line edit is being typed in.

    Signals:
        chosen(QLineEdit, object): a suggestion was chosen for this line edit.
    """

    chosen = Signal(QLineEdit, object)

    def __init__(self, parent: QObject | None = None, width: int = 520) -> None:
        super().__init__(parent)
        self._items = QStandardItemModel(self)
        self._width = width
        self._list: QListView | None = None
        self._editor: QLineEdit | None = None

    @property
    def editor(self) -> QLineEdit | None:
        """The line edit the list belongs to now."""
        return self._editor

    @property
    def popup(self) -> QListView | None:
        """The list widget, once it was first shown."""
        return self._list if self._list is not None and shiboken6.isValid(self._list) else None

    def attach(self, editor: QLineEdit) -> None:
        """Offer suggestions under ``editor`` from now on."""
        if editor is self._editor:
            return
        self.hide()
        if self._editor is not None and shiboken6.isValid(self._editor):
            self._editor.removeEventFilter(self)
        self._editor = editor
        editor.installEventFilter(self)
        editor.destroyed.connect(lambda *_: self._forget(editor))

    def show(self, choices: Sequence[object], describe: Callable[[object], str]) -> None:
        """Show ``choices`` under the line edit (none: hide the list), nothing highlighted."""
        editor = self._editor
        self._items.clear()
        for choice in choices:
            item = QStandardItem(describe(choice))
            item.setData(choice, CHOICE_ROLE)
            item.setEditable(False)
            self._items.appendRow(item)
        if not choices or editor is None or not editor.isVisible():
            self.hide()
            return
        shown = self._list_for(editor)
        window = editor.window()
        corner = editor.mapTo(window, QPoint(0, editor.height()))
        rows = min(len(choices), VISIBLE_ROWS)
        height = shown.sizeHintForRow(0) * rows + 2 * shown.frameWidth()
        width = min(max(self._width, editor.width()), window.width() - corner.x())
        shown.setGeometry(corner.x(), corner.y(), width, height)
        shown.setCurrentIndex(QModelIndex())
        shown.show()
        shown.raise_()

    def hide(self) -> None:
        """Close the list."""
        shown = self.popup
        if shown is not None and shown.isVisible():
            shown.hide()

    def is_open(self) -> bool:
        """Whether the list is showing."""
        shown = self.popup
        return shown is not None and shown.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._editor or not self.is_open():
            return False
        if event.type() == QEvent.Type.FocusOut:
            self.hide()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        shown = self.popup
        assert shown is not None
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = shown.currentIndex().row()
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self._items.rowCount() - 1, row + step if row >= 0 else 0))
            shown.setCurrentIndex(self._items.index(row, 0))
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = shown.currentIndex()
            self.hide()
            if current.isValid():
                self._activated(current)
                return True
        return False

    def _list_for(self, editor: QLineEdit) -> QListView:
        shown = self.popup
        window = editor.window()
        if shown is None or shown.parentWidget() is not window:
            if shown is not None:
                shown.deleteLater()
            shown = QListView(window)
            shown.setObjectName("suggestions")
            shown.setModel(self._items)
            shown.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            shown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            shown.setUniformItemSizes(True)
            shown.clicked.connect(self._activated)
            self._list = shown
        return shown

    def _activated(self, index: QModelIndex) -> None:
        editor = self._editor
        choice = index.data(CHOICE_ROLE)
        self.hide()
        if editor is not None and choice is not None:
            self.chosen.emit(editor, choice)

    def _forget(self, editor: QLineEdit) -> None:
        if self._editor is editor:
            self._editor = None
            self.hide()
