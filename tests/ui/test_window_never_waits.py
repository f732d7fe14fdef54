"""The window thread never waits: with a keyring and a journal that take 2 s a call, it keeps answering.

The journal is the real one, slowed by a subclass that sleeps before the calls the window makes
after it has started; the keyring is the private Secret Service, slowed the same way. A 10 ms
timer on the window thread measures how long events wait while the person saves (autosave,
Submit), opens an order from the outbox, and refreshes the outbox. On this shared 2-core
machine a single late tick proves little, so the test asks for a median gap under 50 ms and no
gap anywhere near the 2 s a blocking call would leave.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from typing import Any

import pytest
from keyring.backends import SecretService
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel

from orderdesk.config.credentials import Credentials
from orderdesk.core.order import OrderDraft
from orderdesk.journal import Journal
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, add_profile, complete_order, type_into
from tests.ui.outbox_support import settled

CTRL = Qt.KeyboardModifier.ControlModifier
SLOW_SECONDS = 2.0


class SlowJournal(Journal):
    """The real journal, taking ``SLOW_SECONDS`` more for each call the window makes once ``slow`` is set."""

    slow = False

    def _pause(self) -> None:
        if self.slow:
            time.sleep(SLOW_SECONDS)

    def save_draft(self, *args: Any, **kwargs: Any) -> int:
        self._pause()
        return super().save_draft(*args, **kwargs)

    def close_draft(self, *args: Any, **kwargs: Any) -> None:
        self._pause()
        super().close_draft(*args, **kwargs)

    def load_order_draft(self, *args: Any, **kwargs: Any) -> tuple[int, OrderDraft]:
        self._pause()
        return super().load_order_draft(*args, **kwargs)

    def count_outbox(self, *args: Any, **kwargs: Any) -> int:
        self._pause()
        return super().count_outbox(*args, **kwargs)

    def list_outbox(self, *args: Any, **kwargs: Any) -> Any:
        self._pause()
        return super().list_outbox(*args, **kwargs)

    def attempts_for(self, *args: Any, **kwargs: Any) -> Any:
        self._pause()
        return super().attempts_for(*args, **kwargs)


class SlowKeyring(SecretService.Keyring):  # type: ignore[misc]
    """The private Secret Service, taking ``SLOW_SECONDS`` to hand out a secret (as an unlock prompt would)."""

    def get_password(self, service: str, username: str) -> str | None:
        time.sleep(SLOW_SECONDS)
        return super().get_password(service, username)  # type: ignore[no-any-return]


class Ticks(QObject):
    """A 10 ms timer on the window thread; ``gaps`` holds how long each tick came after the one before."""

    def __init__(self) -> None:
        super().__init__()
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now


@pytest.fixture
def slow_journal(secret_service: object) -> Iterator[SlowJournal]:
    with SlowJournal() as journal:  # the journal of this test's ORDERDESK_HOME
        yield journal


def activity(window: MainWindow) -> str:
    label = window.findChild(QLabel, "activity")
    assert label is not None
    return label.text()


def test_the_window_answers_while_the_keyring_and_the_journal_take_2_s_a_call(
    qtbot: Any, make_window: WindowFactory, sandbox: RunningSandbox, slow_journal: SlowJournal
) -> None:
    add_profile("Drop NL", "dropday", sandbox.base_url("dropday"), secret="sandbox")
    window = make_window(journal=slow_journal, secrets=Credentials(SlowKeyring()))
    window.presenter.replace(complete_order(1))
    window.choose("Drop NL")
    slow_journal.slow = True
    ticks = Ticks()

    # Save: typing is autosaved; Submit needs the draft on disk, then the secret, then the network; New order
    # sets the draft aside.
    type_into(qtbot, window, "customer.phone", " ext. 12")
    typed = window.presenter.draft.customer.phone
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)
    assert window.results.status_text("Drop NL").startswith("Sending")  # said at once
    qtbot.waitUntil(lambda: activity(window) == "Saving the order…", timeout=5000)  # it says what it waits for
    qtbot.waitUntil(lambda: "Created" in window.results.status_text("Drop NL"), timeout=30_000)
    sent_id = window.autosaver.draft_id
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # New order: the sent one is set aside in the journal
    assert window.presenter.draft.customer.name == ""  # the form is clean at once
    qtbot.waitUntil(lambda: window.autosaver.draft_id not in (None, sent_id), timeout=30_000)
    saving = len(ticks.gaps)

    # Open: the outbox reads its list, then Enter puts the order back on the form.
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    outbox = window.outbox
    outbox.filters.state_filter.setCurrentIndex(outbox.filters.state_filter.findText("All orders"))
    qtbot.waitUntil(lambda: activity(window) == "Reading the outbox…", timeout=5000)
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1 and not outbox.reading, timeout=30_000)
    outbox.table.setFocus()
    qtbot.keyClick(outbox.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: activity(window) == "Opening the order…", timeout=5000)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.order_page, timeout=30_000)
    assert window.presenter.draft.customer.phone == typed and typed.endswith(" ext. 12")
    opening = len(ticks.gaps)

    # Refresh the outbox.
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    outbox.refresh()
    qtbot.waitUntil(lambda: outbox.reading, timeout=5000)
    settled(outbox)
    qtbot.waitUntil(lambda: activity(window) == "", timeout=30_000)
    slow_journal.slow = False

    gaps = ticks.gaps
    assert len(gaps) > 100 and time.perf_counter() - ticks._last < 1.0
    for name, part in (("save", gaps[:saving]), ("open", gaps[saving:opening]), ("refresh", gaps[opening:])):
        assert statistics.median(part) < 0.05, (name, statistics.median(part))
        assert max(part) < SLOW_SECONDS / 2, (name, max(part))  # no call of 2 s was waited for
