"""``orderdesk --self-test`` starts the real window, lets it settle, prints ok and exits 0."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from orderdesk.config.home import config_dir, data_dir
from orderdesk.journal import JournalError
from orderdesk.journal.schema import SCHEMA_VERSION
from orderdesk.ui.app import RESOURCES, journal_problem, journal_problem_box, run_app
from orderdesk.ui.window_state import FILENAME

ROOT = Path(__file__).resolve().parents[2]


def _self_test(orderdesk_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORDERDESK_HOME": str(orderdesk_home)}
    return subprocess.run(
        [sys.executable, "-m", "orderdesk", "--self-test"], capture_output=True, text=True, timeout=120, env=env,
        cwd=ROOT, check=False,
    )


def test_self_test_starts_the_real_window_and_says_ok(orderdesk_home: Path) -> None:
    result = _self_test(orderdesk_home)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout == "ok\n"
    assert result.stderr == ""


def test_the_application_icon_is_shipped_as_svg_and_png() -> None:
    assert (RESOURCES / "orderdesk.svg").read_text(encoding="utf-8").startswith("<svg")
    assert (RESOURCES / "orderdesk.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_window_state_of_the_wrong_type_does_not_stop_the_window(orderdesk_home: Path) -> None:
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / FILENAME).write_text('{"send_to": 5}', encoding="utf-8")
    result = _self_test(orderdesk_home)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout == "ok\n"


def test_a_journal_that_cannot_be_opened_is_explained_and_exits_2(
    qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = data_dir() / "journal.sqlite3"
    journal.parent.mkdir(parents=True, exist_ok=True)
    raw = sqlite3.connect(journal)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    assert run_app(self_test=True) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert f"{journal}: written by a newer OrderDesk" in err
    assert f"move {journal} aside" in err


def test_the_journal_message_names_the_file_and_the_way_out(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    text = journal_problem(JournalError(f"{path}: not a usable OrderDesk journal (file is not a database)"), path)
    assert text.count(str(path)) == 2
    assert "move" in text and "journal.sqlite3-wal" in text and "has not changed them" in text


def test_the_journal_message_box_shows_the_text_and_closes(qtbot: QtBot) -> None:
    box = journal_problem_box("the text")
    qtbot.add_widget(box)
    assert box.text() == "the text" and box.icon() is QMessageBox.Icon.Critical
    assert box.standardButtons() == QMessageBox.StandardButton.Close
    assert not box.isVisible()



def test_a_team_journal_that_cannot_be_reached_does_not_stop_the_window(
    qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        url = f"postgresql://team@127.0.0.1:{probe.getsockname()[1]}/orders"
    monkeypatch.setenv("ORDERDESK_JOURNAL", url)

    assert run_app(self_test=True) == 0
    out, err = capsys.readouterr()
    assert out == "ok\n" and "Traceback" not in err
    assert f"The journal database {url} cannot be reached" in err


def test_a_team_journal_that_cannot_be_used_says_so_and_how_to_go_on(
    orderdesk_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ORDERDESK_JOURNAL", "postgresql://team@127.0.0.1/")  # no database named

    assert run_app(self_test=True) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert "team's journal" in err and "postgresql://team@127.0.0.1/" in err
    assert "orderdesk journal use sqlite" in err and "aside" not in err
