"""The drafts list: orders typed but not sent, opened or deleted by keyboard, the journal read off the window thread."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from orderdesk.core.order import Customer, OrderDraft
from orderdesk.journal import Journal
from orderdesk.journal.draft_list import DraftSummary
from orderdesk.ui.order_page.drafts_dialog import row_texts
from tests.ui.conftest import WindowFactory, type_into

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


class WatchedJournal(Journal):
    """A real journal that notes which thread lists the drafts."""

    def __init__(self) -> None:
        super().__init__()
        self.listed_on: list[str] = []

    def unsent_drafts(self, leave_out: int | None = None) -> list[DraftSummary]:
        self.listed_on.append(threading.current_thread().name)
        return super().unsent_drafts(leave_out)


def test_a_row_says_when_who_how_many_lines_and_the_total() -> None:
    texts = row_texts(DraftSummary(7, 0.0, "PHONE-1", "Anna de Vries", 2, Decimal("19.9")))
    assert texts[1:] == ["PHONE-1", "Anna de Vries", "2", "19.90"]
    assert row_texts(DraftSummary(8, 0.0, "", "", 0, None))[2:] == ["(no customer yet)", "0", ""]
    assert row_texts(DraftSummary(9, 0.0, "", "", 1, Decimal("37.425")))[4] == "37.43"  # money, rounded half up


def test_a_set_aside_order_is_opened_again_from_the_drafts(qtbot: object, make_window: WindowFactory) -> None:
    journal = WatchedJournal()
    window = make_window(journal=journal)
    type_into(qtbot, window, "customer.name", "Anna de Vries")
    new_order = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, new_order)  # type: ignore[attr-defined]
    type_into(qtbot, window, "customer.name", "Bram Bos")
    qtbot.waitUntil(lambda: window.autosaver.draft_id is not None)  # type: ignore[attr-defined]
    window.drafts_action.trigger()
    dialog = window._drafts
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.summaries()) == 1)  # type: ignore[attr-defined]
    assert dialog.summaries()[0].customer == "Anna de Vries"  # the order on screen is not listed
    assert journal.listed_on and all(name != threading.main_thread().name for name in journal.listed_on)
    qtbot.keyClick(dialog.rows, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.presenter.draft.customer.name == "Anna de Vries")  # type: ignore[attr-defined]
    assert not dialog.isVisible()
    assert window.bindings.widget("customer.name").text() == "Anna de Vries"  # type: ignore[union-attr]
    window.show_drafts()
    qtbot.waitUntil(lambda: [s.customer for s in dialog.summaries()] == ["Bram Bos"])  # type: ignore[attr-defined]
    dialog.close()


def test_a_draft_is_deleted_after_asking(
    qtbot: object, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    kept = window.journal.save_draft(OrderDraft(external_id="PHONE-2", customer=Customer(name="Kees")))
    window.journal.close_draft(kept)
    window.show_drafts()
    dialog = window._drafts
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.summaries()) == 1)  # type: ignore[attr-defined]
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(dialog.rows, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.summaries() == [])  # type: ignore[attr-defined]
    assert asked == ["Delete the draft for Kees? It cannot be brought back."]
    assert window.journal.unsent_drafts() == []
    assert dialog.status.text() == "No drafts: every order typed so far was sent."
    dialog.close()
