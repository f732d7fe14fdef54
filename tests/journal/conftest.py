"""Fixtures for the journal tests: one suite, run on both journals.

Every test that takes ``journal`` (or ``open_journal``) runs twice: on a real SQLite file in
the test's own folder, and on a fresh database of the session's real PostgreSQL server
(tests/fixtures_postgres.py), so the two cannot drift apart. A test that looks at the SQLite
file itself (it takes ``journal_path``) runs on SQLite only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from orderdesk.journal import Journal
from orderdesk.journal import JournalStore
from orderdesk.journal.postgres.store import PostgresJournal

START = 1_767_225_600.0
"""2026-01-01 00:00:00 UTC."""

BACKENDS = ("sqlite", "postgresql")


class Clock:
    """Epoch seconds that move only when a test says so."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.now += seconds


OpenJournal = Callable[..., JournalStore]
"""Opens another journal on the test's store (same file or same database); keyword ``desk`` for PostgreSQL."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each journal test on both backends, but on SQLite only when it reads the SQLite file."""
    if "journal_backend" in metafunc.fixturenames:
        backends = ["sqlite"] if "journal_path" in metafunc.fixturenames else list(BACKENDS)
        metafunc.parametrize("journal_backend", backends)


@pytest.fixture
def clock() -> Clock:
    """A clock starting at 2026-01-01 UTC."""
    return Clock()


def _sqlite_file(tmp_path: Path) -> Path:
    return tmp_path / "journal" / "journal.sqlite3"


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where the test's SQLite journal file lives (the test then runs on SQLite only)."""
    return _sqlite_file(tmp_path)


@pytest.fixture
def open_journal(journal_backend: str, tmp_path: Path, clock: Clock, request: pytest.FixtureRequest) -> Iterator[OpenJournal]:
    """Opens journals on the test's store, the backend the test runs on; any left open are closed after it."""
    opened: list[JournalStore] = []
    url = request.getfixturevalue("postgres_url") if journal_backend == "postgresql" else ""

    def open_one(*, desk: str = "desk-a", lease_seconds: float = 30.0) -> JournalStore:
        journal: JournalStore
        if url:
            journal = PostgresJournal(url, where=url, desk=desk, clock=clock, lease_seconds=lease_seconds)
        else:
            journal = Journal(_sqlite_file(tmp_path), clock=clock)
        opened.append(journal)
        return journal

    yield open_one
    for journal in opened:
        journal.close()


@pytest.fixture
def journal(open_journal: OpenJournal) -> JournalStore:
    """A fresh journal (a real SQLite file, or a fresh PostgreSQL database), closed after the test."""
    return open_journal()
