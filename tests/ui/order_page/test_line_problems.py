"""The product lines' problems said in words next to the table, each leading to its cell."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

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


@pytest.mark.parametrize(("key", "typed", "fixed", "why"), [
    ("unit_price", "349.00", "349,00", "“349.00” is in deze taal niet als getal geschreven: bedoelt u 349,00?"),
    ("unit_price", "1.234", "1234", "“1.234” kan twee bedragen betekenen"),
    ("quantity", "2.5", "3", "“2.5” is in deze taal niet als getal geschreven: bedoelt u 2,5?"),
])
def test_an_amount_typed_the_wrong_way_stays_in_its_cell_and_is_its_lines_problem(
    qtbot: object, make_window: WindowFactory, speak: Callable[[str], None], key: str, typed: str, fixed: str,
    why: str,
) -> None:
    speak("nl")
    add_profile("Webwinkel", "dropday")
    order = complete_order(2)
    order.lines[1].unit_price = None
    order.lines[1].quantity = None
    window = make_window()
    window.presenter.replace(order)
    window.choose("Webwinkel")
    view, model = window.lines_view, window.presenter.lines_model
    cell = model.index(1, COLUMN_KEYS.index(key))

    def type_in_cell(text: str) -> None:
        view.go_to(1, COLUMN_KEYS.index(key))
        qtbot.keyClick(view, Qt.Key.Key_F2)  # type: ignore[attr-defined]
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, text)  # type: ignore[attr-defined]
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view)  # type: ignore[attr-defined]

    type_in_cell(typed)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == typed  # kept, to be corrected
    problems = window.line_problems
    qtbot.waitUntil(lambda: any(why in sentence for sentence in problems.sentences()))  # type: ignore[attr-defined]
    title = {"unit_price": "Stukprijs", "quantity": "Aantal"}[key]
    [said] = [sentence for sentence in problems.sentences() if f"Regel 2, {title}" in sentence]
    assert why in said and "Verplicht" not in said  # the reason, not "Required" for a value it could not read
    assert why in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert window.statusBar().currentMessage() == ""
    window.submit()
    assert window.statusBar().currentMessage().startswith("Niet verzonden: verbeter eerst de fouten")

    type_in_cell(fixed)
    qtbot.waitUntil(lambda: not any(why in sentence for sentence in problems.sentences()))  # type: ignore[attr-defined]
    assert getattr(window.presenter.draft.lines[1], key) is not None
    assert not any(f"Regel 2, {title}" in sentence for sentence in problems.sentences())
