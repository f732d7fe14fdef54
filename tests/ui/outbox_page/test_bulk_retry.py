"""Sending many outbox orders again from the window: the plan before anything is sent, progress, Cancel, outcomes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer

from orderdesk.config.profiles import Profile
from orderdesk.core.order import Line, OrderDraft
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.outbox import DEFAULT_WORKERS, BulkReport
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.outbox_page.bulk_dialogs import ConfirmDialog, ProgressDialog
from orderdesk.ui.outbox_page.outbox_view import OutboxView
from tests.client_support import FAST, MemorySecrets, inject, received
from tests.outbox.support import journal_order, unknown_order
from tests.ui.conftest import WindowFactory, complete_order
from tests.ui.outbox_support import check_postcodes, sandbox_profiles, settled

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def order(external_id: str, postcode: str = "1015 CX") -> OrderDraft:
    draft = complete_order(1)
    draft.external_id = external_id
    draft.shipping.postcode = postcode
    return draft


def confirmation(qtbot: object, view: OutboxView) -> ConfirmDialog:
    qtbot.waitUntil(lambda: view.bulk.confirm_dialog is not None and view.bulk.confirm_dialog.isVisible())  # type: ignore[attr-defined]
    assert view.bulk.confirm_dialog is not None
    return view.bulk.confirm_dialog


def send_confirmed(qtbot: object, view: OutboxView, timeout: int = 30000) -> tuple[ProgressDialog, BulkReport]:
    """Press Send in the confirmation and wait for the run to end; its dialog and report."""
    dialog = confirmation(qtbot, view)
    with qtbot.wait_signal(view.bulk.finished, timeout=timeout) as finished:  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.send_button, LEFT)  # type: ignore[attr-defined]
    assert view.bulk.progress_dialog is not None and not view.bulk.busy
    return view.bulk.progress_dialog, finished.args[0]


def test_bulk_retry_creates_every_order_but_the_one_the_server_rejects(
    qtbot: object, make_window: WindowFactory, sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    check_postcodes(monkeypatch)
    profiles, secrets = sandbox_profiles(sandbox, {"Drop NL": "dropday"})
    with Journal() as journal:
        keys = {
            external_id: journal_order(journal, profiles["Drop NL"], order(external_id, postcode))
            for external_id, postcode in (("BULK-0", "1015 CX"), ("BULK-1", "1015 CX"), ("BULK-2", "9999 ZZ"),
                                          ("BULK-3", "1015 CX"), ("BULK-4", "1015 CX"))
        }
    window: MainWindow = make_window(secrets=secrets)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # type: ignore[attr-defined]
    outbox = window.outbox
    outbox.table.setFocus()
    qtbot.keyClick(outbox.table, Qt.Key.Key_A, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: outbox.retry_button.text() == "Send 5 &again…")  # type: ignore[attr-defined]
    qtbot.mouseClick(outbox.retry_button, LEFT)  # type: ignore[attr-defined]

    assert confirmation(qtbot, outbox).summary.text() == "5 orders will be sent:\n  Drop NL (Dropday): 5 orders"
    progress, report = send_confirmed(qtbot, outbox)

    assert sorted(body["external_id"] for body in received(sandbox, "dropday")) == [
        "BULK-0", "BULK-1", "BULK-3", "BULK-4"
    ]
    assert {result.item.external_id: result.outcome.kind for result in report.results} == {
        "BULK-0": OutcomeKind.CREATED, "BULK-1": OutcomeKind.CREATED, "BULK-2": OutcomeKind.REJECTED,
        "BULK-3": OutcomeKind.CREATED, "BULK-4": OutcomeKind.CREATED,
    }
    assert progress.bar.value() == 5
    assert progress.tally.text() == "4 created, 1 rejected"
    assert progress.headline.text().startswith("Done. 1 order did not go through")
    assert progress.problems.toPlainText() == (
        "BULK-2 to Drop NL: ✖ Rejected: Shipping address › Postcode: The postcode does not match the city."
    )
    assert progress.button.text() == "Close"
    with Journal() as journal:
        states = {name: journal.order(key).state for name, key in keys.items()}
    assert states == {**dict.fromkeys(keys, OutboxState.SENT), "BULK-2": OutboxState.REJECTED}
    assert settled(outbox).model.rowCount() == 1 and outbox.model.row_at(0).external_id == "BULK-2"  # still needs attention
    qtbot.mouseClick(progress.button, LEFT)  # type: ignore[attr-defined]
    assert not progress.isVisible()


def outbox_page(
    qtbot: object,
    journal: Journal,
    profiles: dict[str, Profile],
    secrets: MemorySecrets,
    workers: int = DEFAULT_WORKERS,
) -> OutboxView:
    view = OutboxView(journal, lambda: list(profiles.values()), lambda: secrets, settings=FAST, workers=workers)
    view.set_profiles(list(profiles))
    qtbot.add_widget(view)  # type: ignore[attr-defined]
    view.setMinimumSize(1200, 640)
    view.show()
    return view


@pytest.fixture
def two_apis(qtbot: object, sandbox: RunningSandbox) -> Iterator[tuple[OutboxView, dict[str, Profile], Journal]]:
    profiles, secrets = sandbox_profiles(sandbox, {"Drop NL": "dropday", "Centra EU": "centra"})
    with Journal() as journal:
        yield outbox_page(qtbot, journal, profiles, secrets), profiles, journal


def test_the_confirmation_says_how_many_go_to_which_profile_and_what_is_left_out(
    qtbot: object, sandbox: RunningSandbox, two_apis: tuple[OutboxView, dict[str, Profile], Journal]
) -> None:
    view, profiles, journal = two_apis
    for number in range(3):
        journal_order(journal, profiles["Centra EU"], order(f"CENTRA-{number}"))
    for number in range(2):
        journal_order(journal, profiles["Drop NL"], order(f"DROP-{number}"))
    journal_order(journal, profiles["Drop NL"], order("DROP-SENT"), OutcomeKind.CREATED)
    journal_order(journal, profiles["Drop NL"], order("DROP-REFUSED"), OutcomeKind.REJECTED)
    view.filters.state_filter.setCurrentIndex(view.filters.state_filter.findText("All orders"))
    view.select_all()
    settled(view)
    view.send_again()

    dialog = confirmation(qtbot, view)
    assert dialog.summary.text().splitlines() == [
        "5 orders will be sent:",
        "  Drop NL (Dropday): 2 orders",
        "  Centra EU (Centra): 3 orders in 1 batch request",
        "2 orders will not be sent: 1 rejected and not changed since, 1 already at the API.",
    ]
    assert dialog.details.toPlainText().splitlines() == [
        "DROP-REFUSED (Drop NL): It was rejected and has not been changed since: correct it first.",
        "DROP-SENT (Drop NL): Drop NL has it already (reference not given).",
    ]
    assert dialog.send_button.text() == "&Send 5 orders"
    qtbot.mouseClick(dialog.close_button, LEFT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not view.bulk.busy)  # type: ignore[attr-defined]
    assert received(sandbox, "dropday") == [] and received(sandbox, "centra") == []

    view.send_again()
    _, report = send_confirmed(qtbot, view)
    assert report.all_sent and len(report.results) == 5
    assert len(received(sandbox, "dropday")) == 2 and len(received(sandbox, "centra")) == 3
    centra = [result.item.order_key for result in report.results if result.item.profile.target == "centra"]
    assert {journal.attempts_for(key)[-1].url for key in centra} == {f"{profiles['Centra EU'].base_url}/orders"}


def test_with_nothing_to_send_the_confirmation_only_says_why(
    qtbot: object, sandbox: RunningSandbox, two_apis: tuple[OutboxView, dict[str, Profile], Journal]
) -> None:
    view, profiles, journal = two_apis
    journal_order(journal, profiles["Drop NL"], order("DROP-REFUSED"), OutcomeKind.REJECTED)
    view.refresh()
    settled(view)
    view.table.selectRow(0)
    view.send_again()
    dialog = confirmation(qtbot, view)
    assert dialog.summary.text().startswith("No order will be sent.")
    assert not dialog.send_button.isVisible() and dialog.close_button.text() == "Close"
    qtbot.mouseClick(dialog.close_button, LEFT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not view.bulk.busy)  # type: ignore[attr-defined]


@pytest.fixture
def one_at_a_time(qtbot: object, sandbox: RunningSandbox) -> Iterator[tuple[OutboxView, dict[str, Profile], Journal]]:
    """The outbox sending one order at a time, so Cancel lands while most orders are still to go."""
    profiles, secrets = sandbox_profiles(sandbox, {"Drop NL": "dropday"})
    with Journal() as journal:
        yield outbox_page(qtbot, journal, profiles, secrets, workers=1), profiles, journal


def test_cancel_stops_cleanly_after_the_orders_in_flight_and_the_window_stays_responsive(
    qtbot: object, sandbox: RunningSandbox, one_at_a_time: tuple[OutboxView, dict[str, Profile], Journal]
) -> None:
    view, profiles, journal = one_at_a_time
    keys = [journal_order(journal, profiles["Drop NL"], order(f"SLOW-{number}")) for number in range(8)]
    inject(sandbox, "dropday", "latency", seconds=0.4, count=8)
    view.refresh()
    settled(view)
    view.select_all()
    settled(view)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer(view)
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    ticker.start()
    view.send_again()
    dialog = confirmation(qtbot, view)
    qtbot.mouseClick(dialog.send_button, LEFT)  # type: ignore[attr-defined]
    progress = view.bulk.progress_dialog
    assert progress is not None
    qtbot.waitUntil(lambda: len(progress.results) >= 1, timeout=10000)  # type: ignore[attr-defined]
    with qtbot.wait_signal(view.bulk.finished, timeout=10000) as finished:  # type: ignore[attr-defined]
        qtbot.mouseClick(progress.button, LEFT)  # type: ignore[attr-defined]
        assert progress.headline.text().startswith("Stopping")
    ticker.stop()

    report: BulkReport = finished.args[0]
    assert report.cancelled and report.not_sent
    assert len(report.results) + len(report.not_sent) == 8
    assert progress.headline.text().startswith(f"Stopped. {len(report.not_sent)} order")
    assert len(received(sandbox, "dropday")) == len(report.results)  # nothing left half-way
    assert journal.list_outbox(state="sending") == []
    for item in report.not_sent:
        assert journal.order(item.order_key).state is OutboxState.FAILED and item.order_key in keys
    assert max(gaps) < 0.25  # the event loop kept running while orders were sent


def test_send_again_leaves_an_order_another_process_has_claimed_to_it(
    qtbot: object, make_window: WindowFactory, sandbox: RunningSandbox
) -> None:
    profiles, secrets = sandbox_profiles(sandbox, {"Drop NL": "dropday"})
    with Journal() as journal:
        mine = journal_order(journal, profiles["Drop NL"], order("CLAIM-0"))
        theirs = journal_order(journal, profiles["Drop NL"], order("CLAIM-1"))
    window: MainWindow = make_window(secrets=secrets)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # type: ignore[attr-defined]
    outbox = window.outbox
    outbox.table.setFocus()
    qtbot.keyClick(outbox.table, Qt.Key.Key_A, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: outbox.retry_button.text() == "Send 2 &again…")  # type: ignore[attr-defined]
    qtbot.mouseClick(outbox.retry_button, LEFT)  # type: ignore[attr-defined]
    confirmation(qtbot, outbox)

    with Journal() as other:  # another process (an 'orderdesk outbox retry') claims one while the person reads
        latest = other.attempts_for(theirs)[-1].attempt_id
        assert other.claim(theirs, latest, [OutboxState.FAILED])
        _, report = send_confirmed(qtbot, outbox)

    assert [body["external_id"] for body in received(sandbox, "dropday")] == ["CLAIM-0"]
    left = {result.item.order_key: result.left_to_another for result in report.results}
    assert left == {mine: False, theirs: True} and report.left_to_others() == 1


def test_an_order_refused_before_sending_is_told_as_such_and_keeps_its_state(
    qtbot: object, make_window: WindowFactory, sandbox: RunningSandbox
) -> None:
    profiles, secrets = sandbox_profiles(sandbox, {"Big store": "bigcommerce"})
    with Journal() as journal:
        draft = order("REFUSED-1")
        key = unknown_order(journal, sandbox, profiles["Big store"], draft, created=False)  # a 500 came back
        draft.lines[0].quantity = None  # then changed, breaking BigCommerce's rules
        draft.lines.append(Line())  # with the row the product table keeps for typing
        journal.save_draft(draft, journal.order(key).draft_id)
    window: MainWindow = make_window(secrets=secrets)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # type: ignore[attr-defined]
    outbox = settled(window.outbox)
    outbox.table.setFocus()
    qtbot.keyClick(outbox.table, Qt.Key.Key_A, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(outbox.retry_button.isEnabled)  # type: ignore[attr-defined]
    qtbot.mouseClick(outbox.retry_button, LEFT)  # type: ignore[attr-defined]
    progress, report = send_confirmed(qtbot, outbox)

    assert [result.outcome.kind for result in report.results] == [OutcomeKind.REJECTED]
    assert progress.problems.toPlainText() == (
        "REFUSED-1 to Big store: ✖ Not sent: refused before sending because of Line 1 › Quantity: Required. "
        "Open it in the form to fix them."
    )
    assert received(sandbox, "bigcommerce") == []
    with Journal() as journal:  # no lookup journaled after it: the order is not told as "never reached the API"
        assert journal.order(key).state is OutboxState.UNKNOWN and len(journal.attempts_for(key)) == 1


def test_the_confirmation_says_the_plan_as_the_command_line_does_and_in_dutch(speak: Callable[[str], None]) -> None:
    from orderdesk.outbox import RetryPlan, SkipReason
    from orderdesk.outbox.plan import Skipped
    from orderdesk.ui.outbox_page.bulk_words import summary_lines

    skipped = (
        Skipped(7, "Webwinkel", SkipReason.SENT, "{profile} has it already (reference {reference}).",
                {"profile": "Webwinkel", "reference": "1001"}),
        Skipped(
            8, "Webwinkel", SkipReason.SENT, "{profile} has it already (reference not given).", {"profile": "Webwinkel"}
        ),
        Skipped(9, "", SkipReason.NOT_IN_JOURNAL, "There is no order {order} in the journal.", {"order": "9"}),
    )
    plan = RetryPlan((), skipped)
    assert summary_lines(plan) == plan.summary()
    assert skipped[0].detail == "Webwinkel has it already (reference 1001)."
    speak("nl")
    assert summary_lines(plan) == [
        "Er wordt geen bestelling verstuurd.",
        "3 bestellingen worden niet verstuurd: 2 al bij de API, 1 niet in het logboek.",
    ]
