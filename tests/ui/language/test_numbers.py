"""Amounts typed in the window's language: what is read, what is refused and why, and how amounts show.

In Dutch the comma is the decimal sign and the point groups thousands, so ``24,95`` and ``1.234,50``
are read as meant. ``24.95`` typed in Dutch is an error, not 2495: a point in Dutch groups three
digits, and ``95`` are two, so the text is not a Dutch number at all; reading it as 2495 (or 24.95)
would be a guess, and a wrong guess sends an amount nobody meant. ``1,234.50`` in Dutch is refused
the same way, with the Dutch way of writing it offered instead.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

import pytest

from orderdesk.core.amounts import write_number
from orderdesk.ui.language.numbers import edit_text, show_moment, show_money
from orderdesk.ui.widgets.field_widgets import DayEdit, NumberEdit


def typed(text: str, integer: bool = False) -> tuple[Decimal | int | None, str]:
    edit = NumberEdit(integer=integer)
    edit.setText(text)
    return edit.number(), edit.problem_text()


@pytest.mark.parametrize(
    ("text", "value"),
    [("24,95", Decimal("24.95")), ("1.234,50", Decimal("1234.50")), ("-3,50", Decimal("-3.50")),
     ("€ 12,50", Decimal("12.50")), ("0", Decimal(0))],
)
def test_dutch_amounts_are_read_as_meant(text: str, value: Decimal, speak: Callable[[str], None]) -> None:
    speak("nl")
    assert typed(text) == (value, "")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("24.95", "“24.95” is in deze taal niet als getal geschreven: bedoelt u 24,95?"),
        ("1,234.50", "“1,234.50” is in deze taal niet als getal geschreven: bedoelt u 1.234,50?"),
        ("1.234", "“1.234” kan twee bedragen betekenen: schrijf 1234 of 1,234"),
        ("12,3,4", "“12,3,4” is geen getal"),
    ],
)
def test_what_is_not_a_dutch_number_is_said_not_guessed(text: str, said: str, speak: Callable[[str], None]) -> None:
    speak("nl")
    assert typed(text) == (None, said)


def test_empty_is_no_amount_and_no_problem(speak: Callable[[str], None]) -> None:
    speak("nl")
    assert typed("") == (None, "")
    assert typed("   ") == (None, "")


def test_a_whole_number_input_refuses_decimals(speak: Callable[[str], None]) -> None:
    speak("nl")
    assert typed("7", integer=True) == (7, "")
    assert typed("2,5", integer=True) == (None, "Alleen een heel getal")


def test_english_reads_points_and_refuses_dutch_commas() -> None:
    assert typed("24.95") == (Decimal("24.95"), "")
    assert typed("1,234.50") == (Decimal("1234.50"), "")
    assert typed("-0.5") == (Decimal("-0.5"), "")
    assert typed("24,95") == (None, "“24,95” is not written as a number in this language: did you mean 24.95?")


def test_amounts_show_as_the_language_writes_them(speak: Callable[[str], None]) -> None:
    assert (show_money(Decimal("1234.5")), edit_text(Decimal("1234.5"))) == ("1,234.50", "1234.5")
    speak("nl")
    assert (show_money(Decimal("1234.5")), edit_text(Decimal("1234.5"))) == ("1.234,50", "1234,5")
    assert show_money(Decimal("0.125")) == "0,125"  # an amount with more decimals keeps them
    edit = NumberEdit()
    edit.set_number(Decimal("1234.5"))
    assert edit.text() == "1234,5" and edit.number() == Decimal("1234.5")  # what is shown reads back the same


def test_moments_show_as_the_language_writes_them(speak: Callable[[str], None]) -> None:
    moment = 1796810700
    local = datetime.fromtimestamp(moment)
    assert show_moment(moment) == local.strftime("%d/%m/%Y %H:%M")
    speak("nl")
    assert show_moment(moment) == local.strftime("%d-%m-%Y %H:%M")
    assert show_moment(moment, seconds=True) == local.strftime("%d-%m-%Y %H:%M:%S")


def test_a_day_is_typed_as_the_language_writes_it_and_held_as_dd_mm_yyyy(speak: Callable[[str], None]) -> None:
    edit = DayEdit()
    edit.setText("07/11/2025")
    assert (edit.held(), edit.problem_text()) == ("07-11-2025", "")
    edit.set_held("07-11-2025")
    assert edit.text() == "07/11/2025" and edit.placeholderText() == "DD/MM/YYYY"
    speak("nl")
    edit = DayEdit()
    edit.set_held("07-11-2025")
    assert edit.text() == "07-11-2025" and edit.placeholderText() == "DD-MM-JJJJ"
    edit.setText("31-02-2026")  # no such day
    assert (edit.held(), edit.problem_text()) == (None, "“31-02-2026” is geen datum: schrijf hem als DD-MM-JJJJ")
    edit.setText("")
    assert (edit.held(), edit.problem_text()) == (None, "")
    edit.set_held("2025-11-07")  # an opened body's own text: shown as it is, for the API's rules to judge
    assert edit.text() == "2025-11-07"


@pytest.mark.parametrize("value", ["1234.5", "-0.125", "1234567.891", "0", "7"])
def test_shown_amounts_are_written_as_babel_writes_them(value: str, speak: Callable[[str], None]) -> None:
    assert show_money(Decimal(value)) == write_number(Decimal(value), "en_GB", min_decimals=2)
    speak("nl")
    assert show_money(Decimal(value)) == write_number(Decimal(value), "nl_NL", min_decimals=2)


def test_the_window_starts_without_loading_babel() -> None:
    """Babel is read at the first typed amount; the totals at the start are written with Qt's locale."""
    code = "import sys, orderdesk.ui.main_window; print('babel' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "False"
