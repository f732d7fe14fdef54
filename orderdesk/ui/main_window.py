"""The main window. For now a placeholder that says what is coming (the window issue builds it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget


class MainWindow(QMainWindow):
    """OrderDesk's main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("OrderDesk")
        message = QLabel(
            "<h2>OrderDesk</h2>"
            "<p>The order form is coming: customer, addresses, product lines and totals, "
            "checked as you type and sent to Dropday, Centra, BigCommerce and Feedback Company.</p>"
            "<p>Until then, use <code>orderdesk validate</code> and <code>orderdesk convert</code> "
            "in a terminal.</p>"
        )
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setWordWrap(True)
        message.setMargin(24)
        self.setCentralWidget(message)
        self.resize(720, 480)
