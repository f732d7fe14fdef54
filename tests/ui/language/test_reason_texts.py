"""What the window shows of reasons, paths and connection verdicts is Dutch in the Dutch window (English stays for the CLI)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import orderdesk

from orderdesk.config.profiles import ProfileError, make_profile
from orderdesk.core.findings import Findings
from orderdesk.core.outcome import Outcome, OutcomeKind, Reach
from orderdesk.sending.connection_check import VERDICT_TEMPLATES, explain
from orderdesk.services.journal_access import OutboxRow, OutboxState
from orderdesk.targets.answers import rejected_outcome, server_error_outcome, transport_outcome, unauthorized_outcome
from orderdesk.transport.replies import ConnectionCheck, ConnectionState, Delivery, Reply, TransportError
from orderdesk.ui.language.reason_texts import PROFILE_PROBLEMS, REASONS, profile_problem_text, reason_text, verdict_text
from orderdesk.ui.order_page.results_panel import outcome_text
from orderdesk.ui.outbox_page.outbox_words import detail, readable_path


def _reply(status: int, body: bytes = b"<html>down</html>") -> Reply:
    return Reply(status=status, headers={}, body=body, snippet=body.decode(), tries=3)


def test_every_verdict_template_is_listed() -> None:
    assert set(VERDICT_TEMPLATES) - set(REASONS) == set()


def test_the_results_panel_says_a_refusal_and_a_server_error_in_dutch(speak: Callable[[str], None]) -> None:
    errors = Findings()
    errors.error("shipping.postcode", "Required")
    refused = rejected_outcome(errors, _reply(422, b"{}"))
    unclear = server_error_outcome(_reply(503), "BigCommerce", idempotent=False)
    speak("nl")
    refused_text = outcome_text(refused)[1]
    assert "The order was refused" not in refused_text and "De bestelling is geweigerd" in refused_text
    unclear_text = outcome_text(unclear)[1]
    assert "server error" not in unclear_text and "It may have created" not in unclear_text
    assert "BigCommerce had een serverfout: 503 Service Unavailable met een HTML-pagina (3 pogingen)." in unclear_text
    assert unclear.reason.startswith("BigCommerce had a server error")  # what the journal and the CLI keep


def test_a_duplicate_found_by_send_again_is_dutch_inside_the_dutch_sentence(speak: Callable[[str], None]) -> None:
    outcome = Outcome(OutcomeKind.DUPLICATE, reference="1001", reason="Webshop has it already (reference 1001).")
    speak("nl")
    text = outcome_text(outcome)[1]
    assert "has it already" not in text and "Webshop" in text and "1001" in text


def test_the_outbox_says_what_happened_in_dutch(speak: Callable[[str], None]) -> None:
    outcome = transport_outcome(TransportError(Delivery.MAYBE_SENT, "shop.example did not answer within 30 s after "
                                               "the request was sent"), "BigCommerce", idempotent=False)
    row = OutboxRow.__new__(OutboxRow)
    object.__setattr__(row, "state", OutboxState.UNKNOWN)
    object.__setattr__(row, "reason", outcome.reason)
    speak("nl")
    said = detail(row)
    assert said != outcome.reason and "shop.example" in said and "look it up" not in said
    assert readable_path("shipping.postcode") == "Afleveradres › Postcode"
    assert readable_path("customer.email") == "Klant › E-mail"


def test_an_unknown_reason_and_a_servers_words_stay_as_written(speak: Callable[[str], None]) -> None:
    speak("nl")
    assert reason_text("Le serveur a dit non") == "Le serveur a dit non"
    said = reason_text(unauthorized_outcome(_reply(401, b"{}"), "Dropday", "Invalid key").reason)
    assert "(Invalid key)" in said and "refused" not in said


def test_the_connection_verdict_reads_as_one_sentence_and_is_dutch(speak: Callable[[str], None]) -> None:
    profile = make_profile("Reviews", "feedbackcompany", "", client_id="shop")
    detail_said = "Feedback Company refused the credentials of this profile. Check them with 'profiles test'."
    report = explain(profile, ConnectionCheck(ConnectionState.INVALID, detail_said, 401))
    assert ".:" not in report.text
    assert report.text == "Feedback Company refused the credentials (401 Unauthorized): the client id or the client " \
        "secret is wrong."
    unreachable = explain(profile, ConnectionCheck(ConnectionState.UNREACHABLE, "Could not connect to x (nothing was "
                                                   "sent)"))
    speak("nl")
    dutch = verdict_text(report.template, report.values, report.text)
    assert dutch == "Feedback Company weigerde de inloggegevens (401 Unauthorized): de client-ID of het clientgeheim " \
        "klopt niet."
    far = verdict_text(unreachable.template, unreachable.values, unreachable.text)
    assert "Kon geen verbinding maken met x" in far and "cannot be reached" not in far


def test_a_profile_that_cannot_be_saved_says_why_in_dutch(speak: Callable[[str], None]) -> None:
    try:
        make_profile("", "dropday", "http://example.com", account_id="1")
    except ProfileError as exc:
        problems = list(exc.problems.values())
    speak("nl")
    shown = [profile_problem_text(problem) for problem in problems]
    assert problems and all(said != problem for said, problem in zip(shown, problems, strict=True))
    assert profile_problem_text("Account id is required for Dropday") == "Account-ID is verplicht voor Dropday"


def _written_sentences() -> list[str]:
    """Every string the Qt-free code writes, its values as ``\\x00`` (implicitly joined literals are one string)."""
    root = Path(orderdesk.__file__).parent
    written: list[str] = []
    for module in root.rglob("*.py"):
        if "ui" in module.relative_to(root).parts:
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                written.append(re.sub(r"\{\w*\}", "\x00", node.value))  # a str.format template
            elif isinstance(node, ast.JoinedStr):
                written.append("".join(
                    part.value if isinstance(part, ast.Constant) else "\x00" for part in node.values
                ))
    return written


def test_every_template_is_still_written_by_the_code_it_translates() -> None:
    """A reworded sentence in the Qt-free code would silently show in English: its template must follow it.

    The code builds some sentences from parts (``"Try again" + later``), so each part of a template,
    between its fields and clauses, must be a part of something the code writes.
    """
    written = _written_sentences()
    stale = []
    for template in (*REASONS, *PROFILE_PROBLEMS):
        pieces = [piece.strip(" .():\"") for piece in re.split(r"\{\w+\}|\. |; |: |, ", template)]
        for piece in (piece for piece in pieces if len(piece) >= 4):
            if not any(piece in sentence for sentence in written):
                stale.append(f"{piece!r} of {template!r}")
    assert stale == [], "\n".join(stale)
