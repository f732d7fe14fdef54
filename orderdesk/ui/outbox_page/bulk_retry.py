"""Sending many outbox orders again from the window: confirm the plan, then watch it go, with Cancel.

The plan (``plan_retry``) and the sending (``BulkResubmit``) both run on a worker thread, so
the window keeps repainting and Cancel answers at once. Progress reaches the window thread as
a queued Qt signal; a worker emits only when the window has taken everything before, and the
window takes what arrived at most every ``PROGRESS_INTERVAL_MS``, so a thousand quick answers
become a few dozen repaints rather than a thousand.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from concurrent.futures import Future, ThreadPoolExecutor, wait

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.config.profiles import ConfigError, Profile
from orderdesk.core.outcome import OutcomeKind
from orderdesk.outbox import (
    DEFAULT_WORKERS,
    BulkReport,
    BulkResubmit,
    OrderResult,
    Progress,
    RetryPlan,
    SkipReason,
    plan_retry,
)
from orderdesk.services.journal_access import JournalStore
from orderdesk.services.profiles import SecretSource
from orderdesk.services.sending import HttpSettings
from orderdesk.ui.language.core_texts import core_text
from orderdesk.ui.language.numbers import show_number
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.results_panel import outcome_text
from orderdesk.ui.outbox_page.outbox_words import readable_path

_log = logging.getLogger(__name__)

KIND_WORDS: dict[OutcomeKind, str] = {
    OutcomeKind.CREATED: QT_TRANSLATE_NOOP("BulkRetry", "created"),
    OutcomeKind.DUPLICATE: QT_TRANSLATE_NOOP("BulkRetry", "already there"),
    OutcomeKind.REJECTED: QT_TRANSLATE_NOOP("BulkRetry", "rejected"),
    OutcomeKind.FAILED: QT_TRANSLATE_NOOP("BulkRetry", "failed"),
    OutcomeKind.UNKNOWN: QT_TRANSLATE_NOOP("BulkRetry", "unknown"),
    OutcomeKind.UNAUTHORIZED: QT_TRANSLATE_NOOP("BulkRetry", "not authorised"),
}
"""Each outcome in the tally's words."""

PROGRESS_INTERVAL_MS = 50
"""Outcomes are shown in batches at most this often: a person cannot read faster, and every
repaint takes the interpreter away from the threads sending the orders."""

STOP_WAIT_SECONDS = 15.0
"""How long closing the window waits for the orders in flight to be journaled."""


def tally_text(counts: Mapping[OutcomeKind, int]) -> str:
    """``310 created, 1 rejected``: how many orders ended in each outcome, most common first."""
    ordered = sorted(counts.items(), key=lambda item: -item[1])
    return ", ".join(
        f"{show_number(Decimal(number))} {translate('BulkRetry', KIND_WORDS[kind])}" for kind, number in ordered
    )


def problem_line(result: OrderResult, label: str) -> str:
    """One line about an order that did not go through: which order, where, and what the API said."""
    outcome = result.outcome
    if outcome.kind is OutcomeKind.REJECTED:
        said = [f"{readable_path(path)}: {text}" for path, texts in outcome.errors.errors.items() for text in texts]
        reason = "; ".join(said) or outcome.reason or translate("BulkRetry", "the API gave no reason")
        text = "✖ " + translate("BulkRetry", "Rejected: {0}").format(reason)
    else:
        text = " ".join(outcome_text(outcome)[1].split())
    return translate("BulkRetry", "{0} to {1}: {2}").format(label, result.item.profile.name, text)


SKIP_WORDS: dict[SkipReason, str] = {
    SkipReason.NOT_IN_JOURNAL: QT_TRANSLATE_NOOP("BulkRetry", "not in the journal"),
    SkipReason.SENT: QT_TRANSLATE_NOOP("BulkRetry", "already at the API"),
    SkipReason.SENDING: QT_TRANSLATE_NOOP("BulkRetry", "being sent right now"),
    SkipReason.NO_PROFILE: QT_TRANSLATE_NOOP("BulkRetry", "its profile no longer exists"),
    SkipReason.OTHER_API: QT_TRANSLATE_NOOP("BulkRetry", "its profile now talks to another API"),
    SkipReason.UNCHANGED: QT_TRANSLATE_NOOP("BulkRetry", "rejected and not changed since"),
}
"""Why orders are left out, in the few words of the summary's count."""


