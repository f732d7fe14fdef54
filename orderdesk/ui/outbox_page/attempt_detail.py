"""The selected outbox order's attempts: each request and response, what changed between two, "Copy as cURL".

What a support person reads to find out what went wrong: the order's state in words, its
attempts oldest first, and for the chosen one the request as sent (the secret left out) and the
answer laid out. The attempts are read off the window thread; a selection changed meanwhile
drops the stale answer.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core import jsonio
from orderdesk.services.journal_access import (
    ABSENT,
    AttemptRow,
    JournalStore,
    OutboxRow,
    OutboxState,
    curl_command,
    diff_bodies,
    secret_header,
)
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.numbers import show_moment, show_number
from orderdesk.ui.language.reason_texts import reason_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.outbox_page.outbox_words import detail, errors_said, state_help, state_words

ATTEMPT_COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("OutboxView", "Started"),
    QT_TRANSLATE_NOOP("OutboxView", "Request"),
    QT_TRANSLATE_NOOP("OutboxView", "Outcome"),
    "HTTP",
    QT_TRANSLATE_NOOP("OutboxView", "Took"),
)


def request_text(attempt: AttemptRow) -> str:
    """The request as a person reads it: method and URL, headers, and the body laid out."""
    if attempt.is_resolution:
        return translate("OutboxView", "No request: {0} checked at the API and marked the order resolved.").format(
            attempt.resolved_by
        )
    lines = [f"{attempt.method} {attempt.url}"]
    lines += [f"{name}: {value}" for name, value in attempt.headers.items()]
    auth = secret_header(attempt.target)
    if auth is not None:
        lines.append(
            f"{auth[0]}: "
            + translate("OutboxView", "(the secret is never kept; it comes from the keyring when sending)")
        )
    lines.append("")
    if attempt.request_body:
        lines.append(_laid_out(attempt.request_body))
    else:
        lines.append(translate("OutboxView", "(no body: this request looked the order up, it did not create one)"))
    return "\n".join(lines)


def response_text(attempt: AttemptRow) -> str:
    """What came back: the outcome, the server's errors by input, the reason, and the answer itself."""
    if attempt.outcome is None:
        return translate("OutboxView", "No answer yet: this request is still on its way.")
    heading = state_words(attempt.state, attempt.reach, attempt.resolved_by)
    if attempt.status is not None:
        heading += f" — HTTP {attempt.status}"
    if attempt.duration_ms is not None:
        heading += " — " + translate("OutboxView", "answered after {0} s").format(_seconds(attempt.duration_ms))
    lines = [heading]
    if attempt.reference:
        lines.append(translate("OutboxView", "Reference: {0}").format(attempt.reference))
    if attempt.reason:
        lines.append(translate("OutboxView", "Reason: {0}").format(reason_text(attempt.reason)))
    errors = errors_said(attempt.errors)
    if errors:
        lines += [
            "",
            translate(
                "OutboxView",
                "What the API said is wrong (shown next to the inputs when the order is opened in the form):",
            ),
        ]
        lines += [f"  {error}" for error in errors]
    answer = translate("OutboxView", "Answer:") if attempt.response_body else None
    lines += ["", answer or translate("OutboxView", "The answer had no body.")]
    if attempt.response_body:
        lines.append(_laid_out(attempt.response_body))
    return "\n".join(lines)


def changes_text(older: AttemptRow, newer: AttemptRow, older_number: int, newer_number: int) -> str:
    """What the body of ``newer`` changed against ``older``, one path per line."""
    heading = translate("OutboxView", "From attempt {0} ({1}) to attempt {2} ({3})").format(
        older_number, _when(older), newer_number, _when(newer)
    )
    changes = diff_bodies(older.request_body, newer.request_body)
    if not changes:
        return translate("OutboxView", "{0}: the same body was sent both times.").format(heading)
    count = len(changes)
    lines = [f"{heading}: " + translate("OutboxView", "%n change(s)", None, count), ""]
    whole = translate("OutboxView", "(whole body)")
    width = max(len(change.path or whole) for change in changes)
    for change in changes:
        path = (change.path or whole).ljust(width)
        lines.append(f"{change.kind:<8} {path}  {_value(change.old)}  →  {_value(change.new)}")
    return "\n".join(lines)


def _errors_said(attempt: AttemptRow) -> str:
    """The problems an API named, on one line: ``Line 2 › Quantity: Only 4 in stock.``."""
    return " ".join(errors_said(attempt.errors))


def _laid_out(text: str) -> str:
    try:
        return jsonio.dumps(jsonio.loads(text), indent=2)
    except (jsonio.BodyError, ValueError):
        return text


