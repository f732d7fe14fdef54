"""The product table's columns share a narrow window instead of hiding behind a sideways scrollbar.

At 1024 pixels the usual widths left Total and Product URL out of view, the URL being the one
a review API requires. Each column has a width it wants (its usual one, or the one the person
dragged it to); when the table is too narrow for them all, every column but the stretched one
(Name) gives up width in proportion, never below what its header needs, and the stretched one
keeps room to be read. Wider again, they return to what they want.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStyle, QTableView

STRETCHED_ROOM = 120
"""The least width the stretched column keeps when the others narrow, in pixels."""


class ColumnFit(QObject):
    """Narrows a table's columns to its width; the stretched column takes the rest."""

    def __init__(self, view: QTableView, stretched: int, wanted: dict[int, int]) -> None:
        """``wanted``: the width of each column but ``stretched``, as the table shows it when there is room."""
        super().__init__(view)
        self._view = view
        self._stretched = stretched
        self._wanted = dict(wanted)
        self._fitting = False
        view.horizontalHeader().sectionResized.connect(self._resized)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def fit(self) -> None:
        """Give each shown column its wanted width, or its share of the table's width when that is too narrow."""
        shown = [column for column in self._wanted if not self._view.isColumnHidden(column)]
        wanted = sum(self._wanted[column] for column in shown)
        room = self._viewport.width() - STRETCHED_ROOM
        share = min(1.0, room / wanted) if wanted > 0 else 1.0
        self._fitting = True
        try:
            for column in shown:
                self._view.setColumnWidth(column, max(self.least(column), int(self._wanted[column] * share)))
        finally:
            self._fitting = False

    def least(self, column: int) -> int:
        """The width the column's header text needs, with the header's margins."""
        header = self._view.horizontalHeader()
        title = str(self._view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return header.fontMetrics().horizontalAdvance(title) + 4 * margin

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only a new width counts: a scrollbar coming or going changes the height as the widths are set.
        if event.type() == QEvent.Type.Resize and not self._fitting and isinstance(event, QResizeEvent):
            if watched is self._viewport and event.size().width() != event.oldSize().width():
                self.fit()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in self._wanted and new > 0:  # the person dragged it (0: hidden)
            self._wanted[column] = new
