"""The Profiles dialog's banner: a profiles file or keyring that cannot be used, and a keyring call that waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from orderdesk.services.profiles import KeyringUnavailable
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.reason_texts import reason_text
from orderdesk.ui.language.text import translate

WAITING_TEXT = QT_TRANSLATE_NOOP("ProfilesDialog", "Waiting for the keyring to unlock…")
"""Shown while a keyring call keeps the dialog waiting: it may be waiting for the person to answer an unlock prompt."""

WAITING_GRACE_MS = 400
"""How long the keyring may take to answer before the banner says it waits: an unlocked keyring answers well within
it, and a note that flashes up for every call only makes a person wonder what went wrong."""


class ProblemBanner(QWidget):
    """The problems with the profiles file and the system keyring, and whether a keyring call is under way.

    Every keyring call of the dialog runs through ``run_keyring``, so the banner can say that the keyring
    may be waiting to unlock once it has not answered for ``WAITING_GRACE_MS``. The banner hides itself
    while it has nothing to say.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keyring_calls = 0
        self._file_problem = ""
        self._keyring_problem = ""
        self._problem = QLabel(objectName="profiles.problem", wordWrap=True)
        self._problem.setStyleSheet("background: #fdecea; color: #611a15; padding: 8px; border-radius: 4px;")
        self._problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problem.setTextFormat(Qt.TextFormat.PlainText)  # server words are text, never markup
        self._problem.setVisible(False)
        self._waiting = QLabel(translate("ProfilesDialog", WAITING_TEXT), objectName="profiles.keyring_waiting")
        self._waiting.setVisible(False)
        self._grace = QTimer(self, singleShot=True, interval=WAITING_GRACE_MS)
        self._grace.timeout.connect(self._say_waiting)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._problem)
        layout.addWidget(self._waiting)
        self.setVisible(False)

    @property
    def keyring_busy(self) -> bool:
        """Whether a keyring call asked through ``run_keyring`` has not answered yet."""
        return self._keyring_calls > 0

    def set_file_problem(self, problem: str) -> None:
        """Say why the profiles file cannot be used ("" once it can)."""
        self._file_problem = problem
        self._show_problems()

    def keyring_checked(self, result: object) -> None:
        """Say what a keyring call's ``result`` tells about the keyring: unavailable, unusable, or fine (None)."""
        if isinstance(result, KeyringUnavailable):
            self._keyring_problem = translate("ProfilesDialog", "{0} Secrets cannot be stored until then.").format(
                reason_text(str(result))
            )
        elif isinstance(result, Exception):
            self._keyring_problem = translate("ProfilesDialog", "The system keyring cannot be used ({0}).").format(
                type(result).__name__
            )
        else:
            self._keyring_problem = ""
        self._show_problems()

    def run_keyring(self, work: Callable[[], Any], answer: Callable[[Any], None]) -> None:
        """Run a keyring call in the background; say that the keyring may be waiting once it keeps us waiting."""
        self._keyring_calls += 1
        if self._keyring_calls == 1:  # else the keyring is busy already, and the grace time or the note runs
            self._grace.start()

        def answered(result: object) -> None:
            self._keyring_calls -= 1
            self._waiting.setVisible(False)  # the keyring answered: whatever waits next gets its own grace time
            if self._keyring_calls:
                self._grace.start()
            else:
                self._grace.stop()
            self._fit()
            answer(result)

        run_in_background(self, work, answered, keyring=True)

    def _say_waiting(self) -> None:
        self._waiting.setVisible(True)
        self._fit()

    def _show_problems(self) -> None:
        problems = [problem for problem in (self._file_problem, self._keyring_problem) if problem]
        self._problem.setText("\n\n".join(problems))
        self._problem.setVisible(bool(problems))
        self._fit()

    def _fit(self) -> None:
        # Hidden while empty, so the dialog's layout leaves no gap for it.
        self.setVisible(not self._problem.isHidden() or not self._waiting.isHidden())
