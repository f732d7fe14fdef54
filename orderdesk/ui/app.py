"""Starting the Qt application: the window, its icon, and ``--self-test``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from orderdesk.ui.main_window import MainWindow

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


def run_app(self_test: bool = False) -> int:
    """Show the main window and run the event loop; the return value is the exit status.

    With ``self_test`` the real window is built and shown, the event loop runs until it is
    idle, ``ok`` is printed and the process exits 0, so a packaged build can be smoke-tested.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("OrderDesk")
    app.setOrganizationName("OrderDesk")
    icon = RESOURCES / "orderdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    window = MainWindow()
    window.show()
    if self_test:
        QTimer.singleShot(0, lambda: _finish_self_test(app))
    return app.exec()


def _finish_self_test(app: QApplication) -> None:
    app.processEvents()
    print("ok", flush=True)
    app.quit()
