"""Validation's messages and required markers, put on the form's inputs and the product table.

With thousands of lines the table's markings are most of the work, so each input and row
is only redone when what it shows changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from orderdesk.targets.base import Target
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.draft_paths import is_under
from orderdesk.ui.order_page.draft_presenter import DraftPresenter
from orderdesk.ui.order_page.lines_model import CellMessage
from orderdesk.ui.widgets.field_widgets import FieldSlot


class FormMarks:
    """The inputs (by draft path, in screen order) and the product table that show validation's findings."""

    def __init__(self, presenter: DraftPresenter) -> None:
        self._presenter = presenter
        self.slots: dict[str, FieldSlot] = {}
        self._shown: dict[str, tuple[str, str]] = {}
        self._required_hook: Callable[[dict[str, str]], None] | None = None

    def set_slots(self, slots: Iterable[FieldSlot]) -> None:
        """Show messages and required markers on these inputs, given in screen order."""
        self.slots = {slot.path: slot for slot in slots}
        self._shown = {path: shown for path, shown in self._shown.items() if path in self.slots}

    def set_required_hook(self, hook: Callable[[dict[str, str]], None]) -> None:
        """Where the table's required columns go: ``{column key: "Required by ..."}``."""
        self._required_hook = hook

    def show_lines(self, shown: dict[str, tuple[str, str]]) -> None:
        """Mark every line of the table with the messages shown about lines."""
        self._presenter.lines_model.set_messages(*_line_messages(shown))

    def update_rows(self, rows: set[int], shown: dict[str, tuple[str, str]]) -> None:
        """Mark only ``rows`` of the table anew, with the messages shown about them."""
        self._presenter.lines_model.update_rows(rows, *_line_messages(shown))

    def show_on_slots(self, shown: dict[str, tuple[str, str]]) -> None:
        """Put each input's ``(state, text)`` under it (none when ``shown`` has nothing for it)."""
        for path, slot in self.slots.items():
            wanted = shown.get(path, ("", ""))
            if self._shown.get(path, ("", "")) != wanted:
                slot.show_message(*wanted)
                self._shown[path] = wanted

    def show_required(self, targets: list[Target]) -> None:
        """Mark the inputs and table columns ``targets`` require, naming the APIs that do."""
        required: dict[str, list[str]] = {}
        same = self._presenter.draft.billing_same_as_shipping
        for target in targets:
            for path in target.required_draft_paths():
                if same and is_under(path, "billing"):
                    path = "shipping" + path[len("billing") :]
                titles = required.setdefault(path, [])
                if target.title not in titles:
                    titles.append(target.title)
        for path, slot in self.slots.items():
            slot.set_required(", ".join(required.get(path, [])))
        if self._required_hook is not None:
            columns = {
                path.split(".")[2]: translate("FieldSlot", "Required by {0}").format(", ".join(titles))
                for path, titles in required.items()
                if path.startswith("lines.*.") and path.count(".") == 2
            }
            self._required_hook(columns)


def _line_messages(
    shown: dict[str, tuple[str, str]],
) -> tuple[dict[tuple[int, str], CellMessage], dict[int, CellMessage]]:
    """The table's markings for shown line paths: per ``(row, column key)`` and per row."""
    cells: dict[tuple[int, str], CellMessage] = {}
    rows: dict[int, CellMessage] = {}
    for path, (state, text) in shown.items():
        parts = path.split(".")
        if len(parts) == 3:
            cells[(int(parts[1]), parts[2])] = CellMessage(state, text)
        elif len(parts) == 2:
            rows[int(parts[1])] = CellMessage(state, text)
    return cells, rows
