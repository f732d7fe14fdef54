"""Blocking work (the keyring, the network) off the window thread, its answer back on it.

An unlock prompt of the system keyring can wait minutes for a person; the window must keep
answering meanwhile. Keyring calls run one at a time, in the order asked, on a thread of their
own: a save is followed by the read that shows it, and at most one unlock prompt is ever on
screen. Other work runs on Qt's global pool. An answer whose owner was deleted meanwhile (a
dialog closed while the keyring waited) is dropped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

Answer = Callable[[Any], None]
"""Receives the work's result, or the exception it raised, on the window thread."""


class _Call(QRunnable):
    def __init__(self, relay: _Relay, ticket: int, work: Callable[[], object]) -> None:
        super().__init__()
        self._relay, self._ticket, self._work = relay, ticket, work

    def run(self) -> None:
        try:
            answer = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the window to say, never lost on a thread
            answer = exc
        self._relay.done.emit(self._ticket, answer)


class _Relay(QObject):
    """Lives as long as the application, so a worker always has somewhere to hand its answer."""

    done = Signal(int, object)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.keyring_pool = QThreadPool(self)
        self.keyring_pool.setMaxThreadCount(1)
        self._waiting: dict[int, tuple[QObject, Answer]] = {}
        self._tickets = itertools.count()
        self.done.connect(self._deliver)

    def start(self, owner: QObject, work: Callable[[], object], answer: Answer, keyring: bool) -> None:
        ticket = next(self._tickets)
        self._waiting[ticket] = (owner, answer)
        pool = self.keyring_pool if keyring else QThreadPool.globalInstance()
        pool.start(_Call(self, ticket, work))

    def _deliver(self, ticket: int, result: object) -> None:
        owner, answer = self._waiting.pop(ticket)
        if shiboken6.isValid(owner):
            answer(result)


_relay: _Relay | None = None


def run_in_background(owner: QObject, work: Callable[[], object], answer: Answer, *, keyring: bool = False) -> None:
    """Run ``work`` off the window thread; ``answer`` gets its result (or exception) on the window thread.

    Args:
        owner: the object the answer is for; when it is deleted first, the answer is dropped.
        work: the blocking call; it must not touch widgets.
        answer: called with what ``work`` returned or raised, unless ``owner`` is gone.
        keyring: ``work`` calls the keyring: run it after every keyring call asked before it.
    """
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):  # none yet, or it went with an earlier application
        _relay = _Relay(QCoreApplication.instance())
    _relay.start(owner, work, answer, keyring)