def _value(value: Any) -> str:
    if value is ABSENT:
        return "—"
    try:
        return jsonio.dumps(value, indent=None)
    except (jsonio.BodyError, TypeError, ValueError):
        return repr(value)


def _when(attempt: AttemptRow) -> str:
    return show_moment(attempt.started_at.timestamp(), seconds=True)


def _seconds(milliseconds: float) -> str:
    """A duration in seconds with two decimals, as the window's language writes them."""
    return show_number((Decimal(str(milliseconds)) / 1000).quantize(Decimal("0.01")))


class AttemptDetail(QWidget):
    """The selected order's state and attempts, and the chosen attempt's request, response and changes.

    Attributes:
        shown_key: the order shown (its order key), ``None`` when none is.
        pending: True while the shown order's attempts are being read from the journal.

    Signals:
        notice(str): one line for the status bar.
    """

    notice = Signal(str)

    def __init__(self, journal: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._attempts: list[AttemptRow] = []
        self.shown_key: int | None = None
        self._attempts_asked = 0
        self.pending = False
        self.order_title = QLabel()
        self.order_title.setObjectName("outbox.order")
        self.order_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = self.order_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.order_title.setFont(title_font)
        self.order_label = QLabel(translate("OutboxView", "Select an order to see its attempts."))
        self.order_label.setObjectName("outbox.order_state")
        self.order_label.setWordWrap(True)
        self.order_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attempts = QTreeWidget()
        self.attempts.setObjectName("outbox.attempts")
        self.attempts.setHeaderLabels([translate("OutboxView", title) for title in ATTEMPT_COLUMNS])
        self.attempts.setRootIsDecorated(False)
        self.attempts.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attempts.setAlternatingRowColors(True)
        self.attempts.setToolTip(
            translate("OutboxView", "Select two attempts (Ctrl+click) to see what changed between them")
        )
        # Short columns fit what they hold; Outcome takes the rest, so HTTP and Took stay in view
        # without scrolling sideways (the outcome's words are also in the lines above).
        self.attempts.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.attempts.header().setSectionResizeMode(ATTEMPT_COLUMNS.index("Outcome"), QHeaderView.ResizeMode.Stretch)
        self.attempts.header().setStretchLastSection(False)
        self.attempts.setMaximumHeight(150)

        self.request_view = _reader("outbox.request")
        self.response_view = _reader("outbox.response")
        self.changes_view = _reader("outbox.changes")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("outbox.tabs")
        self.tabs.addTab(self.request_view, translate("OutboxView", "Request"))
        self.tabs.addTab(self.response_view, translate("OutboxView", "Response"))
        self.tabs.addTab(self.changes_view, translate("OutboxView", "Changes"))
        self.copy_button = QPushButton(translate("OutboxView", "Copy as &cURL"))
        self.copy_button.setObjectName("outbox.copy_curl")
        self.copy_button.setToolTip(
            translate(
                "OutboxView",
                "Copy the selected attempt as a cURL command for a support ticket; the API's secret is a placeholder "
                "such as $DROPDAY_API_KEY",
            )
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.order_title)
        layout.addWidget(self.order_label)
        heading = QLabel(translate("OutboxView", "A&ttempts, oldest first"))
        heading.setBuddy(self.attempts)
        layout.addWidget(heading)
        layout.addWidget(self.attempts)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        self.attempts.itemSelectionChanged.connect(self._show_attempts)
        self.copy_button.clicked.connect(self.copy_curl)

    def show_order(self, row: OutboxRow | None) -> None:
        """Show ``row``'s state and attempts (read from the journal first); ``None``: no order selected."""
        self.shown_key = row.order_key if row is not None else None
        self._attempts_asked += 1  # an answer to an earlier selection is stale
        self.pending = False
        self.attempts.clear()
        self._attempts = []
        if row is None:
            self.order_title.setText("")
            self.order_label.setText(translate("OutboxView", "Select an order to see its attempts."))
            self._show_attempts()
            return
        who = row.customer or translate("OutboxView", "no customer name")
        if row.email:
            who += f" <{row.email}>"
        self.order_title.setText(row.external_id or translate("OutboxView", "No order number"))
        self.order_label.setText(f"{who}\n" + translate("OutboxView", "Reading its attempts…"))
        self._show_attempts()
        journal, key, asked = self._journal, row.order_key, self._attempts_asked
        self.pending = True

        def answered(answer: object) -> None:
            if asked == self._attempts_asked:  # else another order was selected meanwhile
                self.pending = False
                self._show_order_attempts(row, who, answer)

        def read() -> tuple[list[AttemptRow], tuple[str, datetime] | None]:
            return journal.attempts_for(key), journal.last_touched(key)

        asking = translate("OutboxView", "Reading the order's attempts…")
        run_in_background(self, read, answered, asking=asking)

    def _show_order_attempts(self, row: OutboxRow, who: str, answer: object) -> None:
        touched = None
        if isinstance(answer, Exception):
            self.notice.emit(translate("OutboxView", "The attempts could not be read: {0}").format(answer))
        else:
            self._attempts, touched = answer  # type: ignore[misc]
        said = _errors_said(self._attempts[-1]) if row.state is OutboxState.REJECTED and self._attempts else ""
        said = said or detail(row)
        attempts = row.attempt_count
        where = translate("OutboxView", "To {0}: {1} after %n attempt(s)", None, attempts).format(
            row.profile, state_words(row.state, row.reach, row.resolved_by)
        )
        help_text = state_help(row.state, row.reach, row.resolved_by)
        # On a team journal: which desk last sent or claimed it, so two people do not fix the same order.
        by = (
            "\n" + translate("OutboxView", "Last touched by {0} at {1}").format(
                touched[0], touched[1].strftime("%Y-%m-%d %H:%M")
            )
            if touched
            else ""
        )
        self.order_label.setText(f"{who}\n{where}{': ' + said if said else ''}\n{help_text}{by}")
        for number, attempt in enumerate(self._attempts, start=1):
            item = QTreeWidgetItem(
                [
                    str(number),
                    _when(attempt),
                    translate("OutboxView", "resolved by {0}").format(attempt.resolved_by)
                    if attempt.is_resolution
                    else f"{attempt.method} /{attempt.url.rsplit('/', 1)[-1]}",
                    state_words(attempt.state, attempt.reach, attempt.resolved_by)
                    if attempt.outcome is not None
                    else translate("OutboxView", "… no answer yet"),
                    "" if attempt.status is None else str(attempt.status),
                    "" if attempt.duration_ms is None else f"{_seconds(attempt.duration_ms)} s",
                ]
            )
            item.setToolTip(2, f"{attempt.method} {attempt.url}")
            item.setToolTip(3, reason_text(attempt.reason or ""))
            self.attempts.addTopLevelItem(item)
        last = self.attempts.topLevelItem(len(self._attempts) - 1) if self._attempts else None
        if last is not None:
            self.attempts.setCurrentItem(last)
        else:
            self._show_attempts()

    def _chosen_attempts(self) -> list[int]:
        """Positions of the selected attempts, oldest first (the current one when none is selected)."""
        chosen = sorted(self.attempts.indexOfTopLevelItem(item) for item in self.attempts.selectedItems())
        current = self.attempts.currentItem()
        if not chosen and current is not None:
            chosen = [self.attempts.indexOfTopLevelItem(current)]
        return [position for position in chosen if 0 <= position < len(self._attempts)]

    def _show_attempts(self) -> None:
        chosen = self._chosen_attempts()
        self.copy_button.setEnabled(bool(chosen) and not self._attempts[chosen[-1]].is_resolution)
        if not chosen:
            for view in (self.request_view, self.response_view, self.changes_view):
                view.setPlainText("")
            return
        attempt = self._attempts[chosen[-1]]
        self.request_view.setPlainText(request_text(attempt))
        self.response_view.setPlainText(response_text(attempt))
        self.changes_view.setPlainText(self._changes(chosen))

    def _changes(self, chosen: list[int]) -> str:
        if len(chosen) >= 2:
            older, newer = chosen[0], chosen[-1]
        else:
            newer = chosen[-1]
            earlier = [n for n in range(newer) if self._attempts[n].request_body]
            if not self._attempts[newer].request_body or not earlier:
                return translate(
                    "OutboxView",
                    "Nothing to compare: this is the order's first request with a body. Select two attempts "
                    "(Ctrl+click) to compare them.",
                )
            older = earlier[-1]
        return changes_text(self._attempts[older], self._attempts[newer], older + 1, newer + 1)

    def copy_curl(self) -> None:
        """Copy the selected attempt as a cURL command, its secret a placeholder."""
        chosen = self._chosen_attempts()
        if not chosen:
            return
        attempt = self._attempts[chosen[-1]]
        QGuiApplication.clipboard().setText(curl_command(attempt))
        auth = secret_header(attempt.target)
        variable = auth[1].split()[-1] if auth is not None else ""
        where = " " + translate("OutboxView", "Set {0} before running it.").format(variable) if variable else ""
        said = translate("OutboxView", "Copied attempt {0} as a cURL command; it holds no secret.")
        self.notice.emit(said.format(chosen[-1] + 1) + where)


def _reader(name: str) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return view
