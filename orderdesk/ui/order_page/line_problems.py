"""The product lines' problems in words, next to the table: "Line 2, Product URL: Required (Feedback Company)".

A tinted cell with its message in a tooltip says nothing to someone on the phone, nor to a
keyboard. Each problem is a row of its own; Enter (or a click) on it puts the cursor in the cell.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.line_columns import COLUMNS, COLUMN_KEYS
from orderdesk.ui.widgets.theme import colours

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 4
"""Rows shown before the list scrolls; the table keeps the rest of the height."""
LISTED = 200
"""Problems listed at most; past that the last row says how many more F8 walks through."""


def describe(path: str, text: str) -> list[str]:
    """One sentence per message at a line path: ``lines.1.url`` + ``✖ Required (Dropday)``."""
    parts = path.split(".")
    where = translate("LineProblems", "Line {0}").format(int(parts[1]) + 1)
    if len(parts) >= 3 and parts[2] in COLUMN_KEYS:
        where += ", " + translate("LinesModel", COLUMNS[COLUMN_KEYS.index(parts[2])].title)
    sentences = []
    for said in text.splitlines():
        sign, _, rest = said.partition(" ")
        sentences.append(f"{sign} {where}: {rest}" if rest else f"{where}: {said}")
    return sentences


def _order(path: str) -> tuple[int, int]:
    parts = path.split(".")
    column = COLUMN_KEYS.index(parts[2]) if len(parts) >= 3 and parts[2] in COLUMN_KEYS else -1
    return int(parts[1]), column


class LineProblems(QListWidget):
    """Every problem shown in the table, in words, each leading to its cell.

    Signals:
        chosen(str): the draft path of the problem the person chose (``lines.1.url``).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("line_problems")
        self.setAccessibleName(translate("LineProblems", "Problems in the product lines"))
        self.setToolTip(translate("LineProblems", "Enter or a click puts the cursor in that cell"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._said: dict[str, tuple[str, str]] = {}
        self.hide()

    def show_messages(self, shown: dict[str, tuple[str, str]]) -> None:
        """List the messages shown in the table: ``{line path: (state, text)}``; none hides the list."""
        said = {path: state_text for path, state_text in shown.items() if path.count(".") >= 1}
        if said == self._said:
            return
        self._said = said
        current = self.currentItem().data(PATH_ROLE) if self.currentItem() is not None else None
        self.clear()
        shade = colours(self.palette())
        paths = sorted(said, key=lambda path: (said[path][0] != "error", _order(path)))
        rows = [(path, said[path][0], sentence) for path in paths for sentence in describe(path, said[path][1])]
        for path, state, sentence in rows[:LISTED]:
            item = QListWidgetItem(sentence)
            item.setData(PATH_ROLE, path)
            item.setForeground(QColor(shade[state]))
            self.addItem(item)
            if path == current and self.currentItem() is None:
                self.setCurrentItem(item)
        if len(rows) > LISTED:
            hidden = len(rows) - LISTED
            more = QListWidgetItem(translate("LineProblems", "… and %n more: F8 goes to each", None, hidden))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(more)
        height = self.sizeHintForRow(0) * min(max(self.count(), 1), VISIBLE_ROWS) + 2 * self.frameWidth() + 2
        self.setFixedHeight(height)
        self.setVisible(bool(rows))

    def sentences(self) -> list[str]:
        """What the list says, row by row."""
        return [self.item(row).text() for row in range(self.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.chosen.emit(str(path))
