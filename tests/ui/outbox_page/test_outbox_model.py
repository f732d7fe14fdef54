"""The outbox model without any view: Qt's model checks, rows newest first, pages, filters, live outcomes."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.ui.outbox_page.outbox_model import (
    COLUMN_KEYS,
    NEEDS_ATTENTION,
    ROW_ROLE,
    STATE_ROLE,
    OutboxModel,
    OutboxQuery,
)
from orderdesk.ui.outbox_page.outbox_words import readable_path
from tests.ui.outbox_support import DAY, Clock, plain_order

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ROOT = QModelIndex()
EVERY_STATE = OutboxQuery(states=())


@pytest.fixture
def clock() -> Clock:
    return Clock(time.time() - 30 * DAY)


@pytest.fixture
def journal(tmp_path: Path, clock: Clock) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3", clock=clock) as opened:
        yield opened


def cell(model: OutboxModel, row: int, key: str, role: int = DISPLAY) -> object:
    return model.data(model.index(row, COLUMN_KEYS.index(key)), role)


def read(qtbot: QtBot, model: OutboxModel) -> None:
    """Wait until the model's reads (run off the window thread) have answered."""
    qtbot.waitUntil(lambda: not model.reading, timeout=10_000)


def numbers(model: OutboxModel) -> list[str]:
    return [str(cell(model, row, "external_id")) for row in range(model.rowCount())]


def fill(journal: Journal, clock: Clock) -> None:
    """Five orders a day apart, oldest first, at two profiles."""
    orders = (
        ("PHONE-1", "Anna de Vries", "anna@example.nl", "Drop NL", (OutcomeKind.FAILED,)),
        ("PHONE-2", "Bram Bakker", "bram@example.nl", "Big store", (OutcomeKind.REJECTED,)),
        ("PHONE-3", "Cora Smit", "cora@example.com", "Drop NL", (OutcomeKind.FAILED, OutcomeKind.CREATED)),
        ("PHONE-4", "Dirk Visser", "dirk@example.nl", "Big store", (OutcomeKind.UNKNOWN,)),
        ("PHONE-5", "Anna Jansen", "a.jansen@example.com", "Drop NL", (OutcomeKind.UNAUTHORIZED,)),
    )
    for external_id, customer, email, profile, kinds in orders:
        clock.now += DAY
        target = "dropday" if profile == "Drop NL" else "bigcommerce"
        plain_order(journal, external_id, customer, email, profile, target, kinds)


