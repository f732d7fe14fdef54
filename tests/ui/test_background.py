"""Blocking work off the window thread: answers on the window thread, in order, never to a deleted owner."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from orderdesk.ui.background import activity, run_in_background, waiting_for


def test_the_answer_arrives_on_the_window_thread(qtbot: QtBot) -> None:
    owner = QObject()
    answers: list[tuple[object, bool]] = []
    window_thread = threading.current_thread()

    def answer(off_window_thread: object) -> None:
        answers.append((off_window_thread, threading.current_thread() is window_thread))

    run_in_background(owner, lambda: threading.current_thread() is not window_thread, answer)

    qtbot.waitUntil(lambda: bool(answers))
    assert answers == [(True, True)]  # worked off the window thread, answered on it


def test_an_exception_is_handed_over_not_lost(qtbot: QtBot) -> None:
    owner = QObject()
    answers: list[object] = []

    def fail() -> None:
        raise OSError("disk gone")

    run_in_background(owner, fail, answers.append)

    qtbot.waitUntil(lambda: bool(answers))
    assert isinstance(answers[0], OSError) and str(answers[0]) == "disk gone"


def test_keyring_calls_run_one_at_a_time_in_the_order_asked(qtbot: QtBot) -> None:
    owner = QObject()
    ran: list[int] = []
    answers: list[object] = []

    def call(number: int, seconds: float) -> int:
        time.sleep(seconds)
        ran.append(number)
        return number

    run_in_background(owner, lambda: call(1, 0.2), answers.append, keyring=True)
    run_in_background(owner, lambda: call(2, 0.0), answers.append, keyring=True)

    qtbot.waitUntil(lambda: len(answers) == 2)
    assert ran == [1, 2] and answers == [1, 2]


def test_an_answer_for_a_deleted_owner_is_dropped(qtbot: QtBot) -> None:
    owner, witness = QObject(), QObject()
    answers: list[object] = []
    release = threading.Event()

    run_in_background(owner, lambda: release.wait(5), answers.append, keyring=True)
    run_in_background(witness, lambda: "after", answers.append, keyring=True)
    shiboken6.delete(owner)
    release.set()

    qtbot.waitUntil(lambda: bool(answers))
    assert answers == ["after"]


def test_journal_work_runs_in_the_order_asked_and_the_window_is_told_what_it_waits_for(qtbot: QtBot) -> None:
    owner = QObject()
    ran: list[str] = []
    answers: list[object] = []
    said: list[str] = []
    activity().changed.connect(said.append)  # type: ignore[attr-defined]

    def call(name: str, seconds: float) -> str:
        time.sleep(seconds)
        ran.append(name)
        return name

    run_in_background(owner, lambda: call("save", 0.2), answers.append, journal=True)
    run_in_background(owner, lambda: call("close", 0.0), answers.append, journal=True, asking="Opening the order…")
    assert waiting_for() == "Opening the order…"

    qtbot.waitUntil(lambda: len(answers) == 2)
    assert ran == ["save", "close"] and answers == ["save", "close"]
    assert said == ["Opening the order…", ""] and waiting_for() == ""
