"""The Qt-free sentences the window shows (how far a send got, what to do next) are listed and translated."""

from __future__ import annotations

from collections.abc import Callable

from orderdesk.config.profiles import make_profile
from orderdesk.core.outcome import REACH_WORDS, Outcome, OutcomeKind
from orderdesk.sending.next_step import CANNOT_LOOK_UP, next_step
from orderdesk.ui.language.core_texts import CORE_TEXTS, core_text


def test_every_core_text_the_window_shows_is_listed() -> None:
    assert {*REACH_WORDS.values(), CANNOT_LOOK_UP} - set(CORE_TEXTS) == set()


def test_the_advice_is_translated_with_its_values_and_stays_english_for_the_command_line(
    speak: Callable[[str], None],
) -> None:
    profile = make_profile("Reviews", "feedbackcompany", "", client_id="shop")
    step = next_step(Outcome(OutcomeKind.UNKNOWN), profile)
    speak("nl")
    dutch = core_text(step.template, step.values)
    assert dutch.startswith("Feedback Company kan geen bestellingen opzoeken")
    assert "--profile Reviews --force" in dutch
    assert step.advice.startswith("Feedback Company cannot look orders up")  # what the CLI prints
