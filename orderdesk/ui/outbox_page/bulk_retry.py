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
from concurrent.futures import Future, ThreadPoolExecutor, wait

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from orderdesk.config.profiles import ConfigError, Profile
from orderdesk.outbox import (
    DEFAULT_WORKERS,
    BulkReport,
    BulkResubmit,
    Progress,
    RetryPlan,
    plan_retry,
)
from orderdesk.services.journal_access import JournalStore
from orderdesk.services.profiles import SecretSource
from orderdesk.services.sending import HttpSettings
from orderdesk.ui.language.text import translate
from orderdesk.ui.outbox_page.bulk_dialogs import ConfirmDialog, ProgressDialog

_log = logging.getLogger(__name__)

PROGRESS_INTERVAL_MS = 50
"""Outcomes are shown in batches at most this often: a person cannot read faster, and every
repaint takes the interpreter away from the threads sending the orders."""

STOP_WAIT_SECONDS = 15.0
"""How long closing the window waits for the orders in flight to be journaled."""


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
