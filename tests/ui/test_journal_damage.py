"""The window on a damaged journal: it says so once, keeps the order in memory, and writes nothing to the file."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from orderdesk.config.home import data_dir
from orderdesk.journal import JournalDamaged
from orderdesk.journal.backups import listing
from orderdesk.ui import MainWindow
from orderdesk.ui.journal_damage import STATUS_NOTE
from tests.journal.damage import damage_middle, fill, overwrite_page, pages_of
from tests.ui.conftest import WindowFactory, type_into

# The offscreen platform cannot pass a message box's size hints on; other platforms do.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def journal_file() -> Path:
    path = data_dir() / "journal.sqlite3"
    fill(path, orders=300)
    return path


def shown_box(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.journal_damage.box is not None and window.journal_damage.box.isVisible())
    box = window.journal_damage.box
    assert box is not None
    return box


def test_a_window_on_a_damaged_journal_says_so_and_keeps_the_order_in_memory(
    make_window: WindowFactory, qtbot: QtBot, journal_file: Path
) -> None:
    damage_middle(journal_file)
    before = journal_file.read_bytes()

    window = make_window()

    box = shown_box(qtbot, window)
    assert box.icon() is QMessageBox.Icon.Critical
    assert f"{journal_file}: the journal file is damaged" in box.text()
    assert "orderdesk journal restore" in box.text() and "Save as API body" in box.text()
    note = window.findChild(QLabel, "journal_damaged_note")
    assert note is not None and note.text() == STATUS_NOTE and note.isVisible()
    assert str(journal_file) in note.toolTip()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())

    said: list[str] = []
    service = window.catalogue_tools.service
    service.failed.connect(said.append)
    type_into(qtbot, window, "customer.name", "Anna de Vries")  # earlier customers are looked up as it is typed
    assert window.presenter.draft.customer.name == "Anna de Vries"
    window.autosaver.save_soon_now()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("The draft could not be saved:"))
    assert "orderdesk journal restore" in window.statusBar().currentMessage()
    service.customer_pool.waitForDone()
    qtbot.wait(50)  # its answer delivered
    assert said == []  # the damage is said once, by the window, not again per keystroke by the customer book
    assert window.findChildren(QMessageBox, "journal_damaged") == [box]  # said once
    window.close()

    assert journal_file.read_bytes() == before
    assert listing(journal_file) == []  # a damaged journal is never backed up


def test_damage_a_later_query_finds_on_another_thread_is_said_the_same_way(
    make_window: WindowFactory, qtbot: QtBot, journal_file: Path
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: len(listing(journal_file)) == 1, timeout=10_000)  # checked good, and backed up
    assert window.journal_damage.box is None
    for number in pages_of(journal_file, "orders")[1:]:
        overwrite_page(journal_file, number)

    with ThreadPoolExecutor(max_workers=1) as worker:
        with pytest.raises(JournalDamaged):
            worker.submit(window.journal.list_outbox, limit=1000).result()

    box = shown_box(qtbot, window)
    assert f"{journal_file}: the journal file is damaged" in box.text()



def test_a_journal_that_is_not_sqlite_at_all_still_lets_the_window_start(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    journal = data_dir() / "journal.sqlite3"
    journal.parent.mkdir(parents=True, exist_ok=True)
    garbage = bytes(range(256)) * 32
    journal.write_bytes(garbage)

    window = make_window()

    box = shown_box(qtbot, window)
    assert f"{journal}: the journal file is damaged (file is not a database)" in box.text()
    type_into(qtbot, window, "customer.name", "Anna")
    assert window.presenter.draft.customer.name == "Anna"
    window.close()
    assert journal.read_bytes() == garbage


def test_new_order_on_a_damaged_journal_starts_it_and_says_the_old_one_was_not_set_aside(
    make_window: WindowFactory, qtbot: QtBot, journal_file: Path
) -> None:
    damage_middle(journal_file)
    before = journal_file.read_bytes()
    window = make_window()
    box = shown_box(qtbot, window)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    type_into(qtbot, window, "customer.name", "Anna de Vries")

    window.new_order()

    assert window.presenter.draft.customer.name == ""
    qtbot.waitUntil(lambda: "could not be" in window.statusBar().currentMessage(), timeout=10_000)
    window.close()
    assert journal_file.read_bytes() == before
