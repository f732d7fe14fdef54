"""Mark resolved…: a person says what they found at the API for an order nobody can look up.

An ``unknown`` Feedback Company order can never be settled by a lookup, and Send again would
risk making it twice. After checking the API's dashboard, the person says "it is there
(reference …)" or "it is not there"; the journal records it with their name
(``Journal.resolve``), off the window thread, and refuses it when another process is sending
the order meanwhile: the dialog then says so and stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.services.journal_access import JournalStore, OutboxRow, OutboxState, desk_name
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.text import translate


class ResolveDialog(QDialog):
    """Asks whether the order is at the API, and records the answer.

    Signals:
        resolved(int, str): the order key, and one line for the status bar saying what was recorded.
    """

    resolved = Signal(int, str)

    def __init__(self, journal: JournalStore, row: OutboxRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox.resolve_dialog")
        self.setWindowTitle(translate("ResolveDialog", "Mark resolved"))
        self._journal = journal
        self._row = row
        self._busy = False
        self._by = desk_name()
        name = row.external_id or row.customer or translate("ResolveDialog", "Order {0}").format(row.order_key)
        intro = QLabel(
            translate(
                "ResolveDialog",
                "{0} to {1} is {2}. Check at the API (its dashboard) whether the order is there, then say what you "
                "found. It is recorded in the order's attempts as said by {3}.",
            ).format(name, row.profile, _state_name(row.state), self._by)
        )
        intro.setWordWrap(True)
        self.there = QRadioButton(translate("ResolveDialog", "It &is at the API, reference:"))
        self.there.setObjectName("resolve.there")
        self.reference = QLineEdit()
        self.reference.setObjectName("resolve.reference")
        self.reference.setPlaceholderText(translate("ResolveDialog", "as the API's dashboard shows it"))
        self.not_there = QRadioButton(
            translate("ResolveDialog", "It is &not at the API: Send again sends it, without looking it up first")
        )
        self.not_there.setObjectName("resolve.not_there")
        self._choices = QButtonGroup(self)
        self._choices.addButton(self.there)
        self._choices.addButton(self.not_there)
        self.message = QLabel()
        self.message.setObjectName("resolve.message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.mark_button = QPushButton(translate("ResolveDialog", "&Mark resolved"))
        self.mark_button.setObjectName("resolve.mark")
        self.buttons.addButton(self.mark_button, QDialogButtonBox.ButtonRole.AcceptRole)

        reference_row = QHBoxLayout()
        reference_row.addWidget(self.there)
        reference_row.addWidget(self.reference, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(reference_row)
        layout.addWidget(self.not_there)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.there.toggled.connect(self._update)
        self.not_there.toggled.connect(self._update)
        self.reference.textChanged.connect(self._update)
        self.reference.textEdited.connect(lambda _text: self.there.setChecked(True))
        self.reference.returnPressed.connect(self.mark)
        self.buttons.accepted.connect(self.mark)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def mark(self) -> None:
        """Record the choice in the background; the dialog closes once the journal has it."""
        if not self.mark_button.isEnabled():
            return
        reference = self.reference.text().strip() if self.there.isChecked() else None
        key, by = self._row.order_key, self._by
        self._set_busy(True)
        self.message.setText(translate("ResolveDialog", "Recording…"))
        run_in_background(self, lambda: self._journal.resolve(key, reference, by=by), self._recorded)

    def reject(self) -> None:
        """Cancel, Escape or the close button: refused while recording, so the dialog never goes before its answer."""
        if not self._busy:
            super().reject()

    def _recorded(self, answer: object) -> None:
        self._set_busy(False)
        if isinstance(answer, Exception):  # NotResolvable (being sent, settled meanwhile) or the journal's error
            self.message.setText(translate("ResolveDialog", "Not recorded: {0}").format(answer))
            return
        name = self._row.external_id or translate("ResolveDialog", "Order {0}").format(self._row.order_key)
        if self.there.isChecked():
            said = translate("ResolveDialog", "{0} marked as at {1} (reference {2}).").format(
                name, self._row.profile, self.reference.text().strip()
            )
        else:
            said = translate("ResolveDialog", "{0} marked as not at {1}: Send again sends it without a lookup.").format(
                name, self._row.profile
            )
        self.resolved.emit(self._row.order_key, said)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for widget in (self.there, self.not_there, self.reference, cancel):
            widget.setEnabled(not busy)
        self._update()
        if busy:
            self.mark_button.setEnabled(False)

    def _update(self) -> None:
        ready = self.not_there.isChecked() or (self.there.isChecked() and bool(self.reference.text().strip()))
        self.mark_button.setEnabled(ready and self.there.isEnabled())
        if self.there.isChecked() and not self.reference.text().strip():
            self.message.setText(translate("ResolveDialog", "Type the reference the API shows for the order."))
        elif ready:
            self.message.setText("")


_STATE_NAMES = {
    OutboxState.UNKNOWN: QT_TRANSLATE_NOOP("ResolveDialog", "unknown"),
    OutboxState.FAILED: QT_TRANSLATE_NOOP("ResolveDialog", "failed"),
}


def _state_name(state: OutboxState) -> str:
    """A resolvable state as a word in a sentence ("… is unknown")."""
    return translate("ResolveDialog", _STATE_NAMES[state]) if state in _STATE_NAMES else state.value
