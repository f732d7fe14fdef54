"""The window's first moment: the frame on screen at once, the order form in it right after.

Building the form imports pydantic, every API's body model, the validation machinery and
the journal, which takes longer than starting Qt itself. A person should see the window as
soon as a bare Qt window would appear, so the frame (title, size) is shown and painted
first; the form's modules are then imported on a thread while the event loop keeps the frame
alive (it can be moved, resized or closed), and the form is built on the window thread and
placed in the frame. The form is a ``MainWindow`` living as the frame's central widget: its
menus, status bar and shortcuts work as they would in a window of its own.
"""

from __future__ import annotations

import importlib
import threading
import traceback
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

POLL_MS = 10
"""How often the window thread looks whether the imports are done (a thread must not call into Qt
objects that may be deleted meanwhile)."""
UNPAINTED_MS = 500
"""The form is built this long after the frame is shown even when the frame has not been painted."""
EXIT_BROKEN = 1
"""The exit status when the form cannot be built at all (a broken installation), after its traceback."""


class StartupFrame(QMainWindow):
    """The top-level window: painted first, then holding the form that ``build`` makes.

    Signals:
        ready: the form, once it is in the frame and shown.
    """

    ready = Signal(QWidget)

    def __init__(
        self, build: Callable[[], QWidget | None], preload: Sequence[str], size: QSize, minimum: QSize
    ) -> None:
        """Show nothing yet; ``show()`` paints the empty frame and starts the rest.

        Args:
            build: makes the form on the window thread once ``preload`` is imported; ``None``
                when it could not (it has said why, and ended the event loop).
            preload: the modules ``build`` needs, imported off the window thread.
            size: the frame's first size (the form's own).
            minimum: the smallest the frame may get (the form's own).
        """
        super().__init__()
        self.setWindowTitle("OrderDesk")
        self.setMinimumSize(minimum)
        self.resize(size)
        self.form: QWidget | None = None
        self._build = build
        self._preload = tuple(preload)
        self._started = False
        self._importing = threading.Thread(target=self._import, name="orderdesk-startup", daemon=False)
        self._poll = QTimer(self)  # the thread never touches Qt: the frame may be gone when it ends
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_imported)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(UNPAINTED_MS, self._start)  # a frame shown minimized may not paint for a while

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._start()  # the frame is on screen: now the imports the form needs

    def _start(self) -> None:
        if not self._started:
            self._started = True
            self._importing.start()
            self._poll.start()

    def _import(self) -> None:
        """Import what the form needs; a failure shows when ``build`` imports it again."""
        try:
            for name in self._preload:
                importlib.import_module(name)
        except Exception:  # noqa: BLE001, S110 - build imports the module again and reports the error there
            pass

    def _check_imported(self) -> None:
        if self._importing.is_alive():
            return
        self._poll.stop()
        if self.isVisible():  # not closed before the form was ready
            self._place_form()

    def _place_form(self) -> None:
        try:
            form = self._build()
        except Exception:  # noqa: BLE001 - a broken installation: its traceback, then exit
            traceback.print_exc()
            QApplication.exit(EXIT_BROKEN)
            return
        if form is None:
            return
        focus = form.focusWidget()  # where the form put the cursor before it had a window
        self.setCentralWidget(form)
        self.setWindowTitle(form.windowTitle())
        form.windowTitleChanged.connect(self.setWindowTitle)
        form.installEventFilter(self)
        form.show()
        if focus is not None:
            focus.setFocus()
        else:
            self.focusNextChild()  # as a window shows: its first input in tab order
        self.form = form
        self.ready.emit(form)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._form_closed)  # once the form has decided whether it closes
        return False

    def _form_closed(self) -> None:
        """The form closed itself (Quit): the frame goes with it."""
        if self.form is not None and self.form.isHidden() and self.isVisible():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        form = self.form
        if form is not None and not form.isHidden() and not form.close():
            event.ignore()  # the form keeps the window open
            return
        super().closeEvent(event)
