"""The window's first moment: the frame on screen at once, the order form in it right after.

Building the form imports pydantic, every API's body model, the validation machinery and
the journal, and opens the journal (which may wait on the keyring and the network), all
taking longer than starting Qt itself. A person should see the window as soon as a bare Qt
window would appear, so the frame (title, size) is shown and painted first; that preparation
then runs on a thread while the event loop keeps the frame alive (it can be moved, resized or
closed), and the form is built from its result on the window thread and placed in the frame.
The form is a ``MainWindow`` living as the frame's central widget: its menus, status bar and
shortcuts work as they would in a window of its own.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

POLL_MS = 10
"""How often the window thread looks whether the preparation is done (a thread must not call into Qt
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
        self,
        prepare: Callable[[], object],
        build: Callable[[object], QWidget | None],
        size: QSize,
        minimum: QSize,
    ) -> None:
        """Show nothing yet; ``show()`` paints the empty frame and starts the rest.

        Args:
            prepare: runs off the window thread once the frame is painted (imports, opening
                what the form reads); must not touch Qt.
            build: makes the form on the window thread from what ``prepare`` returned, or the
                exception it raised; ``None`` when it could not (it has said why, and ended
                the event loop).
            size: the frame's first size (the form's own), or the screen's where that is smaller.
            minimum: the smallest the frame may get (the form's own).
        """
        super().__init__()
        self.setWindowTitle("OrderDesk")
        self.setMinimumSize(minimum)
        self.resize(size.boundedTo(self.screen().availableGeometry().size()))  # a small screen shows it whole
        self.form: QWidget | None = None
        self.prepared: object = None
        """What ``prepare`` returned (or raised), once it is done: the caller closes it if no form took it."""
        self._prepare = prepare
        self._build = build
        self._started = False
        self._preparing = threading.Thread(target=self._run_prepare, name="orderdesk-startup", daemon=False)
        self._poll = QTimer(self)  # the thread never touches Qt: the frame may be gone when it ends
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_prepared)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(UNPAINTED_MS, self._start)  # a frame shown minimized may not paint for a while

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._start()  # the frame is on screen: now what the form needs

    def _start(self) -> None:
        if not self._started:
            self._started = True
            self._preparing.start()
            self._poll.start()

    def wait_prepared(self) -> object:
        """What ``prepare`` gave, waiting for it if it still runs (``None`` if it never started)."""
        if self._preparing.is_alive():
            self._preparing.join()
        return self.prepared

    def _run_prepare(self) -> None:
        try:
            self.prepared = self._prepare()
        except Exception as exc:  # noqa: BLE001 - handed to build, which reports it on the window thread
            self.prepared = exc

    def _check_prepared(self) -> None:
        if self._preparing.is_alive():
            return
        self._poll.stop()
        if self.isVisible():  # not closed before the form was ready
            self._place_form()

    def _place_form(self) -> None:
        try:
            form = self._build(self.prepared)
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
