"""Where the journal lives and how it is opened and closed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from orderdesk.journal import Journal, JournalDamaged, JournalError, health, store
from tests.journal.damage import damage_middle, fill, overwrite_page, pages_of
from tests.journal.samples import make_draft

ROOT = Path(__file__).resolve().parents[2]


def test_default_file_is_in_the_data_dir(orderdesk_home: Path) -> None:
    with Journal() as journal:
        draft_id = journal.save_draft(make_draft(), None)

    assert journal.path == orderdesk_home / "data" / "journal.sqlite3"
    assert journal.path.is_file()
    with Journal() as reopened:
        assert reopened.load_draft(draft_id) == make_draft()


def test_a_closed_journal_refuses_use(journal: Journal, journal_backend: str) -> None:
    journal.close()
    journal.close()

    with pytest.raises(sqlite3.ProgrammingError if journal_backend == "sqlite" else JournalError, match="closed"):
        journal.save_draft(make_draft(), None)


def test_a_failed_write_leaves_nothing_half_done(journal: Journal, journal_backend: str) -> None:
    draft_id = journal.save_draft(make_draft(), None)

    with pytest.raises(sqlite3.IntegrityError if journal_backend == "sqlite" else psycopg.IntegrityError):
        # No method: the attempt row fails after its order row was already written.
        method: str = None  # type: ignore[assignment]
        journal.begin_attempt(draft_id, make_draft(), "p", "dropday", method, "http://127.0.0.1:1/", "{}")

    assert journal.count_outbox() == 0
    assert journal.save_draft(make_draft("AFTER"), draft_id) == draft_id


# A damaged file


def test_opening_a_damaged_journal_says_so_and_how_to_recover_and_writes_nothing(journal_path: Path) -> None:
    fill(journal_path)
    damage_middle(journal_path)
    damaged = journal_path.read_bytes()

    with pytest.raises(JournalDamaged) as caught:
        Journal(journal_path)

    message = str(caught.value)
    assert message.startswith(f"{journal_path}: the journal file is damaged (")
    assert "orderdesk journal restore" in message and f"sqlite3 {journal_path} .recover" in message
    assert caught.value.path == journal_path and caught.value.problem
    assert journal_path.read_bytes() == damaged


def test_checked_in_the_background_the_damage_is_told_and_every_write_refused(journal_path: Path) -> None:
    fill(journal_path)
    damage_middle(journal_path)
    damaged = journal_path.read_bytes()
    told: list[JournalDamaged] = []
    arrived = threading.Event()

    with Journal(journal_path, check_in_background=True) as journal:
        journal.when_damaged(lambda damage: (told.append(damage), arrived.set()))
        assert arrived.wait(30)
        with pytest.raises(JournalDamaged):
            journal.save_draft(make_draft(), None)
        with pytest.raises(JournalDamaged):
            journal.list_outbox()
        late: list[JournalDamaged] = []
        journal.when_damaged(late.append)

    assert told == late == [journal.damage]
    assert journal_path.read_bytes() == damaged


def test_damage_found_mid_query_ends_in_the_same_error_and_stops_the_writes(journal_path: Path) -> None:
    fill(journal_path)
    with Journal(journal_path) as journal:
        assert journal.damage is None
        for number in pages_of(journal_path, "orders")[1:]:  # the leaves: the listing reads them, opening did not
            overwrite_page(journal_path, number)
        damaged = journal_path.read_bytes()

        with pytest.raises(JournalDamaged) as caught:
            journal.list_outbox(limit=1000)
        with pytest.raises(JournalDamaged):
            journal.save_draft(make_draft(), None)

    assert str(caught.value) == str(journal.damage)
    assert str(journal_path) in str(caught.value) and "orderdesk journal restore" in str(caught.value)
    assert journal_path.read_bytes() == damaged


def test_in_the_background_a_damaged_journal_still_opens_and_recovers_nothing(journal_path: Path) -> None:
    fill(journal_path)
    # A process that ends mid-send: its attempt stays in flight, so opening would write it `unknown`.
    killed = (
        "import os, sys; from pathlib import Path; from orderdesk.journal import Journal; from tests.journal.samples "
        "import make_draft; journal = Journal(Path(sys.argv[1])); journal.begin_attempt(None, make_draft(), 'shop', "
        "'dropday', 'POST', 'https://api.example/orders', '{}'); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", killed, str(journal_path)], timeout=60, cwd=ROOT, check=True)
    raw = sqlite3.connect(journal_path)  # the attempt into the file itself, still in flight
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    damage_middle(journal_path)
    damaged = journal_path.read_bytes()

    arrived = threading.Event()
    with Journal(journal_path, check_in_background=True) as journal:  # returns before the verdict
        journal.when_damaged(lambda damage: arrived.set())
        assert arrived.wait(30)

    assert journal.recovered_attempts == 0  # close waited for the recovery, which the damage stopped
    assert journal_path.read_bytes() == damaged


def test_in_the_background_a_slow_check_holds_up_neither_the_opening_nor_recovery_a_send(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal(journal_path) as closed:  # closed mid-send: its attempt stays in flight, its owner gone
        cut_off = closed.begin_attempt(None, make_draft(), "shop", "dropday", "POST", "https://api.example/o", "{}")
    verdict = threading.Event()

    def slow_check(path: Path) -> str | None:
        time.sleep(2.0)  # quick_check of a 190 MB journal read from disk takes 2 to 2.6 s
        found = health.find_damage(path)
        verdict.set()
        return found

    monkeypatch.setattr(store, "find_damage", slow_check)

    started = time.monotonic()
    journal = Journal(journal_path, check_in_background=True)
    try:
        assert time.monotonic() - started < 1.0
        assert journal.attempt(cut_off).outcome is None  # nothing is written before the verdict
        sending = journal.begin_attempt(None, make_draft(), "shop", "centra", "POST", "https://api.example/o", "{}")
        assert verdict.is_set()
    finally:
        journal.close()

    assert journal.recovered_attempts == 1
    raw = sqlite3.connect(journal_path)
    try:
        outcomes = dict(raw.execute("SELECT id, outcome FROM attempts").fetchall())
    finally:
        raw.close()
    assert outcomes == {cut_off: "unknown", sending: None}  # the window's own send, begun meanwhile, is untouched
