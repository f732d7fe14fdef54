"""The drafts list: unsent drafts with something typed, newest first; opening and deleting them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from itertools import count

import pytest

from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal
from tests.journal.conftest import OpenJournal


@pytest.fixture
def clock() -> Callable[[], float]:
    """A clock one second further on each reading, for the journal fixture (on both backends)."""
    ticks = count(1000)
    return lambda: float(next(ticks))


def typed(name: str, price: str = "10") -> OrderDraft:
    return OrderDraft(external_id=f"PHONE-{name}", customer=Customer(name=name),
                      lines=[Line(name="Mug", quantity=Decimal(2), unit_price=Decimal(price)), Line()],
                      shipping_cost=Decimal("4.95"))


def test_unsent_drafts_with_something_typed_are_listed_newest_first(journal: Journal) -> None:
    older = journal.save_draft(typed("Anna"))
    journal.close_draft(older)
    journal.save_draft(OrderDraft(shipping=Address(country="NL"), shipping_cost=Decimal(0)))  # a new order, untouched
    sent = journal.save_draft(typed("Kees"))
    attempt = journal.begin_attempt(sent, typed("Kees"), "Webshop", "dropday", "POST", "http://127.0.0.1:1/x", "{}")
    journal.finish_attempt(attempt, Outcome(OutcomeKind.CREATED), 5.0)
    newer = journal.save_draft(typed("Bram", "20"))
    on_screen = journal.save_draft(typed("Piet"))
    listed = journal.unsent_drafts(leave_out=on_screen)
    assert [summary.draft_id for summary in listed] == [newer, older]
    assert (listed[0].customer, listed[0].lines, listed[0].total) == ("Bram", 1, Decimal("44.95"))
    assert listed[1].external_id == "PHONE-Anna"


def test_a_reopened_draft_is_the_open_one_again(journal: Journal) -> None:
    set_aside = journal.save_draft(typed("Anna"))
    journal.close_draft(set_aside)
    journal.save_draft(typed("Bram"))
    assert journal.reopen_draft(set_aside).customer.name == "Anna"
    latest = journal.latest_open_draft()
    assert latest is not None and latest[0] == set_aside


def test_only_a_draft_never_sent_can_be_deleted(journal: Journal) -> None:
    kept = journal.save_draft(typed("Anna"))
    sent = journal.save_draft(typed("Kees"))
    journal.begin_attempt(sent, typed("Kees"), "Webshop", "dropday", "POST", "http://127.0.0.1:1/x", "{}")
    assert journal.delete_draft(kept)
    assert not journal.delete_draft(kept)
    assert not journal.delete_draft(sent)
    assert journal.load_draft(sent).customer.name == "Kees"
    assert journal.unsent_drafts() == []


def test_the_customer_books_reads_see_every_journals_drafts_but_the_one_being_typed(open_journal: OpenJournal) -> None:
    """On a team's database every desk adds to the book; the draft being typed never counts as a change."""
    desk_a, desk_b = open_journal(desk="desk-a"), open_journal(desk="desk-b")
    typing = desk_a.save_draft(typed("Piet"))
    desk_b.save_draft(typed("Anna"))
    version = desk_a.drafts_version(typing)
    assert version[0] == 1
    assert [body for _saved, body in desk_a.recent_draft_bodies(typing, 10) if "Anna" in body]

    desk_a.save_draft(typed("Piet Jansen"), typing)  # autosave of the name being typed
    assert desk_a.drafts_version(typing) == version

    desk_b.save_draft(typed("Bram"))
    assert desk_a.drafts_version(typing) != version
    newest_first = [saved for saved, _body in desk_a.recent_draft_bodies(typing, 10)]
    assert len(newest_first) == 2 and newest_first == sorted(newest_first, reverse=True)
    assert len(desk_a.recent_draft_bodies(typing, 1)) == 1
