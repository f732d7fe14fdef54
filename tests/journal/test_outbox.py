"""The outbox: one row per order and profile, newest first, filtered by state, profile, date and text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, NotInJournal, OutboxRow, OutboxState
from tests.journal.conftest import START, Clock
from tests.journal.samples import make_draft

DAY = 86400.0


def _send(journal: Journal, draft: OrderDraft, profile: str, kind: OutcomeKind, draft_id: int | None = None) -> int:
    draft_id = draft_id if draft_id is not None else journal.save_draft(draft, None)
    attempt_id = journal.begin_attempt(draft_id, draft, profile, "dropday", "POST", "http://127.0.0.1:1/o", "{}")
    journal.finish_attempt(attempt_id, Outcome(kind), 10.0)
    return draft_id


@pytest.fixture
def filled(journal: Journal, clock: Clock) -> Journal:
    """Four orders over four days, one of them sent to two profiles."""
    _send(journal, make_draft("PH-100", "Anna de Vries", "anna@example.nl"), "dropday-shop", OutcomeKind.CREATED)
    clock.advance(DAY)
    _send(journal, make_draft("PH-101", "Bram Bakker", "bram@bakkerij.nl"), "dropday-shop", OutcomeKind.REJECTED)
    clock.advance(DAY)
    both = make_draft("PH-102", "Chantal Smit", "chantal@example.be")
    draft_id = _send(journal, both, "dropday-shop", OutcomeKind.FAILED)
    clock.advance(60)
    _send(journal, both, "centra-eu", OutcomeKind.DUPLICATE, draft_id)
    clock.advance(DAY)
    _send(journal, make_draft("PH-103", "Émile Dubois", "emile@example.fr"), "centra-eu", OutcomeKind.UNAUTHORIZED)
    return journal


def _ids(rows: list[OutboxRow]) -> list[tuple[str, str]]:
    return [(row.external_id, row.profile) for row in rows]


def test_newest_first_and_one_row_per_order_and_profile(filled: Journal) -> None:
    rows = filled.list_outbox()

    assert _ids(rows) == [
        ("PH-103", "centra-eu"),
        ("PH-102", "centra-eu"),
        ("PH-102", "dropday-shop"),
        ("PH-101", "dropday-shop"),
        ("PH-100", "dropday-shop"),
    ]
    assert [row.state for row in rows] == [
        OutboxState.UNAUTHORIZED,
        OutboxState.SENT,
        OutboxState.FAILED,
        OutboxState.REJECTED,
        OutboxState.SENT,
    ]
    assert rows[0].customer == "Émile Dubois"
    assert rows[0].email == "emile@example.fr"
    assert rows[0].latest_at == datetime.fromtimestamp(START + 3 * DAY + 60, UTC)


def test_filter_by_state_one_or_several(filled: Journal) -> None:
    assert _ids(filled.list_outbox(state="sent")) == [("PH-102", "centra-eu"), ("PH-100", "dropday-shop")]
    assert _ids(filled.list_outbox(state=OutboxState.REJECTED)) == [("PH-101", "dropday-shop")]
    not_sent = filled.list_outbox(state=[state for state in OutboxState if state is not OutboxState.SENT])
    assert _ids(not_sent) == [("PH-103", "centra-eu"), ("PH-102", "dropday-shop"), ("PH-101", "dropday-shop")]
    assert filled.list_outbox(state="unknown") == []


def test_an_unknown_state_is_refused(filled: Journal) -> None:
    with pytest.raises(ValueError, match="'lost'"):
        filled.list_outbox(state="lost")


def test_filter_by_profile(filled: Journal) -> None:
    assert _ids(filled.list_outbox(profile="centra-eu")) == [("PH-103", "centra-eu"), ("PH-102", "centra-eu")]
    assert _ids(filled.list_outbox(profile="centra-eu", state="sent")) == [("PH-102", "centra-eu")]


def test_filter_by_date_range(filled: Journal) -> None:
    since = datetime.fromtimestamp(START + DAY, UTC)
    until = datetime.fromtimestamp(START + 3 * DAY, UTC)

    rows = filled.list_outbox(since=since, until=until)

    assert _ids(rows) == [("PH-102", "centra-eu"), ("PH-102", "dropday-shop"), ("PH-101", "dropday-shop")]
    assert _ids(filled.list_outbox(since=since + timedelta(seconds=1), until=until)) == _ids(rows)[:2]


def test_a_plain_date_as_until_includes_that_whole_day(journal: Journal, clock: Clock) -> None:
    clock.now = datetime(2026, 3, 10, 23, 30).timestamp()  # local time, as a date filter means
    _send(journal, make_draft("LATE-EVENING"), "shop", OutcomeKind.CREATED)
    clock.now = datetime(2026, 3, 11, 0, 30).timestamp()
    _send(journal, make_draft("NEXT-MORNING"), "shop", OutcomeKind.CREATED)

    assert _ids(journal.list_outbox(until=date(2026, 3, 10))) == [("LATE-EVENING", "shop")]
    assert _ids(journal.list_outbox(since=date(2026, 3, 11))) == [("NEXT-MORNING", "shop")]
    assert _ids(journal.list_outbox(since=date(2026, 3, 10), until=date(2026, 3, 10))) == [("LATE-EVENING", "shop")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ph-101", [("PH-101", "dropday-shop")]),
        ("BAKKER", [("PH-101", "dropday-shop")]),
        ("@example.be", [("PH-102", "centra-eu"), ("PH-102", "dropday-shop")]),
        ("émile", [("PH-103", "centra-eu")]),
        ("  chantal ", [("PH-102", "centra-eu"), ("PH-102", "dropday-shop")]),
        ("nobody", []),
    ],
)
def test_filter_by_text_on_external_id_customer_and_email(
    filled: Journal, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _ids(filled.list_outbox(text=text)) == expected


def test_text_does_not_match_across_two_fields(filled: Journal) -> None:
    assert filled.list_outbox(text="PH-100Anna") == []


def test_customer_falls_back_to_the_shipping_name(journal: Journal) -> None:
    draft = make_draft(name="", email="")
    draft.shipping.email = "ship@example.nl"

    _send(journal, draft, "shop", OutcomeKind.CREATED)

    [row] = journal.list_outbox(text="de vries")
    assert (row.customer, row.email) == ("Anna de Vries", "ship@example.nl")


def test_paging_and_count(filled: Journal) -> None:
    everything = _ids(filled.list_outbox())

    assert _ids(filled.list_outbox(limit=2)) == everything[:2]
    assert _ids(filled.list_outbox(limit=2, offset=2)) == everything[2:4]
    assert _ids(filled.list_outbox(limit=2, offset=4)) == everything[4:]
    assert filled.count_outbox() == 5
    assert filled.count_outbox(state="sent", profile="centra-eu") == 1
    assert filled.count_outbox(text="example") == 4


def test_the_row_follows_the_latest_attempt(journal: Journal, clock: Clock) -> None:
    draft = make_draft("RETRY-1")
    draft_id = _send(journal, draft, "shop", OutcomeKind.FAILED)
    _send(journal, make_draft("OTHER"), "shop", OutcomeKind.CREATED)
    clock.advance(DAY)
    draft.customer.name = "Renamed Customer"

    _send(journal, draft, "shop", OutcomeKind.CREATED, draft_id)

    first = journal.list_outbox()[0]
    assert (first.external_id, first.state, first.attempt_count) == ("RETRY-1", OutboxState.SENT, 2)
    assert first.customer == "Renamed Customer"
    assert journal.list_outbox(state="failed") == []


def test_one_order_by_its_key_is_the_row_the_list_shows(filled: Journal) -> None:
    for row in filled.list_outbox():
        assert filled.order(row.order_key) == row
    with pytest.raises(NotInJournal):
        filled.order(999)


def test_the_order_a_draft_became_at_a_profile_is_found_by_draft_and_profile(journal: Journal) -> None:
    draft = make_draft()
    draft_id = journal.save_draft(draft)
    assert journal.order_key_for(draft_id, "Drop NL") is None
    journal.begin_attempt(draft_id, draft, "Drop NL", "dropday", "POST", "http://127.0.0.1:1/o", "{}")
    key = journal.order_key_for(draft_id, "Drop NL")
    assert key is not None and journal.order(key).profile == "Drop NL"
    assert journal.order_key_for(draft_id, "Big store") is None
