"""Putting a language into effect: Qt's own translations, OrderDesk's, and the locale for numbers."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from orderdesk.ui.language.catalogs import TRANSLATIONS, CatalogError, ensure_compiled
from orderdesk.ui.language.choice import NUMBER_LOCALES


def install_language(app: QCoreApplication, language: str, folder: Path = TRANSLATIONS) -> list[QTranslator]:
    """Load ``language`` into ``app`` before any window is built; the translators are parented to ``app``.

    Qt's own catalogue translates the standard buttons and dialogs (OK, Cancel, the file dialog);
    English needs none, but OrderDesk's own English catalogue holds the plural forms ("1 error",
    "2 errors"). A catalogue that cannot be built is said on standard error and the window stays
    English, rather than not starting.
    """
    QLocale.setDefault(QLocale(NUMBER_LOCALES.get(language, "en_GB")))
    app.setProperty("orderdesk_language", language)
    translators = []
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_folder):
        translators.append(qt_own)
    try:
        compiled = ensure_compiled(language, folder)
    except CatalogError as exc:
        print(
            f"OrderDesk: the {language} translation could not be built, so the window is in English: {exc}",
            file=sys.stderr,
        )
        compiled = None
    ours = QTranslator(app)
    if compiled is not None and ours.load(str(compiled)):
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return translators
