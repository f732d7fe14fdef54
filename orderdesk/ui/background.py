"""The window's one runner of blocking work (the keyring, the journal, the network): off the window thread, its
answer back on it as a queued signal.

An unlock prompt of the system keyring can wait minutes for a person, a journal on a slow disk
seconds; the window must keep answering meanwhile. Keyring calls run one at a time, in the order
asked, on a thread of their own: a save is followed by the read that shows it, and at most one
unlock prompt is ever on screen. Journal writes run the same way on a lane of their own, so an
autosave, setting a draft aside and asking for its id happen in the order the window asked.
Other work runs on a pool of a few threads. Work gets a copy of what it needs (a snapshot, never
the live draft); what it returns or raises comes back to ``answer``. An answer whose owner was
deleted meanwhile (a dialog closed while the keyring waited) is dropped. Work started with
``asking`` is announced by ``activity().changed`` while it runs, so the window can say what it
is waiting for.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

Answer = Callable[[Any], None]
"""Receives the work's result, or the exception it raised, on the window thread."""

GENERAL_THREADS = 4
"""Threads for work that is neither the keyring's nor a journal write: it mostly waits (a disk, a server)."""


class Call(QRunnable):
    """Runs ``work`` on a pool thread and hands ``key`` with its result, or the exception it raised, to ``deliver``.

    ``deliver`` is a signal's ``emit``, so the answer reaches the window thread queued.
    """

    def __init__(self, deliver: Callable[[Any, Any], None], key: object, work: Callable[[], object]) -> None:
        super().__init__()
        self._deliver, self._key, self._work = deliver, key, work

    def run(self) -> None:
        try:
            answer = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the window to say, never lost on a thread
            answer = exc
        self._deliver(self._key, answer)


class _Relay(QObject):
    """Lives as long as the application, so a worker always has somewhere to hand its answer.

    Signals:
        changed(str): what the window is waiting for now ("" when nothing announced is running).
    """

    done = Signal(int, object)
    changed = Signal(str)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.keyring_pool = QThreadPool(self)
        self.keyring_pool.setMaxThreadCount(1)
        self.journal_pool = QThreadPool(self)
        self.journal_pool.setMaxThreadCount(1)
        self.general_pool = QThreadPool(self)
        self.general_pool.setMaxThreadCount(GENERAL_THREADS)
        self._waiting: dict[int, tuple[QObject, Answer, str]] = {}
        self._tickets = itertools.count()
        self.done.connect(self._deliver)

    @property
    def asking(self) -> str:
        """What the oldest announced work still running asks for ("" when none)."""
        return next((asking for _owner, _answer, asking in self._waiting.values() if asking), "")

    def start(
        self, owner: QObject, work: Callable[[], object], answer: Answer, keyring: bool, journal: bool, asking: str
    ) -> None:
        ticket = next(self._tickets)
        before = self.asking
        self._waiting[ticket] = (owner, answer, asking)
        pool = self.keyring_pool if keyring else self.journal_pool if journal else self.general_pool
        pool.start(Call(self.done.emit, ticket, work))
        if self.asking != before:
            self.changed.emit(self.asking)

    def _deliver(self, ticket: int, result: object) -> None:
        before = self.asking
        owner, answer, _asking = self._waiting.pop(ticket)
        if self.asking != before:
            self.changed.emit(self.asking)
        if shiboken6.isValid(owner):
            answer(result)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):  # none yet, or it went with an earlier application
        _relay = _Relay(QCoreApplication.instance())
    return _relay


def run_in_background(
    owner: QObject,
    work: Callable[[], object],
    answer: Answer,
    *,
    keyring: bool = False,
    journal: bool = False,
    asking: str = "",
) -> None:
    """Run ``work`` off the window thread; ``answer`` gets its result (or exception) on the window thread.

    Args:
        owner: the object the answer is for; when it is deleted first, the answer is dropped.
        work: the blocking call; it must not touch widgets, and reads only copies of what the window edits.
        answer: called with what ``work`` returned or raised, unless ``owner`` is gone.
        keyring: ``work`` calls the keyring: run it after every keyring call asked before it.
        journal: ``work`` writes the journal (or reads what such a write left): run it after every such work
            asked before it.
        asking: what the window waits for meanwhile, in a few words ("Reading the outbox…"); announced by
            ``activity()`` until the answer is in.
    """
    _the_relay().start(owner, work, answer, keyring, journal, asking)


def activity() -> QObject:
    """The object whose ``changed(str)`` signal says what the window is waiting for now ("" when nothing)."""
    return _the_relay()


def waiting_for() -> str:
    """What the window is waiting for now ("" when nothing announced is running)."""
    return _the_relay().asking


def finish_journal_work(timeout_ms: int = -1) -> bool:
    """Wait until the journal work asked so far is done (the window is closing); False on a timeout."""
    return _the_relay().journal_pool.waitForDone(timeout_ms)
