"""The team journal's schema on a real PostgreSQL: created by the app, upgraded once, a newer one refused untouched."""

from __future__ import annotations

import threading

import psycopg
import pytest

from orderdesk.journal import JournalError
from orderdesk.journal.postgres.schema import SCHEMA_VERSION, version_of
from orderdesk.journal.postgres.store import PostgresJournal
from tests.journal.samples import make_draft


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        return {row[0] for row in connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}


def test_an_empty_database_gets_the_current_schema_and_keeps_its_rows(empty_postgres_url: str) -> None:
    with PostgresJournal(empty_postgres_url, where="team", desk="a") as journal:
        draft_id = journal.save_draft(make_draft(), None)

    assert {"drafts", "orders", "attempts", "owners", "orderdesk_schema"} <= _tables(empty_postgres_url)
    with PostgresJournal(empty_postgres_url, where="team", desk="a") as journal:
        assert journal.load_draft(draft_id) == make_draft()
    with psycopg.connect(empty_postgres_url) as connection:
        assert version_of(connection) == SCHEMA_VERSION
        assert connection.execute("SELECT count(*) FROM orderdesk_schema").fetchone() == (1,)


def test_desks_starting_together_on_a_new_database_migrate_it_once(empty_postgres_url: str) -> None:
    errors: list[BaseException] = []

    def open_and_close(desk: str) -> None:
        try:
            PostgresJournal(empty_postgres_url, where="team", desk=desk).close()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    desks = [threading.Thread(target=open_and_close, args=(f"desk-{number}",)) for number in range(6)]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(timeout=60)

    assert errors == []
    with psycopg.connect(empty_postgres_url) as connection:
        assert connection.execute("SELECT version FROM orderdesk_schema").fetchall() == [(SCHEMA_VERSION,)]


def test_a_database_from_a_newer_orderdesk_is_refused_and_left_as_it_is(empty_postgres_url: str) -> None:
    with psycopg.connect(empty_postgres_url) as connection:
        connection.execute("CREATE TABLE orderdesk_schema (version INTEGER NOT NULL)")
        connection.execute("INSERT INTO orderdesk_schema VALUES (%s)", (SCHEMA_VERSION + 1,))
        connection.execute("CREATE TABLE drafts (id BIGINT, written_by TEXT)")
        connection.execute("INSERT INTO drafts VALUES (1, 'the newer OrderDesk')")

    with pytest.raises(JournalError, match=rf"newer OrderDesk .*version {SCHEMA_VERSION + 1}, this one knows {SCHEMA_VERSION}") as caught:
        PostgresJournal(empty_postgres_url, where="postgresql://team@db/orders", desk="a")

    assert "postgresql://team@db/orders" in str(caught.value)
    with psycopg.connect(empty_postgres_url) as connection:
        assert connection.execute("SELECT version FROM orderdesk_schema").fetchall() == [(SCHEMA_VERSION + 1,)]
        assert connection.execute("SELECT * FROM drafts").fetchall() == [(1, "the newer OrderDesk")]
    assert _tables(empty_postgres_url) == {"orderdesk_schema", "drafts"}
