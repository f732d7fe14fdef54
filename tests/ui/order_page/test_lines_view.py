"""The product-line table driven by keyboard: typing, Tab, paste, line commands, totals."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from orderdesk.core.order import Line
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.order_page.line_columns import COLUMN_KEYS
from tests.ui.conftest import WindowFactory, complete_order

CTRL = Qt.KeyboardModifier.ControlModifier


def editor() -> QLineEdit:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit), focused
    return focused


def start_in_first_cell(qtbot: object, window: MainWindow) -> None:
    view = window.lines_view
    view.go_to(0, 0)
    qtbot.keyClick(view, Qt.Key.Key_F2)  # type: ignore[attr-defined]


def test_typing_a_line_with_tab_fills_cells_and_starts_a_new_line(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    start_in_first_cell(qtbot, window)
    for text in ("501", "MUG-1", "8712345678906", "Coffee mug", "3", "7.50"):
        qtbot.keyClicks(editor(), text)  # type: ignore[attr-defined]
        qtbot.keyClick(editor(), Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    lines = window.presenter.draft.lines
    assert len(lines) == 2  # Tab after the last cell opened a new line
    assert lines[0] == Line(
        external_id="501", sku="MUG-1", ean="8712345678906", name="Coffee mug", quantity=Decimal(3),
        unit_price=Decimal("7.50"),
    )
    assert editor().objectName() == "lines.1.external_id"
    assert window.total_label.text() == "22.50"


def test_totals_show_as_money_rounded_half_up_while_the_line_keeps_its_exact_total(
    qtbot: object, make_window: WindowFactory, speak: Callable[[str], None]
) -> None:
    speak("nl")
    window = make_window()
    window.lines_view.go_to(0, COLUMN_KEYS.index("quantity"))
    qtbot.keyClick(window.lines_view, Qt.Key.Key_F2)  # type: ignore[attr-defined]
    for text in ("1,5", "24,95"):
        qtbot.keyClicks(editor(), text)  # type: ignore[attr-defined]
        qtbot.keyClick(editor(), Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    total = window.presenter.lines_model.index(0, COLUMN_KEYS.index("total"))
    assert total.data(Qt.ItemDataRole.DisplayRole) == "37,43"  # 37,425: a half cent rounds up, as a till does
    assert (window.subtotal_label.text(), window.total_label.text()) == ("37,43", "37,43")
    assert window.presenter.draft.lines[0].total == Decimal("37.425")  # only the showing rounds


def test_tab_from_an_empty_last_line_leaves_the_table(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    view = window.lines_view
    view.go_to(0, COLUMN_KEYS.index("unit_price"))
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert window.presenter.lines_model.rowCount() == 1
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "shipping_cost"


def test_number_cells_accept_only_numbers(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    window.lines_view.go_to(0, COLUMN_KEYS.index("quantity"))
    qtbot.keyClick(window.lines_view, Qt.Key.Key_F2)  # type: ignore[attr-defined]
    qtbot.keyClicks(editor(), "2x.5a")  # type: ignore[attr-defined]
    assert editor().text() == "2.5"
    qtbot.keyClick(editor(), Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.presenter.draft.lines[0].quantity == Decimal("2.5"))  # type: ignore[attr-defined]


def test_a_block_pasted_from_a_spreadsheet_fills_lines_and_totals_follow(
    qtbot: object, make_window: WindowFactory
) -> None:
    window = make_window()
    QGuiApplication.clipboard().setText(
        "201\tTEA-1\t\tGreen tea\t2\t4.95\r\n202\tTEA-2\t\tBlack tea\t1\t3.50\r\n203\tCUP-1\t\tTea cup\t4\t6.00\r\n"
    )
    window.lines_view.go_to(0, 0)
    qtbot.keyClick(window.lines_view, Qt.Key.Key_V, CTRL)  # type: ignore[attr-defined]
    lines = window.presenter.draft.lines
    assert [line.name for line in lines] == ["Green tea", "Black tea", "Tea cup"]
    assert window.subtotal_label.text() == "37.40"
    assert "Pasted 3 lines" in window.statusBar().currentMessage()
    cost = window.findChild(QLineEdit, "shipping_cost")
    assert cost is not None
    cost.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab gets there: the shop's default cost is typed over
    qtbot.keyClicks(cost, "5")  # type: ignore[attr-defined]
    assert window.total_label.text() == "42.40"


def test_pasted_text_that_is_no_number_stays_in_its_cell_with_its_reason_as_typed_text_does(
    qtbot: object, make_window: WindowFactory, speak: Callable[[str], None]
) -> None:
    speak("nl")
    window = make_window()
    window.presenter.replace(complete_order(2))
    model = window.presenter.lines_model
    QGuiApplication.clipboard().setText("abc\t12,3,4\n")
    window.lines_view.go_to(0, COLUMN_KEYS.index("quantity"))
    qtbot.keyClick(window.lines_view, Qt.Key.Key_V, CTRL)  # type: ignore[attr-defined]
    quantity, price = model.index(0, COLUMN_KEYS.index("quantity")), model.index(0, COLUMN_KEYS.index("unit_price"))
    assert (quantity.data(), price.data()) == ("abc", "12,3,4")  # kept, to be corrected
    line = window.presenter.draft.lines[0]
    assert (line.quantity, line.unit_price) == (None, None)  # not the amounts that were there before
    tooltip = lambda cell: cell.data(Qt.ItemDataRole.ToolTipRole) or ""  # noqa: E731
    qtbot.waitUntil(lambda: "“abc” is geen getal" in tooltip(quantity))  # type: ignore[attr-defined]
    assert "“12,3,4” is geen getal" in tooltip(price)
    note = "; geen getal, blijft staan zoals geplakt: regel 1 Aantal, regel 1 Stukprijs"
    assert window.statusBar().currentMessage().endswith(note)


def test_duplicate_delete_and_move_by_keyboard(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    window.presenter.replace(complete_order(3))
    view = window.lines_view
    names = lambda: [line.name for line in window.presenter.draft.lines]  # noqa: E731
    view.go_to(0, COLUMN_KEYS.index("name"))
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)  # type: ignore[attr-defined]
    assert names() == ["Product 0", "Product 0", "Product 1", "Product 2"]
    qtbot.keyClick(view, Qt.Key.Key_Delete, CTRL)  # type: ignore[attr-defined]
    assert names() == ["Product 0", "Product 1", "Product 2"]
    view.go_to(2, COLUMN_KEYS.index("name"))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    assert names() == ["Product 0", "Product 2", "Product 1"]
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
    assert len(window.presenter.draft.lines) == 4
    assert editor().objectName() == "lines.3.external_id"


def test_thousands_of_lines_stay_smooth(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    draft = complete_order(3000)
    window.presenter.replace(draft)
    view = window.lines_view
    started = time.perf_counter()
    view.go_to(2999, COLUMN_KEYS.index("quantity"))
    qtbot.keyClick(view, Qt.Key.Key_F2)  # type: ignore[attr-defined]
    qtbot.keyClicks(editor(), "9")  # type: ignore[attr-defined]
    qtbot.keyClick(editor(), Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.presenter.draft.lines[2999].quantity == Decimal(9))  # type: ignore[attr-defined]
    assert time.perf_counter() - started < 1.0


def test_ctrl_tab_leaves_the_table_from_a_cell_being_edited_keeping_what_was_typed(
    qtbot: object, make_window: WindowFactory
) -> None:
    window = make_window()
    start_in_first_cell(qtbot, window)
    qtbot.keyClicks(editor(), "501")  # type: ignore[attr-defined]
    qtbot.keyClick(editor(), Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
    assert window.presenter.draft.lines[0].external_id == "501"
    focused = QApplication.focusWidget()
    assert focused is not None and not window.lines_view.isAncestorOf(focused) and focused is not window.lines_view
    assert window.pages.currentWidget() is not window.outbox  # the Order page, not the next tab

    start_in_first_cell(qtbot, window)
    qtbot.keyClick(editor(), Qt.Key.Key_Tab, CTRL)  # type: ignore[attr-defined]
    focused = QApplication.focusWidget()
    assert focused is not None and not window.lines_view.isAncestorOf(focused) and focused is not window.lines_view
