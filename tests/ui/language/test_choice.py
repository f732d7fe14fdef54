"""The window speaks Dutch on a Dutch system, English on any other, unless the menu chose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from orderdesk.ui import window_state
from orderdesk.ui.language.choice import current_language, system_language


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("nl_NL", "nl"), ("nl_BE", "nl"), ("en_GB", "en"), ("de_DE", "en"), ("fr_BE", "en"), ("C", "en")],
)
def test_the_system_locale_decides(locale: str, expected: str) -> None:
    assert system_language(QLocale(locale)) == expected


def test_the_menus_choice_wins_and_an_unknown_one_is_ignored() -> None:
    window_state.save_language("nl")
    assert current_language() == "nl"
    window_state.save_language("xx")
    assert current_language() == system_language()
    window_state.save_language(None)
    assert current_language() == system_language()


def test_the_language_and_the_ticked_profiles_are_kept_together() -> None:
    window_state.save_chosen(["Drop NL"])
    window_state.save_language("nl")
    assert window_state.load_chosen() == ["Drop NL"]
    assert window_state.load_language() == "nl"
