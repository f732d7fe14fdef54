"""When the chosen APIs check the order: coalesced, spaced out while typing, on a worker when slow.

Validation is coalesced into one run per event-loop turn, and spaced out when a large order
makes a run slow, so typing never waits for it: a quick check of what was just typed first,
the full check once typing pauses.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer

from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft, sendable
from orderdesk.targets.base import Target
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.draft_presenter import DraftPresenter
from orderdesk.ui.order_page.findings_merge import spliced

MAX_DELAY_MS = 250
SETTLE_MS = 300
"""After a pause this long in typing, a quick check is followed by a full one."""
BACKGROUND_MS = 25
"""A full check slower than this runs on a worker thread."""


class CheckSchedule(QObject):
    """Checks the draft against :attr:`targets` and keeps their findings in :attr:`client`.

    ``apply`` shows what is in :attr:`client` after each check: for every line (``True``) or
    only the rows a quick check rechecked. :attr:`version` goes up with every edit and choice
    of APIs, so a worker's answer about an older draft is not shown; :attr:`quick_rows` are the
    lines the next quick check looks at.
    """

    def __init__(
        self, presenter: DraftPresenter, apply: Callable[[bool | set[int]], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._apply = apply
        self.targets: list[Target] = []
        self.client: dict[str, Findings] = {}
        self.last_run_ms = 0.0
        self._last_end = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_due)
        self._full_wanted = True
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._run_full)
        self.quick_rows: set[int] = set()
        self._full_ms = 0.0
        self.version = 0
        self._in_background = False
        self._again = False
        self._stopped = False

    def shutdown(self) -> None:
        """Stop checking; the answer of a check still running on a worker is dropped."""
        self._timer.stop()
        self._settle.stop()
        self._stopped = True

    @property
    def pending(self) -> bool:
        """True while a check (quick or full) is still due or running on the worker."""
        return self._timer.isActive() or self._settle.isActive() or self._in_background

    def schedule(self, quick: bool = False) -> None:
        """Validate soon: at once after a pause, spaced out while a fast typist outpaces slow runs.

        Between two runs the person always gets at least twice the last run's time for
        typing, so validation never takes more than a third of the window's time. A
        ``quick`` run rechecks the order's fields and the lines just edited against a copy
        of the order holding only those lines; the full check follows once typing pauses,
        on a worker thread when it is slow, so a long order never slows a keystroke.
        """
        self._full_wanted = self._full_wanted or not quick or not self.client
        if self._full_wanted:
            self._settle.stop()
        else:
            self._settle.start()
        if self._timer.isActive():
            return
        since_ms = (time.perf_counter() - self._last_end) * 1000
        self._timer.start(int(max(0.0, min(MAX_DELAY_MS, 2 * self.last_run_ms) - since_ms)))

    def run(self) -> None:
        """Validate now against every chosen API and show the result."""
        self._timer.stop()
        self._settle.stop()
        self._full_wanted = False
        self.quick_rows.clear()
        started = time.perf_counter()
        draft = sendable(self._presenter.draft)
        self.client = {target.name: _checked(target, draft) for target in self.targets}
        self._apply(True)
        self._last_end = time.perf_counter()
        self.last_run_ms = self._full_ms = (self._last_end - started) * 1000

    def _run_due(self) -> None:
        if self._full_wanted:
            self._run_full()
            return
        started = time.perf_counter()
        draft = sendable(self._presenter.draft)
        rows = sorted(row for row in self.quick_rows if row < len(draft.lines))
        self.quick_rows.clear()
        sample = draft.model_copy(update={"lines": [draft.lines[row] for row in rows] or draft.lines[:1]})
        for target in self.targets:
            previous = self.client.get(target.name, Findings())
            self.client[target.name] = spliced(_checked(target, sample), previous, rows)
        self._apply(set(rows))
        self._last_end = time.perf_counter()
        self.last_run_ms = (self._last_end - started) * 1000

    def _run_full(self) -> None:
        """The full check: here when it is quick, else on the worker thread."""
        if self._full_ms < BACKGROUND_MS:
            self.run()
            return
        self._timer.stop()
        self._settle.stop()
        self._full_wanted = False
        if self._in_background:
            self._again = True
            return
        self._in_background = True
        self._again = False
        # The worker gets a snapshot in fresh containers (``model_dump`` is several times
        # faster than a deep copy, so the window thread stays quick with thousands of lines):
        # the table edits the live draft's lines in place while the check runs.
        snapshot = self._presenter.draft.model_dump(mode="python")
        version = self.version
        check = partial(_check_snapshot, list(self.targets), snapshot)
        run_in_background(self, check, partial(self._answered, version))

    def _answered(self, version: int, answer: object) -> None:
        # Whatever went wrong on the worker comes back too: lost there, it would leave the
        # controller busy for good, and no full check would ever run again.
        if self._stopped:
            return
        if isinstance(answer, Exception):
            self._take_failure(version, str(answer) or type(answer).__name__)
        else:
            self._take_background(version, answer)

    def _take_background(self, version: int, result: object) -> None:
        found, took_ms = result  # type: ignore[misc]
        self._in_background = False
        self._full_ms = took_ms
        if version == self.version and set(found) == {target.name for target in self.targets}:
            self.client = found
            self._apply(True)
        else:
            self._again = True
        self._check_again_if_edited()

    def _take_failure(self, version: int, reason: str) -> None:
        """The full check broke: say so on the order (it blocks, as nothing was checked) until the next edit."""
        self._in_background = False
        if version == self.version:
            self.client = {target.name: _broken(reason) for target in self.targets}
            self._apply(True)
        else:
            self._again = True
        self._check_again_if_edited()

    def _check_again_if_edited(self) -> None:
        if self._again and not self._timer.isActive():
            self._again = False
            self._settle.start()


def _check_snapshot(targets: list[Target], snapshot: dict[str, Any]) -> tuple[dict[str, Findings], float]:
    """The full check of a draft snapshot, off the window thread: findings per API, and how long it took (ms)."""
    started = time.perf_counter()
    draft = sendable(OrderDraft.model_validate(snapshot))
    found = {target.name: _checked(target, draft) for target in targets}
    return found, (time.perf_counter() - started) * 1000


def _checked(target: Target, draft: OrderDraft) -> Findings:
    """The target's findings; a bug in one target becomes an order-level error, not a crash."""
    try:
        return target.validate_draft(draft)
    except Exception as exc:  # noqa: BLE001 - one target's bug must not take the form down
        return _broken(str(exc))


def _broken(reason: str) -> Findings:
    """An order-level error saying the order could not be checked, and why."""
    broken = Findings()
    broken.error("", translate("ValidationController", "Could not check this order: {0}").format(reason))
    return broken
