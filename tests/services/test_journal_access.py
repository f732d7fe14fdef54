"""The journal as the window uses it: an outbox order read back whole, for the form."""

from __future__ import annotations

from pathlib import Path

import pytest

from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.services.journal_access import Journal, JournalError, journal_path, open_order


def test_an_order_comes_back_with_its_draft_and_what_its_server_said(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        draft = OrderDraft(external_id="PHONE-7")
        draft_id = journal.save_draft(draft)
        attempt = journal.begin_attempt(draft_id, draft, "Drop NL", "dropday", "POST", "https://x.example/o", "{}")
        errors = Findings()
        errors.error("shipping.postcode", "Does not match the city")
        journal.finish_attempt(attempt, Outcome(OutcomeKind.REJECTED, errors=errors, status=422), 50.0)
        [row] = journal.list_outbox()

        opened = open_order(journal, row.order_key)

    assert (opened.row.order_key, opened.draft_id, opened.draft.external_id) == (row.order_key, draft_id, "PHONE-7")
    assert opened.errors is not None and opened.errors.errors == {"shipping.postcode": ["Does not match the city"]}


def test_an_unknown_order_is_a_journal_error(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal, pytest.raises(JournalError):
        open_order(journal, 404)


def test_the_journal_path_is_the_one_journal_opens(orderdesk_home: Path) -> None:
    with Journal() as journal:
        assert journal.path == journal_path()
