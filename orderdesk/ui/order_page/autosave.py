"""Nothing typed is lost: the draft goes to the journal within a second of each edit.

The first edit after a save starts a short timer that later edits do not push back, so
continuous typing still saves every ``DELAY_MS``. The window thread only takes a snapshot
(``model_dump``: fresh containers, fast in pydantic-core); rebuilding the draft, encoding
and the SQLite write happen on the background runner's journal lane, in order, so a slow
disk never makes typing wait. Whatever needs the draft on disk (its id for Submit, setting it
aside for New order) is queued behind the saves and answers through a callback: the window
thread never waits for the journal, except when the window closes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from orderdesk.core.order import OrderDraft
from orderdesk.services.journal_access import JournalStore
from orderdesk.ui.background import finish_journal_work, run_in_background
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.draft_presenter import DraftPresenter

DELAY_MS = 300
RETRY_MS = 5000
"""After a failed save (a team's database unreachable), the draft is saved again this long after, until it is."""
CLOSE_WAIT_MS = 15_000
"""How long closing waits for the last save before asking whether to close without it."""

Reopen = Callable[[], tuple[int, Any]]
"""Journal reads run after the current draft is set aside: the id of the draft that takes its place, and
whatever else the caller wants back."""


class Autosaver(QObject):
    """Saves the presenter's draft to the journal after edits, off the window thread.

    Attributes:
        draft_id: the journal id of the draft being edited (``None`` until first saved); written only by
            the journal lane, so the window reads it as of the last journal work done.

    Signals:
        failed(str): a save did not work; the reason in plain words.
        recovered: a save worked after one that did not.
        setting_aside_changed(bool): the draft on screen started (``True``) or finished (``False``) being set
            aside for another (New order, a draft, an order from the outbox); the form is not the order to
            send meanwhile.
    """

    failed = Signal(str)
    recovered = Signal()
    setting_aside_changed = Signal(bool)

    def __init__(
        self, presenter: DraftPresenter, journal: JournalStore, draft_id: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._journal = journal
        self.draft_id = draft_id
        self._failing = False
        self._setting_aside = 0  # set_aside calls whose answer has not come back yet
        self._unsaved_because: str | None = None  # written on the journal lane, read once its work is done
        # Orders set aside (New order, another draft) before the journal took them: saved, then closed, ahead of
        # the next save of the order on screen. Used on the journal lane only.
        self._behind: list[tuple[int | None, dict[str, Any]]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save_soon_now)
        # What is on screen stays unsaved while the journal cannot be reached: try again, typing or not.
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_soon_now)
        presenter.edited.connect(self._edited)
        presenter.replaced.connect(self._edited)

    def _edited(self, _path: str = "") -> None:
        if not self._timer.isActive():
            self._timer.start()

    def save_soon_now(self) -> None:
        """Queue a save of the draft as it is now."""
        self._timer.stop()
        self._retry.stop()
        snapshot = self._presenter.draft.model_dump(mode="python")
        run_in_background(self, lambda: self._save(snapshot), self._saved, journal=True)

    def saved_id(self, then: Callable[[int | None], None]) -> None:
        """Save what is unsaved, then hand the draft's journal id to ``then`` (``None`` if saving failed)."""
        if self._timer.isActive() or self.draft_id is None:
            self.save_soon_now()
        asking = translate("Autosaver", "Saving the order…")
        run_in_background(self, lambda: self.draft_id, then, journal=True, asking=asking)

    @property
    def unsaved(self) -> bool:
        """True while the last save did not reach the journal (what is on screen, or set aside, is only here)."""
        return self._failing

    @property
    def setting_aside(self) -> bool:
        """True from ``set_aside`` until its answer (and ``then``) has run on the window thread."""
        return self._setting_aside > 0

    def set_aside(
        self, then: Callable[[Any], None] | None = None, *, reopen: Reopen | None = None, asking: str = ""
    ) -> None:
        """Save the current draft and close it in the journal (it stays there); a new id starts.

        Args:
            then: gets what ``reopen`` returned besides the id (``None`` without it), or the exception
                that stopped it, on the window thread.
            reopen: reads the draft that takes the place of this one, after it was set aside; its id
                becomes ``draft_id`` (a draft from the drafts list, an order from the outbox).
            asking: what the window says it waits for meanwhile (``ui.background``).
        """
        if self._timer.isActive():
            self.save_soon_now()
        leaving = self._presenter.draft.model_dump(mode="python")

        def aside() -> object:
            previous, self.draft_id = self.draft_id, None
            kept = len(self._behind)
            if self._unsaved_because is not None:  # its save (queued just before) failed: kept to save later
                self._behind.append((previous, leaving))
            elif previous is not None:
                try:
                    self._journal.close_draft(previous)
                except Exception:
                    self._behind.append((previous, leaving))  # saved but still open: closed at the next save
            if reopen is None:
                return None
            try:
                self.draft_id, value = reopen()
            except Exception:
                del self._behind[kept:]  # still on screen: saved as the order on screen, not as one set aside
                self._take_back(previous)
                raise
            return value

        def answered(answer: object) -> None:
            if isinstance(answer, Exception):
                self._retry.start()  # whatever was set aside but not closed is saved and closed then
            try:
                if then is not None:
                    then(answer)
                elif isinstance(answer, Exception):
                    self.failed.emit(translate("Autosaver", "The draft could not be set aside: {0}").format(answer))
            finally:
                self._setting_aside -= 1
                if not self._setting_aside:
                    self.setting_aside_changed.emit(False)

        self._setting_aside += 1
        if self._setting_aside == 1:
            self.setting_aside_changed.emit(True)
        run_in_background(self, aside, answered, journal=True, asking=asking)

    def close(self, *, try_again: bool = True) -> str | None:
        """Save what is pending and wait until it is in the journal: the window is closing, nothing may be lost.

        Returns why what is on screen is not in the journal (unreachable, damaged, still being
        written after ``CLOSE_WAIT_MS``), or ``None`` when it is. Autosave goes on trying while the
        window stays open. ``try_again=False``: the person chose to lose it; no further save.
        """
        if try_again and (self._timer.isActive() or self._retry.isActive()):
            self.save_soon_now()
        if not finish_journal_work(CLOSE_WAIT_MS):
            return translate("Autosaver", "The journal has not answered within {0} seconds.").format(
                CLOSE_WAIT_MS // 1000
            )
        return self._unsaved_because

    def _save(self, snapshot: dict[str, Any]) -> int:
        # On the journal lane: draft_id changes only here and in set_aside's work, one at a time.
        try:
            self._save_behind()
            self.draft_id = self._journal.save_draft(OrderDraft.model_validate(snapshot), self.draft_id)
        except Exception as exc:
            self._unsaved_because = str(exc)
            raise
        self._unsaved_because = None
        return self.draft_id

    def _take_back(self, draft_id: int | None) -> None:
        """The order that takes the place of ``draft_id`` could not be read: it stays on screen, in its own row.

        Without this the order still on screen would be saved as a second draft row, which the journal
        would not know as the order it is.
        """
        self.draft_id = draft_id
        if draft_id is not None:
            with contextlib.suppress(Exception):  # unreachable: then it stays closed, its row still holding it
                self._journal.reopen_draft(draft_id)

    def _save_behind(self) -> None:
        """Save and close the orders set aside while the journal could not be reached, oldest first."""
        while self._behind:
            draft_id, snapshot = self._behind[0]
            draft_id = self._journal.save_draft(OrderDraft.model_validate(snapshot), draft_id)
            self._behind[0] = (draft_id, snapshot)  # saved: a failed close must not save it as a second draft
            self._journal.close_draft(draft_id)
            self._behind.pop(0)

    def _saved(self, answer: object) -> None:
        if isinstance(answer, Exception):
            self._failing = True
            self.failed.emit(translate("Autosaver", "The draft could not be saved: {0}").format(answer))
            self._retry.start()
        elif self._failing:
            self._failing = False
            self.recovered.emit()
