"""The Outbox page's filter bar: which orders to list, by state, profile, date and text.

It only says what the inputs ask for (``query``); the page decides when the list follows.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from orderdesk.services.journal_access import OutboxState
from orderdesk.ui.language.numbers import number_locale
from orderdesk.ui.language.text import translate
from orderdesk.ui.outbox_page.outbox_model import NEEDS_ATTENTION, OutboxQuery

STATE_CHOICES: tuple[tuple[str, tuple[OutboxState, ...]], ...] = (
    (QT_TRANSLATE_NOOP("OutboxView", "Needs attention"), NEEDS_ATTENTION),
    (QT_TRANSLATE_NOOP("OutboxView", "Failed"), (OutboxState.FAILED,)),
    (QT_TRANSLATE_NOOP("OutboxView", "Rejected"), (OutboxState.REJECTED,)),
    (QT_TRANSLATE_NOOP("OutboxView", "Unknown"), (OutboxState.UNKNOWN,)),
    (QT_TRANSLATE_NOOP("OutboxView", "Not authorised"), (OutboxState.UNAUTHORIZED,)),
    (QT_TRANSLATE_NOOP("OutboxView", "Sent"), (OutboxState.SENT,)),
    (QT_TRANSLATE_NOOP("OutboxView", "Being sent"), (OutboxState.SENDING,)),
    (QT_TRANSLATE_NOOP("OutboxView", "All orders"), ()),
)
"""The state filter's choices; the first is where a support person starts."""

PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("OutboxView", "Any time"), None),
    (QT_TRANSLATE_NOOP("OutboxView", "Today"), 0),
    (QT_TRANSLATE_NOOP("OutboxView", "Last 7 days"), 6),
    (QT_TRANSLATE_NOOP("OutboxView", "Last 30 days"), 29),
    (QT_TRANSLATE_NOOP("OutboxView", "Between…"), -1),
)
"""The date filter's choices: days before today that still count; -1 shows two date inputs."""

TEXT_OVERHANG = 2
"""Pixels a hinted, anti-aliased last letter may draw past its text's advance."""


class OutboxFilters(QWidget):
    """The filter inputs in one row, the two date inputs shown only for "Between…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("outbox.state")
        for title, states in STATE_CHOICES:
            self.state_filter.addItem(translate("OutboxView", title), states)
        self.state_filter.setToolTip(
            translate("OutboxView", "Needs attention: failed, rejected, unknown and not authorised orders")
        )
        self.profile_filter = QComboBox()
        self.profile_filter.setObjectName("outbox.profile")
        self.profile_filter.addItem(translate("OutboxView", "All profiles"), "")
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("outbox.period")
        for title, days in PERIODS:
            self.period_filter.addItem(translate("OutboxView", title), days)
        today = QDate.currentDate()
        self.since_edit = _date_edit("outbox.since", today.addDays(-7))
        self.until_edit = _date_edit("outbox.until", today)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("outbox.text")
        self.text_filter.setPlaceholderText(translate("OutboxView", "Order number, customer or e-mail"))
        self.text_filter.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(translate("OutboxView", "Refresh"))
        self.refresh_button.setObjectName("outbox.refresh")
        self.refresh_button.setToolTip(translate("OutboxView", "Read the journal again (F5)"))
        self.refresh_button.setShortcut(QKeySequence("F5"))

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (translate("OutboxView", "S&how"), self.state_filter),
            (translate("OutboxView", "&Profile"), self.profile_filter),
            (translate("OutboxView", "&When"), self.period_filter),
        ):
            row.addWidget(_label(text, widget))
            row.addWidget(widget)
        row.addWidget(self.since_edit)
        self.until_label = _label(translate("OutboxView", "to"))
        row.addWidget(self.until_label)
        row.addWidget(self.until_edit)
        row.addWidget(_label(translate("OutboxView", "Sea&rch"), self.text_filter))
        row.addWidget(self.text_filter, 1)
        row.addWidget(self.refresh_button)
        self.period_filter.currentIndexChanged.connect(self._show_dates)
        self._show_dates()

    def query(self) -> OutboxQuery:
        """The filter as the inputs say now."""
        days = self.period_filter.currentData()
        since: date | None = None
        until: date | None = None
        if days == -1:
            since, until = _day(self.since_edit), _day(self.until_edit)
        elif days is not None:
            since = date.today() - timedelta(days=days)
        return OutboxQuery(
            states=self.state_filter.currentData(),
            profile=self.profile_filter.currentData() or "",
            since=since,
            until=until,
            text=self.text_filter.text().strip(),
        )

    def _show_dates(self) -> None:
        custom = self.period_filter.currentData() == -1
        for widget in (self.since_edit, self.until_label, self.until_edit):
            widget.setVisible(custom)


def _label(text: str, buddy: QWidget | None = None) -> QLabel:
    """A label of the row with room on its right for its last letter's edge.

    A label asks for its text's advance only, and the row gives it no more; a hinted last letter
    can be drawn a pixel or two past that advance (the "n" of Dutch "Toon"), and the label cut it.
    """
    label = QLabel(text)
    if buddy is not None:
        label.setBuddy(buddy)
    label.setContentsMargins(0, 0, TEXT_OVERHANG, 0)
    return label


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _date_edit(name: str, value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale(number_locale()).dateFormat(QLocale.FormatType.ShortFormat))
    return edit
