"""The presenter owns the draft: edits are announced once, new orders keep the shop's name."""

from __future__ import annotations

from datetime import datetime

from orderdesk.core.order import Line, OrderDraft
from orderdesk.ui.order_page.draft_presenter import (
    DraftPresenter,
    fresh_draft,
    new_order_number,
)


def test_set_value_announces_real_changes_only(qtbot: object) -> None:
    presenter = DraftPresenter(OrderDraft())
    with qtbot.wait_signal(presenter.edited) as blocker:  # type: ignore[attr-defined]
        presenter.set_value("customer.name", "Anna")
    assert blocker.args == ["customer.name"]
    with qtbot.assert_not_emitted(presenter.edited):  # type: ignore[attr-defined]
        presenter.set_value("customer.name", "Anna")


def test_start_new_keeps_the_shop_and_gives_a_new_number(qtbot: object) -> None:
    presenter = DraftPresenter(OrderDraft(source="Tuinshop", test=True, customer={"name": "Anna"}))  # type: ignore[arg-type]
    with qtbot.wait_signal(presenter.replaced):  # type: ignore[attr-defined]
        presenter.start_new()
    draft = presenter.draft
    assert (draft.source, draft.test, draft.customer.name) == ("Tuinshop", True, "")
    assert draft.external_id.startswith("PHONE-")
    assert presenter.lines_model.rowCount() == 1


def test_order_numbers_follow_the_clock_and_never_repeat() -> None:
    assert new_order_number(datetime(2026, 3, 11, 9, 32, 5), "K7Q") == "PHONE-20260311-0932-K7Q"
    numbers = {new_order_number(datetime(2026, 3, 11, 9, 32)) for _ in range(50)}
    assert len(numbers) > 45  # 32**3 suffixes: two orders in one minute get different numbers
    assert fresh_draft().lines == [Line()]