def test_the_model_passes_qts_model_checks(
    qtbot: QtBot, qtmodeltester: object, journal: Journal, clock: Clock
) -> None:
    fill(journal, clock)
    model = OutboxModel(journal, page_size=2)
    model.set_query(EVERY_STATE)
    read(qtbot, model)
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_rows_are_orders_newest_first_with_what_happened(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    fill(journal, clock)
    model = OutboxModel(journal)
    model.set_query(EVERY_STATE)
    read(qtbot, model)
    assert numbers(model) == ["PHONE-5", "PHONE-4", "PHONE-3", "PHONE-2", "PHONE-1"]
    assert [cell(model, row, "state") for row in range(5)] == [
        "✖ Not authorised", "? Unknown: API error", "✔ Sent", "✖ Rejected", "✖ Failed: API error"
    ]
    assert cell(model, 2, "attempt_count") == "2"
    assert cell(model, 2, "detail") == "Reference R-PHONE-3"
    assert cell(model, 0, "detail") == "unauthorized at the API"
    assert cell(model, 4, "customer") == "Anna de Vries" and cell(model, 4, "customer", TOOLTIP) == "anna@example.nl"
    assert cell(model, 1, "profile") == "Big store"
    expected_day = datetime.fromtimestamp(clock.now).strftime("%d/%m/%Y")  # as English writes a day
    assert str(cell(model, 0, "latest_at")).startswith(expected_day)
    assert "looks it up first" in str(cell(model, 1, "state", TOOLTIP))  # what "unknown" means for the person
    assert cell(model, 1, "state", STATE_ROLE) is OutboxState.UNKNOWN
    assert cell(model, 1, "external_id", ROW_ROLE) == journal.order(model.row_at(1).order_key)
    assert model.headerData(COLUMN_KEYS.index("external_id"), Qt.Orientation.Horizontal) == "Order number"


@pytest.mark.parametrize(
    ("outcome", "words", "help_says"),
    [
        (Outcome(OutcomeKind.FAILED, reason="500", retryable=True, status=500), "✖ Failed: API error",
         "The API answered with an error"),
        (Outcome(OutcomeKind.FAILED, reason="broke off", retryable=True, may_have_arrived=True),
         "✖ Failed: no answer", "the order may have arrived"),
        (Outcome(OutcomeKind.FAILED, reason="no connection", retryable=True), "✖ Failed: not sent",
         "never reached the API"),
        (Outcome(OutcomeKind.UNKNOWN, reason="broke off", may_have_arrived=True), "? Unknown: no answer",
         "no answer arrived"),
        (Outcome(OutcomeKind.UNKNOWN, reason="502", status=502), "? Unknown: API error", "The API answered"),
    ],
)
def test_a_failed_or_unknown_order_says_whether_the_api_answered_or_no_answer_came(
    qtbot: QtBot, journal: Journal, outcome: Outcome, words: str, help_says: str
) -> None:
    draft = OrderDraft(external_id="PHONE-9")
    attempt = journal.begin_attempt(journal.save_draft(draft), draft, "Drop NL", "dropday", "POST", "u", "{}")
    journal.finish_attempt(attempt, outcome, 10.0)
    model = OutboxModel(journal)
    model.set_query(EVERY_STATE)
    read(qtbot, model)
    assert cell(model, 0, "state") == words
    assert help_says in str(cell(model, 0, "state", TOOLTIP))
    assert cell(model, 0, "detail") == outcome.reason


def test_an_older_failed_attempt_that_cannot_tell_keeps_the_plain_word(qtbot: QtBot, journal: Journal) -> None:
    draft = OrderDraft(external_id="PHONE-8")
    attempt = journal.begin_attempt(journal.save_draft(draft), draft, "Drop NL", "dropday", "POST", "u", "{}")
    journal.finish_attempt(attempt, Outcome(OutcomeKind.FAILED, reason="old", retryable=True), 10.0)
    with closing(sqlite3.connect(journal.path)) as raw, raw:  # as a journal from before reach was kept
        raw.execute("UPDATE attempts SET reach = NULL")
    model = OutboxModel(journal)
    model.set_query(EVERY_STATE)
    read(qtbot, model)
    assert cell(model, 0, "state") == "✖ Failed"
    assert "Sending it again is safe" in str(cell(model, 0, "state", TOOLTIP))


def test_an_order_marked_not_at_the_api_says_who_marked_it_not_that_it_never_reached_the_api(
    qtbot: QtBot, journal: Journal
) -> None:
    draft = OrderDraft(external_id="PHONE-7")
    attempt = journal.begin_attempt(journal.save_draft(draft), draft, "Reviews", "feedbackcompany", "POST", "u", "{}")
    journal.finish_attempt(attempt, Outcome(OutcomeKind.UNKNOWN, reason="no answer"), 10.0)
    [row] = journal.list_outbox()
    journal.resolve(row.order_key, None, by="anna@desk-2")
    model = OutboxModel(journal)
    model.set_query(EVERY_STATE)
    read(qtbot, model)
    assert cell(model, 0, "state") == "✖ Failed: marked not at the API by anna@desk-2"
    assert cell(model, 0, "state", TOOLTIP) == (
        "anna@desk-2 checked at the API and found the order is not there. Send again sends it without looking it "
        "up first."
    )
    assert journal.attempts_for(row.order_key)[-1].reach is None


def test_it_starts_with_the_orders_that_need_attention(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    fill(journal, clock)
    model = OutboxModel(journal)
    model.set_query(OutboxQuery())
    read(qtbot, model)
    assert model.query.states == NEEDS_ATTENTION
    assert numbers(model) == ["PHONE-5", "PHONE-4", "PHONE-2", "PHONE-1"]  # PHONE-3 is at its API
    assert model.total == 4


def test_pages_are_read_only_when_the_view_scrolls_to_them(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    for number in range(12):
        clock.now += 60
        plain_order(journal, f"PHONE-{number:02d}")
    model = OutboxModel(journal, page_size=5)
    model.set_query(OutboxQuery())
    read(qtbot, model)
    assert model.rowCount() == 5 and model.total == 12 and model.canFetchMore(ROOT)
    with qtbot.wait_signal(model.rowsInserted):
        model.fetchMore(ROOT)
    assert model.rowCount() == 10
    model.fetchMore(ROOT)
    read(qtbot, model)
    assert model.rowCount() == 12 and not model.canFetchMore(ROOT)
    assert numbers(model) == [f"PHONE-{number:02d}" for number in reversed(range(12))]


def test_an_order_journaled_between_two_pages_is_not_listed_twice(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    for number in range(6):
        clock.now += 60
        plain_order(journal, f"OLD-{number}")
    model = OutboxModel(journal, page_size=3)
    model.set_query(OutboxQuery())
    read(qtbot, model)
    clock.now += 60
    plain_order(journal, "NEW")  # pushes every listed order one place down
    model.fetchMore(ROOT)
    read(qtbot, model)
    assert numbers(model) == ["OLD-5", "OLD-4", "OLD-3", "OLD-2", "OLD-1"]
    model.refresh()
    read(qtbot, model)
    assert numbers(model)[0] == "NEW" and model.total == 7


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (OutboxQuery(states=(OutboxState.FAILED,)), ["PHONE-1"]),
        (OutboxQuery(states=(OutboxState.SENT,)), ["PHONE-3"]),
        (OutboxQuery(states=(), profile="Big store"), ["PHONE-4", "PHONE-2"]),
        (OutboxQuery(states=(), text="ANNA"), ["PHONE-5", "PHONE-1"]),
        (OutboxQuery(states=(), text="example.com"), ["PHONE-5", "PHONE-3"]),
        (OutboxQuery(states=(), text=" phone-2 "), ["PHONE-2"]),
        (OutboxQuery(text="nobody"), []),
    ],
)
def test_filters_by_state_profile_and_text(
    qtbot: QtBot, journal: Journal, clock: Clock, query: OutboxQuery, expected: list[str]
) -> None:
    fill(journal, clock)
    model = OutboxModel(journal)
    model.set_query(query)
    read(qtbot, model)
    assert numbers(model) == expected
    assert model.total == len(expected)


def test_filters_by_day(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    fill(journal, clock)  # one order a day; PHONE-5 on the clock's last day
    last = date.fromtimestamp(clock.now)
    model = OutboxModel(journal)
    model.set_query(OutboxQuery(states=(), since=date.fromordinal(last.toordinal() - 1)))
    read(qtbot, model)
    assert numbers(model) == ["PHONE-5", "PHONE-4"]
    model.set_query(OutboxQuery(states=(), until=date.fromordinal(last.toordinal() - 3)))
    read(qtbot, model)
    assert numbers(model) == ["PHONE-2", "PHONE-1"]
    model.set_query(OutboxQuery(states=(), since=last, until=last))
    read(qtbot, model)
    assert numbers(model) == ["PHONE-5"]


def test_refresh_keeps_the_rows_already_loaded_and_fetch_all_loads_the_rest(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    for number in range(11):
        clock.now += 60
        plain_order(journal, f"PHONE-{number:02d}")
    model = OutboxModel(journal, page_size=4)
    model.set_query(OutboxQuery())
    read(qtbot, model)
    model.fetchMore(ROOT)
    read(qtbot, model)
    model.refresh()
    read(qtbot, model)
    assert model.rowCount() == 8 and model.canFetchMore(ROOT)
    model.fetch_all()
    read(qtbot, model)
    assert model.rowCount() == 11 and not model.canFetchMore(ROOT)
    assert model.order_keys([2, 0, 2]) == [model.row_at(0).order_key, model.row_at(2).order_key]
    assert model.row_of(model.row_at(7).order_key) == 7


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("lines.1.quantity", "Line 2 › Quantity"),
        ("lines.0.unit_price", "Line 1 › Unit price"),
        ("shipping.postcode", "Shipping address › Postcode"),
        ("customer.email", "Customer › E-mail"),
        ("extras.centra.orderNumber", "Extras › centra › orderNumber"),
        ("", "The order as a whole"),
    ],
)
def test_draft_paths_read_as_words(path: str, words: str) -> None:
    assert readable_path(path) == words


def test_the_journal_is_read_off_the_window_thread_and_only_the_latest_filter_counts(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    fill(journal, clock)
    model = OutboxModel(journal)
    model.set_query(OutboxQuery(states=(OutboxState.FAILED,)))
    assert model.reading and model.rowCount() == 0  # asked, not read yet: the window thread went on
    model.set_query(OutboxQuery(states=(OutboxState.SENT,)))
    read(qtbot, model)
    assert numbers(model) == ["PHONE-3"]  # the answer to the first filter was dropped


def test_a_read_that_fails_is_said_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    journal = Journal(tmp_path / "closed.sqlite3")
    journal.close()
    model = OutboxModel(journal)
    with qtbot.waitSignal(model.failed) as said:
        model.set_query(EVERY_STATE)
    assert str(said.args[0]).startswith("The outbox could not be read: ")
    assert not model.reading and model.rowCount() == 0
