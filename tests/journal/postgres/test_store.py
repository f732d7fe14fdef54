"""What a team adds to the journal, on a real PostgreSQL: claims, desks, live changes, an unreachable server."""

from __future__ import annotations

import socket
import threading
import time

import psycopg
import pytest

from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import JournalError, OutboxState
from orderdesk.journal.errors import JournalUnreachable
from orderdesk.journal.postgres import store as postgres_store
from orderdesk.journal.postgres.store import PostgresJournal
from tests.fixtures_postgres import private_cluster
from tests.journal.samples import make_draft

RETRYABLE = (OutboxState.FAILED, OutboxState.UNKNOWN)


def _failed_order(journal: PostgresJournal, external_id: str = "PH-1") -> tuple[int, int]:
    attempt_id = journal.begin_attempt(None, make_draft(external_id), "shop", "dropday", "POST", "http://x/", "{}")
    journal.finish_attempt(attempt_id, Outcome(OutcomeKind.FAILED, retryable=True), 5.0)
    return journal.attempt(attempt_id).order_key, attempt_id


def test_one_desk_claims_an_order_the_other_is_told_who_has_it(postgres_url: str) -> None:
    with (
        PostgresJournal(postgres_url, where="team", desk="desk-a") as desk_a,
        PostgresJournal(postgres_url, where="team", desk="desk-b") as desk_b,
    ):
        order_key, latest = _failed_order(desk_a)

        assert desk_a.claim(order_key, latest, RETRYABLE)
        assert not desk_b.claim(order_key, latest, RETRYABLE)
        assert desk_b.claim_holder(order_key) == "desk-a"
        assert desk_b.order(order_key).state is OutboxState.SENDING

        desk_a.release(order_key)
        assert desk_b.claim_holder(order_key) is None
        assert desk_b.order(order_key).state is OutboxState.FAILED
        assert desk_b.claim(order_key, latest, RETRYABLE)
        assert desk_a.claim_holder(order_key) == "desk-b"


def test_a_claim_skips_an_order_whose_row_another_desk_has_locked(postgres_url: str) -> None:
    with PostgresJournal(postgres_url, where="team", desk="desk-a") as journal:
        order_key, latest = _failed_order(journal)
        with psycopg.connect(postgres_url) as other_desk:
            other_desk.execute("SELECT 1 FROM orders WHERE id = %s FOR UPDATE", (order_key,))  # claiming right now

            started = time.monotonic()
            assert not journal.claim(order_key, latest, RETRYABLE)
            assert time.monotonic() - started < 1.0  # skipped, not waited for
            other_desk.rollback()

        assert journal.claim(order_key, latest, RETRYABLE)


def test_a_claim_planned_from_an_older_attempt_is_refused(postgres_url: str) -> None:
    with PostgresJournal(postgres_url, where="team", desk="desk-a") as journal:
        order_key, planned_from = _failed_order(journal)
        again = journal.begin_attempt(
            journal.order(order_key).draft_id, make_draft(), "shop", "dropday", "POST", "http://x/", "{}"
        )
        journal.finish_attempt(again, Outcome(OutcomeKind.FAILED, retryable=True), 5.0)

        assert not journal.claim(order_key, planned_from, RETRYABLE)
        assert journal.claim(order_key, again, RETRYABLE)


def test_drafts_are_reopened_per_desk(postgres_url: str) -> None:
    with (
        PostgresJournal(postgres_url, where="team", desk="desk-a") as desk_a,
        PostgresJournal(postgres_url, where="team", desk="desk-b") as desk_b,
    ):
        typed_at_a = desk_a.save_draft(make_draft("A-1"), None)
        assert desk_b.latest_open_draft() is None
        typed_at_b = desk_b.save_draft(make_draft("B-1"), None)

        assert desk_a.latest_open_draft() == (typed_at_a, make_draft("A-1"))
        assert desk_b.latest_open_draft() == (typed_at_b, make_draft("B-1"))


