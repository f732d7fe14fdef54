"""Asking before a window closes with an order the journal could not take.

Autosave keeps what is typed in the journal; when the journal cannot be reached (a team's
database away) or is damaged, the order on screen lives only in the window. Closing it then
would lose it, so the person is asked first, told how to keep it, and the window stays open
unless they choose otherwise. The question is window-modal, not blocking: autosave keeps
trying meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from orderdesk.ui.language.text import translate


def ask_before_losing(window: QMainWindow, reason: str, close_anyway: Callable[[], None]) -> QMessageBox:
    """Open the question over ``window``; ``close_anyway`` runs if the person chooses to lose the order."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("UnsavedClose", "The order is not saved"),
        translate(
            "UnsavedClose",
            "OrderDesk could not save this order in the journal, so it is only in this window: closing it loses "
            "what was typed.\n\n{0}\n\nKeep the window open and it is saved as soon as the journal can be "
            "reached, or keep the order in a file first with Order ▸ Save as API body… (Ctrl+S).",
        ).format(reason),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setObjectName("unsaved_close")
    keep = box.addButton(translate("UnsavedClose", "Keep the window open"), QMessageBox.ButtonRole.RejectRole)
    lose = box.addButton(translate("UnsavedClose", "Close and lose the order"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lose.clicked.connect(close_anyway)
    box.open()
    return box
