"""Inline validation: the chosen APIs' rules, shown next to the inputs they are about.

The controller asks each chosen target for its findings (``validate_draft``) after every
edit (``validation_schedule`` decides when), merges them with what servers answered
(``findings_merge``), and places each message on the nearest input that exists for its
draft path (``validation_marks``): a bound input, a table cell, a table row, the table,
or the order as a whole. A message first shows once the person left its input (or pressed
Submit), and goes the moment the draft no longer produces it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from orderdesk.core.findings import Findings
from orderdesk.targets.base import Target
from orderdesk.ui.language.finding_texts import finding_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.draft_presenter import DraftPresenter
from orderdesk.ui.order_page.findings_merge import (
    LINES,
    Problem,
    counts,
    find_place,
    forget,
    merged_messages,
    row_of,
)
from orderdesk.ui.order_page.line_columns import COLUMN_KEYS
from orderdesk.ui.order_page.validation_marks import FormMarks
from orderdesk.ui.order_page.validation_schedule import CheckSchedule
from orderdesk.ui.widgets.field_widgets import FieldSlot


class ValidationController(QObject):
    """Owns the findings of the chosen APIs and shows them on the form.

    Signals:
        summary_changed(int, int): places with an error and places with only warnings, shown
            or not yet.
        order_messages_changed(str, str): state and text of the messages that belong to no
            input (``""`` when none).
        reveal(str): the person should be taken to this draft path (next error).
        line_messages_changed(object): the messages shown in the product table,
            ``{line path: (state, text)}``, to be said in words next to it.
    """

    summary_changed = Signal(int, int)
    order_messages_changed = Signal(str, str)
    line_messages_changed = Signal(object)
    reveal = Signal(str)

    def __init__(self, presenter: DraftPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marks = FormMarks(presenter)
        self._places: dict[str, str] = {}
        self._server: dict[str, tuple[str, Findings]] = {}
        self._unreadable: dict[str, str] = {}
        self._touched: set[str] = set()
        self._all_touched = False
        self._order_said: dict[str, tuple[str, str]] = {}
        self._lines_said: dict[str, tuple[str, str]] = {}
        self._lines_shown: dict[str, tuple[str, str]] = {}
        self._lines_counts = (0, 0)
        self._last_problem = -1
        self._checks = CheckSchedule(presenter, self._apply, self)
        presenter.edited.connect(self._edited)
        presenter.replaced.connect(self._replaced)

    # -- wiring -------------------------------------------------------------------------

    def set_slots(self, slots: Iterable[FieldSlot]) -> None:
        """Show messages and required markers on these inputs, given in screen order."""
        self._marks.set_slots(slots)
        self._places.clear()
        self._show_required()
        self._checks.schedule()

    def set_required_hook(self, hook: Callable[[dict[str, str]], None]) -> None:
        """Where the table's required columns go: ``{column key: "Required by ..."}``."""
        self._marks.set_required_hook(hook)
        self._show_required()

    def set_targets(self, targets: Iterable[Target]) -> None:
        """Check against these APIs from now on."""
        self._checks.version += 1
        self._checks.targets = list(targets)
        names = {target.name for target in self._checks.targets}
        self._server = {name: said for name, said in self._server.items() if name in names}
        self._show_required()
        self._checks.run()

    def shutdown(self) -> None:
        """Stop checking; the answer of a check still running on a worker is dropped."""
        self._checks.shutdown()

    @property
    def pending(self) -> bool:
        """True while a check (quick or full) is still due or running on the worker."""
        return self._checks.pending

    @property
    def targets(self) -> list[Target]:
        """The APIs checked against."""
        return list(self._checks.targets)

    # -- what the person did ------------------------------------------------------------

    def touch(self, path: str) -> None:
        """The person is done with ``path`` for now: its messages may show."""
        if path not in self._touched:
            self._touched.add(path)
            self._apply()

    def touch_all(self) -> None:
        """Show every message (Submit was pressed)."""
        self._all_touched = True
        self._checks.run()

    def set_unreadable(self, path: str, text: str) -> None:
        """Say under the input (or at the table cell) of ``path`` why what it holds cannot be read (``""``: it can again).

        A number or day that is not one in the window's language is an error of the form itself,
        whichever APIs are chosen, so Submit is refused until it is fixed: an amount the person did
        not mean is never sent.
        """
        if self._unreadable.get(path, "") == text:
            return
        if text:
            self._unreadable[path] = text
            self._touched.add(path)  # typed there: shown at once, in place of what the APIs say of no value
        else:
            self._unreadable.pop(path, None)
        row = row_of(path)
        self._apply(lines={int(row)} if row is not None else False)

    def set_server_findings(self, target: str, findings: Findings, source: str) -> None:
        """Show what was said about ``target`` after sending (draft paths) until the input is edited.

        ``source`` names who said it in each message ("Dropday server").
        """
        if findings:
            self._server[target] = (source, findings)
        else:
            self._server.pop(target, None)
        self._all_touched = True
        self._apply()

    # -- results ------------------------------------------------------------------------

    def blocking(self) -> dict[str, int]:
        """Errors per API title that block sending, client-side and from servers."""
        counts: dict[str, int] = {}
        if self._unreadable:
            counts[translate("ValidationController", "the form")] = len(self._unreadable)
        said = [(name, found) for name, (_source, found) in self._server.items()]
        for name, found in (*self._checks.client.items(), *said):
            total = sum(len(messages) for messages in found.errors.values())
            if total:
                title = self._title(name)
                counts[title] = counts.get(title, 0) + total
        return counts

    def problems(self) -> list[Problem]:
        """Every place with a message, errors first, each in screen order."""
        order = {path: number for number, path in enumerate(self._marks.slots)}

        def screen_order(path: str) -> tuple[int, int, int]:
            if path in order:
                return (0, order[path], 0)
            if path == "":
                return (2, 0, 0)
            parts = path.split(".")
            row = int(parts[1]) if len(parts) > 1 else -1
            column = COLUMN_KEYS.index(parts[2]) if len(parts) > 2 else -1
            return (1, row, column)

        said = {**self._order_said, **self._lines_said}
        ranked = sorted(said, key=lambda path: (said[path][0] != "error", screen_order(path)))
        return [Problem(path, *said[path]) for path in ranked]

    def message_for(self, path: str) -> str:
        """The text shown (or to be shown) at ``path``; "" when none."""
        return (self._order_said.get(path) or self._lines_said.get(path) or ("", ""))[1]

    def next_problem(self, from_start: bool = False) -> Problem | None:
        """Take the person to the next error (then warnings), showing it; ``None`` when all is well."""
        problems = self.problems()
        if not problems:
            return None
        self._last_problem = 0 if from_start else (self._last_problem + 1) % len(problems)
        problem = problems[self._last_problem]
        self._touched.add(problem.path)
        self._apply()
        self.reveal.emit(problem.path)
        return problem

    # -- internals ----------------------------------------------------------------------

    def _edited(self, path: str) -> None:
        if path == "billing_same_as_shipping":
            self._show_required()
        for _source, found in self._server.values():
            forget(found, path)
        self._checks.version += 1
        parts = path.split(".")
        if parts[0] != LINES:
            self._checks.schedule(quick=True)
        elif len(parts) >= 3 and parts[1].isdigit():  # one cell: recheck that line quickly
            self._touched.add(path)
            self._checks.quick_rows.add(int(parts[1]))
            self._checks.schedule(quick=True)
        else:  # lines added, removed or moved: every line's number may have changed
            self._checks.schedule(quick=False)

    def _replaced(self) -> None:
        self._checks.version += 1
        self._touched.clear()
        self._all_touched = False
        self._server.clear()
        self._unreadable.clear()
        self._last_problem = -1
        self._checks.run()

    def _title(self, name: str) -> str:
        for target in self._checks.targets:
            if target.name == name:
                return target.title
        return name

    def _merged(self, lines: bool, rows: set[str] | None = None) -> dict[str, tuple[str, str]]:
        """State and text per place, for the product lines (``lines``, only ``rows`` if given) or the rest."""
        sources = [(self._title(name), found) for name, found in self._checks.client.items()]
        sources += list(self._server.values())
        return merged_messages(sources, self._unreadable, self._place, finding_text, lines, rows)

    def _place(self, path: str) -> str:
        """The path of the nearest place that can show a message about ``path`` (remembered)."""
        place = self._places.get(path)
        if place is None:
            place = self._places[path] = find_place(path, self._marks.slots, COLUMN_KEYS)
        return place

    def _visible(self, path: str) -> bool:
        if self._all_touched or path == "":
            return True
        parts = path.split(".")
        return any(".".join(parts[:length]) in self._touched for length in range(1, len(parts) + 1))

    def _apply(self, lines: bool | set[int] = True) -> None:
        """Show the findings: for every line (``True``), none (``False``) or only these rows.

        With thousands of lines their markings are most of the work, so they are only
        redone where they can have changed.
        """
        if lines is True:
            self._lines_said = self._merged(lines=True)
            self._lines_shown = {path: said for path, said in self._lines_said.items() if self._visible(path)}
            self._marks.show_lines(self._lines_shown)
        elif lines:
            changed = {str(row) for row in lines}
            fresh = self._merged(lines=True, rows=changed)
            shown = {path: said for path, said in fresh.items() if self._visible(path)}
            self._lines_said = {p: said for p, said in self._lines_said.items() if row_of(p) not in changed} | fresh
            self._lines_shown = {p: said for p, said in self._lines_shown.items() if row_of(p) not in changed} | shown
            self._marks.update_rows(set(lines), shown)
        if lines:
            self._lines_counts = counts(self._lines_said)
            self.line_messages_changed.emit(dict(self._lines_shown))
        said = self._merged(lines=False)
        shown = {path: state_text for path, state_text in said.items() if self._visible(path)}
        if LINES in self._lines_shown:
            shown[LINES] = self._lines_shown[LINES]
        self._marks.show_on_slots(shown)
        self.order_messages_changed.emit(*shown.get("", ("", "")))
        errors, warnings = counts(said)
        self._order_said = said
        self.summary_changed.emit(errors + self._lines_counts[0], warnings + self._lines_counts[1])

    def _show_required(self) -> None:
        self._marks.show_required(self._checks.targets)
