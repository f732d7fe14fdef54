"""The whole window: built from ORDERDESK_HOME, keyboard first, totals, billing, open and save bodies."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from orderdesk.core import jsonio
from orderdesk.targets.registry import get_target
from orderdesk.ui import MainWindow
from orderdesk.ui.widgets.theme import HINT_PROPERTY
from tests.ui.contrast_support import READABLE, drawn_contrast
from tests.ui.conftest import (
    WindowFactory,
    add_profile,
    complete_order,
    field,
    press_tab,
    type_into,
)

ALT = Qt.KeyboardModifier.AltModifier


def mnemonics(window: MainWindow) -> list[str]:
    labels = [label for label in window.findChildren(QLabel) if label.buddy() is not None]
    texts = [label.text() for label in labels if label.isVisibleTo(window)]
    texts += [button.text() for button in window.findChildren(QAbstractButton) if button.isVisibleTo(window)]
    texts += [box.title() for box in window.findChildren(QGroupBox) if box.isVisibleTo(window)]
    texts += [action.text() for action in window.menuBar().actions()]
    return [match.group(1).lower() for text in texts for match in [re.search(r"&([^&])", text)] if match]


def test_the_window_is_built_from_orderdesk_home_with_paths_as_object_names(make_window: WindowFactory) -> None:
    add_profile("Drop NL", "dropday")
    window = make_window()
    for path in ("customer.email", "shipping.first_name", "shipping.country", "billing.postcode", "shipping_cost",
                 "notes", "external_id", "lines"):
        assert field(window, path).objectName() == path
    assert window.send_to.count() == 1
    assert window.send_to.item(0).text() == "Drop NL — Dropday"


def test_alt_shortcuts_are_unique_and_reach_their_inputs(qtbot: object, make_window: WindowFactory) -> None:
    add_profile("Drop NL", "dropday")
    window = make_window()
    window.choose("Drop NL")
    letters = mnemonics(window)
    assert len(letters) == len(set(letters)), sorted(letters)
    qtbot.keyClick(window, Qt.Key.Key_E, ALT)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is field(window, "customer.email")
    qtbot.keyClick(window, Qt.Key.Key_U, ALT)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is field(window, "shipping.country")
    qtbot.keyClick(window, Qt.Key.Key_D, ALT)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is window.send_to


def test_space_ticks_a_profile_under_send_to(qtbot: object, make_window: WindowFactory) -> None:
    add_profile("Drop NL", "dropday")
    window = make_window()
    window.send_to.setFocus()
    qtbot.keyClick(window.send_to, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert [profile.name for profile in window.send_to.chosen()] == ["Drop NL"]
    assert [target.name for target in window.validation.targets] == ["dropday"]


def test_tab_walks_the_screen_in_order_from_the_first_input_to_submit(
    qtbot: object, make_window: WindowFactory
) -> None:
    add_profile("Drop NL", "dropday")
    window = make_window()
    window.choose("Drop NL")
    window.send_to.setFocus()
    visited: list[str] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        name = _input_name(focused)
        if not visited or visited[-1] != name:
            visited.append(name)
        if name == "submit":
            break
        press_tab(qtbot)
    expected = ["send_to", "external_id", "source", "customer.name", "customer.email", "shipping.first_name",
                "shipping.postcode", "shipping.country", "billing_same_as_shipping", "extras.dropday.shipping_name",
                "lines", "shipping_cost", "notes", "submit"]
    assert [name for name in visited if name in expected] == expected
    assert len(visited) == len(set(visited)), visited  # nothing is visited twice on the way


def _input_name(widget: QWidget) -> str:
    """The draft path of the input that has focus (a cell editor counts as the table)."""
    while widget is not None and not widget.objectName():
        widget = widget.parentWidget()  # type: ignore[assignment]
    name = widget.objectName() if widget is not None else ""
    return "lines" if name.startswith("lines.") else name


def test_totals_follow_the_lines_and_the_shipping_cost(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    window.presenter.replace(complete_order(3))  # 1, 2 and 3 pieces at 12.95, shipping 4.95
    assert window.subtotal_label.text() == "77.70"
    assert window.total_label.text() == "82.65"
    cost = field(window, "shipping_cost")
    cost.setFocus()
    cost.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(cost, "0")  # type: ignore[attr-defined]
    assert window.total_label.text() == "77.70"
    assert window.presenter.draft.computed_total == Decimal("77.70")


def test_a_stated_total_shows_as_money(make_window: WindowFactory) -> None:
    order = complete_order(1)
    order.stated_total = Decimal("17.905")
    window = make_window()
    window.presenter.replace(order)
    assert "stated a total of 17.91;" in window.stated_label.text()


def test_billing_inputs_appear_when_billing_differs(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    billing = field(window, "billing.first_name")
    assert not billing.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_B, ALT)  # type: ignore[attr-defined]  # the check box's own shortcut
    qtbot.waitUntil(lambda: not window.presenter.draft.billing_same_as_shipping)  # type: ignore[attr-defined]
    assert billing.isVisibleTo(window)
    type_into(qtbot, window, "billing.first_name", "Accounts")
    assert window.presenter.draft.billing.first_name == "Accounts"


# The search popup asks the platform to raise it and grab the keyboard; offscreen cannot, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_country_list_is_searchable_by_name_or_code(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    type_into(qtbot, window, "shipping.country", "be")
    assert window.presenter.draft.shipping.country == "BE"
    combo = field(window, "shipping.country")
    combo.lineEdit().clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(combo, "new zeal")  # type: ignore[attr-defined]
    press_tab(qtbot)
    assert window.presenter.draft.shipping.country == "NZ"
    assert combo.currentText() == "New Zealand (NZ)"  # type: ignore[attr-defined]


def test_an_api_body_opens_into_the_form_and_saves_as_another_api(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    body = get_target("dropday").from_draft(complete_order(2))
    source = tmp_path / "failed-order.json"
    source.write_text(jsonio.dumps(body), encoding="utf-8")
    window.open_body(source, "dropday")
    assert field(window, "shipping.city").text() == "Amsterdam"  # type: ignore[attr-defined]
    assert [line.name for line in window.presenter.draft.lines] == ["Product 0", "Product 1"]
    saved = tmp_path / "for-bigcommerce.json"
    window.save_body(saved, "bigcommerce")
    written = jsonio.read_body(saved)
    assert written == get_target("bigcommerce").from_draft(window.presenter.draft)
    assert written["billing_address"]["city"] == "Amsterdam"
    assert get_target("bigcommerce").validate_body(written).errors == {}


# A dialog's layout passes size hints to its platform window; offscreen cannot take them, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_manage_profiles_opens_the_profiles_dialog_and_send_to_follows(
    qtbot: object, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.send_to.count() == 0 and window.no_profiles.isVisibleTo(window)
    seen: list[str] = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        seen.append(dialog.objectName())
        add_profile("Drop NL", "dropday")  # what saving a profile in the dialog writes
        dialog.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, in_dialog)
    window.manage_button.click()
    assert seen == ["profiles_dialog"]
    assert window.send_to.count() == 1 and not window.no_profiles.isVisibleTo(window)


def test_the_cursor_starts_where_the_call_starts(make_window: WindowFactory) -> None:
    add_profile("Drop NL", "dropday")
    window = make_window()
    assert QApplication.focusWidget() is window.send_to  # nothing ticked yet
    window.choose("Drop NL")
    window.close()
    again = make_window()
    assert QApplication.focusWidget() is field(again, "customer.name")  # ticked last time: remembered


def test_the_hint_beside_the_products_is_readable_and_whole_or_not_shown(
    qtbot: object, make_window: WindowFactory
) -> None:
    window = make_window()
    hints = [label for label in window.findChildren(QLabel) if label.property(HINT_PROPERTY)]
    assert [hint.text() for hint in hints] == ["Paste rows copied from a spreadsheet with Ctrl+V"]
    hint = hints[0]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)  # type: ignore[attr-defined]
    assert hint.isEnabled() and hint.width() >= hint.fontMetrics().horizontalAdvance(hint.text())
    assert drawn_contrast(hint) >= READABLE

    window.lines_view.reveal_column("url")
    window.resize(1024, 700)  # too narrow beside the buttons: nothing drawn rather than half a sentence
    qtbot.waitUntil(lambda: window.width() == 1024)  # type: ignore[attr-defined]
    assert hint.width() < hint.fontMetrics().horizontalAdvance(hint.text())
    assert drawn_contrast(hint) == 1.0
