"""The Qt-free sentences the window shows (how far a send got, what to do next) are listed and translated."""

from __future__ import annotations

from collections.abc import Callable
from itertools import product

from orderdesk.config.profiles import make_profile
from orderdesk.core.findings import Findings
from orderdesk.core.outcome import REACH_WORDS, Outcome, OutcomeKind
from orderdesk.sending.next_step import CANNOT_LOOK_UP, next_step
from orderdesk.services.outcome_words import describe
from orderdesk.ui.language.core_texts import CORE_TEXTS, core_text
from orderdesk.ui.order_page.results_panel import outcome_text


def outcome_templates() -> set[str]:
    """The first line of every outcome ``services.outcome_words`` can describe, as a template."""
    found = set()
    for kind, reference, reason, retryable, count in product(OutcomeKind, ("", "1001"), ("", "why"), (False, True),
                                                              (0, 1, 2)):
        errors = Findings()
        for number in range(count):
            errors.error(f"lines.{number}.name", "Required")
        outcome = Outcome(kind, reference=reference, reason=reason, retryable=retryable, errors=errors)
        found.add(describe(outcome).template)
    return found


def test_every_core_text_the_window_shows_is_listed() -> None:
    templates = outcome_templates()
    assert len(templates) > 15
    assert {*REACH_WORDS.values(), CANNOT_LOOK_UP, *templates} - set(CORE_TEXTS) == set()


def test_an_outcome_reads_dutch_with_its_values(speak: Callable[[str], None]) -> None:
    speak("nl")
    assert outcome_text(Outcome(OutcomeKind.CREATED, reference="1001")) == ("ok", "✔ Aangemaakt — referentie 1001")
    state, text = outcome_text(Outcome(OutcomeKind.FAILED, retryable=True))
    assert state == "error"
    assert text.startswith("✖ Mislukt — niet verstuurd, de API heeft haar nooit gezien (kan opnieuw")


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
