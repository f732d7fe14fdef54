"""Submit against the sandbox on loopback: created, a server's 422 on the form, a slow server, Retry."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

import orderdesk.sandbox.dropday as sandbox_dropday
from orderdesk.config.credentials import Credentials
from orderdesk.config.profiles import ProfileStore
from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.submit import check_connection
from orderdesk.transport.replies import ConnectionState
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.order_page.line_columns import COLUMN_KEYS
from tests.outbox.support import journal_order, unknown_order
from tests.ui.conftest import WindowFactory, add_profile, complete_order, message

CTRL = Qt.KeyboardModifier.ControlModifier
SECRET = "sandbox"


@pytest.fixture
def shop(secret_service: object, sandbox: RunningSandbox) -> RunningSandbox:
    """Two sandbox profiles with their secrets in a private keyring."""
    add_profile("Drop NL", "dropday", sandbox.base_url("dropday"), secret=SECRET)
    add_profile("Big store", "bigcommerce", sandbox.base_url("bigcommerce"), secret=SECRET)
    return sandbox


def press_submit(qtbot: object, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)  # type: ignore[attr-defined]


def result(window: MainWindow, profile: str) -> str:
    return window.results.status_text(profile)


def sent_to_both(qtbot: object, window: MainWindow, draft: OrderDraft) -> None:
    """``draft`` on the form, sent to the shop's two profiles with Submit, and created at both."""
    window.presenter.replace(draft)
    window.choose("Drop NL", "Big store")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Created" in result(window, "Drop NL") and "Created" in result(window, "Big store"),  # type: ignore[attr-defined]
                    timeout=15000)


