"""Amounts as the window's language writes them: ``24,95`` and ``1.234,50`` in Dutch, ``24.95`` in English.

Reading is ``orderdesk.core.amounts`` (Babel, strict, to ``Decimal``): this module only supplies
the locale of the language the window was started in and says its refusals in that language.
What goes over the wire never passes through here.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from orderdesk.core.amounts import NumberProblem, read_number, write_number
from orderdesk.ui.language.choice import NUMBER_LOCALES
from orderdesk.ui.language.text import translate

PROBLEM_TEXTS = {
    "malformed": QT_TRANSLATE_NOOP("Numbers", "“{text}” is not a number"),
    "ambiguous": QT_TRANSLATE_NOOP("Numbers", "“{text}” could mean two amounts: write {plain} or {with_decimals}"),
    "wrong_separator": QT_TRANSLATE_NOOP(
        "Numbers", "“{text}” is not written as a number in this language: did you mean {suggestion}?"
    ),
    "too_many_decimals": QT_TRANSLATE_NOOP("Numbers", "At most {decimals} decimals"),
}
"""``NumberProblem.key`` -> its sentence, with the problem's values as named fields."""


def number_locale() -> str:
    """The locale of the language this run speaks (``nl_NL`` or ``en_GB``), as ``install_language`` set it."""
    app = QCoreApplication.instance()
    language = app.property("orderdesk_language") if app is not None else None
    return NUMBER_LOCALES.get(str(language), NUMBER_LOCALES["en"])


def read_amount(text: str, max_decimals: int | None = None) -> Decimal | None:
    """The amount ``text`` means in the window's language, ``None`` when empty; raises ``NumberProblem``."""
    return read_number(text, number_locale(), max_decimals)


def problem_text(problem: NumberProblem) -> str:
    """Why a typed amount was not read, in the window's language."""
    return translate("Numbers", PROBLEM_TEXTS[problem.key]).format(**problem.values)


def edit_text(value: Decimal | int | None) -> str:
    """An amount as an input shows it for editing: every decimal it has, no thousands groups.

    Without groups the text reads back as the same amount (``1234`` grouped as ``1.234`` would be
    refused as ambiguous), and the decimal sign is the language's own.
    """
    if value is None:
        return ""
    text = format(Decimal(value), "f")
    return text.replace(".", ",") if number_locale().startswith("nl") else text


def show_money(value: Decimal) -> str:
    """An amount as totals show it: grouped, two decimals, more only when it has them."""
    return write_number(value, number_locale(), min_decimals=2)


def show_number(value: Decimal) -> str:
    """A number as text shows it (a quantity): grouped, with the decimals it has."""
    return write_number(value, number_locale())