def test_an_order_says_which_desk_last_touched_it_and_when(postgres_url: str) -> None:
    with (
        PostgresJournal(postgres_url, where="team", desk="desk-a", clock=lambda: 1_767_225_600.0) as desk_a,
        PostgresJournal(postgres_url, where="team", desk="desk-b", clock=lambda: 1_767_229_200.0) as desk_b,
    ):
        order_key, latest = _failed_order(desk_a)
        touched = desk_b.last_touched(order_key)
        assert touched is not None
        assert touched[0] == "desk-a"
        assert touched[1].timestamp() == 1_767_225_600.0

        desk_b.claim(order_key, latest, RETRYABLE)
        touched = desk_a.last_touched(order_key)
        assert touched is not None
        assert (touched[0], touched[1].timestamp()) == ("desk-b", 1_767_229_200.0)


def test_a_listening_desk_hears_of_another_desks_change_within_a_second(postgres_url: str) -> None:
    heard: list[int] = []
    changed = threading.Event()

    def on_change(order_key: int) -> None:
        heard.append(order_key)
        changed.set()

    with (
        PostgresJournal(postgres_url, where="team", desk="desk-a") as desk_a,
        PostgresJournal(postgres_url, where="team", desk="desk-b") as desk_b,
    ):
        stop = desk_b.listen(on_change)
        time.sleep(0.3)  # the listener has connected and LISTENs
        assert heard == []
        started = time.monotonic()
        order_key, _ = _failed_order(desk_a)
        assert changed.wait(1.0)
        assert time.monotonic() - started < 1.0
        assert set(heard) == {order_key}
        stop()
        heard.clear()
        _failed_order(desk_a, "PH-2")
        time.sleep(0.3)
        assert heard == []  # stopped: nothing more


def test_a_listener_asked_for_after_close_starts_no_connection(postgres_url: str) -> None:
    journal = PostgresJournal(postgres_url, where="team", desk="desk-a")
    journal.close()
    before = {thread.ident for thread in threading.enumerate()}
    stop = journal.listen(lambda _order_key: None)  # the window's outbox may ask while the window closes
    assert [t.name for t in threading.enumerate() if t.ident not in before] == []  # nothing that close() missed
    stop()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_database_that_cannot_be_reached_is_said_so_quickly(postgres_url: str) -> None:
    url = f"postgresql://team@127.0.0.1:{_closed_port()}/orders"
    started = time.monotonic()
    with pytest.raises(JournalUnreachable, match=r"postgresql://team@127\.0\.0\.1:\d+/orders cannot be reached"):
        PostgresJournal(url, where=url, desk="desk-a")
    assert time.monotonic() - started < 6.0


def test_a_journal_for_the_window_opens_once_the_database_can_be_reached() -> None:
    """Down at start: the window's journal is made anyway, says so on every call, and opens by itself later."""
    with private_cluster() as server:
        server.stop(mode="fast")
        started = time.monotonic()
        journal = PostgresJournal(server.url(), where="team", desk="desk-a", wait_for_server=True)
        assert time.monotonic() - started < 6.0
        try:
            with pytest.raises(JournalUnreachable, match="team cannot be reached"):
                journal.save_draft(make_draft("TYPED-1"), None)
            with pytest.raises(JournalUnreachable):
                journal.latest_open_draft()

            server.resume()
            draft_id = journal.save_draft(make_draft("TYPED-1"), None)  # opens: schema, lease, recovery
            assert journal.latest_open_draft() == (draft_id, make_draft("TYPED-1"))
            with psycopg.connect(server.url(), autocommit=True) as admin:
                desks = admin.execute("SELECT desk FROM owners WHERE owner_id = %s", (journal.owner_id,)).fetchall()
            assert desks == [("desk-a",)]
        finally:
            journal.close()
        with psycopg.connect(server.url(), autocommit=True) as admin:  # closing gave its lease up
            assert admin.execute("SELECT count(*) FROM owners").fetchone() == (0,)


