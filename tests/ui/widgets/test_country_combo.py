"""The searchable country list: codes, names and entries all find the country."""

from __future__ import annotations

import pytest

from orderdesk.ui.widgets.country_combo import CountryCombo, country_label


def test_codes_names_and_entries_are_understood(qtbot: object) -> None:
    combo = CountryCombo()
    qtbot.add_widget(combo)  # type: ignore[attr-defined]
    assert combo.code_for("nl") == "NL"
    assert combo.code_for("Germany") == "DE"
    assert combo.code_for(country_label("BE")) == "BE"
    assert combo.code_for("Atlantis") == "Atlantis"  # kept as typed, so validation can say what is wrong
    assert combo.code_for("  ") == ""


def test_set_code_shows_the_entry_or_the_raw_text(qtbot: object) -> None:
    combo = CountryCombo()
    qtbot.add_widget(combo)  # type: ignore[attr-defined]
    combo.set_code("NL")
    assert combo.currentText() == "Netherlands (NL)"
    assert combo.code() == "NL"
    combo.set_code("XX")
    assert combo.currentText() == "XX"
    combo.set_code("")
    assert combo.code() == ""


# The search popup asks the platform to raise it and grab the keyboard; offscreen cannot, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_typing_reports_each_change(qtbot: object) -> None:
    combo = CountryCombo()
    qtbot.add_widget(combo)  # type: ignore[attr-defined]
    reported: list[str] = []
    combo.code_edited.connect(reported.append)
    qtbot.keyClicks(combo.lineEdit(), "fr")  # type: ignore[attr-defined]
    assert reported == ["f", "FR"]
