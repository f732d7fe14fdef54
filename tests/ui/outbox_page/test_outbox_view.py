"""The Outbox page: filters, an order's attempts and their differences, cURL, and open-fix-resubmit in the window."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidgetItem,
    QWidget,
)

from orderdesk.config.profiles import Profile
from orderdesk.core.order import Customer, OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.submit import submit
from orderdesk.transport.settings import READ_TIMEOUT_VARIABLE
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.outbox_page.outbox_model import COLUMN_KEYS
from orderdesk.ui.outbox_page.outbox_view import ATTEMPT_COLUMNS, OutboxView
from tests.client_support import MemorySecrets, received
from tests.outbox.support import order_key_of, unknown_order
from tests.ui.conftest import WindowFactory, complete_order, field, message
from tests.ui.outbox_support import (
    DAY,
    Clock,
    check_postcodes,
    plain_order,
    sandbox_profiles,
    settled,
)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def clock() -> Clock:
    return Clock(time.time() - 10 * DAY)


@pytest.fixture
def journal(clock: Clock) -> Iterator[Journal]:
    with Journal(clock=clock) as opened:  # the journal in this test's ORDERDESK_HOME
        yield opened


@pytest.fixture
def view(qtbot: object, journal: Journal) -> OutboxView:
    made = OutboxView(journal, list, MemorySecrets)
    made.set_profiles(["Drop NL", "Big store"])
    qtbot.add_widget(made)  # type: ignore[attr-defined]
    made.setMinimumSize(1200, 640)  # as the window does: offscreen cannot take size hints pushed to it
    made.show()
    return made


def listed(view: OutboxView) -> list[str]:
    settled(view)
    return [view.model.row_at(row).external_id for row in range(view.model.rowCount())]


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def fill(journal: Journal, clock: Clock) -> None:
    """Four orders, one a day: two to each profile, one of them at its API already."""
    for external_id, customer, email, profile, target, kinds in (
        ("PHONE-1", "Anna de Vries", "anna@example.nl", "Drop NL", "dropday", (OutcomeKind.FAILED,)),
        ("PHONE-2", "Bram Bakker", "bram@example.nl", "Big store", "bigcommerce", (OutcomeKind.UNKNOWN,)),
        ("PHONE-3", "Anna Jansen", "jansen@example.com", "Drop NL", "dropday", (OutcomeKind.CREATED,)),
        ("PHONE-4", "Cora Smit", "cora@example.nl", "Big store", "bigcommerce", (OutcomeKind.REJECTED,)),
    ):
        clock.now += DAY
        plain_order(journal, external_id, customer, email, profile, target, kinds)


def test_the_search_box_filters_after_a_short_pause_in_typing(
    qtbot: object, view: OutboxView, journal: Journal, clock: Clock
) -> None:
    fill(journal, clock)
    view.refresh()
    choose(view.filters.state_filter, "All orders")
    assert listed(view) == ["PHONE-4", "PHONE-3", "PHONE-2", "PHONE-1"]
    view.filters.text_filter.setFocus()
    qtbot.keyClicks(view.filters.text_filter, "ann")  # type: ignore[attr-defined]
    assert listed(view) == ["PHONE-4", "PHONE-3", "PHONE-2", "PHONE-1"]  # not on every keystroke
    with qtbot.wait_signal(view.model.modelReset, timeout=2000):  # type: ignore[attr-defined]
        pass
    assert listed(view) == ["PHONE-3", "PHONE-1"]
    assert view.count_label.text() == "2 orders, newest first"
    qtbot.keyClicks(view.filters.text_filter, "a@example.nl")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: listed(view) == ["PHONE-1"])  # type: ignore[attr-defined]
    view.filters.text_filter.clear()
    qtbot.keyClicks(view.filters.text_filter, "phone-2")  # type: ignore[attr-defined]
    qtbot.keyClick(view.filters.text_filter, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert listed(view) == ["PHONE-2"]  # Enter does not wait


def test_state_profile_and_date_filters(qtbot: object, view: OutboxView, journal: Journal, clock: Clock) -> None:
    fill(journal, clock)
    view.refresh()
    assert view.filters.state_filter.currentText() == "Needs attention"
    assert listed(view) == ["PHONE-4", "PHONE-2", "PHONE-1"]
    choose(view.filters.state_filter, "Sent")
    assert listed(view) == ["PHONE-3"]
    choose(view.filters.state_filter, "Unknown")
    assert listed(view) == ["PHONE-2"]
    choose(view.filters.state_filter, "All orders")
    choose(view.filters.profile_filter, "Big store")
    assert listed(view) == ["PHONE-4", "PHONE-2"]
    choose(view.filters.profile_filter, "All profiles")
    assert not view.filters.since_edit.isVisible()
    choose(view.filters.period_filter, "Between…")
    assert view.filters.since_edit.isVisible() and view.filters.until_edit.isVisible()
    last = QDate.fromString(date.fromtimestamp(clock.now).isoformat(), Qt.DateFormat.ISODate)
    view.filters.since_edit.setDate(last.addDays(-2))
    view.filters.until_edit.setDate(last.addDays(-1))
    assert listed(view) == ["PHONE-3", "PHONE-2"]
    choose(view.filters.period_filter, "Today")
    assert listed(view) == []
    assert view.count_label.text() == "No orders match: change the filters above."


LONG_REASON = (
    "The connection to shop.example.nl broke off before a complete answer arrived (3 tries). The request had "
    "left, so Dropday may have the order; it refuses a second copy, so sending it again is safe."
)


def test_at_1280_pixels_what_happened_gets_the_spare_width_and_needs_no_sideways_scrolling(
    qtbot: object, make_window: WindowFactory, journal: Journal
) -> None:
    draft = OrderDraft(external_id="PHONE-2026-0042", customer=Customer(name="Anna de Vries", email="anna@example.nl"))
    draft_id = journal.save_draft(draft)
    attempt = journal.begin_attempt(draft_id, draft, "Drop NL", "dropday", "POST", "https://x.example/orders", "{}")
    journal.finish_attempt(attempt, Outcome(OutcomeKind.FAILED, reason=LONG_REASON, retryable=True), 30000.0)
    window = make_window()
    window.resize(1280, 800)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # type: ignore[attr-defined]
    outbox = window.outbox
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1 and window.width() == 1280)  # type: ignore[attr-defined]
    table, header = outbox.table, outbox.table.horizontalHeader()
    what = COLUMN_KEYS.index("detail")

    others = [column for column in range(header.count()) if column != what]
    assert header.sectionResizeMode(what) is QHeaderView.ResizeMode.Stretch
    assert {header.sectionResizeMode(column) for column in others} == {QHeaderView.ResizeMode.ResizeToContents}
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: header.length() == table.viewport().width() and table.horizontalScrollBar().maximum() == 0
    )
    assert header.sectionSize(what) == table.viewport().width() - sum(header.sectionSize(c) for c in others)
    assert header.sectionSize(what) > max(header.sectionSize(c) for c in others)
    shown = outbox.model.index(0, what)
    assert table.visualRect(shown).width() >= 200  # more than "The conn…"
    assert outbox.model.data(shown, Qt.ItemDataRole.ToolTipRole) == LONG_REASON
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(shown).center())  # type: ignore[attr-defined]
    assert LONG_REASON in settled(outbox).detail.order_label.text()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_an_orders_attempts_show_every_column_without_sideways_scrolling(
    qtbot: object, make_window: WindowFactory, journal: Journal, size: tuple[int, int]
) -> None:
    draft = OrderDraft(external_id="PHONE-20260310-1021-R3N", customer=Customer(name="Eva Jansen"))
    draft_id = journal.save_draft(draft)
    attempt = journal.begin_attempt(draft_id, draft, "Drop NL", "dropday", "POST", "https://x.example/orders", "{}")
    journal.finish_attempt(attempt, Outcome(OutcomeKind.FAILED, reason=LONG_REASON, status=500), 30000.0)
    window = make_window()
    window.resize(*size)
    window.show_outbox()
    outbox = window.outbox
    qtbot.waitUntil(lambda: outbox.detail.attempts.topLevelItemCount() == 1 and window.width() == size[0])  # type: ignore[attr-defined]
    tree, header = outbox.detail.attempts, outbox.detail.attempts.header()

    qtbot.waitUntil(lambda: header.length() == tree.viewport().width())  # type: ignore[attr-defined]
    assert tree.horizontalScrollBar().maximum() == 0
    took = ATTEMPT_COLUMNS.index("Took")
    assert header.sectionViewportPosition(took) + header.sectionSize(took) <= tree.viewport().width()
    assert header.sectionSize(took) >= tree.fontMetrics().horizontalAdvance(attempt_item(outbox, 0).text(took))


def drawn_width(label: QLabel) -> int:
    """How far the label's text reaches from its left edge when drawn with room to spare, as its style draws it."""
    image = QImage(label.width() + 40, label.height(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setFont(label.font())
    flags = label.alignment().value | Qt.TextFlag.TextShowMnemonic.value
    area = image.rect().adjusted(label.contentsRect().left(), 0, 0, 0)
    label.style().drawItemText(painter, area, flags, label.palette(), True, label.text(), QPalette.ColorRole.WindowText)
    painter.end()
    inked = (x + 1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha())
    return max(inked, default=0)


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_filter_labels_are_drawn_whole(
    qtbot: object, make_window: WindowFactory, speak: Callable[[str], None], language: str, size: tuple[int, int]
) -> None:
    """The last letter of Dutch "Toon" was cut by a pixel: the label was exactly as wide as the text's advance."""
    speak(language)
    window = make_window()
    window.resize(*size)
    window.show_outbox()
    filters = window.outbox.filters
    filters.period_filter.setCurrentIndex(filters.period_filter.findData(-1))  # "Between…": the widest row
    qtbot.waitUntil(lambda: window.width() == size[0] and filters.until_label.isVisible())  # type: ignore[attr-defined]

    labels = [label for label in filters.findChildren(QLabel) if label.isVisible()]
    assert len(labels) == 5
    cut = [
        f"{label.text()!r}: {drawn_width(label)} px drawn, {label.width()} px wide"
        for label in labels
        if label.width() < max(drawn_width(label), label.sizeHint().width())
    ]
    assert cut == []


def test_every_input_of_the_page_has_an_object_name(view: OutboxView) -> None:
    kinds = (QAbstractButton, QComboBox, QDateEdit, QPlainTextEdit, QAbstractItemView)
    inputs = [widget for kind in kinds for widget in view.findChildren(kind)]
    inputs += [edit for edit in view.findChildren(QLineEdit) if not isinstance(edit.parentWidget(), QDateEdit)]
    unnamed = [type(widget).__name__ for widget in inputs if not widget.objectName() and _own(widget, view)]
    assert unnamed == []


def _own(widget: QWidget, view: OutboxView) -> bool:
    """False for the parts Qt builds inside a widget (a tab bar's scroll buttons, a tree's header)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not view:
        if parent.objectName().startswith("outbox.") or isinstance(parent, QAbstractItemView):
            return False
        parent = parent.parentWidget()
    return True


@pytest.fixture
def drop_nl(sandbox: RunningSandbox) -> tuple[Profile, MemorySecrets]:
    profiles, secrets = sandbox_profiles(sandbox, {"Drop NL": "dropday"})
    return profiles["Drop NL"], secrets


def attempt_item(view: OutboxView, number: int) -> QTreeWidgetItem:
    item = view.detail.attempts.topLevelItem(number)
    assert item is not None
    return item


def rejected_then_created(journal: Journal, profile: Profile, secrets: MemorySecrets) -> int:
    """An order the server rejected for its postcode, fixed and sent again: two attempts; its order key."""
    draft = complete_order(1)
    draft.shipping.postcode = "9999 ZZ"
    draft_id = journal.save_draft(draft)
    assert submit(draft, profile, secrets, journal, draft_id=draft_id).kind is OutcomeKind.REJECTED
    draft.shipping.postcode = "1016 AB"
    assert submit(draft, profile, secrets, journal, draft_id=draft_id).kind is OutcomeKind.CREATED
    return order_key_of(journal, draft_id, profile.name)


def test_an_order_shows_its_attempts_each_request_and_response_and_what_changed(
    qtbot: object,
    view: OutboxView,
    journal: Journal,
    drop_nl: tuple[Profile, MemorySecrets],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check_postcodes(monkeypatch)
    rejected_then_created(journal, *drop_nl)
    choose(view.filters.state_filter, "All orders")
    assert listed(view) == ["PHONE-2026-0001"]
    assert view.detail.order_title.text() == "PHONE-2026-0001"
    assert view.detail.order_label.text().startswith(
        "Anna de Vries <anna@example.nl>\nTo Drop NL: ✔ Sent after 2 attempts"
    )
    assert view.detail.attempts.topLevelItemCount() == 2
    assert [attempt_item(view, n).text(3) for n in range(2)] == ["✖ Rejected", "✔ Sent"]

    view.detail.attempts.setCurrentItem(attempt_item(view, 0))
    request = view.detail.request_view.toPlainText()
    assert request.startswith(f"POST {drop_nl[0].base_url}/orders")
    assert '"postcode": "9999 ZZ"' in request and "sandbox" not in request
    response = view.detail.response_view.toPlainText()
    assert response.startswith("✖ Rejected — HTTP 422")
    assert "  Shipping address › Postcode: The postcode does not match the city." in response

    view.detail.attempts.selectAll()  # two attempts: what the second changed against the first
    changes = view.detail.changes_view.toPlainText()
    assert changes.startswith("From attempt 1 (")
    assert ": 1 change\n" in changes
    assert 'changed  shipping_address.postcode  "9999 ZZ"  →  "1016 AB"' in changes


def test_copy_as_curl_gives_a_command_with_a_placeholder_for_the_secret(
    qtbot: object,
    view: OutboxView,
    journal: Journal,
    drop_nl: tuple[Profile, MemorySecrets],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check_postcodes(monkeypatch)
    rejected_then_created(journal, *drop_nl)
    choose(view.filters.state_filter, "All orders")
    view.detail.attempts.setCurrentItem(attempt_item(settled(view), 0))
    with qtbot.wait_signal(view.notice) as notice:  # type: ignore[attr-defined]
        qtbot.mouseClick(view.detail.copy_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    command = QGuiApplication.clipboard().text()
    assert command.startswith(f"curl -X POST {drop_nl[0].base_url}/orders")
    assert '"api-key: $DROPDAY_API_KEY"' in command and "sandbox" not in command
    assert '"9999 ZZ"' in command  # the first attempt's body, as it was sent
    assert notice.args == ["Copied attempt 1 as a cURL command; it holds no secret. Set $DROPDAY_API_KEY before "
                           "running it."]


def test_ctrl_2_shows_the_outbox_and_ctrl_1_the_order(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # type: ignore[attr-defined]
    assert window.pages.currentWidget() is window.outbox
    assert QApplication.focusWidget() is window.outbox.filters.text_filter
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # type: ignore[attr-defined]
    assert window.pages.currentWidget() is window.order_page


def test_alt_letters_on_the_outbox_reach_its_own_inputs(qtbot: object, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_H, ALT)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is window.outbox.filters.state_filter
    # Alt+R is also the form's "St&reet and number", which is not on screen now.
    qtbot.keyClick(window, Qt.Key.Key_R, ALT)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is window.outbox.filters.text_filter


def press_submit(qtbot: object, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)  # type: ignore[attr-defined]


def open_from_outbox(qtbot: object, window: MainWindow, text: str, state: str = "Needs attention") -> None:
    """Find the order by typing ``text`` into the outbox's search box and open it with Enter."""
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # type: ignore[attr-defined]
    outbox = window.outbox
    choose(outbox.filters.state_filter, state)
    qtbot.keyClicks(outbox.filters.text_filter, text)  # type: ignore[attr-defined]
    qtbot.keyClick(outbox.filters.text_filter, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert len(listed(outbox)) == 1
    outbox.table.setFocus()
    qtbot.keyClick(outbox.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.order_page)  # type: ignore[attr-defined]


def test_open_a_rejected_order_fix_it_next_to_its_input_and_resubmit(
    qtbot: object,
    make_window: WindowFactory,
    sandbox: RunningSandbox,
    drop_nl: tuple[Profile, MemorySecrets],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check_postcodes(monkeypatch)
    profile, secrets = drop_nl
    draft = complete_order(1)
    draft.shipping.postcode = "9999 ZZ"
    with Journal() as journal:
        draft_id = journal.save_draft(draft)
        assert submit(draft, profile, secrets, journal, draft_id=draft_id).kind is OutcomeKind.REJECTED
        key = order_key_of(journal, draft_id, profile.name)
    window = make_window(secrets=secrets)
    window.load_draft(OrderDraft(external_id="PHONE-TYPING", notes="the call before"), "Typing another order")

    open_from_outbox(qtbot, window, "anna")

    assert window.presenter.draft.external_id == "PHONE-2026-0001"
    assert [p.name for p in window.send_to.chosen()] == ["Drop NL"]
    assert message(window, "shipping.postcode") == "✖ The postcode does not match the city. (Dropday server)"
    postcode = field(window, "shipping.postcode")
    assert QApplication.focusWidget() is postcode  # the first problem, ready to be fixed
    qtbot.keyClick(postcode, Qt.Key.Key_A, CTRL)  # type: ignore[attr-defined]
    qtbot.keyClicks(postcode, "1016 AB")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: message(window, "shipping.postcode") == "")  # type: ignore[attr-defined]
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Created" in window.results.status_text("Drop NL"), timeout=15000)  # type: ignore[attr-defined]

    assert [order["shipping_address"]["postcode"] for order in received(sandbox, "dropday")] == ["1016 AB"]
    with Journal() as journal:
        assert journal.order(key).state is OutboxState.SENT  # the same order, not a new one
        assert [attempt.state for attempt in journal.attempts_for(key)] == [OutboxState.REJECTED, OutboxState.SENT]
        assert journal.load_draft(journal.order(key).draft_id).shipping.postcode == "1016 AB"  # the fix is kept
        assert journal.latest_open_draft() is None  # sent as typed: the next start shows a fresh order
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # type: ignore[attr-defined]
    window.outbox.filters.text_filter.clear()
    qtbot.keyClick(window.outbox.filters.text_filter, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert listed(window.outbox) == []  # nothing needs attention any more


@pytest.mark.parametrize("created", [True, False], ids=["created-before", "not-created-before"])
def test_resubmitting_an_unknown_order_looks_it_up_first_and_never_creates_it_twice(
    qtbot: object, make_window: WindowFactory, sandbox: RunningSandbox, created: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiles, secrets = sandbox_profiles(sandbox, {"Big store": "bigcommerce"})
    draft = complete_order(1)
    draft.external_id = "PHONE-UNCLEAR"
    with Journal() as journal:
        unknown_order(journal, sandbox, profiles["Big store"], draft, created=created)
    assert len(received(sandbox, "bigcommerce")) == (1 if created else 0)
    window = make_window(secrets=secrets)

    open_from_outbox(qtbot, window, "unclear")
    if not created:
        # Moments after the unclear attempt, "not there" is not trusted: the API may still be writing it.
        press_submit(qtbot, window)
        qtbot.waitUntil(lambda: "Unknown" in window.results.status_text("Big store"), timeout=15000)  # type: ignore[attr-defined]
        assert "It can be checked from " in window.results.status_text("Big store")
        assert received(sandbox, "bigcommerce") == []
        monkeypatch.setenv(READ_TIMEOUT_VARIABLE, "0.01")  # settled 20 ms after the attempt: long past now
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Created" in window.results.status_text("Big store"), timeout=15000)  # type: ignore[attr-defined]

    assert len(received(sandbox, "bigcommerce")) == 1
    with Journal() as journal:
        [row] = journal.list_outbox(text="unclear")
        methods = [attempt.method for attempt in journal.attempts_for(row.order_key)]
    assert row.state is OutboxState.SENT
    assert methods == (["POST", "GET"] if created else ["POST", "GET", "GET", "POST"])  # looked up; sent only when absent


def test_an_order_its_api_has_already_is_not_sent_again_from_the_form(
    qtbot: object, make_window: WindowFactory, sandbox: RunningSandbox, drop_nl: tuple[Profile, MemorySecrets]
) -> None:
    profile, secrets = drop_nl
    with Journal() as journal:
        draft = complete_order(1)
        assert submit(draft, profile, secrets, journal, draft_id=journal.save_draft(draft)).succeeded
    window = make_window(secrets=secrets)

    open_from_outbox(qtbot, window, "PHONE-2026", state="Sent")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Already there" in window.results.status_text("Drop NL"), timeout=15000)  # type: ignore[attr-defined]

    assert len(received(sandbox, "dropday")) == 1
