"""The product lines' problems said in words next to the table, each leading to its cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from orderdesk.ui.order_page.line_columns import COLUMN_KEYS
from orderdesk.ui.order_page.line_problems import describe
from tests.ui.conftest import WindowFactory, add_profile, complete_order

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_line_message_becomes_one_sentence_per_message() -> None:
    text = "✖ Required (Feedback Company)\n⚠ Not a web address (Dropday)"
    assert describe("lines.1.url", text) == [
        "✖ Line 2, Product URL: Required (Feedback Company)",
        "⚠ Line 2, Product URL: Not a web address (Dropday)",
    ]
    assert describe("lines.0", "✖ Needs a SKU or an EAN (Centra)") == ["✖ Line 1: Needs a SKU or an EAN (Centra)"]


def test_each_line_problem_is_said_in_words_and_enter_goes_to_its_cell(
    qtbot: object, make_window: WindowFactory
) -> None:
    add_profile("Reviews", "feedbackcompany")
    order = complete_order(3)
    order.lines[1].url = ""
    window = make_window()
    window.presenter.replace(order)
    window.choose("Reviews")
    assert not window.line_problems.isVisible()  # nothing shown before the person is done with it
    window.submit()
    problems = window.line_problems
    qtbot.waitUntil(problems.isVisible)  # type: ignore[attr-defined]
    assert problems.sentences()[0].startswith("✖ Line 2, Product URL: ")
    assert "Feedback Company" in problems.sentences()[0]
    problems.setFocus()
    problems.setCurrentRow(0)
    qtbot.keyClick(problems, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    current = window.lines_view.currentIndex()
    assert (current.row(), current.column()) == (1, COLUMN_KEYS.index("url"))
    assert window.lines_view.hasFocus()
    window.lines_view.model().setData(current, "https://shop.example.nl/p/1")
    qtbot.waitUntil(lambda: not problems.isVisible())  # type: ignore[attr-defined]
