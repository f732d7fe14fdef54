"""What happened to the order at each profile: progress while sending, then the outcome.

Created and duplicate show the API's reference; the others say in plain words what went
wrong and offer Retry where sending again can help (``orderdesk.sending.next_step`` decides),
or else say what the person can do.
"""

from __future__ import annotations

import time
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from orderdesk.config.profiles import Profile
from orderdesk.core.outcome import Outcome
from orderdesk.services.outcome_words import Severity, describe
from orderdesk.services.sending import next_step
from orderdesk.ui.language.core_texts import core_text
from orderdesk.ui.language.finding_texts import finding_text
from orderdesk.ui.language.numbers import show_number
from orderdesk.ui.language.reason_texts import reason_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.widgets.field_widgets import set_state


SIGNS: dict[Severity, str] = {Severity.OK: "✔", Severity.WARNING: "?", Severity.ERROR: "✖"}
"""A sign before each sentence, so the outcome is told apart without its colour."""


def outcome_text(outcome: Outcome) -> tuple[str, str]:
    """The state (``"ok"``, ``"warning"``, ``"error"``) and text of ``outcome`` (``services.outcome_words``).

    Field errors are left out: they are shown next to the inputs they belong to.
    """
    told = describe(outcome)
    values = {**told.values, "reason": reason_text(told.values.get("reason", ""))}
    if "how" in told.values:
        values["how"] = core_text(told.values["how"])
    sentence = core_text(told.template, values)
    if told.errors:
        sentence = translate("ResultsPanel", "{0} shown next to the inputs").format(sentence)
    elif told.said:
        sentence = translate("ResultsPanel", "{0}, see below").format(sentence)
    said = [reason_text(finding_text(line)) for line in told.said]
    return told.severity.value, "\n".join([f"{SIGNS[told.severity]} {sentence}", *said])


class _Row:
    def __init__(self, grid: QGridLayout, number: int, profile: Profile) -> None:
        self.profile = profile
        self.name = QLabel(f"{profile.name} — {profile.title}")
        self.status = QLabel()
        self.status.setObjectName(f"result:{profile.name}")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.retry = QPushButton(translate("ResultsPanel", "Retry"))
        self.retry.setObjectName(f"retry:{profile.name}")
        self.retry.setToolTip(translate("ResultsPanel", "Send this order to {0} again").format(profile.name))
        self.started = time.monotonic()
        self.busy = False
        grid.addWidget(self.name, number, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.progress, number, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.status, number, 2)
        grid.addWidget(self.retry, number, 3, Qt.AlignmentFlag.AlignTop)

    def remove(self) -> None:
        for widget in (self.name, self.status, self.progress, self.retry):
            widget.deleteLater()


class ResultsPanel(QGroupBox):
    """One row per profile the order went to.

    Signals:
        retry_requested(str): the person pressed Retry for this profile.
    """

    retry_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ResultsPanel", "Results"), parent)
        self.setObjectName("results")
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(2, 1)
        self._rows: dict[str, _Row] = {}
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._tick)
        self.hide()

    def clear(self) -> None:
        """Forget every row (a new order)."""
        for row in self._rows.values():
            row.remove()
        self._rows.clear()
        self._ticker.stop()
        self.hide()

    def sending(self, profile: Profile) -> None:
        """Show ``profile`` as being sent to now."""
        row = self._rows.get(profile.name)
        if row is None:
            row = _Row(self._grid, len(self._rows), profile)
            row.retry.clicked.connect(lambda: self.retry_requested.emit(profile.name))
            self._rows[profile.name] = row
        row.profile = profile
        row.started = time.monotonic()
        row.busy = True
        row.progress.show()
        row.retry.hide()
        row.status.setText(translate("ResultsPanel", "Sending…"))
        set_state(row.status, "")
        self._ticker.start()
        self.show()

    def finished(self, profile_name: str, outcome: Outcome, seconds: float) -> None:
        """Show the outcome of ``profile_name``'s submission."""
        row = self._rows.get(profile_name)
        if row is None:
            return
        state, text = outcome_text(outcome)
        step = next_step(outcome, row.profile)
        row.busy = False
        row.progress.hide()
        advice = core_text(step.template, step.values)
        row.status.setText(f"{text}\n{advice}" if advice else text)
        answered = translate("ResultsPanel", "Answered after {0} s").format(show_number(round(Decimal(seconds), 1)))
        row.status.setToolTip(f"{answered} (HTTP {outcome.status})" if outcome.status else answered)
        set_state(row.status, state)
        row.retry.setVisible(step.retry)
        if not any(r.busy for r in self._rows.values()):
            self._ticker.stop()

    def status_text(self, profile_name: str) -> str:
        """What the row of ``profile_name`` says now ("" when there is none)."""
        row = self._rows.get(profile_name)
        return row.status.text() if row else ""

    def _tick(self) -> None:
        for row in self._rows.values():
            if row.busy:
                row.status.setText(
                    translate("ResultsPanel", "Sending… {0} s").format(int(time.monotonic() - row.started))
                )
