"""The product-line table as a person uses it: typing, Tab, paste, and line commands.

Tab walks the editable cells left to right and row by row; Tab from the last cell of a
filled last line starts a new line, and from an empty last line leaves the table (as does
Ctrl+Tab). Cells with a message are tinted red (error) or amber (warning) and carry the
message in their tooltip; the painting (``LinesDelegate``) reads the model's ``MESSAGE_ROLE`` only.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QTimer,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from orderdesk.catalogue.folding import code
from orderdesk.catalogue.model import Product
from orderdesk.core.checks import gtin_check_digit_ok
from orderdesk.core.order import Line
from orderdesk.ui.language.numbers import show_number
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.column_fit import ColumnFit
from orderdesk.ui.order_page.line_columns import COLUMN_KEYS, COLUMNS
from orderdesk.ui.order_page.lines_delegate import LinesDelegate
from orderdesk.ui.order_page.lines_model import LinesModel

COLUMN_WIDTHS = {"external_id": 90, "sku": 100, "ean": 120, "name": 240, "quantity": 70, "unit_price": 90, "total": 90}

LOOKUP_COLUMNS = ("external_id", "sku", "ean", "name")
"""The cells where typing offers catalogue products and a scanned EAN adds one."""


class LinesView(QTableView):
    """The table of product lines with its commands (add, duplicate, delete, move, copy, paste).

    Attributes:
        actions_by_name: the view's commands, for buttons and menus elsewhere.

    Signals:
        notice(str): a short note for the status bar ("Pasted 3 lines").
        scan_requested(QPersistentModelIndex, str): Enter after a valid EAN in a lookup cell,
            as a barcode scanner types it; whoever knows the catalogue answers with ``apply_scan``.
    """

    notice = Signal(str)
    scan_requested = Signal(QPersistentModelIndex, str)

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lines")
        self.setModel(model)
        self._lines = model
        self.delegate = LinesDelegate(self)
        self.setItemDelegate(self.delegate)
        self.delegate.leaving.connect(self.leave)
        self.delegate.entered.connect(self._entered)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for number, column in enumerate(COLUMNS):
            self.setColumnWidth(number, COLUMN_WIDTHS.get(column.key, 160))
            self.setColumnHidden(number, not column.shown)
        header.setSectionResizeMode(COLUMN_KEYS.index("name"), QHeaderView.ResizeMode.Stretch)
        widths = {number: self.columnWidth(number) for number, column in enumerate(COLUMNS) if column.key != "name"}
        self.column_fit = ColumnFit(self, COLUMN_KEYS.index("name"), widths)
        self.setToolTip(
            translate(
                "LinesView", "Tab moves to the next cell; Tab at the end starts a new line. Ctrl+Tab leaves the table."
            )
        )
        self.actions_by_name: dict[str, QAction] = {}
        self._add_action("add", translate("LinesView", "&Add line"), "Ctrl+Shift+Return", self.add_line)
        self._add_action("duplicate", translate("LinesView", "D&uplicate lines"), "Ctrl+D", self.duplicate_selected)
        self._add_action("delete", translate("LinesView", "Delete lines"), "Ctrl+Delete", self.delete_selected)
        self._add_action("up", translate("LinesView", "Move up"), "Alt+Up", lambda: self.move_selected(-1))
        self._add_action("down", translate("LinesView", "Move down"), "Alt+Down", lambda: self.move_selected(1))
        self._add_action("copy", translate("LinesView", "Copy"), QKeySequence.StandardKey.Copy, self.copy_selection)
        self._add_action(
            "paste", translate("LinesView", "Paste lines"), QKeySequence.StandardKey.Paste, self.paste_clipboard
        )
        self._add_action(
            "clear", translate("LinesView", "Clear cells"), QKeySequence.StandardKey.Delete, self.clear_selection
        )

    # -- Tab walk -----------------------------------------------------------------------

    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if cursorAction == QAbstractItemView.CursorAction.MoveNext:
            return self._next_cell(self.currentIndex())
        if cursorAction == QAbstractItemView.CursorAction.MovePrevious:
            return self._previous_cell(self.currentIndex())
        return super().moveCursor(cursorAction, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and control:
            self.leave(event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        super().keyPressEvent(event)

    def leave(self, forward: bool) -> None:
        """Move the focus to the input after (or before) the table, skipping its cells (Ctrl+Tab, Ctrl+Shift+Tab)."""
        QAbstractScrollArea.focusNextPrevChild(self, forward)

    def _walkable(self) -> list[int]:
        return [c for c, column in enumerate(COLUMNS) if column.editable and not self.isColumnHidden(c)]

    def _next_cell(self, current: QModelIndex) -> QModelIndex:
        columns = self._walkable()
        if not current.isValid():
            return self._lines.index(0, columns[0]) if self._lines.rowCount() else QModelIndex()
        later = [c for c in columns if c > current.column()]
        if later:
            return self._lines.index(current.row(), later[0])
        row = current.row() + 1
        if row < self._lines.rowCount():
            return self._lines.index(row, columns[0])
        if self._lines.lines[current.row()] == Line():
            return QModelIndex()  # an empty last line: Tab leaves the table
        self._lines.insert_lines(row, [Line()])
        return self._lines.index(row, columns[0])

    def _previous_cell(self, current: QModelIndex) -> QModelIndex:
        columns = self._walkable()
        if not current.isValid():
            return QModelIndex()
        earlier = [c for c in columns if c < current.column()]
        if earlier:
            return self._lines.index(current.row(), earlier[-1])
        if current.row() > 0:
            return self._lines.index(current.row() - 1, columns[-1])
        return QModelIndex()

    # -- commands -----------------------------------------------------------------------

    def add_line(self) -> None:
        """Append an empty line and start typing its first cell."""
        row = self._lines.rowCount()
        self._lines.insert_lines(row, [Line()])
        self.go_to(row, self._walkable()[0], edit=True)

    def duplicate_selected(self) -> None:
        """Copy the selected lines below the last of them and select the copies."""
        copies = self._lines.duplicate_rows(self._selected_rows())
        if copies:
            self.go_to(copies[0], max(self.currentIndex().column(), 0))

    def delete_selected(self) -> None:
        """Remove the selected lines."""
        rows = self._selected_rows()
        if not rows:
            return
        column = max(self.currentIndex().column(), 0)
        self._lines.remove_row_set(rows)
        if self._lines.rowCount():
            self.go_to(min(rows[0], self._lines.rowCount() - 1), column)
        deleted = len(rows)
        self.notice.emit(translate("LinesView", "Deleted %n line(s)", None, deleted))

    def move_selected(self, delta: int) -> None:
        """Move the selected block of lines one row up (-1) or down (+1)."""
        rows = self._selected_rows()
        if not rows:
            return
        first, count = rows[0], rows[-1] - rows[0] + 1
        if self._lines.move_block(first, count, delta):
            column = max(self.currentIndex().column(), 0)
            moved = self._lines.index(first + delta, column)
            selection = self.selectionModel()
            selection.setCurrentIndex(moved, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            for row in range(first + delta + 1, first + delta + count):
                selection.select(self._lines.index(row, column), QItemSelectionModel.SelectionFlag.Select)

    def copy_selection(self) -> None:
        """Put the selected cells on the clipboard as tab-separated text, like a spreadsheet."""
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in rows.values()))

    def paste_clipboard(self) -> None:
        """Fill lines from tab-separated text on the clipboard, starting at the current cell."""
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Fill lines from ``text`` starting at the current cell (the first cell when none)."""
        current = self.currentIndex()
        row = current.row() if current.isValid() else self._lines.rowCount()
        column = current.column() if current.isValid() else 0
        result = self._lines.paste(row, column, text)
        if not result.row_count:
            self.notice.emit(translate("LinesView", "Nothing to paste: copy rows from a spreadsheet first"))
            return
        self.go_to(row, column)
        pasted = result.row_count
        note = translate("LinesView", "Pasted %n line(s)", None, pasted)
        if result.unreadable:
            cells = ", ".join(
                translate("LinesView", "line {0} {1}").format(
                    r + 1, translate("LinesModel", COLUMNS[COLUMN_KEYS.index(key)].title)
                )
                for r, key in result.unreadable[:5]
            )
            note += translate("LinesView", "; kept as pasted, not a number: {0}").format(cells)
        self.notice.emit(note)

    def clear_selection(self) -> None:
        """Empty the selected cells (the lines stay)."""
        for index in self.selectedIndexes():
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                self._lines.setData(index, "" if not COLUMNS[index.column()].numeric else None)

    def go_to(self, row: int, column: int, edit: bool = False) -> None:
        """Make one cell current (showing its column if hidden), optionally opening its editor."""
        if self.isColumnHidden(column):
            self.setColumnHidden(column, False)
        index = self._lines.index(row, column)
        # Explicit: setCurrentIndex would read the held Ctrl of a shortcut as "add to the selection".
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if edit:
            self.edit(index)

    # -- the catalogue ------------------------------------------------------------------

    def close_editor_unsaved(self, editor: QWidget) -> None:
        """Close a cell's editor without writing what it holds (a suggestion replaces it)."""
        self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def choose_product(self, row: int, product: Product) -> None:
        """Fill line ``row`` from ``product`` (quantity 1 if none yet) and start typing its quantity."""
        self._lines.fill_row(row, lambda line: _filled(line, product))
        self.go_to(row, COLUMN_KEYS.index("quantity"), edit=True)

    def apply_scan(self, cell: QPersistentModelIndex, scanned: str, product: Product | None) -> None:
        """Add the scanned product: one more on its line if it has one, else on the scanned line.

        An EAN the catalogue does not know stays in its cell, and the notice says so. After a
        known one the cursor waits on an empty line for the next scan.
        """
        if not cell.isValid():
            return
        row = cell.row()
        if product is None:
            self.notice.emit(
                translate(
                    "LinesView", "{0} is not in the catalogue: it stays on line {1}; type the rest by hand"
                ).format(scanned, row + 1)
            )
            return
        lines = self._lines.lines
        wanted = code(product.ean)
        existing = next((r for r, line in enumerate(lines) if r != row and code(line.ean) == wanted), None)
        if existing is None:
            self._lines.fill_row(row, lambda line: _filled(line, product))
            note = translate("LinesView", "Added {0}").format(product.name)
        else:
            self._lines.setData(self._lines.index(row, cell.column()), "")
            added = (lines[existing].quantity or Decimal(0)) + 1
            self._lines.setData(self._lines.index(existing, COLUMN_KEYS.index("quantity")), added)
            if lines[row] == Line():  # the scan's own line held nothing else
                self._lines.removeRows(row, 1)
                existing -= existing > row
            note = translate("LinesView", "One more {0}: {1} on line {2}").format(
                product.name, show_number(added), existing + 1
            )
        self._ready_for_scan()
        self.notice.emit(note)

    def ready_for_product(self) -> None:
        """Put the cursor on an empty last line (added if needed), in the Name column, for the next product."""
        if not self._lines.rowCount() or self._lines.lines[-1] != Line():
            self._lines.insert_lines(self._lines.rowCount(), [Line()])
        self.go_to(self._lines.rowCount() - 1, COLUMN_KEYS.index("name"))

    def _entered(self, cell: QPersistentModelIndex, text: str) -> None:
        scanned = code(text)
        key = COLUMNS[cell.column()].key
        if key in LOOKUP_COLUMNS and gtin_check_digit_ok(scanned):
            self.scan_requested.emit(cell, scanned)
        elif key == "quantity" and self._lines.lines[cell.row()].name:
            # A phone order goes product, quantity, Enter, next product; after the editor has closed.
            QTimer.singleShot(0, self.ready_for_product)

    def _ready_for_scan(self) -> None:
        """Put the cursor on an empty last line (added if needed), in the EAN column, not editing."""
        if not self._lines.rowCount() or self._lines.lines[-1] != Line():
            self._lines.insert_lines(self._lines.rowCount(), [Line()])
        self.go_to(self._lines.rowCount() - 1, COLUMN_KEYS.index("ean"))

    def reveal_column(self, key: str) -> None:
        """Show a hidden column because something in it needs attention."""
        self.setColumnHidden(COLUMN_KEYS.index(key), False)

    def _selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.selectedIndexes()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def _add_action(self, name: str, text: str, shortcut: object, slot: object) -> None:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        self.actions_by_name[name] = action

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for number, column in enumerate(COLUMNS):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(number))
            action.toggled.connect(lambda shown, n=number: self.setColumnHidden(n, not shown))
        menu.exec(self.horizontalHeader().mapToGlobal(position))


def _filled(line: Line, product: Product) -> None:
    product.fill(line)
    if line.quantity is None:
        line.quantity = Decimal(1)
