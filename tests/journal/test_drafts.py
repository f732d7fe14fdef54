"""Autosaved drafts: saved exactly, the latest open one reopened at start, closed ones kept."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, NotInJournal
from tests.journal.conftest import Clock, OpenJournal
from tests.journal.samples import make_draft


def test_a_saved_draft_loads_exactly_after_reopening(open_journal: OpenJournal) -> None:
    draft = make_draft()
    with open_journal() as journal:
        draft_id = journal.save_draft(draft, None)

    with open_journal() as journal:
        loaded = journal.load_draft(draft_id)

    assert loaded == draft
    assert loaded.lines[0].unit_price == Decimal("7.950")
    assert str(loaded.lines[0].unit_price) == "7.950"


def test_saving_again_under_the_id_overwrites_that_draft(journal: Journal) -> None:
    draft_id = journal.save_draft(make_draft(), None)
    edited = make_draft()
    edited.notes = "Bezorgen na 17:00"

    assert journal.save_draft(edited, draft_id) == draft_id

    assert journal.load_draft(draft_id).notes == "Bezorgen na 17:00"


def test_each_new_draft_gets_its_own_id(journal: Journal) -> None:
    first = journal.save_draft(make_draft("A"), None)
    second = journal.save_draft(make_draft("B"), None)

    assert first != second
    assert journal.load_draft(first).external_id == "A"
    assert journal.load_draft(second).external_id == "B"


def test_latest_open_draft_is_the_one_saved_last(journal: Journal, clock: Clock) -> None:
    assert journal.latest_open_draft() is None
    first = journal.save_draft(make_draft("A"), None)
    clock.advance(1)
    second = journal.save_draft(make_draft("B"), None)
    clock.advance(1)
    journal.save_draft(make_draft("A2"), first)

    found = journal.latest_open_draft()

    assert found is not None
    assert found[0] == first
    assert found[1].external_id == "A2"
    assert second != first


def test_new_order_closes_the_old_draft_but_keeps_it(journal: Journal, clock: Clock) -> None:
    old = journal.save_draft(make_draft("OLD"), None)
    clock.advance(1)

    journal.close_draft(old)

    assert journal.latest_open_draft() is None
    assert journal.load_draft(old).external_id == "OLD"
    new = journal.save_draft(OrderDraft(), None)
    found = journal.latest_open_draft()
    assert found is not None and found[0] == new and found[1] == OrderDraft()


def _sent(journal: Journal, draft_id: int, profile: str, kind: OutcomeKind = OutcomeKind.CREATED) -> None:
    """One attempt of draft ``draft_id`` at ``profile`` that ended as ``kind``."""
    draft = journal.load_draft(draft_id)
    attempt = journal.begin_attempt(draft_id, draft, profile, "dropday", "POST", "http://127.0.0.1:1/orders", "{}")
    journal.finish_attempt(attempt, Outcome(kind, reference="1001" if kind is OutcomeKind.CREATED else ""), 5.0)


def test_a_draft_sent_everywhere_is_not_reopened_at_start_but_kept(journal: Journal, clock: Clock) -> None:
    draft_id = journal.save_draft(make_draft("SENT"), None)
    clock.advance(1)
    _sent(journal, draft_id, "shop")
    _sent(journal, draft_id, "backup shop")
    clock.advance(1)

    assert journal.latest_open_draft() is None  # start shows a fresh order
    assert journal.load_draft(draft_id).external_id == "SENT"  # nothing typed is lost
    assert {row.draft_id for row in journal.list_outbox()} == {draft_id}


def test_a_draft_not_sent_everywhere_is_reopened(journal: Journal, clock: Clock) -> None:
    draft_id = journal.save_draft(make_draft("HALF"), None)
    clock.advance(1)
    _sent(journal, draft_id, "shop")
    _sent(journal, draft_id, "backup shop", OutcomeKind.FAILED)

    found = journal.latest_open_draft()

    assert found is not None and found[0] == draft_id


def test_typing_on_after_sending_makes_it_a_draft_again(journal: Journal, clock: Clock) -> None:
    draft_id = journal.save_draft(make_draft("SENT"), None)
    clock.advance(1)
    _sent(journal, draft_id, "shop")
    clock.advance(1)
    journal.save_draft(make_draft("SENT, THEN TYPED ON"), draft_id)

    found = journal.latest_open_draft()

    assert found is not None and (found[0], found[1].external_id) == (draft_id, "SENT, THEN TYPED ON")


def test_typing_before_a_person_marks_the_order_created_still_reopens(journal: Journal, clock: Clock) -> None:
    """Marking an unclear order created is no request: what was typed after the send is still in progress."""
    draft_id = journal.save_draft(make_draft("UNCLEAR"), None)
    clock.advance(1)
    _sent(journal, draft_id, "shop", OutcomeKind.UNKNOWN)
    clock.advance(1)
    journal.save_draft(make_draft("UNCLEAR, THEN TYPED ON"), draft_id)
    clock.advance(1)
    [row] = journal.list_outbox()
    journal.resolve(row.order_key, "1001", by="support")

    found = journal.latest_open_draft()

    assert found is not None and (found[0], found[1].external_id) == (draft_id, "UNCLEAR, THEN TYPED ON")


def test_the_latest_open_draft_being_sent_does_not_bring_back_an_older_one(journal: Journal, clock: Clock) -> None:
    journal.save_draft(make_draft("OLDER"), None)
    clock.advance(1)
    sent = journal.save_draft(make_draft("SENT"), None)
    clock.advance(1)
    _sent(journal, sent, "shop")

    assert journal.latest_open_draft() is None


def test_saving_a_closed_draft_keeps_it_closed(journal: Journal) -> None:
    draft_id = journal.save_draft(make_draft(), None)
    journal.close_draft(draft_id)

    journal.save_draft(make_draft("LATE"), draft_id)

    assert journal.latest_open_draft() is None
    assert journal.load_draft(draft_id).external_id == "LATE"


def test_an_id_the_journal_lost_is_saved_under_that_id(journal: Journal) -> None:
    assert journal.save_draft(make_draft("KEPT"), 41) == 41

    assert journal.load_draft(41).external_id == "KEPT"


def test_unknown_ids_are_named_in_the_error(journal: Journal) -> None:
    with pytest.raises(NotInJournal, match="no draft 7"):
        journal.load_draft(7)
    with pytest.raises(NotInJournal, match="no draft 8"):
        journal.close_draft(8)
