"""Each API's settings become inputs of the right kind, bound to ``extras.<api>.<key>``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from orderdesk.core.order import OrderDraft
from orderdesk.targets.registry import get_target
from orderdesk.ui.order_page.bindings import Bindings
from orderdesk.ui.order_page.draft_presenter import DraftPresenter
from orderdesk.ui.order_page.extras_panel import ExtrasPanel
from orderdesk.ui.widgets.field_widgets import NumberEdit


def test_every_declared_setting_gets_a_bound_input_of_its_kind(qtbot: object) -> None:
    presenter = DraftPresenter(OrderDraft())
    bindings = Bindings(presenter)
    host = QWidget()
    qtbot.add_widget(host)  # type: ignore[attr-defined]
    panel = ExtrasPanel(bindings, host)
    centra, reviews = get_target("centra"), get_target("feedbackcompany")
    built = panel.show_targets([centra, reviews])
    widget_of = {"bool": QCheckBox, "choice": QComboBox, "int": NumberEdit, "decimal": NumberEdit, "text": QLineEdit}
    for target in (centra, reviews):
        for extra in target.extra_fields:
            widget = host.findChild(QWidget, f"extras.{target.name}.{extra.key}")
            assert type(widget) is widget_of[extra.kind], extra.key
    declared = {f"extras.{t.name}.{extra.key}" for t in (centra, reviews) for extra in t.extra_fields}
    assert {slot.path for slot in built} == declared

    delay = host.findChild(NumberEdit, "extras.feedbackcompany.delay_amount")
    assert delay is not None
    qtbot.keyClicks(delay, "5")  # type: ignore[attr-defined]
    assert presenter.draft.extras == {"feedbackcompany": {"delay_amount": 5}}
    unit = host.findChild(QComboBox, "extras.feedbackcompany.delay_unit")
    assert unit is not None
    qtbot.keyClick(unit, Qt.Key.Key_Down)  # type: ignore[attr-defined]  # from "(not set)" to the first unit
    assert presenter.draft.extras["feedbackcompany"]["delay_unit"] == unit.itemData(1)

    assert panel.show_targets([centra]) == []  # built once, shown again
    assert not panel.groups["feedbackcompany"].isVisibleTo(host)
