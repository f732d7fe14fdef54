"""Nothing typed is lost: the draft goes to the journal within a second of each edit.

The first edit after a save starts a short timer that later edits do not push back, so
continuous typing still saves every ``DELAY_MS``. The window thread only takes a snapshot
(``model_dump``: fresh containers, fast in pydantic-core); rebuilding the draft, encoding
and the SQLite write happen on one worker thread, in order, so a slow disk never makes
typing wait.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from orderdesk.core.order import OrderDraft
from orderdesk.journal import JournalStore
from orderdesk.ui.order_page.draft_presenter import DraftPresenter

DELAY_MS = 300
RETRY_MS = 5000
"""After a failed save (a team's database unreachable), the draft is saved again this long after, until it is."""


class Autosaver(QObject):
    """Saves the presenter's draft to the journal after edits, off the window thread.

    Attributes:
        draft_id: the journal id of the draft being edited (``None`` until first saved).

    Signals:
        failed(str): a save did not work; the reason in plain words.
    """

    failed = Signal(str)

    def __init__(
        self, presenter: DraftPresenter, journal: JournalStore, draft_id: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._journal = journal
        self.draft_id = draft_id
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending: Future[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save_soon_now)
        # What is on screen stays unsaved while the journal cannot be reached: try again, typing or not.
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_soon_now)
        self.failed.connect(self._retry_later)  # emitted on the worker, handled on the window thread
        presenter.edited.connect(self._edited)
        presenter.replaced.connect(self._edited)

    def _edited(self, _path: str = "") -> None:
        if not self._timer.isActive():
            self._timer.start()

    def save_soon_now(self) -> Future[None]:
        """Queue a save of the draft as it is now; the future ends when it is on disk."""
        self._timer.stop()
        self._retry.stop()
        snapshot = self._presenter.draft.model_dump(mode="python")
        self._pending = self._worker.submit(self._save, snapshot)
        return self._pending

    def flush(self) -> None:
        """Save now if anything is unsaved and wait until it is on disk (closing, New order, Submit)."""
        if self._timer.isActive() or self._retry.isActive():
            self.save_soon_now()
        if self._pending is not None:
            self._pending.result()

    def saved_id(self) -> int | None:
        """Save what is unsaved, wait for it, and return the draft's journal id (``None`` if saving failed)."""
        if self.draft_id is None and not self._timer.isActive():
            self.save_soon_now()
        self.flush()
        return self.draft_id

    def set_aside(self) -> None:
        """Save the current draft, close it in the journal (it stays there) and start a new id."""
        self.flush()
        previous = self.draft_id
        if previous is not None:
            self._worker.submit(self._journal.close_draft, previous).result()
        self.draft_id = None

    def close(self) -> None:
        """Save what is pending and stop the worker."""
        self.flush()
        self._worker.shutdown(wait=True)

    def _retry_later(self, _reason: str) -> None:
        self._retry.start()

    def _save(self, snapshot: dict[str, Any]) -> None:
        try:
            self.draft_id = self._journal.save_draft(OrderDraft.model_validate(snapshot), self.draft_id)
        except Exception as exc:  # noqa: BLE001 - reported to the person instead of lost in a thread
            self.failed.emit(f"The draft could not be saved: {exc}")
