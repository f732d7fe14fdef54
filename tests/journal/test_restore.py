"""Going back to a backup: who holds the journal, setting it aside with its -wal, putting a backup in its place."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from orderdesk.journal import Journal
from orderdesk.journal.backups import take
from orderdesk.journal.restore import holders, newest_good, put_back, set_aside
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
