"""Saying in the window that the team's journal could not be reached at start, until it can.

A window whose team database was away at start works on as usual: what is typed stays in the
form, autosave keeps trying, and nothing is sent (every request is journaled before it leaves).
A short note stays in the status bar meanwhile, its tooltip holding the whole reason, and the
journal is asked again every few seconds, so the note goes as soon as the database is back,
whether or not anything was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from orderdesk.services.journal_access import JournalStore, JournalUnreachable
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.text import translate

ASK_AGAIN_MS = 5000
"""How long after an unanswered try the journal is tried again (the autosave's own retry interval)."""


class JournalReachNotice(QObject):
    """The status bar's note that the team's journal cannot be reached, kept until a try gets through.

    Attributes:
        note: the note, while it shows; ``None`` once the journal was reached.

    Signals:
        reached: a try got through; the note is gone.
    """

    reached = Signal()

    def __init__(self, window: QMainWindow, journal: JournalStore, problem: JournalUnreachable) -> None:
        super().__init__(window)
        self._journal = journal
        self.note: QLabel | None = QLabel(
            translate("JournalReachNotice", "Team journal unreachable: nothing is sent until it is back")
        )
        self.note.setObjectName("journal_unreachable_note")
        self._explain(problem)
        self.note.setStyleSheet("color: #b00020; font-weight: bold;")
        window.statusBar().addPermanentWidget(self.note)
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(ASK_AGAIN_MS)
        self._again.timeout.connect(self._ask)
        self._again.start()

    def _ask(self) -> None:
        # On the journal lane, after any save queued before it: a try that opens the journal when it can.
        run_in_background(self, self._journal.latest_open_draft, self._answered, journal=True)

    def _answered(self, answer: object) -> None:
        if isinstance(answer, Exception):  # still away, or reached but unusable (the reason changes to say which)
            self._explain(answer)
            self._again.start()
            return
        if self.note is not None:
            self.note.deleteLater()
            self.note = None
        self.reached.emit()

    def _explain(self, problem: Exception) -> None:
        if self.note is not None:
            self.note.setToolTip(
                translate(
                    "JournalReachNotice",
                    "{0}\n\nWhat you type stays in the form and is saved in the journal as soon as it can be reached.",
                ).format(problem)
            )
