"""The product table at laptop widths: every column in view, none narrower than its header."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from orderdesk.ui.order_page.line_columns import COLUMN_KEYS
from orderdesk.ui.order_page.lines_view import COLUMN_WIDTHS
from tests.ui.conftest import WindowFactory, complete_order


def shown(view: QTableView) -> list[int]:
    return [column for column in range(len(COLUMN_KEYS)) if not view.isColumnHidden(column)]


def test_at_1024_pixels_every_column_is_in_view_without_sideways_scrolling(
    qtbot: object, make_window: WindowFactory
) -> None:
    window = make_window()
    window.presenter.replace(complete_order())
    window.lines_view.reveal_column("url")
    window.resize(1024, 700)
    view = window.lines_view
    qtbot.waitUntil(lambda: window.width() == 1024 and view.horizontalHeader().length() == view.viewport().width())  # type: ignore[attr-defined]

    assert view.horizontalScrollBar().maximum() == 0
    assert COLUMN_KEYS.index("url") in shown(view) and COLUMN_KEYS.index("total") in shown(view)
    for column in shown(view):
        assert view.columnWidth(column) >= view.column_fit.least(column), COLUMN_KEYS[column]
    assert view.columnWidth(COLUMN_KEYS.index("name")) >= 120


def test_with_room_the_columns_keep_their_usual_widths_and_a_dragged_width_is_kept(
    qtbot: object, make_window: WindowFactory
) -> None:
    window = make_window()
    view = window.lines_view
    view.reveal_column("url")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)  # type: ignore[attr-defined]
    ean = COLUMN_KEYS.index("ean")
    assert view.columnWidth(ean) < COLUMN_WIDTHS["ean"]

    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.width() == 1600)  # type: ignore[attr-defined]
    for column in shown(view):
        key = COLUMN_KEYS[column]
        if key in COLUMN_WIDTHS and key != "name":
            assert view.columnWidth(column) == COLUMN_WIDTHS[key], key
    view.setColumnWidth(ean, 200)  # as a drag on the header's edge does
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: window.width() == 1500)  # type: ignore[attr-defined]
    assert view.columnWidth(ean) == 200
