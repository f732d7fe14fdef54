"""``orderdesk journal restore`` and ``backup``, and every command on a really damaged journal: exit 2, the way out, nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from orderdesk.cli import main
from orderdesk.config.home import data_dir
from orderdesk.config.profiles import ProfileStore
from orderdesk.journal import Journal
from orderdesk.journal.backups import folder_of, listing
from orderdesk.journal.restore import holders
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from tests.client_support import profile_for, received
from tests.journal.damage import damage_middle, fill

ROOT = Path(__file__).resolve().parents[2]
ORDERS = 300


@pytest.fixture
def journal_file() -> Path:
    """The journal the commands use, with 300 orders sent and rejected, and one backup of it."""
    path = data_dir() / "journal.sqlite3"
    fill(path, orders=ORDERS)
    assert main(["journal", "backup"]) == 0
    return path


@pytest.fixture
def damaged(journal_file: Path) -> Path:
    """The same journal with a page in the middle overwritten with garbage."""
    damage_middle(journal_file)
    return journal_file


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


def said_damaged(err: str, journal: Path) -> bool:
    return err.count(f"{journal}: the journal file is damaged") == 1 and "orderdesk journal restore" in err


# every command on a damaged journal


@pytest.mark.parametrize(
    "argv",
    [
        ["outbox", "list"],
        ["outbox", "list", "--json"],
        ["outbox", "show", "1"],
        ["outbox", "curl", "1"],
        ["outbox", "retry", "1", "2"],
        ["outbox", "retry", "--state", "rejected"],
        ["journal", "backup"],
    ],
)
def test_a_damaged_journal_stops_the_command_with_exit_2_and_the_way_out(
    damaged: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    before = damaged.read_bytes()
    backups = folder_bytes(folder_of(damaged))

    status = main(argv)

    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert said_damaged(err, damaged) and "Traceback" not in err
    assert damaged.read_bytes() == before
    assert folder_bytes(folder_of(damaged)) == backups


def test_submit_to_a_damaged_journal_exits_2_and_sends_nothing(
    damaged: Path, secret_service: Any, sandbox: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ProfileStore().add(profile_for(sandbox, "dropday", name="dropday"), SECRET)
    body = tmp_path / "order.json"
    body.write_text((ROOT / "tests/targets/dropday/examples/create-order.json").read_text(encoding="utf-8"))
    before = damaged.read_bytes()

    status = main(["submit", str(body), "--profile", "dropday"])

    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert said_damaged(err, damaged) and err.endswith("Nothing was sent.\n")
    assert received(sandbox, "dropday") == []
    assert damaged.read_bytes() == before


def test_the_installed_command_prints_no_traceback(damaged: Path) -> None:
    before = damaged.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "orderdesk", "outbox", "list"], capture_output=True, text=True, timeout=120,
        env={**os.environ, "ORDERDESK_HOME": str(damaged.parent.parent)}, cwd=ROOT, check=False,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert said_damaged(result.stderr, damaged) and "Traceback" not in result.stderr
    assert damaged.read_bytes() == before


# restore


def test_restore_sets_the_damaged_journal_aside_and_brings_the_orders_back(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = damaged.read_bytes()
    [backup] = listing(damaged)

    status = main(["journal", "restore"])

    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert f"  {backup.path.name}  " in out and f"{ORDERS} drafts, {ORDERS} attempts" in out
    [aside] = damaged.parent.glob("journal.sqlite3.damaged-????????-??????")
    assert aside.read_bytes() == before
    assert f"The damaged journal is kept as {aside}." in out
    assert main(["outbox", "list", "--limit", "0"]) == 0
    listed = capsys.readouterr().out
    assert "PH-0001" in listed and "PH-0300" in listed
    with Journal() as journal:
        assert journal.count_outbox() == ORDERS


def test_restore_that_cannot_put_the_backup_in_place_moves_the_damaged_journal_back_and_names_it(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = damaged.read_bytes()
    damaged.with_name("journal.sqlite3.restoring").mkdir()  # where the copy is written: it cannot be

    status = main(["journal", "restore"])

    err = capsys.readouterr().err
    assert status == 2
    assert f"orderdesk journal: {damaged}: the backup could not be put in its place (" in err
    assert damaged.read_bytes() == before
    assert list(damaged.parent.glob("journal.sqlite3.damaged-*")) == []
    [line] = [line for line in err.splitlines() if "moved back" in line]
    assert line.startswith("orderdesk journal: The damaged journal was set aside as ")
    assert line.endswith(f" and has been moved back: {damaged} is as it was.")


def test_restore_skips_a_damaged_backup_for_the_newest_good_one(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [good] = listing(damaged)
    newer = folder_of(damaged) / "journal-29991231-000000.sqlite3"
    newer.write_bytes(damaged.read_bytes())

    assert main(["journal", "restore"]) == 0

    out = capsys.readouterr().out
    assert f"Skipped {newer.name}: it does not pass its check" in out
    assert f"Restored {good.path} into {damaged}" in out


def test_restore_refuses_while_the_journal_is_open_elsewhere(
    journal_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [backup] = listing(journal_file)
    with Journal():
        before = folder_bytes(journal_file.parent)
        status = main(["journal", "restore", backup.path.name])
        assert folder_bytes(journal_file.parent) == before
    _, err = capsys.readouterr()
    assert status == 2
    assert f"{journal_file} is open in 1 OrderDesk window(s) or command(s)" in err and "Nothing was changed." in err


def test_a_command_started_while_restore_moves_the_journal_waits_and_opens_the_restored_one(
    damaged: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The race restore used to lose: a journal opened between its check and its move."""
    from orderdesk.cli import journal_commands

    before = damaged.read_bytes()
    copying, go_on = threading.Event(), threading.Event()
    real_put_back = journal_commands.put_back

    def paused_put_back(backup: Path, journal: Path) -> None:  # the damaged journal is aside, nothing in its place
        copying.set()
        assert go_on.wait(60)
        real_put_back(backup, journal)

    monkeypatch.setattr(journal_commands, "put_back", paused_put_back)
    statuses: list[int] = []
    restoring = threading.Thread(target=lambda: statuses.append(main(["journal", "restore"])))
    restoring.start()
    opening = None
    try:
        assert copying.wait(60)
        opener = (
            "from orderdesk.journal import Journal; print('opening', flush=True); "
            "journal = Journal(); print(journal.count_outbox(), flush=True); journal.close()"
        )
        opening = subprocess.Popen(
            [sys.executable, "-c", opener], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
        )
        assert opening.stdout is not None and opening.stdout.readline() == "opening\n"
        try:
            opening.wait(1.0)
        except subprocess.TimeoutExpired:
            pass
        assert opening.poll() is None, opening.communicate()  # it waits for the restore
        assert not damaged.exists() and holders(damaged) == 0  # and has neither made a new file nor a lock
    finally:
        go_on.set()
        restoring.join(60)
    out, err = opening.communicate(timeout=60)

    assert statuses == [0] and (out, err) == (f"{ORDERS}\n", "")  # it opened the restored journal
    [aside] = damaged.parent.glob("journal.sqlite3.damaged-????????-??????")
    assert aside.read_bytes() == before
    assert "Restored " in capsys.readouterr().out


