"""Saying in the window that the journal is damaged: once, whether found at start or by a later query.

The window goes on with the order on screen, which lives in memory: a damaged journal is
never written to again, so nothing typed from then on is saved there, and nothing is sent
(every request is journaled before it leaves). The message says so, how to keep the order
(Save as API body) and how to recover the journal.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from orderdesk.services.journal_access import JournalDamaged, JournalStore
from orderdesk.ui.language.text import translate

STATUS_NOTE = QT_TRANSLATE_NOOP("JournalDamageNotice", "Journal damaged: nothing is saved or sent")


def damaged_text(error: str) -> str:
    """What a person reads when the journal turns out to be damaged: what it means now, then the way out."""
    return translate(
        "JournalDamageNotice",
        "OrderDesk found its journal, where drafts and sent orders are kept, damaged. From now on nothing is "
        "saved in it and no order is sent, so the order on screen lives only in this window: to keep it, save it "
        "with Order ▸ Save as API body… (Ctrl+S).\n\n{0}",
    ).format(error)


class JournalDamageNotice(QObject):
    """Tells the person once that the journal is damaged: a message box, and a note that stays in the status bar.

    The journal reports damage on whichever thread found it (its checkup thread, an autosave,
    a query); a queued signal brings the news to the window thread.

    Attributes:
        box: the message box, once shown.
        note: the status bar's note, once shown (its tooltip holds the whole message).
    """

    _found = Signal(str)

    def __init__(self, window: QMainWindow, journal: JournalStore) -> None:
        super().__init__(window)
        self._window = window
        self.box: QMessageBox | None = None
        self.note: QLabel | None = None
        self._found.connect(self._show, Qt.ConnectionType.QueuedConnection)
        journal.when_damaged(self._relay)

    def _relay(self, damage: JournalDamaged) -> None:
        try:
            self._found.emit(str(damage))
        except RuntimeError:  # the window is gone: nobody left to tell
            pass

    def _show(self, error: str) -> None:
        if self.note is not None:
            return
        self.note = QLabel(translate("JournalDamageNotice", STATUS_NOTE))
        self.note.setObjectName("journal_damaged_note")
        self.note.setToolTip(error)
        self.note.setStyleSheet("color: #b00020; font-weight: bold;")
        self._window.statusBar().addPermanentWidget(self.note)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("JournalDamageNotice", "The journal is damaged"),
            damaged_text(error),
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setObjectName("journal_damaged")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path and command can be copied
        box.open()  # window-modal, and the window thread goes on: the order stays editable once it is closed
        self.box = box
