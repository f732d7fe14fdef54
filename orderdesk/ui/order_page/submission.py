"""Sending an order to several profiles at once, off the window thread.

Each profile's submission runs on its own thread of the window's background runner
(``ui.background``), so a slow server delays only its own row of the results panel; outcomes
come back to the window thread as queued signals. A profile can be reserved before what to
send is ready (the draft still on its way to the journal), so it shows as being sent at once
and cannot be sent to twice. Whatever goes wrong inside a submission becomes an outcome a
person can read: nothing is lost in a thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QObject, Signal

from orderdesk.config.profiles import Profile
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.text import translate

SendFunction = Callable[[Profile], Outcome]
"""Sends the order to one profile and says what happened (``orderdesk.sending.submit.submit`` bound)."""


class SubmitController(QObject):
    """Runs submissions on worker threads and reports each one.

    Signals:
        started(str): a submission to this profile began.
        finished(str, object): the profile's :class:`Outcome` and how long it took (seconds) as
            ``(outcome, seconds)``.
        idle(): no submission is running any more.
    """

    started = Signal(str)
    finished = Signal(str, object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[str] = set()
        self._reserved: set[str] = set()
        self._closed = False

    @property
    def busy(self) -> bool:
        """True while any submission runs."""
        return bool(self._running)

    def running(self, profile_name: str) -> bool:
        """True while a submission to ``profile_name`` runs."""
        return profile_name in self._running

    def reserve(self, profiles: Iterable[Profile]) -> list[Profile]:
        """Show each profile not already busy as being sent to, before ``submit`` says what to send; those."""
        reserved = []
        for profile in profiles:
            if self._closed or profile.name in self._running:
                continue
            self._running.add(profile.name)
            self._reserved.add(profile.name)
            self.started.emit(profile.name)
            reserved.append(profile)
        return reserved

    def submit(self, profiles: Iterable[Profile], send: SendFunction) -> list[str]:
        """Run ``send`` for each profile reserved for it or not already busy; the names started.

        ``send`` runs on a worker thread: it must only use what nobody edits meanwhile (a
        copy of the draft, the journal, the secrets).
        """
        started = []
        for profile in profiles:
            if profile.name in self._reserved:
                self._reserved.discard(profile.name)
            elif self._closed or profile.name in self._running:
                continue
            else:
                self._running.add(profile.name)
                self.started.emit(profile.name)
            if self._closed:  # reserved before the window closed: nothing is sent any more
                self._deliver(profile.name, None)
                continue
            name = profile.name
            run_in_background(self, partial(self._run, send, profile), partial(self._deliver, name))
            started.append(name)
        return started

    def shutdown(self) -> None:
        """Accept no more work; running submissions finish and journal their outcomes."""
        self._closed = True

    def _run(self, send: SendFunction, profile: Profile) -> tuple[Outcome, float]:
        began = time.perf_counter()
        try:
            outcome = send(profile)
        except Exception as exc:  # noqa: BLE001 - turned into an outcome the person can read
            outcome = Outcome(
                OutcomeKind.UNKNOWN,
                # Only the exception's kind: its text could quote a header, and so a secret.
                reason=translate(
                    "SubmitController",
                    "Sending stopped with an unexpected problem ({0}). The order may or may not have arrived; check "
                    "before sending it again.",
                ).format(type(exc).__name__),
            )
        return outcome, time.perf_counter() - began

    def _deliver(self, profile_name: str, result: object) -> None:
        # Runs on the window thread (queued from the worker); ``None``: nothing was sent.
        self._running.discard(profile_name)
        if result is not None:
            self.finished.emit(profile_name, result)
        if not self._running:
            self.idle.emit()
