"""The order-level line above Submit: how many errors and warnings, and a way to the next one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from orderdesk.ui.language.text import translate
from orderdesk.ui.widgets.field_widgets import set_state


class ErrorSummary(QWidget):
    """Counts of the order's errors and warnings, the messages that belong to no input, and "Next".

    Signals:
        next_requested(): the person wants to go to the next problem.
    """

    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.counts = QLabel(translate("ErrorSummary", "Nothing to check yet: tick a profile under Send to"))
        self.counts.setObjectName("summary:counts")
        self.order_messages = QLabel()
        self.order_messages.setObjectName("fieldMessage")
        self.order_messages.setWordWrap(True)
        self.order_messages.setTextFormat(Qt.TextFormat.PlainText)
        self.order_messages.hide()
        self.next_button = QPushButton(translate("ErrorSummary", "Ne&xt problem"))
        self.next_button.setObjectName("summary:next")
        self.next_button.setToolTip(translate("ErrorSummary", "Go to the next error or warning (F8)"))
        self.next_button.clicked.connect(self.next_requested)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.counts, 1)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.order_messages)
        self.next_button.setEnabled(False)

    def show_counts(self, errors: int, warnings: int, checking: bool) -> None:
        """Say how many problems there are (``checking``: at least one API is chosen)."""
        if not checking:
            text, state = translate("ErrorSummary", "Nothing to check yet: tick a profile under Send to"), ""
        elif errors:
            text = "✖ " + translate("ErrorSummary", "%n error(s) to fix before sending", None, errors)
            text += " · ⚠ " + translate("ErrorSummary", "%n warning(s)", None, warnings) if warnings else ""
            state = "error"
        elif warnings:
            text = "⚠ " + translate("ErrorSummary", "%n warning(s); the order can be sent", None, warnings)
            state = "warning"
        else:
            text, state = "✔ " + translate("ErrorSummary", "No problems found"), "ok"
        self.counts.setText(text)
        set_state(self.counts, state)
        self.next_button.setEnabled(bool(errors or warnings))

    def show_order_messages(self, state: str, text: str) -> None:
        """Show the messages about the order as a whole ("" hides them)."""
        self.order_messages.setText(text)
        self.order_messages.setVisible(bool(text))
        set_state(self.order_messages, state if text else "")

