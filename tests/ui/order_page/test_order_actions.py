"""Submit only sends the order the Order page shows: not while another takes its place, not from the Outbox."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from orderdesk.config.profiles import ProfileStore
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal
from tests.outbox.support import journal_order
from tests.ui.conftest import WindowFactory, add_profile, complete_order

CTRL = Qt.KeyboardModifier.ControlModifier


class HeldJournal(Journal):
    """The real journal, whose ``close_draft`` (setting a draft aside) waits while ``gate`` is closed."""

    gate = threading.Event()

    def close_draft(self, *args: Any, **kwargs: Any) -> None:
        assert self.gate.wait(30)
        super().close_draft(*args, **kwargs)


@pytest.fixture
def held_journal() -> Iterator[HeldJournal]:
    HeldJournal.gate = threading.Event()
    HeldJournal.gate.set()
    with HeldJournal() as journal:  # the journal of this test's ORDERDESK_HOME
        yield journal
    HeldJournal.gate.set()


def failed_outbox_order(journal: Journal, external_id: str) -> tuple[int, int]:
    """An order that failed at profile "Drop NL" long ago (its draft closed): its outbox key and its draft's id."""
    add_profile("Drop NL", "dropday", "http://127.0.0.1:9/dropday")
    [profile] = ProfileStore().load()
    key = journal_order(journal, profile, complete_order(1).model_copy(update={"external_id": external_id}),
                        OutcomeKind.FAILED)
    [row] = journal.list_outbox(profile="Drop NL")
    journal.close_draft(row.draft_id)  # not the draft the window reopens
    return key, row.draft_id


def test_ctrl_return_while_an_outbox_order_is_opening_sends_nothing(
    qtbot: Any, make_window: WindowFactory, held_journal: HeldJournal
) -> None:
    key, _draft_id = failed_outbox_order(held_journal, "PHONE-OUTBOX-7")
    window = make_window(journal=held_journal)
    window.presenter.replace(complete_order(1))  # the previous order on screen
    window.choose("Drop NL")
    qtbot.waitUntil(lambda: window.autosaver.draft_id is not None, timeout=10_000)

    held_journal.gate.clear()
    window.open_order(key)  # "Open in form": the order on screen is being set aside
    assert not window.submit_action.isEnabled() and not window.submit_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)
    window.submit()  # the menu's slot, reached some other way, refuses too
    assert not window.submitter.busy
    assert window.results.status_text("Drop NL") == ""
    assert "still being put on the form" in window.statusBar().currentMessage()

    held_journal.gate.set()
    qtbot.waitUntil(lambda: window.presenter.draft.external_id == "PHONE-OUTBOX-7", timeout=10_000)
    qtbot.waitUntil(window.submit_action.isEnabled, timeout=10_000)
    assert window.submit_button.isEnabled()


def test_nothing_takes_the_form_while_an_outbox_order_is_on_its_way(
    qtbot: Any, make_window: WindowFactory, held_journal: HeldJournal
) -> None:
    """Typing or Ctrl+N before the order arrives would be saved into the arriving order's draft row, then lost."""
    key, arriving = failed_outbox_order(held_journal, "PHONE-OUTBOX-8")
    window = make_window(journal=held_journal)
    window.presenter.replace(complete_order(1))
    qtbot.waitUntil(lambda: window.autosaver.draft_id is not None, timeout=10_000)
    previous = window.autosaver.draft_id

    held_journal.gate.clear()
    window.open_order(key)
    assert not window.order_page.isEnabled()  # nothing typed into the order being set aside
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.statusBar().currentMessage() == "Opening the order…"

    held_journal.gate.set()
    qtbot.waitUntil(lambda: window.presenter.draft.external_id == "PHONE-OUTBOX-8", timeout=10_000)
    assert window.order_page.isEnabled()
    assert window.autosaver.draft_id == arriving != previous  # Ctrl+N did not set the arriving order aside


def test_new_order_offers_submit_again_once_the_previous_one_is_set_aside(
    qtbot: Any, make_window: WindowFactory, held_journal: HeldJournal
) -> None:
    window = make_window(journal=held_journal)
    window.presenter.replace(complete_order(1))
    qtbot.waitUntil(lambda: window.autosaver.draft_id is not None, timeout=10_000)
    held_journal.gate.clear()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert not window.submit_action.isEnabled()
    held_journal.gate.set()
    qtbot.waitUntil(window.submit_action.isEnabled, timeout=10_000)


def test_ctrl_return_on_the_outbox_page_stays_there_and_sends_nothing(
    qtbot: Any, make_window: WindowFactory, held_journal: HeldJournal
) -> None:
    add_profile("Drop NL", "dropday", "http://127.0.0.1:9/dropday")
    window = make_window(journal=held_journal)
    window.presenter.replace(complete_order(1))
    window.choose("Drop NL")
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    outbox = window.outbox
    assert window.pages.currentWidget() is outbox
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)
    assert window.pages.currentWidget() is outbox  # not sent to the Order page to submit what is there
    assert not window.submitter.busy
    assert window.results.status_text("Drop NL") == ""
    assert "Order page" in window.statusBar().currentMessage()
