"""Orders and attempts: journaled before the request leaves, outcome written when it returns."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, NotInJournal, OutboxState
from orderdesk.journal.attempts import NO_ANSWER_REASON
from orderdesk.journal.store import owners_folder
from tests.journal.conftest import Clock, OpenJournal
from tests.journal.samples import make_draft

URL = "http://127.0.0.1:8080/dropday/api/v1/orders"


def _begin(journal: Journal, draft_id: int | None, draft: OrderDraft, profile: str = "shop", body: str = "{}") -> int:
    return journal.begin_attempt(draft_id, draft, profile, "dropday", "POST", URL, body)


def test_begin_journals_the_request_in_flight(journal: Journal, clock: Clock) -> None:
    draft = make_draft()
    draft_id = journal.save_draft(draft, None)

    attempt_id = journal.begin_attempt(
        draft_id, draft, "shop", "dropday", "POST", URL, '{"external_id": "PH-1"}', {"Accept": "application/json"}
    )

    attempt = journal.attempt(attempt_id)
    assert attempt.outcome is None
    assert attempt.state is OutboxState.SENDING
    assert attempt.finished_at is None
    assert (attempt.profile, attempt.target, attempt.method, attempt.url) == ("shop", "dropday", "POST", URL)
    assert attempt.headers == {"Accept": "application/json"}
    assert attempt.request_body == '{"external_id": "PH-1"}'
    assert attempt.started_at.timestamp() == clock.now
    assert attempt.draft() == draft
    [row] = journal.list_outbox()
    assert (row.state, row.draft_id, row.attempt_count) == (OutboxState.SENDING, draft_id, 1)


def test_secret_headers_are_never_stored(journal: Journal, journal_path: Path) -> None:
    headers = {
        "api-key": "dd-secret-1",
        "API-Authorization": "centra-secret-2",
        "x-auth-token": "bc-secret-3",
        "Authorization": "Bearer fbc-secret-4",
        "account-id": "42",
    }
    attempt_id = journal.begin_attempt(None, make_draft(), "shop", "dropday", "POST", URL, "{}", headers)

    assert journal.attempt(attempt_id).headers == {"account-id": "42"}
    journal.close()
    stored = b"".join(path.read_bytes() for path in journal_path.parent.rglob("*") if path.is_file())
    for secret in (b"dd-secret-1", b"centra-secret-2", b"bc-secret-3", b"fbc-secret-4"):
        assert secret not in stored


def test_finish_writes_everything_that_came_back(journal: Journal, clock: Clock) -> None:
    draft = make_draft()
    attempt_id = _begin(journal, journal.save_draft(draft, None), draft)
    clock.advance(2)
    errors = Findings(errors={"customer.email": ["Not a valid e-mail address"], "": ["Order rejected"]})
    outcome = Outcome(OutcomeKind.REJECTED, errors=errors, status=422, response_text='{"errors": {}}')

    journal.finish_attempt(attempt_id, outcome, 123.5)

    attempt = journal.attempt(attempt_id)
    assert attempt.outcome is OutcomeKind.REJECTED
    assert attempt.state is OutboxState.REJECTED
    assert attempt.status == 422
    assert attempt.response_body == '{"errors": {}}'
    assert attempt.errors == errors
    assert attempt.duration_ms == 123.5
    assert attempt.finished_at is not None and attempt.finished_at.timestamp() == clock.now
    [row] = journal.list_outbox()
    assert (row.state, row.status) == (OutboxState.REJECTED, 422)


@pytest.mark.parametrize(
    ("kind", "state"),
    [
        (OutcomeKind.CREATED, OutboxState.SENT),
        (OutcomeKind.DUPLICATE, OutboxState.SENT),
        (OutcomeKind.REJECTED, OutboxState.REJECTED),
        (OutcomeKind.UNAUTHORIZED, OutboxState.UNAUTHORIZED),
        (OutcomeKind.FAILED, OutboxState.FAILED),
        (OutcomeKind.UNKNOWN, OutboxState.UNKNOWN),
    ],
)
def test_the_order_state_is_its_latest_outcome(journal: Journal, kind: OutcomeKind, state: OutboxState) -> None:
    draft = make_draft()
    attempt_id = _begin(journal, journal.save_draft(draft, None), draft)

    journal.finish_attempt(attempt_id, Outcome(kind, reference="R-9", reason="because"), 10.0)

    [row] = journal.list_outbox()
    assert row.state is state
    assert (row.reference, row.reason) == ("R-9", "because")


def test_resending_the_same_draft_to_the_same_profile_adds_to_one_order(journal: Journal, clock: Clock) -> None:
    draft = make_draft()
    draft_id = journal.save_draft(draft, None)
    first = _begin(journal, draft_id, draft, body='{"try": 1}')
    journal.finish_attempt(first, Outcome(OutcomeKind.FAILED, retryable=True, status=503), 50.0)
    clock.advance(60)
    second = _begin(journal, draft_id, draft, body='{"try": 2}')
    journal.finish_attempt(second, Outcome(OutcomeKind.CREATED, reference="DD-1", status=201), 40.0)

    [row] = journal.list_outbox()
    assert row.attempt_count == 2
    assert row.state is OutboxState.SENT
    assert row.reference == "DD-1"
    history = journal.attempts_for(row.order_key)
    assert [attempt.attempt_id for attempt in history] == [first, second]
    assert [attempt.request_body for attempt in history] == ['{"try": 1}', '{"try": 2}']
    assert history[0].retryable is True


def test_an_old_attempt_answering_late_does_not_overwrite_the_order_state(journal: Journal) -> None:
    draft = make_draft()
    draft_id = journal.save_draft(draft, None)
    old = _begin(journal, draft_id, draft)
    new = _begin(journal, draft_id, draft)
    journal.finish_attempt(new, Outcome(OutcomeKind.CREATED), 5.0)

    journal.finish_attempt(old, Outcome(OutcomeKind.FAILED), 5.0)

    [row] = journal.list_outbox()
    assert row.state is OutboxState.SENT
    assert journal.attempt(old).outcome is OutcomeKind.FAILED


def test_sending_never_overwrites_newer_typing(journal: Journal) -> None:
    sent = make_draft("SENT")
    draft_id = journal.save_draft(sent, None)
    typed_since = make_draft("TYPED-SINCE")
    journal.save_draft(typed_since, draft_id)

    attempt_id = _begin(journal, draft_id, sent)

    assert journal.load_draft(draft_id).external_id == "TYPED-SINCE"
    assert journal.attempt(attempt_id).draft().external_id == "SENT"


def test_a_body_sent_without_a_draft_gets_a_closed_draft_of_its_own(journal: Journal) -> None:
    draft = make_draft("CLI-1")

    attempt_id = _begin(journal, None, draft)

    [row] = journal.list_outbox()
    assert journal.load_draft(row.draft_id) == draft
    assert journal.latest_open_draft() is None
    assert journal.attempt(attempt_id).order_key == row.order_key


def test_finishing_an_unknown_attempt_is_an_error(journal: Journal) -> None:
    with pytest.raises(NotInJournal, match="no attempt 99"):
        journal.finish_attempt(99, Outcome(OutcomeKind.CREATED), 1.0)
    with pytest.raises(NotInJournal, match="no attempt 98"):
        journal.attempt(98)
    with pytest.raises(NotInJournal, match="no order 97"):
        journal.attempts_for(97)


def test_attempts_in_flight_become_unknown_when_the_journal_reopens(open_journal: OpenJournal) -> None:
    draft = make_draft()
    with open_journal() as journal:
        draft_id = journal.save_draft(draft, None)
        answered = _begin(journal, draft_id, draft, profile="shop")
        journal.finish_attempt(answered, Outcome(OutcomeKind.CREATED), 10.0)
        in_flight = _begin(journal, draft_id, draft, profile="other-shop")

    with open_journal() as journal:
        assert journal.recovered_attempts == 1
        attempt = journal.attempt(in_flight)
        assert attempt.outcome is OutcomeKind.UNKNOWN
        assert attempt.reason == NO_ANSWER_REASON
        assert attempt.duration_ms is None
        assert journal.attempt(answered).outcome is OutcomeKind.CREATED
        states = {row.profile: row.state for row in journal.list_outbox()}
        assert states == {"shop": OutboxState.SENT, "other-shop": OutboxState.UNKNOWN}

    with open_journal() as journal:
        assert journal.recovered_attempts == 0


def test_a_second_journal_leaves_the_attempts_of_an_open_one_alone(open_journal: OpenJournal) -> None:
    draft = make_draft()
    window = open_journal()
    sending = _begin(window, None, draft)
    try:
        # e.g. ``orderdesk outbox list`` in a terminal while the window is sending
        with open_journal() as terminal:
            assert terminal.recovered_attempts == 0
            assert terminal.attempt(sending).outcome is None
            [row] = terminal.list_outbox()
            assert row.state is OutboxState.SENDING
        with open_journal() as again:
            assert again.recovered_attempts == 0

        window.finish_attempt(sending, Outcome(OutcomeKind.CREATED, reference="DD-7"), 80.0)

        with open_journal() as terminal:
            [row] = terminal.list_outbox()
            assert (row.state, row.reference) == (OutboxState.SENT, "DD-7")
    finally:
        window.close()


def test_only_the_attempts_of_a_closed_journal_become_unknown(open_journal: OpenJournal) -> None:
    draft = make_draft()
    window = open_journal()
    closed = open_journal()
    still_sending = _begin(window, None, draft, profile="shop")
    cut_off = _begin(closed, None, draft, profile="other-shop")
    closed.close()

    with open_journal() as reopened:
        assert reopened.recovered_attempts == 1
        assert reopened.attempt(cut_off).outcome is OutcomeKind.UNKNOWN
        assert reopened.attempt(still_sending).outcome is None
        states = {row.profile: row.state for row in reopened.list_outbox()}
        assert states == {"shop": OutboxState.SENDING, "other-shop": OutboxState.UNKNOWN}
    window.close()


def test_an_answer_after_recovery_replaces_the_unknown(open_journal: OpenJournal) -> None:
    # A process on its way out (its lock already released at exit) may still get an answer.
    draft = make_draft()
    with open_journal() as journal:
        attempt_id = _begin(journal, None, draft)
    with open_journal() as journal:
        assert journal.attempt(attempt_id).outcome is OutcomeKind.UNKNOWN
        journal.finish_attempt(attempt_id, Outcome(OutcomeKind.CREATED, reference="DD-7"), 80.0)

        [row] = journal.list_outbox()
        assert (row.state, row.reference) == (OutboxState.SENT, "DD-7")


_KILLED_CHILD = """
import sys, time
from decimal import Decimal
from pathlib import Path
from orderdesk.journal import Journal
from orderdesk.core.order import Line, OrderDraft

