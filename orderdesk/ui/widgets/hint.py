"""A quiet one-line hint that shows whole or not at all.

Next to buttons in a narrow window, a hint cut mid-word ("Paste rows copied from a spreadsh")
reads as a fault; the hint is a nicety, so where it does not fit it steps aside.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from orderdesk.ui.widgets.theme import HINT_PROPERTY


class Hint(QLabel):
    """A muted label that takes its width when there is room, and draws nothing when it is given less."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty(HINT_PROPERTY, True)

    def fits(self) -> bool:
        """Whether the whole text fits in the width the layout gave."""
        return self.fontMetrics().horizontalAdvance(self.text()) <= self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.fits():
            super().paintEvent(event)
