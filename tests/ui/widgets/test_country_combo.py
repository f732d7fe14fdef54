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


def test_a_dutch_window_lists_dutch_and_english_names_with_the_code(qtbot: object) -> None:
    combo = CountryCombo(language="nl")
    qtbot.add_widget(combo)  # type: ignore[attr-defined]
    combo.set_code("NL")
    assert combo.currentText() == "Nederland · Netherlands (NL)"
    assert country_label("NL") == "Netherlands (NL)"
    assert combo.itemText(1).startswith("Afghanistan")  # sorted by the Dutch name
    assert combo.code_for("Duitsland") == "DE"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
@pytest.mark.parametrize(("typed", "code"), [("Nederland", "NL"), ("Duitsland", "DE"), ("Belgique", "BE"),
                                             ("NL", "NL"), ("pays-bas", "NL"), ("allemagn", "DE")])
def test_names_in_the_window_language_english_and_the_neighbours_find_the_country(
    qtbot: object, typed: str, code: str
) -> None:
    combo = CountryCombo(language="nl")
    qtbot.add_widget(combo)  # type: ignore[attr-defined]
    combo.show()
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), typed)  # type: ignore[attr-defined]
    completer = combo.completer()
    assert completer.completionCount() >= 1
    listed = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert any(f"({code})" in entry for entry in listed)
    combo.lineEdit().returnPressed.emit()  # settles the typed text, as Enter or leaving does
    assert combo.code() == code
