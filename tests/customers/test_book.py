"""The customer book from a real journal: one entry per customer and address, newest first."""

from __future__ import annotations

from pathlib import Path

from orderdesk.core.order import Address, Customer, OrderDraft
from orderdesk.customers.book import matching
from orderdesk.customers.journal_source import JournalCustomers
from orderdesk.journal import Journal
from orderdesk.journal.postgres.store import PostgresJournal


def draft(name: str, email: str, city: str, phone: str = "", billing_city: str = "") -> OrderDraft:
    order = OrderDraft(
        customer=Customer(name=name, email=email, phone=phone),
        shipping=Address(first_name=name.split()[0], address1=f"Kerkstraat {len(city)}", postcode="1234 AB",
                         city=city, country="NL"),
    )
    if billing_city:
        order.billing_same_as_shipping = False
        order.billing = Address(address1="Postbus 1", city=billing_city, country="NL")
    return order


def test_the_newest_address_comes_first_and_older_ones_stay(tmp_path: Path) -> None:
    clock = iter(range(1000, 2000)).__next__
    with Journal(tmp_path / "journal.sqlite3", clock=lambda: float(clock())) as journal:
        journal.save_draft(draft("Jan de Vries", "jan@example.nl", "Utrecht"))
        journal.save_draft(draft("Anna Bakker", "anna@example.nl", "Leiden", phone="06-12345678", billing_city="Delft"))
        journal.save_draft(draft("Jan de Vries", "JAN@example.nl", "Zwolle"))
        journal.save_draft(draft("Jan de Vries", "jan@example.nl", "Zwolle"))  # the same again: one entry
        journal.save_draft(OrderDraft())  # nobody typed yet: not a customer
        current = journal.save_draft(draft("Jan Jansen", "jj@example.nl", "Ede"))
        book = JournalCustomers(journal)
        entries = book.entries(leave_out=current)
        assert [(entry.customer.name, entry.shipping.city) for entry in entries] == [
            ("Jan de Vries", "Zwolle"), ("Anna Bakker", "Leiden"), ("Jan de Vries", "Utrecht"),
        ]
        assert [entry.shipping.city for entry in matching(entries, "jan")] == ["Zwolle", "Utrecht"]
        assert [entry.shipping.city for entry in matching(entries, "de vr")] == ["Zwolle", "Utrecht"]
        [anna] = matching(entries, "12345")
        assert anna.billing is not None and anna.billing.city == "Delft"
        assert matching(entries, "anna@ex") == [anna]
        assert matching(entries, "  ") == []
        assert anna.summary() == "Anna Bakker — anna@example.nl · 06-12345678 — Kerkstraat 6, 1234 AB, Leiden"
        assert any(entry.customer.name == "Jan Jansen" for entry in book.entries())


def test_the_book_is_read_again_only_when_a_draft_other_than_the_one_typed_changed(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        journal.save_draft(draft("Jan de Vries", "jan@example.nl", "Utrecht"))
        current = journal.save_draft(draft("Piet", "", "Ede"))
        book = JournalCustomers(journal)
        read = book.entries(leave_out=current)
        journal.save_draft(draft("Piet Jansen", "piet@example.nl", "Ede"), current)  # autosave while typing
        assert book.entries(leave_out=current) is read  # not read again

        journal.save_draft(draft("Anna Bakker", "anna@example.nl", "Leiden"))  # another desk's order, say
        again = book.entries(leave_out=current)
        assert again is not read and [entry.customer.name for entry in again] == ["Anna Bakker", "Jan de Vries"]


def test_a_team_book_holds_the_customers_every_desk_typed(postgres_url: str) -> None:
    with (
        PostgresJournal(postgres_url, where="team", desk="desk-a") as desk_a,
        PostgresJournal(postgres_url, where="team", desk="desk-b") as desk_b,
    ):
        desk_b.save_draft(draft("Anna Bakker", "anna@example.nl", "Leiden"))
        typing = desk_a.save_draft(draft("Piet", "", "Ede"))
        [anna] = matching(JournalCustomers(desk_a).entries(leave_out=typing), "anna")
        assert anna.shipping.city == "Leiden"
