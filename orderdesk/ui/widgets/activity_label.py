"""What the window is waiting for (the keyring to unlock, the journal), in the status bar while it waits.

Shown only when the wait lasts longer than ``SHOW_AFTER_MS``: a quick read passes unseen, a slow
disk or an unlock prompt is named, and the person knows the window has not hung.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from orderdesk.ui.background import activity, waiting_for

SHOW_AFTER_MS = 250


class ActivityLabel(QLabel):
    """Follows ``ui.background.activity()``: empty when nothing is awaited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activity")
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SHOW_AFTER_MS)
        self._delay.timeout.connect(lambda: self.setText(waiting_for()))
        activity().changed.connect(self._changed)  # type: ignore[attr-defined]

    def _changed(self, asking: str) -> None:
        if not asking:
            self._delay.stop()
            self.setText("")
        elif self.text():
            self.setText(asking)
        elif not self._delay.isActive():
            self._delay.start()
