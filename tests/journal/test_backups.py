"""Daily backups beside the journal: taken at opening, checked before they count, the newest seven kept."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from orderdesk.journal import Journal, JournalDamaged
from orderdesk.journal.backups import KEEP, BackupFailed, counts, folder_of, listing, take
from tests.journal.conftest import Clock
from tests.journal.damage import damage_middle, fill
from tests.journal.samples import make_draft

DAY = 24 * 3600.0


def test_opening_a_journal_takes_the_days_backup_beside_it(journal_path: Path, clock: Clock) -> None:
    fill(journal_path, orders=30)
    with Journal(journal_path, clock=clock):
        pass

    [backup] = listing(journal_path)
    assert backup.path == folder_of(journal_path) / "journal-20260101-000000.sqlite3"
    assert folder_of(journal_path) == journal_path.parent / "journal-backups"
    assert backup.size == backup.path.stat().st_size > 0
    assert counts(backup.path) == (30, 30)
    assert sorted(path.name for path in folder_of(journal_path).iterdir()) == [backup.path.name]  # no -wal, no -shm


def test_a_backup_at_most_once_a_day_and_the_newest_seven_kept(journal_path: Path, clock: Clock) -> None:
    fill(journal_path, orders=3)
    for _ in range(3):
        with Journal(journal_path, clock=clock):
            clock.advance(3600)
    assert len(listing(journal_path)) == 1

    for day in range(1, 10):
        clock.now = Clock().now + day * DAY
        with Journal(journal_path, clock=clock):
            pass  # the day's backup, taken at opening; closing waits for it
        with Journal(journal_path, clock=clock) as journal:  # the same day: no second backup
            journal.save_draft(make_draft(f"PH-DAY-{day}"), None)

    kept = listing(journal_path)
    assert len(kept) == KEEP
    assert [backup.path.name[8:16] for backup in kept] == [f"202601{day:02d}" for day in range(10, 3, -1)]
    assert counts(kept[0].path) == (3 + 8, 3)  # taken before that day's draft


def test_a_damaged_journal_is_never_backed_up_and_the_good_backups_stay(journal_path: Path, clock: Clock) -> None:
    fill(journal_path, orders=300)
    with Journal(journal_path, clock=clock):
        pass
    [good] = listing(journal_path)
    kept = good.path.read_bytes()
    damage_middle(journal_path)

    clock.advance(2 * DAY)
    with pytest.raises(JournalDamaged):
        Journal(journal_path, clock=clock)

    assert listing(journal_path) == [good]
    assert good.path.read_bytes() == kept
    assert [path.name for path in folder_of(journal_path).iterdir()] == [good.path.name]


def test_a_copy_that_fails_its_check_does_not_count(journal_path: Path, clock: Clock) -> None:
    fill(journal_path, orders=300)
    damage_middle(journal_path)  # the online backup copies pages as they are: the copy is damaged too

    with pytest.raises(BackupFailed, match="did not pass its check"):
        take(journal_path, clock())

    assert listing(journal_path) == []
    assert list(folder_of(journal_path).iterdir()) == []


def test_a_copy_left_half_written_by_an_ended_process_is_removed(journal_path: Path, clock: Clock) -> None:
    fill(journal_path, orders=3)
    folder = folder_of(journal_path)
    folder.mkdir()
    stale = folder / "journal-20251231-120000.sqlite3.partial"
    stale.write_bytes(b"cut short")
    os.utime(stale, (time.time() - 2 * 3600, time.time() - 2 * 3600))
    (folder / "notes.txt").write_text("not a backup", encoding="utf-8")

    take(journal_path, clock())

    assert sorted(path.name for path in folder.iterdir()) == ["journal-20260101-000000.sqlite3", "notes.txt"]
    assert [backup.path.name for backup in listing(journal_path)] == ["journal-20260101-000000.sqlite3"]
