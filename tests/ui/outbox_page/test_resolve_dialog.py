"""Mark resolved… on the Outbox page: a person's word on an unknown order, recorded off the window thread."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.ui.outbox_page.outbox_view import OutboxView
from orderdesk.ui.outbox_page.resolve_dialog import ResolveDialog
from tests.client_support import MemorySecrets
from tests.ui.outbox_support import DAY, Clock, plain_order, settled

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REVIEWS = {"profile": "Reviews", "target": "feedbackcompany"}


@pytest.fixture
def journal() -> Iterator[Journal]:
    with Journal(clock=Clock(time.time() - DAY)) as opened:  # the journal in this test's ORDERDESK_HOME
        yield opened


@pytest.fixture
def view(qtbot: object, journal: Journal) -> OutboxView:
    made = OutboxView(journal, list, MemorySecrets)
    made.set_profiles(["Reviews"])
    qtbot.add_widget(made)  # type: ignore[attr-defined]
    made.setMinimumSize(1200, 640)
    made.show()
    return made


def select(view: OutboxView, key: int) -> None:
    view.refresh()
    row = settled(view).model.row_of(key)
    assert row is not None
    view.table.clearSelection()  # selectRow follows the modifiers Qt last saw (an earlier test's Ctrl toggles)
    view.table.selectRow(row)


def open_dialog(qtbot: object, view: OutboxView, key: int) -> ResolveDialog:
    select(view, key)
    assert view.resolve_button.isEnabled()
    qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = view.resolve_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_not_at_the_api_makes_the_order_failed_and_shows_who_said_it(
    qtbot: object, view: OutboxView, journal: Journal
) -> None:
    key = plain_order(journal, "FB-1", kinds=(OutcomeKind.UNKNOWN,), **REVIEWS)
    dialog = open_dialog(qtbot, view, key)
    assert not dialog.mark_button.isEnabled()  # nothing chosen yet

    dialog.not_there.click()
    with qtbot.wait_signal(view.notice, timeout=5000) as said:  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    assert said.args == ["FB-1 marked as not at Reviews: Send again sends it without a lookup."]
    assert not dialog.isVisible()
    assert journal.order(key).state is OutboxState.FAILED
    assert settled(view).model.row_at(view.model.row_of(key)).state is OutboxState.FAILED  # type: ignore[arg-type]
    resolution = view.detail.attempts.topLevelItem(1)
    assert resolution is not None and resolution.text(2).startswith("resolved by ")
    assert view.detail.request_view.toPlainText().startswith("No request: ")
    assert not view.detail.copy_button.isEnabled()


def test_at_the_api_needs_the_reference_and_makes_the_order_sent(
    qtbot: object, view: OutboxView, journal: Journal
) -> None:
    key = plain_order(journal, "FB-2", kinds=(OutcomeKind.UNKNOWN,), **REVIEWS)
    dialog = open_dialog(qtbot, view, key)

    qtbot.keyClicks(dialog.reference, "  ")  # type: ignore[attr-defined]
    assert dialog.there.isChecked() and not dialog.mark_button.isEnabled()
    assert dialog.message.text() == "Type the reference the API shows for the order."
    qtbot.keyClicks(dialog.reference, "INV-77")  # type: ignore[attr-defined]
    with qtbot.wait_signal(dialog.resolved, timeout=5000):  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    order = journal.order(key)
    assert (order.state, order.reference) == (OutboxState.SENT, "INV-77")


def test_an_order_another_process_is_sending_is_refused_and_the_dialog_says_so(
    qtbot: object, view: OutboxView, journal: Journal
) -> None:
    key = plain_order(journal, "FB-3", kinds=(OutcomeKind.UNKNOWN,), **REVIEWS)
    dialog = open_dialog(qtbot, view, key)
    with Journal(journal.path) as other:
        assert other.claim(key, journal.attempts_for(key)[-1].attempt_id, (OutboxState.UNKNOWN,))
        dialog.not_there.click()
        qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: dialog.message.text().startswith("Not recorded"))  # type: ignore[attr-defined]
        other.release(key)

    assert dialog.message.text() == f"Not recorded: order {key} is being sent right now; wait for its outcome."
    assert dialog.isVisible() and dialog.mark_button.isEnabled()
    assert len(journal.attempts_for(key)) == 1


def test_cancel_is_refused_while_recording_and_the_last_dialog_is_deleted(
    qtbot: object, view: OutboxView, journal: Journal
) -> None:
    key = plain_order(journal, "FB-4", kinds=(OutcomeKind.UNKNOWN,), **REVIEWS)
    dialog = open_dialog(qtbot, view, key)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    dialog.not_there.click()
    with closing(sqlite3.connect(journal.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # the journal's write waits for this lock: the dialog stays busy
        qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert dialog.message.text() == "Recording…"
        assert not cancel.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
        dialog.reject()
        assert dialog.isVisible()
        other.execute("ROLLBACK")
    with qtbot.wait_signal(dialog.finished, timeout=5000):  # type: ignore[attr-defined]
        pass
    assert journal.order(key).state is OutboxState.FAILED

    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    other_key = plain_order(journal, "FB-5", kinds=(OutcomeKind.UNKNOWN,), **REVIEWS)
    second = open_dialog(qtbot, view, other_key)
    qtbot.waitUntil(lambda: gone == [True], timeout=5000)  # type: ignore[attr-defined]
    assert second.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()


def test_mark_resolved_is_offered_only_for_one_unknown_or_failed_order(view: OutboxView, journal: Journal) -> None:
    sent = plain_order(journal, "FB-4", kinds=(OutcomeKind.CREATED,), **REVIEWS)
    rejected = plain_order(journal, "FB-5", kinds=(OutcomeKind.REJECTED,), **REVIEWS)
    failed = plain_order(journal, "FB-6", kinds=(OutcomeKind.FAILED,), **REVIEWS)
    view.filters.state_filter.setCurrentIndex(view.filters.state_filter.findText("All orders"))
    for key, offered in ((sent, False), (rejected, False), (failed, True)):
        select(view, key)
        assert view.resolve_button.isEnabled() is offered, key
    view.table.selectAll()
    assert not view.resolve_button.isEnabled()
