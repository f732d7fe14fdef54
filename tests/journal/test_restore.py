"""Going back to a backup: who holds the journal, setting it aside with its -wal, putting a backup in its place."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from orderdesk.journal import Journal, JournalError, owners, store
from orderdesk.journal.backups import take
from orderdesk.journal.restore import holders, newest_good, put_back, set_aside, shut_out_journals
from orderdesk.journal.store import owners_folder
from tests.journal.conftest import Clock
from tests.journal.damage import damage_middle, fill

ROOT = Path(__file__).resolve().parents[2]


def test_holders_counts_the_open_journals_and_forgets_the_closed_ones(journal_path: Path) -> None:
    assert holders(journal_path) == 0
    with Journal(journal_path), Journal(journal_path):
        assert holders(journal_path) == 2
    assert holders(journal_path) == 0


def test_set_aside_moves_the_wal_with_the_journal_so_nothing_committed_is_lost(journal_path: Path) -> None:
    # A process that ends without closing the journal: its last draft is committed in the -wal file only.
    killed = (
        "import os, sys; from pathlib import Path; from orderdesk.journal import Journal; from tests.journal.samples "
        "import make_draft; journal = Journal(Path(sys.argv[1])); print(journal.save_draft(make_draft('PH-IN-WAL')), "
        "flush=True); os._exit(0)"
    )
    ran = subprocess.run(
        [sys.executable, "-c", killed, str(journal_path)], capture_output=True, text=True, timeout=60, cwd=ROOT,
        check=True,
    )
    draft_id = int(ran.stdout)
    wal = journal_path.with_name("journal.sqlite3-wal")
    assert wal.stat().st_size > 0

    aside = set_aside(journal_path, "damaged", Clock().now)

    assert aside.name == "journal.sqlite3.damaged-20260101-000000"
    assert not journal_path.exists() and not wal.exists()
    with Journal(aside) as kept:
        assert kept.load_draft(draft_id).external_id == "PH-IN-WAL"


def test_newest_good_passes_over_damaged_backups(journal_path: Path, clock: Clock) -> None:
    fill(journal_path, orders=300)
    older = take(journal_path, clock())
    newer = take(journal_path, clock() + 60)
    damage_middle(newer.path)

    good, failed = newest_good(journal_path)

    assert good == older
    assert [backup for backup, _ in failed] == [newer]


def test_put_back_copies_the_backup_into_place(journal_path: Path, clock: Clock) -> None:
    fill(journal_path, orders=3)
    backup = take(journal_path, clock())
    journal_path.unlink()

    put_back(backup.path, journal_path)

    assert journal_path.read_bytes() == backup.path.read_bytes()
    assert not journal_path.with_name("journal.sqlite3.restoring").exists()
    with Journal(journal_path) as journal:
        assert journal.count_outbox() == 3


# the gate: no journal opens the file while a restore checks, moves and copies it


def test_a_journal_opened_during_a_restore_waits_for_it_and_opens_the_restored_file(
    journal_path: Path, clock: Clock
) -> None:
    fill(journal_path, orders=3)
    backup = take(journal_path, clock())
    fill(journal_path, orders=5)  # the journal now has 8 orders, its backup 3
    before = journal_path.read_bytes()
    opened: list[Journal] = []
    failed: list[BaseException] = []

    def open_journal() -> None:
        try:
            opened.append(Journal(journal_path))
        except BaseException as exc:
            failed.append(exc)

    with shut_out_journals(journal_path):
        assert holders(journal_path) == 0
        opening = threading.Thread(target=open_journal)
        opening.start()
        opening.join(0.5)
        assert opening.is_alive()  # waiting at the gate, before it touched the file
        assert holders(journal_path) == 0 and not owners_folder(journal_path).exists()
        aside = set_aside(journal_path, "replaced", clock())
        assert not journal_path.exists()  # the moment a journal must never open the path: nothing there
        put_back(backup.path, journal_path)
        assert opening.is_alive()
    opening.join(30)

    assert failed == [] and len(opened) == 1
    with opened[0] as journal:
        assert journal.count_outbox() == 3
    assert aside.read_bytes() == before


def test_a_journal_refused_at_the_gate_says_a_restore_is_under_way_and_touches_nothing(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(journal_path, orders=3)
    before = journal_path.read_bytes()
    holder = (
        "import sys; from pathlib import Path; from orderdesk.journal.restore import shut_out_journals; "
        "gate = shut_out_journals(Path(sys.argv[1])); print('held', flush=True); sys.stdin.read()"
    )
    restoring = subprocess.Popen(
        [sys.executable, "-c", holder, str(journal_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        assert restoring.stdout is not None and restoring.stdout.readline() == "held\n"
        monkeypatch.setattr(store, "RESTORE_WAIT", 0.3)

        with pytest.raises(JournalError) as refused:
            Journal(journal_path)

        assert f"{journal_path} is being restored from a backup" in str(refused.value)
        assert "Open it again once the restore is done" in str(refused.value)
        assert holders(journal_path) == 0 and not owners_folder(journal_path).exists()
        assert journal_path.read_bytes() == before
    finally:
        restoring.communicate("", timeout=30)  # the restore ends: the gate opens
    with Journal(journal_path) as journal:
        assert journal.count_outbox() == 3


def test_a_restore_waits_for_a_journal_taking_its_owner_lock_and_then_counts_it(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(journal_path, orders=3)
    real_lock = owners.OwnerLock
    taking, go_on = threading.Event(), threading.Event()

    def slow_lock(folder: Path) -> object:
        taking.set()
        assert go_on.wait(30)
        return real_lock(folder)

    monkeypatch.setattr(owners, "OwnerLock", slow_lock)
    opened: list[Journal] = []
    opening = threading.Thread(target=lambda: opened.append(Journal(journal_path)))
    opening.start()
    assert taking.wait(30)  # the journal is at its gate, taking its owner lock
    counted: list[int] = []

    def restore() -> None:
        with shut_out_journals(journal_path):
            counted.append(holders(journal_path))

    restoring = threading.Thread(target=restore)
    restoring.start()
    restoring.join(0.5)
    assert restoring.is_alive() and counted == []  # no check while a journal is between the gate and its lock
    go_on.set()
    opening.join(30)
    restoring.join(30)

    assert counted == [1]
    opened[0].close()
