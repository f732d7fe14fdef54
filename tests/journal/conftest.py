"""Fixtures for the journal tests: a real SQLite file in the test's own folder, and a clock to steer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from orderdesk.journal import Journal

START = 1_767_225_600.0
"""2026-01-01 00:00:00 UTC."""


class Clock:
    """Epoch seconds that move only when a test says so."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    """A clock starting at 2026-01-01 UTC."""
    return Clock()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where the test's journal file lives."""
    return tmp_path / "journal" / "journal.sqlite3"


@pytest.fixture
def journal(journal_path: Path, clock: Clock) -> Iterator[Journal]:
    """A fresh journal on a real file, closed after the test."""
    with Journal(journal_path, clock=clock) as opened:
        yield opened
