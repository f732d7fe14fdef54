"""Starting the Qt application: the window, its icon, and ``--self-test``.

Only Qt is imported before the window is on screen (``startup.StartupFrame``); the form and
everything it needs (pydantic, the APIs' rules, the journal) load right after, and the journal
is opened, off the window thread: a team's database, its password in the keyring, may take a
while to answer.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from orderdesk.ui.language.text import translate
from orderdesk.ui.startup import StartupFrame

if TYPE_CHECKING:
    from orderdesk.services.journal_access import JournalError, StartingJournal

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
EXIT_JOURNAL = 2
"""The exit status when the journal cannot be opened, as the command line's journal errors."""

FORM_MODULES = ("orderdesk.ui.language.install", "orderdesk.ui.main_window")
"""What building the form imports, loaded off the window thread once the frame is painted, before the journal opens."""
WINDOW_SIZE = QSize(1360, 900)
MINIMUM_SIZE = QSize(960, 640)
"""The frame's sizes before the form is in it: the ones ``MainWindow`` gives itself."""


def run_app(self_test: bool = False) -> int:
    """Show the main window and run the event loop; the return value is the exit status.

    With ``self_test`` the real window is built and shown, the event loop runs until it is
    idle, ``ok`` is printed and the process exits 0, so a packaged build can be smoke-tested.
    A journal that cannot be opened is said in a message box (on standard error with
    ``self_test``) instead of a traceback, and the exit status is 2. A damaged journal is
    not a reason to stay closed: the window starts and says so (``journal_damage``).
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("OrderDesk")
    app.setOrganizationName("OrderDesk")
    icon = RESOURCES / "orderdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    frame = StartupFrame(
        _prepare_form, lambda prepared: _build_form(app, frame, self_test, prepared), WINDOW_SIZE, MINIMUM_SIZE
    )
    if self_test:
        frame.ready.connect(lambda _form: QTimer.singleShot(0, lambda: _finish_self_test(app)))
    frame.show()
    try:
        return app.exec()
    finally:
        if frame.form is None:  # closed before the form took the journal: nobody else closes it
            _close_unused(frame.wait_prepared())
        frame.deleteLater()


def _prepare_form() -> StartingJournal:
    """Off the window thread: import the form's modules, then open the journal and read the draft to reopen."""
    for name in FORM_MODULES:
        importlib.import_module(name)
    from orderdesk.services.journal_access import start_journal

    return start_journal()


def _close_unused(prepared: object) -> None:
    from orderdesk.services.journal_access import StartingJournal

    if isinstance(prepared, StartingJournal):
        prepared.journal.close()


def _build_form(app: QApplication, frame: StartupFrame, self_test: bool, prepared: object) -> QWidget | None:
    """The order form, or None when the journal cannot be opened (said, and the event loop ends with 2).

    ``prepared`` is what ``_prepare_form`` returned or raised; anything but a journal's error is
    a broken installation, raised again for its traceback.
    """
    from orderdesk.services.journal_access import JournalError, StartingJournal, journal_path
    from orderdesk.ui.language.choice import current_language
    from orderdesk.ui.language.install import install_language
    from orderdesk.ui.main_window import MainWindow

    install_language(app, current_language())  # before the form, whose texts are translated as it is built
    if isinstance(prepared, StartingJournal):
        if self_test and prepared.unreachable is not None:
            print(prepared.unreachable, file=sys.stderr, flush=True)
        return MainWindow(starting=prepared)
    assert isinstance(prepared, BaseException)
    if not isinstance(prepared, JournalError):
        raise prepared
    text = journal_problem(prepared, journal_path())
    frame.hide()
    app.setQuitOnLastWindowClosed(False)  # closing the message box must not end the loop with 0
    if self_test:
        print(text, file=sys.stderr, flush=True)
    else:
        journal_problem_box(text).exec()
    app.exit(EXIT_JOURNAL)
    return None


def journal_problem(error: JournalError, path: Path) -> str:
    """What a person reads when the journal at ``path`` cannot be opened: the problem and the way out.

    Moving the file aside is safe and enough: OrderDesk then starts an empty journal, and the
    old one can still be read by support. The ``-wal`` and ``-shm`` files beside it belong to it.
    A team's database is no file to move (one that cannot be reached yet does not stop the
    window: it opens once it can): the way out is the database's setting or its password.
    """
    from orderdesk.services.journal_access import team_journal_chosen

    if team_journal_chosen():
        return translate(
            "App",
            "OrderDesk cannot open the team's journal, where drafts and sent orders are kept, so the window did "
            "not start and nothing was sent.\n\n{0}\n\nTo work on this desk's own journal instead, run: "
            "orderdesk journal use sqlite",
        ).format(error)
    return translate(
        "App",
        "OrderDesk cannot open its journal, where drafts and sent orders are kept, so the window did not start."
        "\n\n{0}\n\n"
        "To start with an empty journal, close OrderDesk everywhere and move {1} aside (rename it or put it in "
        "another folder), together with {2}-wal and {2}-shm if they are there. Keep the moved files for support; "
        "OrderDesk has not changed them.",
    ).format(error, path, path.name)


def journal_problem_box(text: str) -> QMessageBox:
    """The message box that shows ``journal_problem``'s text; the caller decides how to show it."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, translate("App", "OrderDesk cannot start"), text, QMessageBox.StandardButton.Close
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
    return box


def _finish_self_test(app: QApplication) -> None:
    app.processEvents()
    print("ok", flush=True)
    app.quit()