journal = Journal(Path(sys.argv[1]))
draft = OrderDraft(external_id="KILL-1", lines=[Line(quantity=Decimal("3"), unit_price=Decimal("19.990"))])
draft_id = journal.save_draft(draft, None)
draft.notes = "typed after the first save"
journal.save_draft(draft, draft_id)
attempt_id = journal.begin_attempt(draft_id, draft, "shop", "dropday", "POST", "http://127.0.0.1:9/orders", "{}")
print(draft_id, attempt_id, flush=True)
time.sleep(60)
"""


def test_a_killed_process_leaves_its_draft_and_an_unknown_attempt(journal_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_CHILD, str(journal_path)], stdout=subprocess.PIPE, text=True
    )
    watchdog = threading.Timer(30, child.kill)
    watchdog.start()
    try:
        line = child.stdout.readline() if child.stdout else ""
        draft_id, attempt_id = (int(part) for part in line.split())
        with Journal(journal_path) as meanwhile:  # the child still runs: its attempt is in flight
            assert meanwhile.recovered_attempts == 0
            assert meanwhile.attempt(attempt_id).outcome is None
        child.kill()  # SIGKILL: no atexit, no close, no checkpoint
        child.wait(timeout=10)
    finally:
        watchdog.cancel()
        if child.stdout:
            child.stdout.close()
    assert child.returncode != 0
    assert len(list(owners_folder(journal_path).iterdir())) == 1  # the killed child's lock file

    with Journal(journal_path) as journal:
        assert len(list(owners_folder(journal_path).iterdir())) == 1  # swept: only this journal's own
        assert journal.recovered_attempts == 1
        assert journal.attempt(attempt_id).outcome is OutcomeKind.UNKNOWN
        [row] = journal.list_outbox()
        assert (row.state, row.external_id) == (OutboxState.UNKNOWN, "KILL-1")
        found = journal.latest_open_draft()
        assert found is not None
        assert found[0] == draft_id
        assert found[1].notes == "typed after the first save"
        assert str(found[1].lines[0].unit_price) == "19.990"
    assert not owners_folder(journal_path).exists()


def test_opening_a_failed_order_reopens_its_draft_with_the_server_errors(journal: Journal, clock: Clock) -> None:
    draft = make_draft()
    draft_id = journal.save_draft(draft, None)
    attempt_id = _begin(journal, draft_id, draft)
    errors = Findings(errors={"lines.0.quantity": ["Required"]})
    journal.finish_attempt(attempt_id, Outcome(OutcomeKind.REJECTED, errors=errors, status=422), 30.0)
    journal.close_draft(draft_id)
    clock.advance(10)
    journal.save_draft(make_draft("NEXT"), None)
    clock.advance(10)
    [row] = journal.list_outbox(state="rejected")

    opened_id, opened = journal.load_order_draft(row.order_key)

    assert (opened_id, opened) == (draft_id, draft)
    assert journal.latest_errors(draft_id) == {"shop": errors}
    found = journal.latest_open_draft()
    assert found is not None and found[0] == draft_id
    opened.lines[0].quantity = Decimal(1)
    resent = _begin(journal, opened_id, opened)
    journal.finish_attempt(resent, Outcome(OutcomeKind.CREATED, reference="DD-2"), 30.0)
    assert [attempt.attempt_id for attempt in journal.attempts_for(row.order_key)] == [attempt_id, resent]
    assert journal.latest_errors(draft_id) == {"shop": Findings()}


def test_latest_errors_are_per_profile_and_skip_an_attempt_in_flight(journal: Journal) -> None:
    draft = make_draft()
    draft_id = journal.save_draft(draft, None)
    centra_errors = Findings(errors={"shipping.postcode": ["Required"]})
    bc_errors = Findings(errors={"billing.postcode": ["At most 20 characters"]})
    for profile, errors in (("centra", centra_errors), ("bc", bc_errors)):
        attempt_id = _begin(journal, draft_id, draft, profile)
        journal.finish_attempt(attempt_id, Outcome(OutcomeKind.REJECTED, errors=errors), 1.0)
    _begin(journal, draft_id, draft, "bc")

    assert journal.latest_errors(draft_id) == {"bc": bc_errors, "centra": centra_errors}
    assert journal.latest_errors(draft_id + 1) == {}


def test_threads_sending_at_once_all_land(journal: Journal) -> None:
    problems: list[BaseException] = []

    def send(worker: int) -> None:
        try:
            for number in range(40):
                draft = make_draft(f"W{worker}-{number}")
                draft_id = journal.save_draft(draft, None)
                attempt_id = _begin(journal, draft_id, draft, body=json.dumps({"n": number}))
                journal.finish_attempt(attempt_id, Outcome(OutcomeKind.CREATED), 1.0)
                journal.list_outbox(limit=5)
        except BaseException as exc:  # reported by the main thread below
            problems.append(exc)

    workers = [threading.Thread(target=send, args=(worker,)) for worker in range(6)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)

    assert problems == []
    assert journal.count_outbox() == 240
    assert journal.count_outbox(state="sent") == 240
