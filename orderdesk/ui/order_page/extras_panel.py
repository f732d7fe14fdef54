"""Each chosen API's own settings (``extra_fields``), built from the target's declaration.

Nothing here knows any API: a target lists its ``ExtraField``s and this panel makes one
input per field, bound to ``extras.<target>.<key>``. Only the chosen APIs' groups show.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from orderdesk.targets.base import ExtraField, Target
from orderdesk.ui.language.target_texts import target_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.bindings import Bindings
from orderdesk.ui.order_page.form_sections import Section
from orderdesk.ui.widgets.field_widgets import DayEdit, FieldSlot, NumberEdit


class ExtrasPanel(QWidget):
    """A group of inputs per chosen API that declares settings.

    Attributes:
        groups: the built groups by target name.
    """

    def __init__(self, bindings: Bindings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bindings = bindings
        self.groups: dict[str, Section] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_targets(self, targets: Iterable[Target]) -> list[FieldSlot]:
        """Show the groups of ``targets`` (building new ones); the slots that were just built."""
        chosen = {target.name for target in targets if target.extra_fields}
        built: list[FieldSlot] = []
        for target in targets:
            if target.extra_fields and target.name not in self.groups:
                self.groups[target.name] = self._build(target)
                built.extend(self.groups[target.name].slots.values())
        for name, group in self.groups.items():
            group.setVisible(name in chosen)
        self.setVisible(bool(chosen))
        return built

    def _build(self, target: Target) -> Section:
        group = Section(translate("ExtrasPanel", "{0} settings").format(target.title), self._bindings)
        group.setObjectName(f"extras.{target.name}")
        for extra in target.extra_fields:
            self._add(group, f"extras.{target.name}.{extra.key}", extra)
        self._layout.addWidget(group)
        return group

    def _add(self, group: Section, path: str, extra: ExtraField) -> None:
        if extra.kind == "bool":
            box = group.check(path, target_text(extra.label))
            box.setToolTip(target_text(extra.help))
            return
        widget: QWidget
        if extra.kind == "choice":
            combo = QComboBox()
            combo.addItem(translate("ExtrasPanel", "(not set)"), "")
            for choice in extra.choices:
                combo.addItem(target_text(choice), choice)
            widget = combo
        elif extra.kind in ("int", "decimal"):
            widget = NumberEdit(integer=extra.kind == "int")
        elif extra.kind == "date":
            widget = DayEdit()
        else:
            widget = QLineEdit()
        widget.setToolTip(target_text(extra.help))
        slot = group.add(path, target_text(extra.label), widget)
        slot.message.setToolTip(target_text(extra.help))
        if isinstance(widget, QComboBox):
            self._bindings.choice(widget, path)
        elif isinstance(widget, NumberEdit):
            self._bindings.number(widget, path)
        elif isinstance(widget, DayEdit):
            self._bindings.day(widget, path)
        elif isinstance(widget, QLineEdit):
            widget.setPlaceholderText(target_text(extra.placeholder))
            self._bindings.text(widget, path)
