"""Owner locks: held while a journal is open, taken by nobody else, gone with their process."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from orderdesk.journal.owners import SUFFIX, OwnerLock, is_gone, sweep

_HOLDING_CHILD = """
import sys, time
from pathlib import Path
from orderdesk.journal.owners import OwnerLock

lock = OwnerLock(Path(sys.argv[1]))
print(lock.owner_id, flush=True)
time.sleep(60)
"""


def test_a_held_lock_is_not_gone_even_to_another_lock_in_the_same_process(tmp_path: Path) -> None:
    first = OwnerLock(tmp_path / "owners")
    second = OwnerLock(tmp_path / "owners")

    assert first.owner_id != second.owner_id
    assert first.path.is_file() and second.path.is_file()
    assert not is_gone(tmp_path / "owners", first.owner_id)
    assert not is_gone(tmp_path / "owners", first.owner_id)  # asking twice does not drop the lock
    first.release()
    assert is_gone(tmp_path / "owners", first.owner_id)
    assert not first.path.exists()
    assert not is_gone(tmp_path / "owners", second.owner_id)
    second.release()
    second.release()


def test_missing_unknown_and_malformed_owners_are_gone(tmp_path: Path) -> None:
    folder = tmp_path / "owners"
    held = OwnerLock(folder)

    assert is_gone(folder, None)
    assert is_gone(folder, "0" * 32)
    assert is_gone(folder, "../" + held.owner_id)
    assert is_gone(folder, held.owner_id.upper())
    held.release()


def test_the_last_release_removes_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "owners"
    first, second = OwnerLock(folder), OwnerLock(folder)

    first.release()
    assert folder.is_dir()
    second.release()
    assert not folder.exists()
    OwnerLock(folder).release()  # and a new lock makes it again


def test_sweep_removes_only_files_nobody_holds(tmp_path: Path) -> None:
    folder = tmp_path / "owners"
    keep, other = OwnerLock(folder), OwnerLock(folder)
    abandoned = folder / f"{'a' * 32}{SUFFIX}"
    abandoned.touch()  # what a killed process leaves behind
    unrelated = folder / "notes.txt"
    unrelated.touch()

    assert sweep(folder, keep=keep.owner_id) == 1

    assert sorted(path.name for path in folder.iterdir()) == sorted([keep.path.name, other.path.name, "notes.txt"])
    assert not is_gone(folder, other.owner_id)
    keep.release()
    other.release()


def test_a_lock_is_held_across_processes_until_its_process_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "owners"
    child = subprocess.Popen([sys.executable, "-c", _HOLDING_CHILD, str(folder)], stdout=subprocess.PIPE, text=True)
    watchdog = threading.Timer(30, child.kill)
    watchdog.start()
    try:
        owner_id = (child.stdout.readline() if child.stdout else "").strip()
        assert not is_gone(folder, owner_id)
        assert sweep(folder, keep="") == 0
        child.kill()  # SIGKILL: the lock file stays, its lock goes with the process
        child.wait(timeout=10)
    finally:
        watchdog.cancel()
        if child.stdout:
            child.stdout.close()

    assert (folder / f"{owner_id}{SUFFIX}").is_file()
    assert is_gone(folder, owner_id)
    assert sweep(folder, keep="") == 1
    assert not any(folder.iterdir())
