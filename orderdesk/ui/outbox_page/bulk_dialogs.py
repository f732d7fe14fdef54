"""The dialogs of a bulk resubmission: what it will send before anything is sent, then how it goes and ends."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core.outcome import OutcomeKind
from orderdesk.outbox import BulkReport, OrderResult, Progress, RetryPlan
from orderdesk.ui.language.core_texts import core_text
from orderdesk.ui.language.numbers import show_number
from orderdesk.ui.language.text import translate
from orderdesk.ui.outbox_page.bulk_words import order_name, problem_line, summary_lines, tally_text


class ConfirmDialog(QDialog):
    """What a resubmission will send where, before anything is sent, and which orders it leaves out and why.

    The send button names the count ("Send 12 orders"); with nothing to send only Close remains.
    """

    def __init__(self, plan: RetryPlan, labels: Mapping[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BulkRetry", "Send orders again"))
        self.setObjectName("bulk.confirm")
        self.plan = plan
        layout = QVBoxLayout(self)
        self.summary = QLabel("\n".join(summary_lines(plan)))
        self.summary.setObjectName("bulk.summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        if any(item.looked_up_first for item in plan.items):
            note = QLabel(
                translate(
                    "BulkRetry",
                    "An order looked up first was perhaps created by an earlier attempt: it is sent only if the API "
                    "does not have it.",
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.details = QPlainTextEdit()
        self.details.setObjectName("bulk.left_out")
        self.details.setReadOnly(True)
        self.details.setPlainText(
            "\n".join(
                f"{labels.get(skipped.order_key) or order_name(skipped.order_key)} ({skipped.profile_name}): "
                f"{core_text(skipped.template, skipped.values)}"
                for skipped in plan.skipped
            )
        )
        self.details.setMaximumHeight(140)
        layout.addWidget(self.details)
        self.details.setVisible(bool(plan.skipped))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        count = len(plan.items)
        self.send_button = QPushButton(translate("BulkRetry", "&Send %n order(s)", None, count))
        self.send_button.setObjectName("bulk.send")
        self.send_button.clicked.connect(self.accept)
        self.close_button = QPushButton(translate("BulkRetry", "Cancel") if count else translate("BulkRetry", "Close"))
        self.close_button.setObjectName("bulk.dont_send")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        self.send_button.setVisible(bool(count))
        layout.addLayout(buttons)
        (self.send_button if count else self.close_button).setDefault(True)
        # An explicit minimum keeps the layout from pushing size hints to the platform window (see MainWindow).
        self.setMinimumSize(max(480, self.sizeHint().width()), self.sizeHint().height())


class ProgressDialog(QDialog):
    """A running resubmission, then how it ended: a bar, a tally, and the orders that did not go through.

    Signals:
        cancel_requested(): Cancel was pressed (or Esc, or the close button) while it runs.
    """

    cancel_requested = Signal()

    def __init__(self, total: int, labels: Mapping[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BulkRetry", "Sending orders again"))
        self.setObjectName("bulk.running")
        self._labels = labels
        self._total = total
        self._results: list[OrderResult] = []
        self._counts: dict[OutcomeKind, int] = {}
        self.running = True
        layout = QVBoxLayout(self)
        self.headline = QLabel(translate("BulkRetry", "Sending %n order(s) again…", None, total))
        self.headline.setObjectName("bulk.headline")
        self.headline.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("bulk.progress")
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.bar.setFormat(translate("BulkRetry", "%v of %m"))
        self.tally = QLabel(translate("BulkRetry", "Waiting for the first answer…"))
        self.tally.setObjectName("bulk.tally")
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("bulk.problems")
        self.problems.setReadOnly(True)
        self.problems.setPlaceholderText(translate("BulkRetry", "Orders that do not go through are listed here."))
        self.problems.setMinimumHeight(120)
        self.button = QPushButton(translate("BulkRetry", "Cancel"))
        self.button.setObjectName("bulk.cancel")
        self.button.setToolTip(
            translate("BulkRetry", "Stop after the orders already on their way; no further order is sent")
        )
        self.button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        for widget in (self.headline, self.bar, self.tally, self.problems):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.setMinimumSize(600, 300)

    @property
    def results(self) -> list[OrderResult]:
        """The outcomes shown so far, in the order they arrived."""
        return list(self._results)

    def show_progress(self, batch: Sequence[Progress]) -> None:
        """Show the outcomes that arrived since the last call."""
        problems = []
        for progress in batch:
            self._results.append(progress.result)
            kind = progress.result.outcome.kind
            self._counts[kind] = self._counts.get(kind, 0) + 1
            if not progress.result.outcome.succeeded:
                problems.append(problem_line(progress.result, self._label(progress.result)))
        if problems:
            self.problems.appendPlainText("\n".join(problems))
        done = batch[-1].done if batch else len(self._results)
        self.bar.setValue(done)
        self.tally.setText(
            translate("BulkRetry", "{0} of {1} done: {2}").format(
                show_number(Decimal(done)), show_number(Decimal(self._total)), tally_text(self._counts)
            )
        )

    def stopping(self) -> None:
        """Cancel was pressed: say that the orders in flight still finish."""
        self.headline.setText(
            translate(
                "BulkRetry",
                "Stopping: the orders already on their way finish and are journaled; no further order is sent…",
            )
        )
        self.button.setEnabled(False)

    def finish(self, report: BulkReport) -> None:
        """Show how the run ended; the button becomes Close."""
        self.running = False
        through = sum(1 for result in report.results if result.outcome.succeeded)
        if report.cancelled:
            not_sent = len(report.not_sent)
            headline = translate(
                "BulkRetry", "Stopped. %n order(s) not sent; they stay in the outbox as they were.", None, not_sent
            )
        elif through == len(report.results):
            headline = translate("BulkRetry", "Done: all %n order(s) at their API now.", None, through)
        else:
            missing = len(report.results) - through
            headline = translate(
                "BulkRetry",
                "Done. %n order(s) did not go through: see below. Open a rejected order in the form to fix it.",
                None,
                missing,
            )
        self.headline.setText(headline)
        self.tally.setText(tally_text(report.tally()) or translate("BulkRetry", "Nothing was sent."))
        self.bar.setValue(len(report.results))
        self.button.setText(translate("BulkRetry", "Close"))
        self.button.setToolTip("")
        self.button.setEnabled(True)
        self.button.setDefault(True)
        self.button.setFocus()

    def reject(self) -> None:
        """While running, ask to stop instead of closing; afterwards close."""
        if self.running:
            self.cancel_requested.emit()
            return
        super().reject()

    def _label(self, result: OrderResult) -> str:
        item = result.item
        return self._labels.get(item.order_key) or item.external_id or order_name(item.order_key)
