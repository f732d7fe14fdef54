"""Installing a language sets the locale for numbers and loads the translations, before any widget."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from orderdesk.ui.language.install import install_language
from tests.ui.language.test_catalogs import write_ts


def test_dutch_numbers_texts_and_qts_own_buttons(qapp: QApplication, tmp_path: Path) -> None:
    write_ts(tmp_path)
    translators = install_language(qapp, "nl", tmp_path)
    try:
        assert len(translators) == 2  # Qt's own and OrderDesk's
        assert QLocale().toString(1234.5, "f", 2) == "1.234,50"
        assert QCoreApplication.translate("MainWindow", "Submit") == "Verzenden"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
        assert qapp.property("orderdesk_language") == "nl"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_language(qapp, "en", tmp_path)
    assert QCoreApplication.translate("MainWindow", "Submit") == "Submit"


def test_english_loads_nothing_and_writes_english_numbers(qapp: QApplication, tmp_path: Path) -> None:
    assert install_language(qapp, "en", tmp_path) == []
    assert QLocale().toString(1234.5, "f", 2) == "1,234.50"


def test_a_translation_that_cannot_be_built_leaves_english(qapp: QApplication, tmp_path: Path, capsys) -> None:
    (tmp_path / "orderdesk_nl.ts").write_text("<TS><context>", encoding="utf-8")
    translators = install_language(qapp, "nl", tmp_path)
    try:
        assert QCoreApplication.translate("MainWindow", "Submit") == "Submit"
        assert "could not be built" in capsys.readouterr().err
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_language(qapp, "en", tmp_path)
