"""View › Language keeps the choice for the next start and says when it takes effect."""

from __future__ import annotations

from orderdesk.ui import window_state
from orderdesk.ui.language.menu import SYSTEM
from tests.ui.conftest import WindowFactory


def test_choosing_dutch_is_kept_and_announced(make_window: WindowFactory) -> None:
    window = make_window()
    menu = window.language_menu
    assert menu.checked_code() == SYSTEM
    dutch = next(action for action in menu.actions() if action.data() == "nl")
    dutch.trigger()
    assert window_state.load_language() == "nl"
    assert menu.checked_code() == "nl"
    assert "Nederlands" in window.statusBar().currentMessage()
    assert "next start" in window.statusBar().currentMessage()


def test_back_to_the_system_forgets_the_choice(make_window: WindowFactory) -> None:
    window_state.save_language("nl")
    window = make_window()
    assert window.language_menu.checked_code() == "nl"
    system = next(action for action in window.language_menu.actions() if action.data() == SYSTEM)
    system.trigger()
    assert window_state.load_language() is None
