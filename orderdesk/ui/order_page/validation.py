"""Inline validation: the chosen APIs' rules, shown next to the inputs they are about.

The controller asks each chosen target for its findings (``validate_draft``) after every
edit, merges them with what servers answered, and places each message on the nearest
input that exists for its draft path: a bound input, a table cell, a table row, the table,
or the order as a whole. A message first shows once the person left its input (or pressed
Submit), and goes the moment the draft no longer produces it. Validation is coalesced into
one run per event-loop turn, and spaced out when a large order makes a run slow, so typing
never waits for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.targets.base import Target
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.finding_texts import finding_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.draft_paths import is_under
from orderdesk.ui.order_page.draft_presenter import DraftPresenter, sendable
from orderdesk.ui.order_page.lines_model import COLUMN_KEYS, CellMessage
from orderdesk.ui.widgets.field_widgets import FieldSlot

LINES = "lines"
ERROR_SIGN, WARNING_SIGN = "✖", "⚠"
MAX_DELAY_MS = 250
SETTLE_MS = 300
"""After a pause this long in typing, a quick check is followed by a full one."""
BACKGROUND_MS = 25
"""A full check slower than this runs on a worker thread."""


@dataclass
class Message:
    """Everything said about one path: message text -> the APIs (or servers) that said it."""

    errors: dict[str, list[str]] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)

    @property
    def state(self) -> str:
        """``"error"`` when anything blocks, else ``"warning"``."""
        return "error" if self.errors else "warning"

    def text(self) -> str:
        """One line per message, marked and naming who said it: ``✖ Required (Dropday, Centra)``.

        The sign tells an error from a warning without colour, line by line.
        """
        parts = [f"{ERROR_SIGN} {_said(text, sources)}" for text, sources in self.errors.items()]
        parts += [f"{WARNING_SIGN} {_said(text, sources)}" for text, sources in self.warnings.items()]
        return "\n".join(parts)


def _said(text: str, sources: list[str]) -> str:
    """A message and who said it; one the form says itself (a typed amount it cannot read) names no one."""
    return f"{text} ({', '.join(sources)})" if sources else text


@dataclass(frozen=True)
class Problem:
    """One place with a message, in screen order, for the summary's "next" button."""

    path: str
    state: str
    text: str


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
        self._presenter = presenter
        self._slots: dict[str, FieldSlot] = {}
        self._places: dict[str, str] = {}
        self._targets: list[Target] = []
        self._client: dict[str, Findings] = {}
        self._server: dict[str, tuple[str, Findings]] = {}
        self._unreadable: dict[str, str] = {}
        self._touched: set[str] = set()
        self._all_touched = False
        self._order_said: dict[str, tuple[str, str]] = {}
        self._lines_said: dict[str, tuple[str, str]] = {}
        self._lines_shown: dict[str, tuple[str, str]] = {}
        self._lines_counts = (0, 0)
        self._shown: dict[str, tuple[str, str]] = {}
        self._last_problem = -1
        self._required_hook: Callable[[dict[str, str]], None] | None = None
        self.last_run_ms = 0.0
        self._last_end = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_due)
        self._full_wanted = True
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._run_full)
        self._quick_rows: set[int] = set()
        self._full_ms = 0.0
        self._version = 0
        self._in_background = False
        self._again = False
        self._stopped = False
        presenter.edited.connect(self._edited)
        presenter.replaced.connect(self._replaced)

    # -- wiring -------------------------------------------------------------------------

    def set_slots(self, slots: Iterable[FieldSlot]) -> None:
        """Show messages and required markers on these inputs, given in screen order."""
        self._slots = {slot.path: slot for slot in slots}
        self._places.clear()
        self._shown = {path: shown for path, shown in self._shown.items() if path in self._slots}
        self._show_required()
        self.schedule()

    def set_required_hook(self, hook: Callable[[dict[str, str]], None]) -> None:
        """Where the table's required columns go: ``{column key: "Required by ..."}``."""
        self._required_hook = hook
        self._show_required()

    def set_targets(self, targets: Iterable[Target]) -> None:
        """Check against these APIs from now on."""
        self._version += 1
        self._targets = list(targets)
        names = {target.name for target in self._targets}
        self._server = {name: said for name, said in self._server.items() if name in names}
        self._show_required()
        self.run()

    def shutdown(self) -> None:
        """Stop checking; the answer of a check still running on a worker is dropped."""
        self._timer.stop()
        self._settle.stop()
        self._stopped = True

    @property
    def pending(self) -> bool:
        """True while a check (quick or full) is still due or running on the worker."""
        return self._timer.isActive() or self._settle.isActive() or self._in_background

    @property
    def targets(self) -> list[Target]:
        """The APIs checked against."""
        return list(self._targets)

    # -- what the person did ------------------------------------------------------------

    def touch(self, path: str) -> None:
        """The person is done with ``path`` for now: its messages may show."""
        if path not in self._touched:
            self._touched.add(path)
            self._apply()

    def touch_all(self) -> None:
        """Show every message (Submit was pressed)."""
        self._all_touched = True
        self.run()

    def set_unreadable(self, path: str, text: str) -> None:
        """Say under the input of ``path`` why what it holds cannot be read (``""``: it can again).

        A number or day that is not one in the window's language is an error of the form itself,
        whichever APIs are chosen, so Submit is refused until it is fixed: an amount the person did
        not mean is never sent.
        """
        if self._unreadable.get(path, "") == text:
            return
        if text:
            self._unreadable[path] = text
        else:
            self._unreadable.pop(path, None)
        self._apply(lines=False)

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

    def schedule(self, quick: bool = False) -> None:
        """Validate soon: at once after a pause, spaced out while a fast typist outpaces slow runs.

        Between two runs the person always gets at least twice the last run's time for
        typing, so validation never takes more than a third of the window's time. A
        ``quick`` run rechecks the order's fields and the lines just edited against a copy
        of the order holding only those lines; the full check follows once typing pauses,
        on a worker thread when it is slow, so a long order never slows a keystroke.
        """
        self._full_wanted = self._full_wanted or not quick or not self._client
        if self._full_wanted:
            self._settle.stop()
        else:
            self._settle.start()
        if self._timer.isActive():
            return
        since_ms = (time.perf_counter() - self._last_end) * 1000
        self._timer.start(int(max(0.0, min(MAX_DELAY_MS, 2 * self.last_run_ms) - since_ms)))

    # -- results ------------------------------------------------------------------------

    def run(self) -> None:
        """Validate now against every chosen API and show the result."""
        self._timer.stop()
        self._settle.stop()
        self._full_wanted = False
        self._quick_rows.clear()
        started = time.perf_counter()
        draft = sendable(self._presenter.draft)
        self._client = {target.name: _checked(target, draft) for target in self._targets}
        self._apply()
        self._last_end = time.perf_counter()
        self.last_run_ms = self._full_ms = (self._last_end - started) * 1000

    def _run_due(self) -> None:
        if self._full_wanted:
            self._run_full()
            return
        started = time.perf_counter()
        draft = sendable(self._presenter.draft)
        rows = sorted(row for row in self._quick_rows if row < len(draft.lines))
        self._quick_rows.clear()
        sample = draft.model_copy(update={"lines": [draft.lines[row] for row in rows] or draft.lines[:1]})
        for target in self._targets:
            previous = self._client.get(target.name, Findings())
            self._client[target.name] = _spliced(_checked(target, sample), previous, rows)
        self._apply(lines=set(rows))
        self._last_end = time.perf_counter()
        self.last_run_ms = (self._last_end - started) * 1000

    def _run_full(self) -> None:
        """The full check: here when it is quick, else on the worker thread."""
        if self._full_ms < BACKGROUND_MS:
            self.run()
            return
        self._timer.stop()
        self._settle.stop()
        self._full_wanted = False
        if self._in_background:
            self._again = True
            return
        self._in_background = True
        self._again = False
        # The worker gets a snapshot in fresh containers (``model_dump`` is several times
        # faster than a deep copy, so the window thread stays quick with thousands of lines):
        # the table edits the live draft's lines in place while the check runs.
        snapshot = self._presenter.draft.model_dump(mode="python")
        version = self._version
        check = partial(_check_snapshot, list(self._targets), snapshot)
        run_in_background(self, check, partial(self._answered, version))

    def _answered(self, version: int, answer: object) -> None:
        # Whatever went wrong on the worker comes back too: lost there, it would leave the
        # controller busy for good, and no full check would ever run again.
        if self._stopped:
            return
        if isinstance(answer, Exception):
            self._take_failure(version, str(answer) or type(answer).__name__)
        else:
            self._take_background(version, answer)

    def _take_background(self, version: int, result: object) -> None:
        found, took_ms = result  # type: ignore[misc]
        self._in_background = False
        self._full_ms = took_ms
        if version == self._version and set(found) == {target.name for target in self._targets}:
            self._client = found
            self._apply()
        else:
            self._again = True
        self._check_again_if_edited()

    def _take_failure(self, version: int, reason: str) -> None:
        """The full check broke: say so on the order (it blocks, as nothing was checked) until the next edit."""
        self._in_background = False
        if version == self._version:
            self._client = {target.name: _broken(reason) for target in self._targets}
            self._apply()
        else:
            self._again = True
        self._check_again_if_edited()

    def _check_again_if_edited(self) -> None:
        if self._again and not self._timer.isActive():
            self._again = False
            self._settle.start()

    def blocking(self) -> dict[str, int]:
        """Errors per API title that block sending, client-side and from servers."""
        counts: dict[str, int] = {}
        if self._unreadable:
            counts[translate("ValidationController", "the form")] = len(self._unreadable)
        said = [(name, found) for name, (_source, found) in self._server.items()]
        for name, found in (*self._client.items(), *said):
            total = sum(len(messages) for messages in found.errors.values())
            if total:
                title = self._title(name)
                counts[title] = counts.get(title, 0) + total
        return counts

    def problems(self) -> list[Problem]:
        """Every place with a message, errors first, each in screen order."""
        order = {path: number for number, path in enumerate(self._slots)}

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
            _forget(found, path)
        self._version += 1
        parts = path.split(".")
        if parts[0] != LINES:
            self.schedule(quick=True)
        elif len(parts) >= 3 and parts[1].isdigit():  # one cell: recheck that line quickly
            self._touched.add(path)
            self._quick_rows.add(int(parts[1]))
            self.schedule(quick=True)
        else:  # lines added, removed or moved: every line's number may have changed
            self.schedule(quick=False)

    def _replaced(self) -> None:
        self._version += 1
        self._touched.clear()
        self._all_touched = False
        self._server.clear()
        self._unreadable.clear()
        self._last_problem = -1
        self.run()

    def _title(self, name: str) -> str:
        for target in self._targets:
            if target.name == name:
                return target.title
        return name

    def _merged(self, lines: bool, rows: set[str] | None = None) -> dict[str, tuple[str, str]]:
        """State and text per place, for the product lines (``lines``, only ``rows`` if given) or the rest."""
        merged: dict[str, Message] = {}
        sources = [(self._title(name), found) for name, found in self._client.items()]
        sources += list(self._server.values())
        for source, found in sources:
            for bucket, attribute in ((found.errors, "errors"), (found.warnings, "warnings")):
                for path, texts in bucket.items():
                    if (path == LINES or path.startswith(LINES + ".")) != lines:
                        continue
                    if rows is not None and _row_of(path) not in rows:
                        continue
                    where = self._place(path)
                    message = merged.get(where)
                    if message is None:
                        message = merged[where] = Message()
                    by_text = message.errors if attribute == "errors" else message.warnings
                    for text in texts:
                        said = finding_text(text)
                        said = f"{path}: {said}" if where == "" and path else said
                        sayers = by_text.setdefault(said, [])
                        if source not in sayers:
                            sayers.append(source)
        if not lines:
            for path, text in self._unreadable.items():
                merged.setdefault(self._place(path), Message()).errors.setdefault(text, [])
        return {path: (message.state, message.text()) for path, message in merged.items()}

    def _place(self, path: str) -> str:
        """The path of the nearest place that can show a message about ``path`` (remembered)."""
        place = self._places.get(path)
        if place is None:
            place = self._places[path] = self._find_place(path)
        return place

    def _find_place(self, path: str) -> str:
        parts = path.split(".") if path else []
        if parts and parts[0] == LINES:
            if len(parts) >= 3 and parts[1].isdigit() and parts[2] in COLUMN_KEYS:
                return ".".join(parts[:3])
            if len(parts) >= 2 and parts[1].isdigit():
                return ".".join(parts[:2])
            return LINES
        while parts:
            candidate = ".".join(parts)
            if candidate in self._slots:
                return candidate
            inside = next((slot for slot in self._slots if slot.startswith(candidate + ".")), None)
            if inside is not None:
                return inside  # a whole group ("shipping: Required") shows on its first input
            parts.pop()
        return ""

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
            self._presenter.lines_model.set_messages(*_line_messages(self._lines_shown))
        elif lines:
            changed = {str(row) for row in lines}
            fresh = self._merged(lines=True, rows=changed)
            shown = {path: said for path, said in fresh.items() if self._visible(path)}
            self._lines_said = {p: said for p, said in self._lines_said.items() if _row_of(p) not in changed} | fresh
            self._lines_shown = {p: said for p, said in self._lines_shown.items() if _row_of(p) not in changed} | shown
            self._presenter.lines_model.update_rows(set(lines), *_line_messages(shown))
        if lines:
            self._lines_counts = _counts(self._lines_said)
            self.line_messages_changed.emit(dict(self._lines_shown))
        said = self._merged(lines=False)
        shown = {path: state_text for path, state_text in said.items() if self._visible(path)}
        if LINES in self._lines_shown:
            shown[LINES] = self._lines_shown[LINES]
        self._show_on_slots(shown)
        self.order_messages_changed.emit(*shown.get("", ("", "")))
        errors, warnings = _counts(said)
        self._order_said = said
        self.summary_changed.emit(errors + self._lines_counts[0], warnings + self._lines_counts[1])

    def _show_on_slots(self, shown: dict[str, tuple[str, str]]) -> None:
        for path, slot in self._slots.items():
            wanted = shown.get(path, ("", ""))
            if self._shown.get(path, ("", "")) != wanted:
                slot.show_message(*wanted)
                self._shown[path] = wanted

    def _show_required(self) -> None:
        required: dict[str, list[str]] = {}
        same = self._presenter.draft.billing_same_as_shipping
        for target in self._targets:
            for path in target.required_draft_paths():
                if same and is_under(path, "billing"):
                    path = "shipping" + path[len("billing") :]
                titles = required.setdefault(path, [])
                if target.title not in titles:
                    titles.append(target.title)
        for path, slot in self._slots.items():
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


