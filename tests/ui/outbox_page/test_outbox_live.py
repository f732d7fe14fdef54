"""The Outbox page of a desk on a team journal follows other desks' changes by itself, within a second.

Two desks on one real PostgreSQL (tests/fixtures_postgres.py); desk A sends for real to the
sandbox, desk B's page (real widgets) shows the new state without anybody pressing Refresh.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import OutboxState
from orderdesk.journal.postgres.store import PostgresJournal
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.submit import submit
from orderdesk.ui.outbox_page.outbox_model import ROW_ROLE
from orderdesk.ui.outbox_page.outbox_view import OutboxView
from tests.client_support import MemorySecrets
from tests.outbox.support import example_draft, journal_order
from tests.ui.outbox_support import plain_order, sandbox_profiles


@pytest.fixture
def desks(postgres_url: str) -> Iterator[tuple[PostgresJournal, PostgresJournal]]:
    with (
        PostgresJournal(postgres_url, where="team", desk="desk-a") as desk_a,
        PostgresJournal(postgres_url, where="team", desk="desk-b") as desk_b,
    ):
        yield desk_a, desk_b


def _view(qtbot: object, journal: PostgresJournal) -> OutboxView:
    view = OutboxView(journal, list, MemorySecrets)
    view.set_profiles(["Drop NL"])
    view.filters.state_filter.setCurrentIndex(view.filters.state_filter.findText("All orders"))
    qtbot.add_widget(view)  # type: ignore[attr-defined]
    view.setMinimumSize(1200, 640)
    view.show()
    qtbot.waitUntil(lambda: not view.reading)  # type: ignore[attr-defined]  # the list is read off the window thread
    return view


def _states(view: OutboxView) -> dict[str, OutboxState]:
    model = view.model
    rows = [model.data(model.index(number, 0), ROW_ROLE) for number in range(model.rowCount())]
    return {row.external_id: row.state for row in rows}


def test_desk_b_sees_desk_a_send_an_order_again_without_a_refresh(
    qtbot: object, sandbox: RunningSandbox, desks: tuple[PostgresJournal, PostgresJournal]
) -> None:
    desk_a, desk_b = desks
    profiles, secrets = sandbox_profiles(sandbox, {"Drop NL": "dropday"})
    draft = example_draft("dropday", "PHONE-1")
    order_key = journal_order(desk_a, profiles["Drop NL"], draft)
    view = _view(qtbot, desk_b)
    qtbot.waitUntil(lambda: _states(view) == {"PHONE-1": OutboxState.FAILED})  # type: ignore[attr-defined]
    time.sleep(0.3)  # desk B's listener has connected

    outcome = submit(draft, profiles["Drop NL"], secrets, desk_a, draft_id=desk_a.order(order_key).draft_id)
    sent_at = time.monotonic()
    assert outcome.kind is OutcomeKind.CREATED

    qtbot.waitUntil(lambda: _states(view) == {"PHONE-1": OutboxState.SENT}, timeout=1000)  # type: ignore[attr-defined]
    assert time.monotonic() - sent_at < 1.0
    assert outcome.reference and view.model.row_at(0).reference == outcome.reference


def test_a_burst_of_changes_is_read_in_one_refresh_not_one_each(
    qtbot: object, desks: tuple[PostgresJournal, PostgresJournal]
) -> None:
    desk_a, desk_b = desks
    view = _view(qtbot, desk_b)
    time.sleep(0.3)
    refreshes: list[int] = []
    view.model.modelReset.connect(lambda: refreshes.append(view.model.rowCount()))

    for number in range(50):
        plain_order(desk_a, f"PHONE-{number}")

    qtbot.waitUntil(lambda: view.model.rowCount() == 50, timeout=2000)  # type: ignore[attr-defined]
    qtbot.wait(400)  # type: ignore[attr-defined]
    assert 1 <= len(refreshes) <= 3, refreshes  # 150 change notices, gathered into a few reads
    assert refreshes[-1] == 50


def test_an_order_shows_which_desk_last_touched_it_and_when(
    qtbot: object, desks: tuple[PostgresJournal, PostgresJournal]
) -> None:
    desk_a, desk_b = desks
    order_key = plain_order(desk_a, "PHONE-1")
    view = _view(qtbot, desk_b)
    view.table.selectRow(0)

    touched = desk_b.last_touched(order_key)
    assert touched is not None
    said = f"Last touched by desk-a at {touched[1].strftime('%Y-%m-%d %H:%M')}"
    qtbot.waitUntil(lambda: said in view.detail.order_label.text())  # type: ignore[attr-defined]
