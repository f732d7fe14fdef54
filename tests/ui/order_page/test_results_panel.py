"""What a person reads for each outcome, and the panel's rows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from orderdesk.config.profiles import make_profile
from orderdesk.core.findings import Findings
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.ui.order_page.results_panel import ResultsPanel, outcome_text


def test_each_outcome_reads_in_plain_words() -> None:
    assert outcome_text(Outcome(OutcomeKind.CREATED, reference="1001")) == ("ok", "✔ Created — reference 1001")
    assert outcome_text(Outcome(OutcomeKind.DUPLICATE, reference="1001"))[1].startswith("✔ Already there — reference 1001")
    errors = Findings()
    errors.error("shipping.postcode", "Does not match the city")
    errors.error("", "Order rejected")
    state, text = outcome_text(Outcome(OutcomeKind.REJECTED, errors=errors, status=422))
    assert state == "error" and text == "✖ Rejected: 2 problems shown next to the inputs\nOrder rejected"
    assert outcome_text(Outcome(OutcomeKind.FAILED, reason="The server had a problem (HTTP 500).", status=500))[1] == (
        "✖ Failed — the API answered with an error: The server had a problem (HTTP 500)."
    )
    assert outcome_text(Outcome(OutcomeKind.UNKNOWN))[0] == "warning"
    assert "Manage profiles" in outcome_text(Outcome(OutcomeKind.UNAUTHORIZED))[1]


def test_a_failure_says_whether_the_api_answered_or_no_answer_came() -> None:
    answered = outcome_text(Outcome(OutcomeKind.FAILED, reason="Dropday had a server error.", status=500))[1]
    silent = outcome_text(Outcome(OutcomeKind.FAILED, reason="It broke off.", may_have_arrived=True))[1]
    unsent = outcome_text(Outcome(OutcomeKind.FAILED, reason="Could not connect."))[1]
    assert answered.startswith("✖ Failed — the API answered with an error: ")
    assert silent.startswith("✖ Failed — no answer, the order may have arrived: ")
    assert unsent.startswith("✖ Failed — not sent, the API never saw it: ")
    unknown = outcome_text(Outcome(OutcomeKind.UNKNOWN, reason="OrderDesk stopped."))
    assert unknown == ("warning", "? Unknown — no answer, the order may have arrived: OrderDesk stopped.")


def test_rows_show_progress_then_the_outcome_and_retry_where_it_helps(qtbot: object) -> None:
    host = QWidget()  # the panel lives inside the window, never as a window of its own
    qtbot.add_widget(host)  # type: ignore[attr-defined]
    panel = ResultsPanel(host)
    profile = make_profile("Drop NL", "dropday", account_id="1")
    panel.sending(profile)
    assert panel.status_text("Drop NL") == "Sending…"
    panel.finished("Drop NL", Outcome(OutcomeKind.FAILED, reason="Timed out", may_have_arrived=True), 30.0)
    assert panel.status_text("Drop NL") == "✖ Failed — no answer, the order may have arrived: Timed out"
    assert panel._rows["Drop NL"].retry.isVisibleTo(panel)  # noqa: SLF001
    panel.sending(profile)
    panel.finished("Drop NL", Outcome(OutcomeKind.CREATED, reference="7"), 0.2)
    assert not panel._rows["Drop NL"].retry.isVisibleTo(panel)  # noqa: SLF001
    panel.clear()
    assert panel.status_text("Drop NL") == "" and not panel.isVisibleTo(host)
