"""One description per outcome, read by the command and the window alike."""

from __future__ import annotations

from orderdesk.core.findings import Findings
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.services.outcome_words import Severity, describe


def test_done_outcomes_give_the_reference() -> None:
    created = describe(Outcome(OutcomeKind.CREATED, reference="1001"))
    assert (created.severity, created.sentence) == (Severity.OK, "Created — reference 1001")
    assert (created.template, created.values["reference"]) == ("Created — reference {reference}", "1001")
    duplicate = describe(Outcome(OutcomeKind.DUPLICATE, reference="1001", reason="Dropday had it"))
    assert duplicate.severity is Severity.OK
    assert duplicate.sentence == "Already there — reference 1001 (sent before, not created twice) (Dropday had it)"


def test_a_rejection_counts_its_problems_and_keeps_field_errors_apart_from_the_order_as_a_whole() -> None:
    errors = Findings()
    errors.error("shipping.postcode", "Does not match the city")
    errors.error("", "Order rejected")
    told = describe(Outcome(OutcomeKind.REJECTED, errors=errors, reason="Not sent", status=422))
    assert (told.severity, told.sentence, told.said, told.errors) == (
        Severity.ERROR,
        "Rejected: 2 problems",
        ("Order rejected", "Not sent"),
        ("shipping.postcode: Does not match the city",),
    )


def test_a_failure_says_how_far_it_got_whether_it_may_go_again_and_the_answer() -> None:
    told = describe(Outcome(OutcomeKind.FAILED, reason="Rate limited.", retryable=True, status=429,
                            response_text="slow down"))
    assert told.severity is Severity.ERROR
    assert told.sentence == "Failed — the API answered with an error (can be sent again): Rate limited."
    assert told.answer == "HTTP 429: slow down"
    unknown = describe(Outcome(OutcomeKind.UNKNOWN))
    assert (unknown.severity, unknown.sentence) == (
        Severity.WARNING, "Unknown — no answer, the order may have arrived: the order may or may not exist"
    )
    assert "Manage profiles" in describe(Outcome(OutcomeKind.UNAUTHORIZED)).sentence