def summary_lines(plan: RetryPlan) -> list[str]:
    """What the plan sends where and what it leaves out, in the window's language (``RetryPlan.summary``'s lines)."""
    count = len(plan.items)
    if count:
        lines = [translate("BulkRetry", "%n order(s) will be sent:", None, count)]
    else:
        lines = [translate("BulkRetry", "No order will be sent.")]
    for share in plan.shares():
        orders, batches = share.orders, share.batches
        text = translate("BulkRetry", "{0} ({1}): %n order(s)", None, orders).format(
            share.profile.name, share.profile.title
        )
        if batches:
            text += " " + translate("BulkRetry", "in %n batch request(s)", None, batches)
        if share.looked_up_first:
            text += ", " + translate("BulkRetry", "{0} looked up first").format(share.looked_up_first)
        lines.append(f"  {text}")
    if plan.skipped:
        reasons: dict[SkipReason, int] = {}
        for skipped in plan.skipped:
            reasons[skipped.reason] = reasons.get(skipped.reason, 0) + 1
        parts = ", ".join(
            f"{number} {translate('BulkRetry', SKIP_WORDS[reason])}" for reason, number in reasons.items()
        )
        left_out = len(plan.skipped)
        lines.append(translate("BulkRetry", "%n order(s) will not be sent: {0}.", None, left_out).format(parts))
    return lines


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
                f"{labels.get(skipped.order_key) or _order(skipped.order_key)} ({skipped.profile_name}): "
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
        return self._labels.get(item.order_key) or item.external_id or _order(item.order_key)