def test_submit_sends_to_every_chosen_profile_and_shows_created_with_its_reference(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    window = make_window()
    sent_to_both(qtbot, window, complete_order(2))
    dropday = requests.get(f"{shop.url}/_sandbox/received/dropday", timeout=5).json()
    assert [body["external_id"] for body in dropday] == ["PHONE-2026-0001"]
    assert "reference" in result(window, "Drop NL")
    assert window.submit_button.isEnabled()
    retry = window.findChild(QPushButton, "retry:Drop NL")
    assert retry is not None and not retry.isVisibleTo(window)


class StockCheckingDropday:
    """The sandbox's Dropday with rules only its server knows (stock, postcode against city)."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def validate_body(self, body: Any) -> Findings:
        found: Findings = self._real.validate_body(body)
        for number, product in enumerate(body.get("products", [])):
            if product.get("quantity", 0) > 2:
                found.error(f"products.{number}.quantity", "Only 2 in stock.")
        found.error("shipping_address.postcode", "The postcode does not match the city.")
        return found


def test_a_422_from_the_server_shows_next_to_the_input_and_the_table_cell(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox_dropday, "TARGET", StockCheckingDropday(sandbox_dropday.TARGET))
    window = make_window()
    window.presenter.replace(complete_order(3))  # line 2 orders 3 pieces
    window.choose("Drop NL")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Rejected" in result(window, "Drop NL"), timeout=15000)  # type: ignore[attr-defined]
    assert message(window, "shipping.postcode") == "✖ The postcode does not match the city. (Dropday server)"
    cell = window.presenter.lines_model.message_at(2, "quantity")
    assert cell is not None and cell.text == "✖ Only 2 in stock. (Dropday server)"
    model = window.presenter.lines_model
    assert model.data(model.index(2, COLUMN_KEYS.index("quantity")), Qt.ItemDataRole.ToolTipRole) == cell.text
    retry = window.findChild(QPushButton, "retry:Drop NL")
    assert retry is not None and not retry.isVisibleTo(window)  # rejected: fix first, then Submit

    model.setData(model.index(2, COLUMN_KEYS.index("quantity")), "2")  # the person corrects the line
    qtbot.waitUntil(lambda: window.presenter.lines_model.message_at(2, "quantity") is None)  # type: ignore[attr-defined]
    assert message(window, "shipping.postcode") != ""  # still there until the postcode is edited


def test_the_window_stays_responsive_while_a_slow_server_answers(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    requests.post(f"{shop.url}/_sandbox/faults", json={"api": "dropday", "fault": "latency", "seconds": 2.0}, timeout=5)
    window = make_window()
    window.presenter.replace(complete_order(2))
    window.choose("Drop NL")
    started = time.monotonic()
    press_submit(qtbot, window)
    assert time.monotonic() - started < 0.5  # Submit returned at once; sending runs on a worker
    assert result(window, "Drop NL").startswith("Sending")
    notes = window.findChild(QPlainTextEdit, "notes")
    assert notes is not None
    notes.setFocus()
    qtbot.keyClicks(notes, "Ring the bell twice")  # type: ignore[attr-defined]
    assert window.presenter.draft.notes == "Ring the bell twice"
    assert result(window, "Drop NL").startswith("Sending")  # typed while the server was still thinking
    qtbot.waitUntil(lambda: "Created" in result(window, "Drop NL"), timeout=15000)  # type: ignore[attr-defined]


def failed_at_dropday(qtbot: object, make_window: WindowFactory, shop: RunningSandbox) -> MainWindow:
    """A window whose order Dropday answered with server errors; the sandbox is well again afterwards."""
    requests.post(f"{shop.url}/_sandbox/faults", json={"api": "dropday", "fault": "500", "count": 5}, timeout=5)
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("Drop NL")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Failed" in result(window, "Drop NL"), timeout=30000)  # type: ignore[attr-defined]
    requests.post(f"{shop.url}/_sandbox/reset", timeout=5)
    return window


def test_a_failed_submission_says_why_and_retry_sends_it(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    window = failed_at_dropday(qtbot, make_window, shop)
    retry = window.findChild(QPushButton, "retry:Drop NL")
    assert retry is not None and retry.isVisibleTo(window)
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Created" in result(window, "Drop NL"), timeout=15000)  # type: ignore[attr-defined]


def test_retry_checks_the_order_as_it_is_now_and_sends_nothing_that_breaks_a_rule(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    """Edited into an error after it failed: Retry stops at the error, as Submit does."""
    window = failed_at_dropday(qtbot, make_window, shop)
    broken = complete_order(1)
    broken.lines[0].quantity = None  # as a badly typed quantity leaves the line
    window.presenter.replace(broken)
    retry = window.findChild(QPushButton, "retry:Drop NL")
    assert retry is not None
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "Not sent: fix the errors first" in window.statusBar().currentMessage()
    qtbot.wait(500)  # type: ignore[attr-defined]
    assert requests.get(f"{shop.url}/_sandbox/received/dropday", timeout=5).json() == []


def test_a_profile_without_a_secret_is_reported_not_authorised(
    qtbot: object, make_window: WindowFactory, secret_service: object, sandbox: RunningSandbox
) -> None:
    add_profile("No key", "dropday", sandbox.base_url("dropday"))
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("No key")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Not authorised" in result(window, "No key"), timeout=15000)  # type: ignore[attr-defined]
    assert window.findChild(QPushButton, "retry:No key").isVisibleTo(window)  # type: ignore[union-attr]


def test_without_a_keyring_the_reason_says_what_to_install(
    qtbot: object, make_window: WindowFactory, sandbox: RunningSandbox
) -> None:
    add_profile("Drop NL", "dropday", sandbox.base_url("dropday"))
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("Drop NL")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Failed" in result(window, "Drop NL"), timeout=15000)  # type: ignore[attr-defined]
    assert "keyring" in result(window, "Drop NL") and "not sent" in result(window, "Drop NL")


def test_every_attempt_is_in_the_journal(qtbot: object, make_window: WindowFactory, shop: RunningSandbox) -> None:
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("Drop NL")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Created" in result(window, "Drop NL"), timeout=15000)  # type: ignore[attr-defined]
    journal = Journal()
    try:
        rows = journal.list_outbox()
        assert [(row.profile, row.state, row.draft_id) for row in rows] == [
            ("Drop NL", OutboxState.SENT, window.autosaver.draft_id)
        ]
    finally:
        journal.close()


def test_retry_after_an_unknown_outcome_looks_the_order_up_instead_of_sending_it_twice(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    # The order is stored, then the connection drops: nobody knows whether it exists.
    requests.post(f"{shop.url}/_sandbox/faults", json={"api": "bigcommerce", "fault": "drop", "count": 1}, timeout=5)
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("Big store")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: not result(window, "Big store").startswith("Sending"), timeout=30000)  # type: ignore[attr-defined]
    assert result(window, "Big store").startswith("? Unknown")
    retry = window.findChild(QPushButton, "retry:Big store")
    assert retry is not None and retry.isVisibleTo(window)
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Created" in result(window, "Big store"), timeout=15000)  # type: ignore[attr-defined]
    received = requests.get(f"{shop.url}/_sandbox/received/bigcommerce", timeout=5).json()
    assert len(received) == 1  # found by looking it up, not created a second time


def test_submitting_again_after_created_never_creates_the_order_twice(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("Big store")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Created" in result(window, "Big store"), timeout=15000)  # type: ignore[attr-defined]
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: not result(window, "Big store").startswith("Sending")  # type: ignore[attr-defined]
                    and "Created" not in result(window, "Big store"), timeout=15000)
    window.close()

    reopened = make_window()  # a restart: this session remembers nothing; the sent order is opened from the outbox
    with Journal() as journal:
        [row] = journal.list_outbox()
    reopened.open_order(row.order_key)
    qtbot.waitUntil(lambda: reopened.presenter.draft.external_id == "PHONE-2026-0001")  # type: ignore[attr-defined]
    reopened.choose("Big store")
    press_submit(qtbot, reopened)
    qtbot.waitUntil(lambda: not result(reopened, "Big store").startswith("Sending")  # type: ignore[attr-defined]
                    and result(reopened, "Big store") != "", timeout=15000)
    received = requests.get(f"{shop.url}/_sandbox/received/bigcommerce", timeout=5).json()
    assert len(received) == 1


def test_an_unknown_outcome_is_looked_up_after_a_restart_before_anything_is_sent(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    requests.post(f"{shop.url}/_sandbox/faults", json={"api": "bigcommerce", "fault": "drop", "count": 1}, timeout=5)
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("Big store")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: result(window, "Big store").startswith("? Unknown"), timeout=30000)  # type: ignore[attr-defined]
    window.close()

    reopened = make_window()
    reopened.choose("Big store")
    press_submit(qtbot, reopened)
    qtbot.waitUntil(lambda: "Created" in result(reopened, "Big store"), timeout=15000)  # type: ignore[attr-defined]
    received = requests.get(f"{shop.url}/_sandbox/received/bigcommerce", timeout=5).json()
    assert len(received) == 1  # found by the lookup, not sent a second time


def test_an_unknown_outcome_at_an_api_without_lookup_offers_no_retry_but_what_to_do(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    add_profile("Reviews", "feedbackcompany", shop.base_url("feedbackcompany"), secret=SECRET)
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("Reviews", "Big store")
    # The access token is fetched (and kept in the keyring) first, so the fault meets the order itself.
    assert check_connection(ProfileStore().get("Reviews"), Credentials()).state is ConnectionState.VALID
    # Both orders are stored, then their answers are lost: both outcomes are unknown.
    for api in ("feedbackcompany", "bigcommerce"):
        requests.post(f"{shop.url}/_sandbox/faults", json={"api": api, "fault": "drop"}, timeout=5)
    press_submit(qtbot, window)
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: not window.submitter.busy, timeout=30000
    )
    assert "Unknown" in result(window, "Reviews") and "Unknown" in result(window, "Big store"), (
        result(window, "Reviews"),
        result(window, "Big store"),
    )

    retry = window.findChild(QPushButton, "retry:Reviews")
    assert retry is not None and not retry.isVisibleTo(window)
    said = result(window, "Reviews")
    assert "Check the Feedback Company dashboard" in said
    assert "orderdesk submit FILE --profile Reviews --force" in said
    # An API that can look the order up keeps Retry: it looks first and never sends twice.
    looked_up = window.findChild(QPushButton, "retry:Big store")
    assert looked_up is not None and looked_up.isVisibleTo(window)
    assert "dashboard" not in result(window, "Big store")


def test_submit_again_of_an_unchanged_rejected_order_still_looks_up_what_an_unclear_attempt_made(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    profile = ProfileStore().get("Big store")
    draft = complete_order(1)
    with Journal() as journal:
        # The first attempt's answer timed out after BigCommerce stored the order; a later one was rejected.
        key = unknown_order(journal, shop, profile, draft, created=True)
        draft_id = journal.order(key).draft_id
        journal_order(journal, profile, draft, OutcomeKind.REJECTED, draft_id=draft_id)
    [stored] = requests.get(f"{shop.url}/_sandbox/received/bigcommerce", timeout=5).json()

    window = make_window()  # reopens the draft the person was working on
    ids: list[int | None] = []
    window.autosaver.saved_id(ids.append)
    qtbot.waitUntil(lambda: ids == [draft_id])  # type: ignore[attr-defined]
    window.choose("Big store")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Created" in result(window, "Big store"), timeout=30000)  # type: ignore[attr-defined]

    assert requests.get(f"{shop.url}/_sandbox/received/bigcommerce", timeout=5).json() == [stored]
    with Journal() as journal:
        assert [attempt.method for attempt in journal.attempts_for(key)] == ["POST", "POST", "GET"]
        assert journal.order(key).state is OutboxState.SENT


def test_a_sent_order_is_not_reopened_at_the_next_start(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    window = make_window()
    sent_to_both(qtbot, window, complete_order(1))
    window.close()

    restarted = make_window()

    assert "Reopened" not in restarted.statusBar().currentMessage()
    draft = restarted.presenter.draft
    assert draft.external_id != "PHONE-2026-0001" and draft.customer.name == ""
    assert draft.source == "Example Shop"  # a fresh order, with what the shop's orders start with
    with Journal() as journal:  # nothing typed is lost: the sent order keeps its draft
        rows = journal.list_outbox()
        assert {row.state for row in rows} == {OutboxState.SENT}
        assert journal.load_draft(rows[0].draft_id).customer.name == "Anna de Vries"


def test_an_order_typed_on_after_sending_is_reopened_at_the_next_start(
    qtbot: object, make_window: WindowFactory, shop: RunningSandbox
) -> None:
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("Drop NL")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: "Created" in result(window, "Drop NL"), timeout=15000)  # type: ignore[attr-defined]
    notes = window.findChild(QPlainTextEdit, "notes")
    assert notes is not None
    notes.setFocus()
    qtbot.keyClicks(notes, "Second order: the same again")  # type: ignore[attr-defined]
    window.close()  # waits for the last autosave

    restarted = make_window()

    assert "Reopened" in restarted.statusBar().currentMessage()
    assert restarted.presenter.draft.notes == "Second order: the same again"