def _counts(said: dict[str, tuple[str, str]]) -> tuple[int, int]:
    """Places with an error, and places with only warnings."""
    errors = sum(1 for state, _text in said.values() if state == "error")
    return errors, len(said) - errors


def _check_snapshot(targets: list[Target], snapshot: dict[str, Any]) -> tuple[dict[str, Findings], float]:
    """The full check of a draft snapshot, off the window thread: findings per API, and how long it took (ms)."""
    started = time.perf_counter()
    draft = sendable(OrderDraft.model_validate(snapshot))
    found = {target.name: _checked(target, draft) for target in targets}
    return found, (time.perf_counter() - started) * 1000


def _checked(target: Target, draft: OrderDraft) -> Findings:
    """The target's findings; a bug in one target becomes an order-level error, not a crash."""
    try:
        return target.validate_draft(draft)
    except Exception as exc:  # noqa: BLE001 - one target's bug must not take the form down
        return _broken(str(exc))


def _broken(reason: str) -> Findings:
    """An order-level error saying the order could not be checked, and why."""
    broken = Findings()
    broken.error("", translate("ValidationController", "Could not check this order: {0}").format(reason))
    return broken


def _spliced(quick: Findings, previous: Findings, rows: list[int]) -> Findings:
    """Findings of a quick check merged into the last full ones.

    ``quick`` checked the order with only the lines ``rows`` (in that order; the first line
    when ``rows`` is empty). It has the say for the order's fields and for those lines,
    renumbered back to their rows; the other lines, and what concerns the order as a whole
    (totals, the list of lines), come from ``previous`` until the next full check.
    """
    rechecked = {str(row) for row in rows}
    renumber = {str(number): str(row) for number, row in enumerate(rows)}
    result = Findings()
    for mine, fresh, old in ((result.errors, quick.errors, previous.errors),
                             (result.warnings, quick.warnings, previous.warnings)):
        for path, texts in old.items():
            if _whole_order(path) and _row_of(path) not in rechecked:
                mine[path] = list(texts)
        for path, texts in fresh.items():
            row = _row_of(path)
            if not _whole_order(path):
                mine[path] = list(texts)
            elif row in renumber:
                mine[f"{LINES}.{renumber[row]}{path[len(LINES) + 1 + len(row):]}"] = list(texts)
    return result


def _row_of(path: str) -> str | None:
    """The row number of a path inside one line (``lines.3.name`` -> ``"3"``)."""
    parts = path.split(".", 2)
    return parts[1] if len(parts) >= 2 and parts[0] == LINES and parts[1].isdigit() else None


def _whole_order(path: str) -> bool:
    return path == "" or is_under(path, LINES)


def _forget(found: Findings, edited: str) -> None:
    """Drop a server's findings about what was just edited: the server has not seen the new value."""
    for bucket in (found.errors, found.warnings):
        for path in [p for p in bucket if is_under(p, edited) or is_under(edited, p) and p]:
            del bucket[path]