def test_a_window_journal_tries_the_database_once_at_its_first_call_not_also_when_made() -> None:
    """A host that does not answer costs the window's start one connect timeout, not two."""
    with socket.socket() as silent:  # a "server" that takes each connection and hangs up
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        silent.settimeout(5.0)
        url = f"postgresql://team@127.0.0.1:{silent.getsockname()[1]}/orders?sslmode=disable"
        journal = PostgresJournal(url, where="team", desk="desk-a", wait_for_server=True)
        try:
            tries = []

            def hang_up() -> None:
                connection, _ = silent.accept()
                tries.append(1)
                connection.close()

            answering = threading.Thread(target=hang_up)
            answering.start()
            with pytest.raises(JournalUnreachable):
                journal.latest_open_draft()
            answering.join()
            silent.settimeout(0.2)
            try:
                second, _ = silent.accept()
            except TimeoutError:
                second = None
            else:
                second.close()
            assert tries == [1] and second is None  # no second try waiting behind the first
        finally:
            journal.close()


def test_a_window_journal_closed_before_the_database_came_back_closes_at_once() -> None:
    url = f"postgresql://team@127.0.0.1:{_closed_port()}/orders"
    journal = PostgresJournal(url, where=url, desk="desk-a", wait_for_server=True)
    started = time.monotonic()
    journal.close()
    assert time.monotonic() - started < 1.0
    with pytest.raises(JournalError, match="closed"):
        journal.save_draft(make_draft(), None)


def test_a_dropped_connection_fails_one_call_in_words_and_the_next_gets_through(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "A moment ago" however slow the machine: the drop below takes more than a second on a loaded one. And no
    # heartbeat meanwhile (a long lease): its beat would meet the dead connection first and replace it.
    monkeypatch.setattr(postgres_store, "_IDLE_CHECK_SECONDS", 60.0)
    with PostgresJournal(postgres_url, where="team", desk="desk-a", lease_seconds=3600) as journal:
        draft_id = journal.save_draft(make_draft(), None)
        _all_just_used(journal)
        _drop_connections(postgres_url)

        # Used again at once (not checked: it was fine a moment ago): said, nothing written.
        with pytest.raises(JournalUnreachable, match="team cannot be reached"):
            journal.save_draft(make_draft("LOST-1"), draft_id)
        journal.save_draft(make_draft("TYPED-ON"), draft_id)  # the broken connection was replaced
        assert journal.load_draft(draft_id) == make_draft("TYPED-ON")

        # A connection idle for a while is checked before use, so a drop meanwhile costs nothing.
        monkeypatch.setattr(postgres_store, "_IDLE_CHECK_SECONDS", 0.5)
        _drop_connections(postgres_url)
        time.sleep(1.2)
        journal.save_draft(make_draft("LATER-1"), draft_id)
        assert journal.load_draft(draft_id) == make_draft("LATER-1")
    with pytest.raises(JournalError, match="closed"):
        journal.load_draft(draft_id)


def test_every_connection_the_server_dropped_is_replaced_at_once_not_found_one_by_one(postgres_url: str) -> None:
    with PostgresJournal(postgres_url, where="team", desk="desk-a") as journal:
        draft_id = journal.save_draft(make_draft(), None)
        pool = journal._pool  # several desks' worth of busy moments left four connections in the pool
        assert pool is not None
        held = [pool.getconn() for _ in range(4)]
        for connection in held:
            pool.putconn(connection)
        _drop_connections(postgres_url)
        time.sleep(1.2)

        journal.save_draft(make_draft("LATER-1"), draft_id)  # one failed check; not a wait per dead connection
        assert journal.load_draft(draft_id) == make_draft("LATER-1")


def _all_just_used(journal: PostgresJournal) -> None:
    """Every connection of the journal's pool used a moment ago, none fresh (a fresh one is checked before use)."""
    pool = journal._pool
    assert pool is not None
    deadline = time.monotonic() + 10
    while (stats := pool.get_stats())["pool_available"] < stats["pool_size"]:  # one still being connected
        assert time.monotonic() < deadline
        time.sleep(0.01)
    held = [pool.getconn() for _ in range(stats["pool_size"])]
    for connection in held:
        pool.putconn(connection)


def _drop_connections(url: str) -> None:
    """The server ends every other connection to the database, as a restart or a network cut would."""
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
        )
