"""The product-line table's cell delegate: number-only editors, Enter seen in an editor, and message tints."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPolygon
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from orderdesk.ui.order_page.line_columns import COLUMNS
from orderdesk.ui.order_page.lines_model import MESSAGE_ROLE, CellMessage
from orderdesk.ui.widgets.field_widgets import number_validator

ERROR_COLOUR = QColor(198, 40, 40)
WARNING_COLOUR = QColor(230, 145, 0)

ModelIndex = QModelIndex | QPersistentModelIndex


def colour_for(state: str) -> QColor:
    """The colour of a message state, the same in cells and under inputs."""
    return WARNING_COLOUR if state == "warning" else ERROR_COLOUR


class LinesDelegate(QStyledItemDelegate):
    """Number editors that accept only numbers, and the tint of cells with a message.

    Signals:
        editor_opened(QLineEdit, QPersistentModelIndex): a cell's editor was made (for suggestions).
        entered(QPersistentModelIndex, str): Enter was pressed in an editor holding this text.
        leaving(bool): Ctrl+Tab (``True``) or Ctrl+Shift+Tab (``False``) in an editor: the cell is kept and
            the person wants out of the table, as from a cell that is not being edited.
    """

    editor_opened = Signal(QLineEdit, QPersistentModelIndex)
    entered = Signal(QPersistentModelIndex, str)
    leaving = Signal(bool)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        column = COLUMNS[index.column()]
        editor.setObjectName(f"lines.{index.row()}.{column.key}")
        if column.numeric:
            editor.setValidator(number_validator(editor))
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setProperty("cell", QPersistentModelIndex(index))
        self.editor_opened.emit(editor, QPersistentModelIndex(index))
        return editor

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
            self.leaving.emit(event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return True
        entered = (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        text = watched.text() if entered and isinstance(watched, QLineEdit) else ""
        cell = watched.property("cell") if entered and isinstance(watched, QLineEdit) else None
        # The base class queues the commit of the cell first, so whatever ``entered`` starts comes after it.
        handled = super().eventFilter(watched, event)  # type: ignore[arg-type]
        if isinstance(cell, QPersistentModelIndex) and cell.isValid():
            self.entered.emit(cell, text)
        return handled

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        message = index.data(MESSAGE_ROLE)
        if isinstance(message, CellMessage):
            colour = colour_for(message.state)
            tint = QColor(colour)
            tint.setAlpha(48)
            painter.fillRect(option.rect, tint)
        super().paint(painter, option, index)
        if isinstance(message, CellMessage):
            corner = option.rect.topRight()
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour_for(message.state))
            painter.drawPolygon(QPolygon([corner, corner - QPoint(7, 0), corner + QPoint(0, 7)]))
            painter.restore()
