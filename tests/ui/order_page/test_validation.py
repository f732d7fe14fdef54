"""Inline validation on the real window: required markers, errors after leaving a field, the summary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from orderdesk.core.order import OrderDraft
from orderdesk.ui import MainWindow
from orderdesk.ui.order_page.line_columns import COLUMN_KEYS
from orderdesk.ui.order_page.lines_model import MESSAGE_ROLE
from tests.ui.conftest import (
    WindowFactory,
    add_profile,
    complete_order,
    field,
    message,
    press_tab,
    type_into,
)


def test_a_missing_required_field_shows_its_error_after_leaving_and_loses_it_when_typed(
    qtbot: object, make_window: WindowFactory
) -> None:
    add_profile("Reviews", "feedbackcompany")
    window = make_window()
    window.choose("Reviews")
    type_into(qtbot, window, "customer.email", "")
    assert message(window, "customer.email") == ""  # not yet: the person has not left the field
    press_tab(qtbot)
    qtbot.waitUntil(lambda: message(window, "customer.email") != "")  # type: ignore[attr-defined]
    assert message(window, "customer.email") == "✖ Required (Feedback Company)"
    assert field(window, "customer.email").property("messageState") == "error"

    type_into(qtbot, window, "customer.email", "anna@example")
    qtbot.waitUntil(lambda: "Not a valid e-mail address" in message(window, "customer.email"))  # type: ignore[attr-defined]
    qtbot.keyClicks(field(window, "customer.email"), ".nl")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: message(window, "customer.email") == "")  # type: ignore[attr-defined]
    assert field(window, "customer.email").property("messageState") == ""


def test_required_markers_name_the_apis_that_need_the_input(make_window: WindowFactory) -> None:
    add_profile("Drop", "dropday")
    add_profile("Big", "bigcommerce")
    window = make_window()
    label = window.findChild(QLabel, "customer.email:label")
    assert label is not None and not label.text().endswith("*")
    window.choose("Drop", "Big")
    assert label.text().endswith(" *")
    assert label.toolTip() == "Required by BigCommerce"
    first_name = window.findChild(QLabel, "shipping.first_name:label")
    assert first_name is not None and first_name.toolTip() == "Required by Dropday, BigCommerce"
    model = window.presenter.lines_model
    assert model.headerData(COLUMN_KEYS.index("name"), Qt.Orientation.Horizontal) == "Name *"
    window.choose()
    assert not label.text().endswith("*")


def test_the_extras_of_an_api_show_only_while_it_is_chosen(make_window: WindowFactory) -> None:
    add_profile("Reviews", "feedbackcompany")
    add_profile("Big", "bigcommerce")
    window = make_window()
    assert window.findChild(QLineEdit, "extras.feedbackcompany.delay_amount") is None
    window.choose("Reviews")
    delay = field(window, "extras.feedbackcompany.delay_amount")
    assert delay.isVisibleTo(window)
    window.choose("Big")
    assert not delay.isVisibleTo(window)
    assert field(window, "extras.bigcommerce.status_id").isVisibleTo(window)


def test_submit_shows_every_error_and_the_summary_walks_through_them(qtbot: object, make_window: WindowFactory) -> None:
    add_profile("Drop", "dropday")
    window = make_window()
    window.choose("Drop")
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert message(window, "source") == "✖ Required (Dropday)"
    assert "error" in window.summary.counts.text()
    assert window.results.isHidden()  # nothing was sent
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "source"  # the first error, in screen order
    window.summary.next_button.click()
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() != "source"


def test_table_cells_with_an_error_are_marked_and_carry_the_message(qtbot: object, make_window: WindowFactory) -> None:
    add_profile("Drop", "dropday")
    window = make_window()
    window.presenter.replace(complete_order(3))
    window.choose("Drop")
    model = window.presenter.lines_model
    name = model.index(1, COLUMN_KEYS.index("name"))
    model.setData(name, "")
    qtbot.waitUntil(lambda: model.data(name, MESSAGE_ROLE) is not None)  # type: ignore[attr-defined]
    assert model.data(name, Qt.ItemDataRole.ToolTipRole) == "✖ Required (Dropday)"
    model.setData(name, "Cheese")
    qtbot.waitUntil(lambda: model.data(name, MESSAGE_ROLE) is None)  # type: ignore[attr-defined]


def test_warnings_look_different_and_never_block(qtbot: object, make_window: WindowFactory) -> None:
    add_profile("Drop", "dropday")
    window = make_window()
    draft = complete_order(2)
    draft.lines[0].ean = "8712345678901"  # a wrong check digit: Dropday only warns
    window.presenter.replace(draft)
    window.choose("Drop")
    window.validation.touch_all()
    cell = window.presenter.lines_model.message_at(0, "ean")
    assert cell is not None and cell.state == "warning"
    assert window.validation.blocking() == {}
    assert "warning" in window.summary.counts.text() and "can be sent" in window.summary.counts.text()


def test_quick_checks_while_typing_and_the_full_check_after_a_pause_agree_with_the_rules(
    qtbot: object, make_window: WindowFactory
) -> None:
    from orderdesk.targets.registry import get_target
    from orderdesk.core.order import sendable

    add_profile("Drop", "dropday")
    window = make_window()
    draft = complete_order(40)
    draft.lines[7].name = ""
    window.presenter.replace(draft)
    window.choose("Drop")
    window.validation.touch_all()
    type_into(qtbot, window, "shipping.city", "x")  # a quick check: the lines' findings are kept meanwhile
    model = window.presenter.lines_model
    assert model.message_at(7, "name") is not None
    qtbot.waitUntil(lambda: not window.validation.pending)  # type: ignore[attr-defined]
    expected = get_target("dropday").validate_draft(sendable(window.presenter.draft))
    shown = {problem.path for problem in window.validation.problems()}
    assert shown == set(expected.errors) | set(expected.warnings)


def checked_for(make_window: WindowFactory, draft: OrderDraft, *apis: tuple[str, str]) -> MainWindow:
    """A window with ``draft`` on it, checked for a profile of each ``(name, API)``, every message shown."""
    for name, target in apis:
        add_profile(name, target)
    window = make_window()
    window.presenter.replace(draft)
    window.choose(*(name for name, _ in apis))
    window.validation.touch_all()
    return window


def test_an_error_and_a_warning_on_one_input_each_keep_their_sign(qtbot: object, make_window: WindowFactory) -> None:
    draft = complete_order(1)
    draft.customer.email = "anna@example"
    window = checked_for(make_window, draft, ("Drop", "dropday"), ("Reviews", "feedbackcompany"))
    lines = message(window, "customer.email").splitlines()
    assert lines == ["✖ Not a valid e-mail address (Feedback Company)", "⚠ Not a valid e-mail address (Dropday)"]


def test_an_apis_warning_beside_its_own_error_on_one_input_is_left_out(
    qtbot: object, make_window: WindowFactory
) -> None:
    draft = complete_order(1)
    draft.shipping.postcode = ""
    window = checked_for(make_window, draft, ("Drop", "dropday"), ("Big", "bigcommerce"))
    assert message(window, "shipping.postcode") == "✖ Required (Dropday, BigCommerce)"  # not "Usually needed" too


def test_editing_a_cell_rechecks_its_line_at_once_and_leaves_the_others(
    qtbot: object, make_window: WindowFactory
) -> None:
    add_profile("Drop", "dropday")
    window = make_window()
    draft = complete_order(30)
    draft.lines[20].name = ""
    window.presenter.replace(draft)
    window.choose("Drop")
    window.validation.touch_all()
    model = window.presenter.lines_model
    model.setData(model.index(5, COLUMN_KEYS.index("name")), "")
    qtbot.waitUntil(lambda: model.message_at(5, "name") is not None)  # type: ignore[attr-defined]
    assert window.validation.pending  # the full check is still to come
    assert model.message_at(20, "name") is not None  # the other line's marking stayed
    model.setData(model.index(20, COLUMN_KEYS.index("name")), "Fixed")
    qtbot.waitUntil(lambda: model.message_at(20, "name") is None)  # type: ignore[attr-defined]
    assert model.message_at(5, "name") is not None


def test_a_slow_full_check_runs_on_a_worker_and_lands_only_when_still_current(
    qtbot: object, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from orderdesk.targets.registry import get_target
    from orderdesk.ui.order_page import validation_schedule
    from orderdesk.core.order import sendable

    monkeypatch.setattr(validation_schedule, "BACKGROUND_MS", -1.0)  # every full check counts as slow
    add_profile("Drop", "dropday")
    add_profile("Big", "bigcommerce")
    window = make_window()
    window.presenter.replace(complete_order(50))
    window.choose("Drop", "Big")
    window.validation.touch_all()
    window.lines_view.go_to(3, 0)
    qtbot.keyClick(window.lines_view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    type_into(qtbot, window, "shipping.postcode", "9")  # edits while the worker may be checking
    type_into(qtbot, window, "customer.email", "x")
    qtbot.waitUntil(lambda: not window.validation.pending, timeout=10000)  # type: ignore[attr-defined]
    draft = sendable(window.presenter.draft)
    expected = set()
    for name in ("dropday", "bigcommerce"):
        found = get_target(name).validate_draft(draft)
        expected |= set(found.errors) | set(found.warnings)
    assert {problem.path for problem in window.validation.problems()} == expected


def test_a_full_check_that_breaks_on_the_worker_says_so_and_the_next_edit_checks_again(
    qtbot: object, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from orderdesk.targets.registry import get_target
    from orderdesk.ui.order_page import validation_schedule
    from orderdesk.core.order import sendable

    monkeypatch.setattr(validation_schedule, "BACKGROUND_MS", -1.0)  # every full check runs on the worker
    broke: list[str] = []

    def breaks_once_on_the_worker(draft: object) -> object:
        if not broke and threading.current_thread() is not threading.main_thread():
            broke.append(threading.current_thread().name)
            raise RuntimeError("the check fell over")
        return sendable(draft)  # type: ignore[arg-type]

    monkeypatch.setattr(validation_schedule, "sendable", breaks_once_on_the_worker)
    add_profile("Reviews", "feedbackcompany")
    window = make_window()
    window.presenter.replace(complete_order(20))
    window.choose("Reviews")
    window.validation.touch_all()
    type_into(qtbot, window, "customer.name", " Jr.")
    qtbot.waitUntil(lambda: bool(broke) and not window.validation.pending, timeout=10000)  # type: ignore[attr-defined]
    assert window.validation.message_for("") == (
        "✖ Could not check this order: the check fell over (Feedback Company)"
    )
    assert window.validation.blocking() == {"Feedback Company": 1}

    type_into(qtbot, window, "customer.email", "anna@example")  # no longer a valid address
    qtbot.waitUntil(lambda: window.validation.message_for("") == "", timeout=10000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.validation.pending, timeout=10000)  # type: ignore[attr-defined]
    assert "Not a valid e-mail address" in window.validation.message_for("customer.email")
    found = get_target("feedbackcompany").validate_draft(sendable(window.presenter.draft))
    assert {problem.path for problem in window.validation.problems()} == set(found.errors) | set(found.warnings)


def test_the_worker_checks_a_copy_the_table_cannot_change_under_it(
    qtbot: object, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from orderdesk.core.order import OrderDraft
    from orderdesk.targets.registry import get_target
    from orderdesk.ui.order_page import validation_schedule

    monkeypatch.setattr(validation_schedule, "BACKGROUND_MS", -1.0)  # every full check runs on the worker
    target = get_target("feedbackcompany")
    checked_on_worker: list[OrderDraft] = []
    real_validate = target.validate_draft

    def recording(draft: OrderDraft) -> object:
        if threading.current_thread() is not threading.main_thread():
            checked_on_worker.append(draft)
        return real_validate(draft)

    monkeypatch.setattr(target, "validate_draft", recording)
    add_profile("Reviews", "feedbackcompany")
    window = make_window()
    window.presenter.replace(complete_order(20))
    window.choose("Reviews")
    type_into(qtbot, window, "customer.name", " Jr.")
    qtbot.waitUntil(lambda: bool(checked_on_worker) and not window.validation.pending, timeout=10000)  # type: ignore[attr-defined]
    live = window.presenter.draft
    copy = checked_on_worker[-1]
    assert copy.customer.name == live.customer.name == "Anna de Vries Jr."
    assert copy is not live and copy.customer is not live.customer
    assert not {id(line) for line in copy.lines} & {id(line) for line in live.lines}
