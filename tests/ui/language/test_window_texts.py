"""The window in Dutch has no English left: every label, button, tab, menu, header, tooltip and placeholder.

The same window is built in English and in Dutch, with a profile of every API ticked (so each API's
settings show) and the Outbox, Drafts and Profiles built too; every text a person can read is
collected from both. A text that reads the same in both languages was not translated, unless it
is a name or a word Dutch shares with English (the allow-list).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from orderdesk.ui import MainWindow
from orderdesk.ui.profiles.dialog import ProfilesDialog
from orderdesk.ui.widgets.country_combo import CountryCombo
from tests.ui.conftest import WindowFactory, add_profile, field
from tests.ui.test_main_window import mnemonics

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")

SAME_IN_BOTH = {
    "Dropday", "Centra", "BigCommerce", "Feedback Company", "OrderDesk", "English", "Nederlands",
    "API", "SKU", "EAN", "E-mail", "Postcode", "HTTP", "#", "JSON",
}
"""Names, and words Dutch writes as English does."""

API_CHOICE = re.compile(r"^\d+: ")
"""A BigCommerce order status ("11: Awaiting Fulfillment"): the id with the name BigCommerce's documentation gives."""

PROFILES = (
    ("Webwinkel", "dropday"), ("Centra-shop", "centra"), ("BC-shop", "bigcommerce"), ("Reviews", "feedbackcompany")
)


def readable(widget_tree: Iterable[QWidget], actions: Iterable[QAction]) -> set[str]:
    """Every text a person can read on these widgets and actions, Alt-marks and required-marks taken off."""
    texts: list[str] = []
    for widget in widget_tree:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox) and not isinstance(widget, CountryCombo):  # countries: names, not words
            texts += [widget.itemText(i) for i in range(widget.count()) if not API_CHOICE.match(widget.itemText(i))]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model, horizontal = widget.model(), Qt.Orientation.Horizontal
            for column in range(widget.count()):
                texts.append(str(model.headerData(column, horizontal) or ""))
                texts.append(str(model.headerData(column, horizontal, Qt.ItemDataRole.ToolTipRole) or ""))
        if isinstance(widget, QMenu):
            texts.append(widget.title())
    for action in actions:
        texts += [action.text(), action.toolTip()]
    return {" ".join(text.replace("&", "").removesuffix(" *").split()) for text in texts} - {""}


def window_texts(make_window: WindowFactory) -> set[str]:
    """What the window, its pages and dialogs say, with a profile of every API ticked."""
    window: MainWindow = make_window()
    window.choose(*(name for name, _target in PROFILES))
    window.show_outbox()
    window.show_drafts()
    assert window._drafts is not None
    profiles = ProfilesDialog(window.profile_store, window)
    widgets = [window, *window.findChildren(QWidget), window._drafts, *window._drafts.findChildren(QWidget),
               profiles, *profiles.findChildren(QWidget)]
    actions = [action for menu in window.findChildren(QMenu) for action in menu.actions()]
    texts = readable(widgets, actions)
    profiles.deleteLater()
    window._drafts.close()
    return texts


def test_the_dutch_window_says_nothing_in_english(make_window: WindowFactory, speak: Callable[[str], None]) -> None:
    for name, target in PROFILES:
        add_profile(name, target)
    speak("en")
    english = window_texts(make_window)
    speak("nl")
    dutch = window_texts(make_window)
    assert {"Submit", "Shipping address", "Send again…", "Manage profiles…"} <= english  # the collection sees them
    assert {"Verzenden", "Afleveradres", "Opnieuw versturen…", "Profielen beheren…"} <= dutch
    said_in_both = {text for text in english & dutch if any(char.isalpha() for char in text)}
    data = {text for text in said_in_both if any(name in text for name, _target in PROFILES)}  # profile names
    data |= {text for text in said_in_both if text.startswith("https://")}  # an API's documented address
    assert said_in_both - data - SAME_IN_BOTH == set()


def test_dutch_alt_letters_are_unique_and_reach_their_inputs(
    qtbot: object, make_window: WindowFactory, speak: Callable[[str], None]
) -> None:
    speak("nl")
    add_profile("Webwinkel", "dropday")
    window = make_window()
    window.choose("Webwinkel")
    letters = mnemonics(window)
    assert len(letters) == len(set(letters)), sorted(letters)
    for key, path in ((Qt.Key.Key_E, "customer.email"), (Qt.Key.Key_L, "shipping.country"),
                      (Qt.Key.Key_K, "shipping_cost"), (Qt.Key.Key_N, "customer.name")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
        assert QApplication.focusWidget() is field(window, path)
    window.show_outbox()
    letters = mnemonics(window)
    assert len(letters) == len(set(letters)), sorted(letters)
