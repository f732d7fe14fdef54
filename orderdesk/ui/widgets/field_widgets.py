"""Small input widgets and the slot that shows an input's label, required marker and message.

A slot only displays: which message to show is decided by the validation controller.
Errors and warnings differ in colour and in the sign before the text, so they can be told
apart without colour too.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from orderdesk.core.amounts import NumberProblem
from orderdesk.targets.base import DAY_HELD
from orderdesk.ui.language.numbers import day_hint, edit_text, problem_text, read_amount, read_day, show_day
from orderdesk.ui.language.text import translate

STATE_PROPERTY = "messageState"
"""The dynamic property the style sheet keys on: ``"error"``, ``"warning"`` or ``""``."""

NUMBER_PATTERN = r"[-+]?[\d.,' \x{00a0}\x{202f}]*"


def number_validator(parent: QWidget) -> QRegularExpressionValidator:
    """Lets only digits, separators, spaces and a leading sign through.

    Which separator is the decimal one is the window's language's business (``read_amount``),
    so both are let through here and a misplaced one is said in words rather than swallowed.
    """
    pattern = QRegularExpression(NUMBER_PATTERN)
    return QRegularExpressionValidator(pattern, parent)


def set_state(widget: QWidget, state: str) -> None:
    """Restyle ``widget`` for ``state`` (``"error"``, ``"warning"`` or ``""``) when it changes."""
    if widget.property(STATE_PROPERTY) == state:
        return
    widget.setProperty(STATE_PROPERTY, state)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class NumberEdit(QLineEdit):
    """A line edit for an amount or quantity, read as the window's language writes numbers.

    Attributes:
        problem: why the text is not a number (``None`` when it is one, or empty); its value is then
            ``None``, and the form says the problem under the input instead of guessing an amount.
    """

    def __init__(self, parent: QWidget | None = None, integer: bool = False) -> None:
        super().__init__(parent)
        self._integer = integer
        self.problem: NumberProblem | None = None
        self.setValidator(number_validator(self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def number(self) -> Decimal | int | None:
        """The typed value (``int`` for whole-number fields), ``None`` when empty or not a number."""
        try:
            value = read_amount(self.text(), 0 if self._integer else None)
        except NumberProblem as problem:
            self.problem = problem
            return None
        self.problem = None
        if value is None or not self._integer:
            return value
        return int(value)

    def problem_text(self) -> str:
        """Why the text is not a number, in the window's language; "" when it is one."""
        return problem_text(self.problem) if self.problem is not None else ""

    def set_number(self, value: Decimal | int | None) -> None:
        """Show ``value``; ``None`` clears."""
        self.problem = None
        self.setText(edit_text(value))


class DayEdit(QLineEdit):
    """A line edit for a day, typed and shown as the window's language writes days; held as ``DAY_HELD`` text.

    Attributes:
        problem: the text that names no day (``""`` when it names one, or is empty); the value is
            then ``None`` and the form says so under the input.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = ""
        self.setPlaceholderText(day_hint())

    def held(self) -> str | None:
        """The typed day as the draft holds it (``07-11-2025``), ``None`` when empty or no day."""
        text = self.text().strip()
        day = read_day(text) if text else None
        self.problem = text if text and day is None else ""
        return date(day.year(), day.month(), day.day()).strftime(DAY_HELD) if day is not None else None

    def problem_text(self) -> str:
        """Why the text is not a day, in the window's language; "" when it is one."""
        if not self.problem:
            return ""
        return translate("DayEdit", "“{0}” is not a day: write it as {1}").format(self.problem, day_hint())

    def set_held(self, value: str | None) -> None:
        """Show the held ``value``; text that is not a held day is shown as it is (an opened body's own)."""
        self.problem = ""
        try:
            held = datetime.strptime(value or "", DAY_HELD).date()
        except ValueError:  # not a held day: shown as it is, and the API's rules say what is wrong
            self.setText(value or "")
            return
        self.setText(show_day(QDate(held.year, held.month, held.day)))


class MessageLabel(QLabel):
    """The line under an input that says what is wrong; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("fieldMessage")
        self.hide()

    def show_message(self, state: str, text: str) -> None:
        """Show ``text`` styled as ``state``; an empty text hides the line."""
        if not text:
            self.hide()
            self.clear()
            set_state(self, "")
            return
        self.setText(text)
        set_state(self, state)
        self.show()


class FieldSlot:
    """One input as the form shows it: its label, the input, and the message line under it.

    Attributes:
        path: the draft path of the input (also its ``objectName``).
        label: the label naming the input (``None`` for a check box, which names itself).
        widget: the input.
        message: the message line.
        container: the widget holding the input and its message, for layouts.
    """

    def __init__(self, path: str, widget: QWidget, label: QLabel | None = None) -> None:
        self.path = path
        self.widget = widget
        self.label = label
        self.message = MessageLabel()
        self.container = QWidget()
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._label_text = label.text() if label is not None else ""
        self._plain_tip = widget.toolTip()
        widget.setObjectName(path)
        if label is not None:
            label.setBuddy(widget)
            label.setObjectName(f"{path}:label")

    def show_message(self, state: str, text: str) -> None:
        """Style the input and show ``text`` under it; empty ``state`` clears both."""
        set_state(self.widget, state)
        self.message.show_message(state, text)

    def set_required(self, apis: str) -> None:
        """Mark the input required by the named APIs (``""`` removes the marker)."""
        tip = translate("FieldSlot", "Required by {0}").format(apis) if apis else ""
        if self.label is not None:
            self.label.setText(f"{self._label_text} *" if apis else self._label_text)
            self.label.setToolTip(tip)
        self.widget.setToolTip("\n".join(part for part in (self._plain_tip, tip) if part))
