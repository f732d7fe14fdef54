"""Sentences built outside the window (outcomes, next steps), for ``lupdate`` and for showing them translated.

The sending and outbox code is free of Qt and speaks English, which the command line and the
journal keep. The window translates the English where it shows it: a fixed text is looked up as
it is, a sentence with values is looked up by its template and filled in afterwards. The list
below only tells ``lupdate`` what to collect; a test checks it holds every such text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from orderdesk.ui.language.text import translate

CONTEXT = "Core"

CORE_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Core", "the API answered with an error"),
    QT_TRANSLATE_NOOP("Core", "no answer, the order may have arrived"),
    QT_TRANSLATE_NOOP("Core", "not sent, the API never saw it"),
    QT_TRANSLATE_NOOP(
        "Core",
        "{title} cannot look orders up, so sending again could make this order twice. Check the {title} dashboard, "
        "then say what you found with Outbox ▸ Mark resolved… (or 'orderdesk outbox resolve ID --created REF' or "
        "'--not-created'); an order that is not there is then sent by Send again. To send it at once instead, save "
        "the order as a {title} body (Ctrl+S) and send it with 'orderdesk submit FILE --profile {profile} --force'.",
    ),
)
"""Every English text of the Qt-free code the window shows, as ``lupdate`` must see them."""


def core_text(text: str, values: dict[str, str] | None = None) -> str:
    """``text`` (a fixed text or a template) in the window's language, with ``values`` filled in."""
    translated = translate(CONTEXT, text) if text else text
    return translated.format(**values) if values else translated
