"""The product lines of the draft as a Qt table model; no widgets here.

The model edits the draft's own ``list[Line]`` in place, so the draft is always the one
source of truth and autosave sees every change. Errors and warnings found by validation
are handed to the model per cell (``set_messages``) and served through ``ToolTipRole`` and
``MESSAGE_ROLE``, so the view only paints what the model says.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from orderdesk.core.amounts import NumberProblem
from orderdesk.core.order import Line
from orderdesk.ui.language.numbers import edit_text, problem_text, read_amount
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.line_columns import COLUMN_KEYS, COLUMNS, TOTAL_COLUMN, cell_text

MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's :class:`CellMessage` (or ``None``), for painting."""
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's :class:`Line` itself."""

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CellMessage:
    """What validation says about one cell or row: ``state`` is ``"error"`` or ``"warning"``."""

    state: str
    text: str


@dataclass(frozen=True)
class PasteResult:
    """What a paste did: the rows it touched and the cells it could not read as numbers (kept as pasted)."""

    first_row: int
    row_count: int
    unreadable: tuple[tuple[int, str], ...]


class LinesModel(QAbstractTableModel):
    """The order's product lines, one row per ``Line``.

    Signals:
        edited(str): the draft path of what a person changed: ``lines.<row>.<key>`` for one
            cell, ``lines`` when rows were added, removed or moved. Not emitted for
            validation messages, so listeners can tell edits from markings.
        unreadable(str, str): the number cell of this path holds text that is not a number in the window's
            language, and why (``""`` once it is one again, or the cell is gone). The cell keeps showing
            what was typed, so it can be corrected; the line's value is ``None`` meanwhile.
    """

    edited = Signal(str)
    unreadable = Signal(str, str)

    def __init__(self, lines: list[Line] | None = None) -> None:
        super().__init__()
        self._lines: list[Line] = lines if lines is not None else []
        self._messages: dict[tuple[int, int], CellMessage] = {}
        self._row_messages: dict[int, CellMessage] = {}
        self._required: dict[int, str] = {}
        # Number cells whose typed text is not a number: by the line itself (rows move), key -> (typed, why).
        self._typed: dict[int, tuple[Line, dict[str, tuple[str, str]]]] = {}
        self._announced: dict[str, str] = {}

    # -- Qt overrides -------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            typed = self._typed_text(line, column.key)
            if typed is not None:
                return typed[0]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(line, column)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(line, column.key)
            return edit_text(value) if column.numeric else value
        if role == Qt.ItemDataRole.ToolTipRole:
            message = self._messages.get((index.row(), index.column()))
            return message.text if message else None
        if role == MESSAGE_ROLE:
            return self._messages.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LINE_ROLE:
            return line
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if not column.editable:
            return False
        line = self._lines[index.row()]
        if column.numeric:
            was_typed = self._typed_text(line, column.key) is not None
            if isinstance(value, Decimal) or value is None:
                self._keep_typed(line, column.key, None)
            else:
                value = self._read_number(line, column.key, str(value))
            if was_typed or self._typed_text(line, column.key) is not None:
                self._cell_changed(index.row(), index.column())
            self._announce_typed()
        else:
            value = "" if value is None else str(value)
        if getattr(line, column.key) == value:
            return True
        setattr(line, column.key, value)
        self._cell_changed(index.row(), index.column())
        if column.numeric:
            self._cell_changed(index.row(), TOTAL_COLUMN)
        self.edited.emit(f"lines.{index.row()}.{column.key}")
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(COLUMNS):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                title = translate("LinesModel", COLUMNS[section].title)
                return f"{title} *" if section in self._required else title
            if role == Qt.ItemDataRole.ToolTipRole and section in self._required:
                return self._required[section]
            return None
        if not 0 <= section < len(self._lines):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            message = self._row_messages.get(section)
            return message.text if message else None
        if role == MESSAGE_ROLE:
            return self._row_messages.get(section)
        return None

    def insertRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.insert_lines(row, [Line() for _ in range(count)], parent)

    def removeRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count <= 0 or row < 0 or row + count > len(self._lines):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._lines[row : row + count]
        self.endRemoveRows()
        self._clear_messages()
        self._announce_typed()
        self.edited.emit("lines")
        return True

    def moveRows(
        self,
        sourceParent: ModelIndex,
        sourceRow: int,
        count: int,
        destinationParent: ModelIndex,
        destinationChild: int,
    ) -> bool:
        if sourceParent.isValid() or destinationParent.isValid() or count <= 0:
            return False
        last = sourceRow + count - 1
        if sourceRow < 0 or last >= len(self._lines) or not 0 <= destinationChild <= len(self._lines):
            return False
        if sourceRow <= destinationChild <= last + 1:
            return False  # onto itself: Qt refuses such a move
        if not self.beginMoveRows(QModelIndex(), sourceRow, last, QModelIndex(), destinationChild):
            return False
        moving = self._lines[sourceRow : last + 1]
        del self._lines[sourceRow : last + 1]
        at = destinationChild if destinationChild < sourceRow else destinationChild - count
        self._lines[at:at] = moving
        self.endMoveRows()
        self._clear_messages()
        self._announce_typed()
        self.edited.emit("lines")
        return True

    # -- operations the view offers -----------------------------------------------------

    @property
    def lines(self) -> list[Line]:
        """The list being edited (the draft's own)."""
        return self._lines

    def set_lines(self, lines: list[Line]) -> None:
        """Edit another list from now on (a new or restored draft)."""
        self.beginResetModel()
        self._lines = lines
        self._messages.clear()
        self._row_messages.clear()
        self._typed.clear()
        self.endResetModel()
        self._announce_typed()

    def insert_lines(self, row: int, lines: Sequence[Line], parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        """Insert ``lines`` before ``row`` (``rowCount()`` appends)."""
        if parent.isValid() or not lines or not 0 <= row <= len(self._lines):
            return False
        self.beginInsertRows(QModelIndex(), row, row + len(lines) - 1)
        self._lines[row:row] = list(lines)
        self.endInsertRows()
        self._clear_messages()
        self._announce_typed()
        self.edited.emit("lines")
        return True

    def fill_row(self, row: int, fill: Callable[[Line], None]) -> list[str]:
        """Let ``fill`` change one line (a product chosen from the catalogue); the keys it changed.

        One ``edited`` per changed cell, as if each had been typed.
        """
        line = self._lines[row]
        before = line.model_copy(deep=True)
        fill(line)
        editable = [column.key for column in COLUMNS if column.editable]
        changed = [key for key in editable if getattr(before, key) != getattr(line, key)]
        for key in changed:
            self._keep_typed(line, key, None)
        self._announce_typed()
        if changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            for key in changed:
                self.edited.emit(f"lines.{row}.{key}")
        return changed

    def duplicate_rows(self, rows: Iterable[int]) -> list[int]:
        """Put a copy of each row right below the last of them; the rows of the copies."""
        chosen = sorted(set(rows))
        if not chosen:
            return []
        copies = [self._lines[row].model_copy(deep=True) for row in chosen]
        at = chosen[-1] + 1
        self.insert_lines(at, copies)
        return list(range(at, at + len(copies)))

    def remove_row_set(self, rows: Iterable[int]) -> None:
        """Remove the given rows, in contiguous blocks from the bottom up."""
        for start, count in reversed(_blocks(sorted(set(rows)))):
            self.removeRows(start, count)

    def move_block(self, first: int, count: int, delta: int) -> bool:
        """Move ``count`` rows starting at ``first`` by ``delta`` rows (negative is up)."""
        destination = first + delta if delta < 0 else first + count + delta
        return self.moveRows(QModelIndex(), first, count, QModelIndex(), destination)

    def paste(self, row: int, column: int, text: str) -> PasteResult:
        """Fill cells from tab-separated ``text`` starting at ``(row, column)``; lines are added as needed.

        Cells land in the columns as the table orders them, so a block copied from a
        spreadsheet with the same columns lands where it belongs; a value for the computed
        total is ignored. A number cell that cannot be read keeps the pasted text and its reason,
        as typing it would, and is reported.
        """
        table = parse_block(text)
        if not table:
            return PasteResult(row, 0, ())
        missing = row + len(table) - len(self._lines)
        if missing > 0:
            self.beginInsertRows(QModelIndex(), len(self._lines), len(self._lines) + missing - 1)
            self._lines.extend(Line() for _ in range(missing))
            self.endInsertRows()
        unreadable: list[tuple[int, str]] = []
        for offset, cells in enumerate(table):
            line = self._lines[row + offset]
            for target, cell in zip(COLUMNS[column:], cells, strict=False):
                key = target.key
                if not target.editable:
                    continue
                if target.numeric:
                    setattr(line, key, self._read_number(line, key, cell))
                    if self._typed_text(line, key) is not None:
                        unreadable.append((row + offset, key))
                else:
                    setattr(line, key, cell.strip())
        self.dataChanged.emit(
            self.index(row, 0), self.index(row + len(table) - 1, len(COLUMNS) - 1), [Qt.ItemDataRole.DisplayRole]
        )
        self._clear_messages()
        self._announce_typed()
        self.edited.emit("lines")
        return PasteResult(row, len(table), tuple(unreadable))

    # -- validation markings ------------------------------------------------------------

    def set_messages(self, cells: dict[tuple[int, str], CellMessage], rows: dict[int, CellMessage]) -> None:
        """Show these messages per ``(row, column key)`` and per row; only changed cells are repainted."""
        keyed = {(row, COLUMN_KEYS.index(key)): message for (row, key), message in cells.items()}
        changed = {cell for cell in keyed.keys() | self._messages.keys() if keyed.get(cell) != self._messages.get(cell)}
        changed_rows = {r for r in rows.keys() | self._row_messages.keys() if rows.get(r) != self._row_messages.get(r)}
        self._messages = keyed
        self._row_messages = dict(rows)
        for row, column in changed:
            if row < len(self._lines):
                self._cell_changed(row, column, [Qt.ItemDataRole.ToolTipRole, MESSAGE_ROLE])
        for first, count in _blocks(sorted(r for r in changed_rows if r < len(self._lines))):
            self.headerDataChanged.emit(Qt.Orientation.Vertical, first, first + count - 1)

    def update_rows(
        self, rows: set[int], cells: dict[tuple[int, str], CellMessage], row_messages: dict[int, CellMessage]
    ) -> None:
        """Replace the messages of ``rows`` only (one line was rechecked); others stay as they are."""
        keyed = {(row, COLUMN_KEYS.index(key)): message for (row, key), message in cells.items()}
        old = {cell: message for cell, message in self._messages.items() if cell[0] in rows}
        for cell in old:
            del self._messages[cell]
        self._messages.update(keyed)
        for row in rows:
            before = self._row_messages.pop(row, None)
            if row in row_messages:
                self._row_messages[row] = row_messages[row]
            if before != self._row_messages.get(row) and row < len(self._lines):
                self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        for row, column in {cell for cell in keyed.keys() | old.keys() if keyed.get(cell) != old.get(cell)}:
            if row < len(self._lines):
                self._cell_changed(row, column, [Qt.ItemDataRole.ToolTipRole, MESSAGE_ROLE])

    def message_at(self, row: int, key: str) -> CellMessage | None:
        """The message shown on one cell."""
        return self._messages.get((row, COLUMN_KEYS.index(key)))

    def set_required(self, required: dict[str, str]) -> None:
        """Mark the columns a chosen API requires: column key -> tooltip naming the APIs."""
        keyed = {COLUMN_KEYS.index(key): tip for key, tip in required.items() if key in COLUMN_KEYS}
        if keyed != self._required:
            self._required = keyed
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _cell_changed(self, row: int, column: int, roles: list[int] | None = None) -> None:
        index = self.index(row, column)
        self.dataChanged.emit(index, index, roles or [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])

    def typed_problems(self) -> dict[str, str]:
        """Why each number cell holding text that is not a number cannot be read, by the cell's draft path."""
        rows = {id(line): row for row, line in enumerate(self._lines)}
        return {
            f"lines.{rows[key]}.{column}": why
            for key, (_line, cells) in self._typed.items()
            if key in rows
            for column, (_text, why) in cells.items()
        }

    def _typed_text(self, line: Line, key: str) -> tuple[str, str] | None:
        entry = self._typed.get(id(line))
        return entry[1].get(key) if entry is not None and entry[0] is line else None

    def _read_number(self, line: Line, key: str, text: str) -> Decimal | None:
        """The number ``text`` means for ``line``'s cell ``key``; ``None`` when it is none.

        Text that is not a number is kept in the cell with why, typed or pasted alike, so
        nothing the person put in is thrown away and it can be corrected where it is.
        """
        try:
            number = read_amount(text)
        except NumberProblem as problem:
            self._keep_typed(line, key, text.strip(), problem_text(problem))
            return None
        self._keep_typed(line, key, None)
        return number

    def _keep_typed(self, line: Line, key: str, text: str | None, why: str = "") -> None:
        """Remember ``text`` typed into ``line``'s number cell ``key`` and why it is no number (``None``: forget)."""
        entry = self._typed.get(id(line))
        if entry is None or entry[0] is not line:
            entry = self._typed[id(line)] = (line, {})
        if text is None:
            entry[1].pop(key, None)
        else:
            entry[1][key] = (text, why)
        if not entry[1]:
            del self._typed[id(line)]

    def _announce_typed(self) -> None:
        """Say which cells hold unreadable text now (and which no longer do), by their current paths."""
        present = {id(line) for line in self._lines}
        for gone in [key for key in self._typed if key not in present]:
            del self._typed[gone]
        now = self.typed_problems()
        for path in [path for path in self._announced if path not in now]:
            del self._announced[path]
            self.unreadable.emit(path, "")
        for path, why in now.items():
            if self._announced.get(path) != why:
                self._announced[path] = why
                self.unreadable.emit(path, why)

    def _clear_messages(self) -> None:
        # Row numbers shifted: old markings would point at the wrong lines until validation runs again.
        self.set_messages({}, {})


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated text as spreadsheets copy it (quoted cells may hold newlines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    if not text.strip():
        return []
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t") if any(cell.strip() for cell in row)]


def _blocks(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as ``(first, count)`` runs of consecutive numbers."""
    blocks: list[tuple[int, int]] = []
    for row in rows:
        if blocks and blocks[-1][0] + blocks[-1][1] == row:
            blocks[-1] = (blocks[-1][0], blocks[-1][1] + 1)
        else:
            blocks.append((row, 1))
    return blocks
