"""The Order page fits a 1280x800 screen with errors showing, and stays usable at 1024x700."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QScrollArea

from orderdesk.ui import MainWindow
from tests.ui.conftest import WindowFactory, add_profile, complete_order

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEXT_MARGINS = 8
"""A line edit's frame and text margins: the placeholder gets its width less this."""


def form_scroller(window: MainWindow) -> QScrollArea:
    scroller = window.order_page.findChild(QScrollArea)
    assert scroller is not None
    return scroller


def cut_placeholders(window: MainWindow) -> list[str]:
    """The visible inputs whose placeholder does not fit their width."""
    cut = []
    for edit in window.order_page.findChildren(QLineEdit):
        text = edit.placeholderText()
        if text and edit.isVisible() and edit.fontMetrics().horizontalAdvance(text) > edit.width() - TEXT_MARGINS:
            cut.append(f"{edit.objectName() or edit.parent().objectName()}: {text!r} in {edit.width()} px")
    return cut


@pytest.fixture
def window_with_errors(qtbot: object, make_window: WindowFactory) -> MainWindow:
    """A new order sent to Dropday and Feedback Company, Submit pressed: every input's error shows."""
    add_profile("Webshop", "dropday")
    add_profile("Reviews", "feedbackcompany")
    window = make_window()
    window.choose("Webshop", "Reviews")
    window.presenter.set_value("source", "")
    window.submit()
    assert window.statusBar().currentMessage().startswith("Not sent")
    return window


def test_at_1280_by_800_the_form_needs_no_scrollbar_with_errors_showing(
    qtbot: object, window_with_errors: MainWindow
) -> None:
    window = window_with_errors
    window.resize(1280, 800)
    scroller = form_scroller(window)
    qtbot.waitUntil(lambda: window.width() == 1280)  # type: ignore[attr-defined]
    qtbot.wait(50)  # type: ignore[attr-defined]  # the form is refitted on the turn after its layout changed
    assert window.validation.message_for("source")  # errors are on screen
    assert not scroller.verticalScrollBar().isVisible()
    assert not scroller.horizontalScrollBar().isVisible()
    assert cut_placeholders(window) == []
    assert window.lines_view.height() >= 100  # the product lines keep room
    date = window.findChild(QLineEdit, "extras.dropday.delivery_date")
    assert date is not None and date.placeholderText() == "DD/MM/YYYY"  # as English writes a day
    assert "expected to arrive" in date.toolTip()  # the longer help stays at hand


def test_at_1024_by_700_nothing_is_cut_sideways(qtbot: object, window_with_errors: MainWindow) -> None:
    window = window_with_errors
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)  # type: ignore[attr-defined]
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert not form_scroller(window).horizontalScrollBar().isVisible()
    assert cut_placeholders(window) == []
    assert window.lines_view.height() >= 100


def test_at_1280_by_800_the_results_of_sending_below_do_not_push_the_form_into_scrolling(
    qtbot: object, make_window: WindowFactory
) -> None:
    add_profile("Webshop", "dropday")
    add_profile("Reviews", "feedbackcompany")
    window = make_window()
    window.presenter.replace(complete_order(4))
    window.choose("Webshop", "Reviews")
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)  # type: ignore[attr-defined]
    for profile in window.send_to.chosen():
        window.results.sending(profile)  # the results panel appears between the lines and Submit
    qtbot.waitUntil(window.results.isVisible)  # type: ignore[attr-defined]
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert not form_scroller(window).verticalScrollBar().isVisible()