def test_restore_waits_for_another_restore_and_says_so_when_it_takes_too_long(
    damaged: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from orderdesk.journal import store
    from orderdesk.journal.restore import shut_out_journals

    before = folder_bytes(damaged.parent)
    monkeypatch.setattr(store, "RESTORE_WAIT", 0.3)
    with shut_out_journals(damaged):
        status = main(["journal", "restore"])
    _, err = capsys.readouterr()
    assert status == 2
    assert f"{damaged} is being restored by another command; let it finish first." in err
    assert "Nothing was changed." in err and folder_bytes(damaged.parent) == before


def test_restore_without_a_backup_exits_1_and_points_to_recover(capsys: pytest.CaptureFixture[str]) -> None:
    path = data_dir() / "journal.sqlite3"
    fill(path, orders=300)
    damage_middle(path)
    before = path.read_bytes()

    assert main(["journal", "restore"]) == 1

    out, err = capsys.readouterr()
    assert out == f"No backups in {folder_of(path)}.\n"
    assert f"sqlite3 {path} .recover" in err and "Nothing was changed." in err
    assert path.read_bytes() == before


def test_restore_leaves_a_good_journal_alone_unless_a_backup_is_named(
    journal_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal() as journal:
        journal.close_draft(1)  # a change after the backup
    before = journal_file.read_bytes()
    [backup] = listing(journal_file)

    assert main(["journal", "restore"]) == 1
    assert "is not damaged; nothing was restored" in capsys.readouterr().out
    assert journal_file.read_bytes() == before

    assert main(["journal", "restore", str(backup.path)]) == 0
    [aside] = journal_file.parent.glob("journal.sqlite3.replaced-????????-??????")
    assert aside.read_bytes() == before
    assert journal_file.read_bytes() == backup.path.read_bytes()


def test_restore_refuses_a_named_backup_that_is_damaged(journal_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [backup] = listing(journal_file)
    damage_middle(backup.path)
    before = journal_file.read_bytes()

    assert main(["journal", "restore", str(backup.path)]) == 2

    assert f"{backup.path}: cannot be restored (" in capsys.readouterr().err
    assert journal_file.read_bytes() == before


# backup


def test_backup_takes_a_checked_copy_now(journal_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    [first] = listing(journal_file)
    os.replace(first.path, first.path.with_name("journal-20200101-000000.sqlite3"))

    assert main(["journal", "backup"]) == 0

    newest, older = listing(journal_file)
    assert older.path.name == "journal-20200101-000000.sqlite3"
    assert capsys.readouterr().out == (
        f"Backed up {journal_file} to {newest.path}: {newest.size / 1e6:.1f} MB, {ORDERS} drafts, {ORDERS} attempts.\n"
    )


def test_backup_without_a_journal_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["journal", "backup"]) == 1
    assert "there is no journal at" in capsys.readouterr().err
    assert not folder_of(data_dir() / "journal.sqlite3").exists()
