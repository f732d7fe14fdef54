"""Which language the window speaks: the one chosen in the menu, else the system's (Dutch or English)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from orderdesk.ui import window_state

LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}
"""Every language the window speaks, named in itself (as a language menu shows them)."""

NUMBER_LOCALES = {"en": "en_GB", "nl": "nl_NL"}
"""The locale whose numbers and dates go with each language: ``24,95`` and DD-MM-YYYY in Dutch."""


def system_language(locale: QLocale | None = None) -> str:
    """``nl`` for a Dutch system (Dutch in the Netherlands or Belgium alike), ``en`` for any other."""
    language = (locale or QLocale.system()).language()
    return "nl" if language == QLocale.Language.Dutch else "en"


def current_language() -> str:
    """The language chosen in the menu when it is one the window speaks, else the system's."""
    chosen = window_state.load_language()
    return chosen if chosen in LANGUAGE_NAMES else system_language()
