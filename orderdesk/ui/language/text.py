"""The one call every window text goes through, so Qt's ``lupdate`` finds it and the chosen language shows it.

``lupdate`` collects every ``translate("Context", "text")`` whose arguments are written out, so each
module names its context as a literal (``"MainWindow"``, ``"OutboxView"``): the context stays the same
when a class is renamed or subclassed, which ``QObject.tr``'s class-name context would not. Texts held
in module constants are marked with ``QT_TRANSLATE_NOOP`` where they are written and translated with
``translate`` where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language; with ``n``, the plural form for ``n`` with ``%n`` filled in."""
    return QCoreApplication.translate(context, text, disambiguation, n)
