"""The shipping cost input in Dutch: read as Dutch writes it, emptied means 0,00, a misread amount is refused."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from orderdesk.ui import MainWindow
from tests.ui.conftest import WindowFactory, add_profile, complete_order, field, message, type_into

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def dutch_window(make_window: WindowFactory, speak: Callable[[str], None]) -> MainWindow:
    speak("nl")
    add_profile("Webwinkel", "dropday")
    window = make_window()
    window.presenter.replace(complete_order())
    window.choose("Webwinkel")
    return window


def retype(qtbot: object, window: MainWindow, text: str) -> None:
    cost = field(window, "shipping_cost")
    cost.setFocus()
    cost.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(cost, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    type_into(qtbot, window, "shipping_cost", text)
    window.lines_view.setFocus()  # leaving the input is when its message shows


def test_a_dutch_amount_is_read_and_the_totals_are_dutch(
    qtbot: object, make_window: WindowFactory, speak: Callable[[str], None]
) -> None:
    window = dutch_window(make_window, speak)
    retype(qtbot, window, "1.004,95")
    assert window.presenter.draft.shipping_cost == Decimal("1004.95")
    assert window.total_label.text() == "1.043,80"  # 3 x 12,95 + 1.004,95, as Dutch writes it
    assert message(window, "shipping_cost") == ""


def test_an_english_amount_in_dutch_is_said_under_the_input_and_blocks_submit(
    qtbot: object, make_window: WindowFactory, speak: Callable[[str], None]
) -> None:
    window = dutch_window(make_window, speak)
    retype(qtbot, window, "24.95")
    assert field(window, "shipping_cost").text() == "24.95"  # kept as typed, not made 0,00 nor 2495
    said = message(window, "shipping_cost")
    assert said == "✖ “24.95” is in deze taal niet als getal geschreven: bedoelt u 24,95?"  # one message, the reason
    assert "Verplicht" not in said  # not "Required" for an amount that was typed
    window.submit()
    assert window.statusBar().currentMessage().startswith("Niet verzonden: verbeter eerst de fouten")
    assert not window.results.isVisible()
    retype(qtbot, window, "24,95")
    assert window.presenter.draft.shipping_cost == Decimal("24.95")
    assert "24.95" not in message(window, "shipping_cost")


def test_an_emptied_shipping_cost_is_zero_in_dutch(
    qtbot: object, make_window: WindowFactory, speak: Callable[[str], None]
) -> None:
    window = dutch_window(make_window, speak)
    retype(qtbot, window, "")
    assert window.presenter.draft.shipping_cost == Decimal("0.00")
    assert field(window, "shipping_cost").text() == "0,00"
