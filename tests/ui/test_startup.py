"""The window is on screen before the form's imports, and the form then lives in it as in a window of its own."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from orderdesk.ui import MainWindow, window_state
from orderdesk.ui.startup import StartupFrame

from tests.ui.conftest import add_profile

ROOT = Path(__file__).resolve().parents[2]

FIRST_PAINT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
                loaded = [name for name in ("pydantic", "orderdesk.ui.main_window", "orderdesk.journal")
                          if name in sys.modules]
                print("painted with", ",".join(loaded) or "none", flush=True)
                app.removeEventFilter(self)
            return False

    app = QApplication(sys.argv)
    first_paint = FirstPaint()
    app.installEventFilter(first_paint)
    from orderdesk.cli import main
    sys.exit(main(["--self-test"]))
    """
)


def test_the_window_is_painted_before_the_form_is_imported_and_the_self_test_still_builds_it(
    orderdesk_home: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORDERDESK_HOME": str(orderdesk_home)}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout == "painted with none\nok\n"
    assert result.stderr == ""


def _frame(qtbot: QtBot, build: Callable[[], QWidget]) -> StartupFrame:
    frame = StartupFrame(lambda: None, lambda _prepared: build(), QSize(1360, 900), QSize(960, 640))
    qtbot.add_widget(frame)
    return frame


def test_the_form_fills_the_frame_with_the_cursor_where_it_put_it(qtbot: QtBot, orderdesk_home: Path) -> None:
    add_profile("Drop", "dropday")
    window_state.save_chosen(["Drop"])  # a profile ticked: the form starts at the customer's name
    forms: list[MainWindow] = []

    def build() -> QWidget:
        forms.append(MainWindow())
        forms[0].setWindowTitle("OrderDesk (test)")
        return forms[0]

    frame = _frame(qtbot, build)
    with qtbot.wait_signal(frame.ready, timeout=30_000):
        frame.show()
    [form] = forms
    assert frame.form is form and frame.centralWidget() is form
    assert not form.isWindow() and form.isVisible() and form.window() is frame
    assert frame.windowTitle() == "OrderDesk (test)"
    form.setWindowTitle("OrderDesk (renamed)")
    assert frame.windowTitle() == "OrderDesk (renamed)"
    frame.activateWindow()
    qtbot.wait_until(lambda: frame.isActiveWindow())
    edit = form.findChild(QLineEdit, "customer.name")
    assert edit is not None and QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, "Anna")
    assert form.presenter.draft.customer.name == "Anna"
    form.close()
    form.journal.close()


def test_quit_in_the_form_closes_the_frame_and_closing_the_frame_closes_the_form(
    qtbot: QtBot, orderdesk_home: Path
) -> None:
    frames = []
    for _ in range(2):
        frame = _frame(qtbot, MainWindow)
        with qtbot.wait_signal(frame.ready, timeout=30_000):
            frame.show()
        frames.append(frame)
    quitting, closing = frames
    focused = QApplication.focusWidget()  # nothing ticked: Qt's choice, as for a window of its own
    assert focused is not None and closing.isAncestorOf(focused)
    assert isinstance(quitting.form, MainWindow) and isinstance(closing.form, MainWindow)
    quit_action = next(action for action in quitting.form.findChildren(type(quitting.form.submit_action))
                       if action.text() == "&Quit")
    quit_action.trigger()
    qtbot.wait_until(lambda: not quitting.isVisible())
    assert quitting.form.isHidden()

    closing.close()
    assert not closing.isVisible() and closing.form.isHidden()
    with pytest.raises(sqlite3.ProgrammingError):  # the form's own close ran: it closed its journal
        closing.form.journal.latest_open_draft()


def test_a_frame_closed_before_the_form_is_ready_builds_nothing(qtbot: QtBot) -> None:
    built: list[object] = []

    def prepare() -> str:
        time.sleep(1)
        return "prepared"

    frame = StartupFrame(prepare, lambda prepared: built.append(prepared), QSize(1360, 900), QSize(960, 640))  # type: ignore[arg-type,func-returns-value]
    qtbot.add_widget(frame)
    frame.show()
    qtbot.wait_until(lambda: frame._started)  # noqa: SLF001 - painted: the preparation has begun
    frame.close()
    assert frame.wait_prepared() == "prepared"  # what the application closes when no form took it
    qtbot.wait(200)  # the poll that finds it done has run
    assert built == []
    assert frame.form is None and frame.centralWidget() is None


def test_the_form_is_built_from_what_was_prepared_off_the_window_thread(qtbot: QtBot) -> None:
    threads: list[threading.Thread] = []

    def prepare() -> QWidget | None:
        threads.append(threading.current_thread())
        return None

    def build(prepared: object) -> QWidget:
        assert prepared is None
        threads.append(threading.current_thread())
        return QWidget()

    frame = StartupFrame(prepare, build, QSize(1360, 900), QSize(960, 640))
    qtbot.add_widget(frame)
    with qtbot.wait_signal(frame.ready, timeout=30_000):
        frame.show()
    assert threads[0] is not threading.main_thread() and threads[1] is threading.main_thread()
    frame.close()


def test_what_the_preparation_raised_reaches_build(qtbot: QtBot) -> None:
    def prepare() -> None:
        raise LookupError("no such module")

    raised: list[object] = []
    frame = StartupFrame(prepare, lambda prepared: raised.append(prepared), QSize(1360, 900), QSize(960, 640))  # type: ignore[arg-type,func-returns-value]
    qtbot.add_widget(frame)
    frame.show()
    qtbot.wait_until(lambda: raised != [], timeout=5000)
    assert isinstance(raised[0], LookupError) and str(raised[0]) == "no such module"
    frame.close()


def test_a_frame_that_is_never_painted_still_gets_its_form(qtbot: QtBot, orderdesk_home: Path) -> None:
    frame = _frame(qtbot, MainWindow)
    frame.setUpdatesEnabled(False)  # shown, but never painted (as when started minimized)
    with qtbot.wait_signal(frame.ready, timeout=30_000):
        frame.show()
    assert isinstance(frame.form, MainWindow)
    frame.close()


def test_the_frame_starts_no_larger_than_the_screen(qtbot: QtBot) -> None:
    frame = StartupFrame(lambda: None, lambda _prepared: None, QSize(100_000, 100_000), QSize(320, 200))
    qtbot.add_widget(frame)
    available = frame.screen().availableGeometry().size()
    assert frame.size() == available.expandedTo(QSize(320, 200))