class BulkRetry(QObject):
    """Plans, confirms and runs one bulk resubmission at a time, off the window thread.

    Attributes:
        confirm_dialog: the open confirmation, while there is one.
        progress_dialog: the dialog of the latest run.

    Signals:
        finished(object): the ``BulkReport`` once the run has ended, cancelled or not.
        busy_changed(bool): a resubmission began (planning included) or ended.
    """

    finished = Signal(object)
    busy_changed = Signal(bool)
    _planned = Signal(object)
    _arrived = Signal()
    _ended = Signal(object)

    def __init__(
        self,
        journal: JournalStore,
        profiles: Callable[[], list[Profile]],
        secrets: Callable[[], SecretSource],
        parent: QWidget,
        *,
        settings: HttpSettings | None = None,
        workers: int = DEFAULT_WORKERS,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._profiles = profiles
        self._secrets = secrets
        self._window = parent
        self._settings = settings
        self._workers = workers
        self._busy = False
        self._labels: Mapping[int, str] = {}
        self._bulk: BulkResubmit | None = None
        # One long-lived worker plans and then sends: starting a thread makes the caller wait
        # until the new thread holds the interpreter, which the window thread should not do.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="orderdesk-bulk")
        self._running: Future[None] | None = None
        self._lock = threading.Lock()
        self._inbox: list[Progress] = []
        self.confirm_dialog: ConfirmDialog | None = None
        self.progress_dialog: ProgressDialog | None = None
        self._drain = QTimer(self)
        self._drain.setSingleShot(True)
        self._drain.setInterval(PROGRESS_INTERVAL_MS)
        self._drain.timeout.connect(self._take)
        self._planned.connect(self._confirm)
        self._arrived.connect(self._drain.start)
        self._ended.connect(self._end)

    @property
    def busy(self) -> bool:
        """True from ``start`` until the run (or the decision not to send) has ended."""
        return self._busy

    def start(self, order_keys: Sequence[int], labels: Mapping[int, str] | None = None) -> bool:
        """Plan sending ``order_keys`` again, then ask before sending; False when a run is already going.

        ``labels`` names orders in the dialogs (their order numbers) by order key.
        """
        if self._busy or not order_keys:
            return False
        try:
            profiles = self._profiles()
        except ConfigError as exc:
            self._warn(str(exc))
            return False
        self._labels = dict(labels or {})
        self._set_busy(True)
        keys = list(order_keys)
        self._running = self._worker.submit(self._plan, keys, profiles)
        return True

    def cancel(self) -> None:
        """Stop the running resubmission after the orders in flight."""
        if self._bulk is not None and not self._bulk.cancelled:
            self._bulk.cancel()
            if self.progress_dialog is not None:
                self.progress_dialog.stopping()

    def shutdown(self, timeout: float = STOP_WAIT_SECONDS) -> None:
        """Cancel and wait (at most ``timeout``) until the orders in flight are journaled (the window closes)."""
        self.cancel()
        if self._running is not None:
            wait([self._running], timeout)
        self._worker.shutdown(wait=False)

    def _plan(self, keys: list[int], profiles: list[Profile]) -> None:
        # Worker thread: reads each order and its attempts from the journal.
        try:
            plan: RetryPlan | str = plan_retry(self._journal, keys, profiles=profiles)
        except Exception as exc:  # noqa: BLE001 - said to the person; the window must not stay busy
            plan = translate("BulkRetry", "The orders could not be read from the journal ({0}: {1}).").format(
                type(exc).__name__, exc
            )
        self._planned.emit(plan)

    def _confirm(self, plan: RetryPlan | str) -> None:
        if isinstance(plan, str):
            self._set_busy(False)
            self._warn(plan)
            return
        dialog = ConfirmDialog(plan, self._labels, self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._send(plan))
        dialog.rejected.connect(lambda: self._set_busy(False))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._forget_confirm)
        self.confirm_dialog = dialog
        dialog.open()

    def _forget_confirm(self) -> None:
        self.confirm_dialog = None

    def _send(self, plan: RetryPlan) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.deleteLater()
        dialog = ProgressDialog(len(plan.items), self._labels, self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.cancel_requested.connect(self.cancel)
        self.progress_dialog = dialog
        self._bulk = BulkResubmit(
            plan,
            self._journal,
            self._secrets(),
            settings=self._settings,
            workers=self._workers,
            on_progress=self._queue,
        )
        self._running = self._worker.submit(self._run, self._bulk)
        dialog.open()

    def _run(self, bulk: BulkResubmit) -> None:
        # Worker thread. ``run`` gives every order an outcome itself; should it fail as a whole, the
        # window must still learn that the run is over.
        report: BulkReport | None = None
        try:
            report = bulk.run()
        except Exception:  # noqa: BLE001 - logged; the orders without an outcome stay as they were
            _log.exception("the bulk resubmission stopped")
        finally:
            self._ended.emit(report)

    def _queue(self, progress: Progress) -> None:
        # Worker threads, one at a time: wake the window only when it has taken everything before.
        with self._lock:
            self._inbox.append(progress)
            wake = len(self._inbox) == 1
        if wake:
            self._arrived.emit()

    def _take(self) -> None:
        with self._lock:
            batch, self._inbox = self._inbox, []
        if not batch:
            return
        if self.progress_dialog is not None:
            self.progress_dialog.show_progress(batch)

    def _end(self, report: BulkReport | None) -> None:
        self._drain.stop()
        self._take()
        if report is None:  # the run itself failed: what arrived is all there is
            assert self._bulk is not None
            shown = self.progress_dialog.results if self.progress_dialog is not None else []
            done = {result.item.order_key for result in shown}
            report = BulkReport(tuple(shown), tuple(i for i in self._bulk.plan.items if i.order_key not in done), True)
            self._warn(
                translate(
                    "BulkRetry",
                    "Sending stopped with an unexpected problem. The orders not sent yet stay in the outbox as they "
                    "were.",
                )
            )
        self._bulk = None
        if self.progress_dialog is not None:
            self.progress_dialog.finish(report)
        self._set_busy(False)
        self.finished.emit(report)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _warn(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("BulkRetry", "Cannot send again"),
            text,
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setObjectName("bulk.warning")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(box.deleteLater)
        box.open()


def _order(key: int) -> str:
    """An order without number or customer, named by its key."""
    return translate("ResolveDialog", "Order {0}").format(key)
