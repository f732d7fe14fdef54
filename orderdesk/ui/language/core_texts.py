"""Sentences built outside the window (outcomes, next steps, orders left out), for ``lupdate`` and translated.

The sending and outbox code and ``services.outcome_words`` are free of Qt and speak English,
which the command line and the journal keep. The window translates the English where it shows
it: a fixed text is looked up as it is, a sentence with values is looked up by its template and
filled in afterwards. The list below only tells ``lupdate`` what to collect; a test checks it
holds every such text.
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
    QT_TRANSLATE_NOOP("Core", "Created"),
    QT_TRANSLATE_NOOP("Core", "Already there (sent before, not created twice)"),
    QT_TRANSLATE_NOOP("Core", "Created ({reason})"),
    QT_TRANSLATE_NOOP("Core", "Already there (sent before, not created twice) ({reason})"),
    QT_TRANSLATE_NOOP("Core", "Created — reference {reference}"),
    QT_TRANSLATE_NOOP("Core", "Already there — reference {reference} (sent before, not created twice)"),
    QT_TRANSLATE_NOOP("Core", "Created — reference {reference} ({reason})"),
    QT_TRANSLATE_NOOP("Core", "Already there — reference {reference} (sent before, not created twice) ({reason})"),
    QT_TRANSLATE_NOOP("Core", "Rejected: {count} problem"),
    QT_TRANSLATE_NOOP("Core", "Rejected: {count} problems"),
    QT_TRANSLATE_NOOP("Core", "Rejected"),
    QT_TRANSLATE_NOOP("Core", "Not authorised: {reason}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Not authorised: The API refused the key. Check the profile under Order ▸ Manage profiles.",
    ),
    QT_TRANSLATE_NOOP("Core", "Failed — {how}: {reason}"),
    QT_TRANSLATE_NOOP("Core", "Failed — {how}: the API did not take the order"),
    QT_TRANSLATE_NOOP("Core", "Failed — {how} (can be sent again): {reason}"),
    QT_TRANSLATE_NOOP("Core", "Failed — {how} (can be sent again): the API did not take the order"),
    QT_TRANSLATE_NOOP("Core", "Unknown — {how}: {reason}"),
    QT_TRANSLATE_NOOP("Core", "Unknown — {how}: the order may or may not exist"),
    QT_TRANSLATE_NOOP("Core", "There is no order {order} in the journal."),
    QT_TRANSLATE_NOOP("Core", "{profile} has it already (reference {reference})."),
    QT_TRANSLATE_NOOP("Core", "{profile} has it already (reference not given)."),
    QT_TRANSLATE_NOOP("Core", "It is being sent right now; wait for its outcome."),
    QT_TRANSLATE_NOOP("Core", "No profile is called '{profile}' any more."),
    QT_TRANSLATE_NOOP("Core", "Profile '{profile}' now sends to {api}; the order was sent to another API."),
    QT_TRANSLATE_NOOP("Core", "It was rejected and has not been changed since: correct it first."),
)
"""Every English text of the Qt-free code the window shows, as ``lupdate`` must see them."""


def core_text(text: str, values: dict[str, str] | None = None) -> str:
    """``text`` (a fixed text or a template) in the window's language, with ``values`` filled in."""
    translated = translate(CONTEXT, text) if text else text
    return translated.format(**values) if values else translated
