"""The form above the product lines gets the height it needs, so it shows whole, without a scrollbar.

Messages under inputs make the form taller as they appear, and the results after sending take
room below. Each time either changes, the splitter gives the form its height, as long as the
lines keep room for a few rows; only when the window is too small for both does the form
scroll. A height the person dragged stays until one of them changes again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

LINES_ROOM = 160
"""The least height the product lines keep, in pixels: the buttons, the table's header and about three rows."""


class FormFit(QObject):
    """Sizes the splitter's first part (the form's scroll area) to the form's height."""

    def __init__(self, splitter: QSplitter, form: QWidget, lines: QWidget) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._form = form
        self._lines = lines
        self._fitted_for = -1
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self._refit)
        form.installEventFilter(self)
        splitter.installEventFilter(self)

    def fit(self) -> None:
        """Give the form its height now (the window was shown, or the form changed)."""
        total = sum(self._splitter.sizes()) or self._splitter.height()
        if total <= 0:
            return
        needed = self._form.sizeHint().height() + 4
        room = max(LINES_ROOM, self._lines.minimumSizeHint().height())
        wanted = max(0, min(needed, total - room))
        self._fitted_for = needed
        self._splitter.setSizes([wanted, total - wanted])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._form and event.type() == QEvent.Type.LayoutRequest:
            self._soon.start(0)  # after the form's layout has taken the change in
        elif watched is self._splitter and event.type() == QEvent.Type.Resize:
            self._fitted_for = -1  # the window, or the results below, changed the room: fit again
            self._soon.start(0)
        return False

    def _refit(self) -> None:
        if self._form.sizeHint().height() + 4 != self._fitted_for:
            self.fit()
