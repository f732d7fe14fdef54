"""Amounts and moments as the window's language writes them: ``24,95``, ``1.234,50`` and ``07-12-2026`` in Dutch.

Reading is ``orderdesk.core.amounts`` (Babel, strict, to ``Decimal``): this module only supplies
the locale of the language the window was started in and says its refusals in that language.
What goes over the wire never passes through here.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale

from orderdesk.core.amounts import NumberProblem, read_number, round_to_cents
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
    if problem.key == "too_many_decimals" and problem.values.get("decimals") == "0":
        return translate("Numbers", "Only a whole number")
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
    """A price as it was given: grouped, two decimals, more only when it has them (a unit price of 0,125 is meant)."""
    return _grouped(value, 2)


def show_total(value: Decimal) -> str:
    """A money total (a line's, the subtotal, the total): grouped, in whole cents as a shop shows it."""
    return _grouped(round_to_cents(value), 2)


def show_number(value: Decimal) -> str:
    """A number as text shows it (a quantity): grouped, with the decimals it has."""
    return _grouped(value, 0)


def _grouped(value: Decimal, min_decimals: int) -> str:
    """``value`` with its language's thousands groups and decimal sign, every decimal it has and ``min_decimals``.

    Written with Qt's own knowledge of the locale, so showing the totals as the window starts does not
    load Babel (reading a typed amount does, in ``core.amounts``).
    """
    exponent = value.as_tuple().exponent
    decimals = max(min_decimals, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    locale = QLocale(number_locale())
    english = format(value, f",.{decimals}f")
    return english.translate(str.maketrans({",": locale.groupSeparator(), ".": locale.decimalPoint()}))


def show_moment(timestamp: float, seconds: bool = False) -> str:
    """A moment as the window's language writes it, to the minute: ``07-12-2026 14:05`` in Dutch."""
    locale = QLocale(number_locale())
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    clock = "HH:mm:ss" if seconds else "HH:mm"
    return locale.toString(moment, f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {clock}")


def show_long_moment(timestamp: float) -> str:
    """A moment in full, to the second, as the language writes it: ``zondag 7 december 2026 14:05:09``."""
    locale = QLocale(number_locale())
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    return locale.toString(moment, locale.dateTimeFormat(QLocale.FormatType.LongFormat).rstrip("t").rstrip())


def day_format() -> str:
    """How the window's language writes a day, as Qt's format (``dd-MM-yyyy`` in Dutch, ``dd/MM/yyyy`` in English)."""
    return QLocale(number_locale()).dateFormat(QLocale.FormatType.ShortFormat)


def read_day(text: str) -> QDate | None:
    """The day ``text`` names as the window's language writes it (or as ``DD-MM-YYYY``); ``None`` when it names none.

    Qt reads only real days: ``31-02-2026`` is no day, and neither is a two-digit year.
    """
    for form in (day_format(), "dd-MM-yyyy", "d-M-yyyy"):
        day = QDate.fromString(text.strip(), form)
        if day.isValid():
            return day
    return None


def show_day(day: QDate) -> str:
    """A day as the window's language writes it: ``07-11-2025`` in Dutch, ``07/11/2025`` in English."""
    return day.toString(day_format())


def day_hint() -> str:
    """The form of a day to type, in the window's language's letters (``DD-MM-JJJJ``)."""
    letters = {"d": translate("Numbers", "D"), "M": translate("Numbers", "M"), "y": translate("Numbers", "Y")}
    return "".join(letters.get(char, char) for char in day_format())
