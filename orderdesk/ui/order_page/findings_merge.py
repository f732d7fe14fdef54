"""What the chosen APIs and the servers said, merged into one message per place on the form.

No Qt here: which input a draft path's message lands on, how messages from several APIs
about one place read as one, and how a quick check's findings replace part of the last full
ones are rules about findings and paths, the same whatever shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from orderdesk.core.findings import Findings
from orderdesk.ui.order_page.draft_paths import is_under

LINES = "lines"
ERROR_SIGN, WARNING_SIGN = "✖", "⚠"
NO_LINES = "Add at least one product line"
"""What "Required" means said of the product list as a whole: under the table, it names no input to fill in."""


@dataclass
class Message:
    """Everything said about one path: message text -> the APIs (or servers) that said it."""

    errors: dict[str, list[str]] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)

    @property
    def state(self) -> str:
        """``"error"`` when anything blocks, else ``"warning"``."""
        return "error" if self.errors else "warning"

    def text(self, one_input: bool = True) -> str:
        """One line per message, marked and naming who said it: ``✖ Required (Dropday, Centra)``.

        The sign tells an error from a warning without colour, line by line. On ``one_input``, an API's
        warning is left out where the same API already has an error: "Usually needed to ship" adds nothing
        to "Required". Where messages about several fields meet (the order as a whole, the table, a row),
        each is kept.
        """
        blocking = {source for sources in self.errors.values() for source in sources} if one_input else set()
        parts = [f"{ERROR_SIGN} {_said(text, sources)}" for text, sources in self.errors.items()]
        for text, sources in self.warnings.items():
            still_said = [source for source in sources if source not in blocking]
            if still_said or not sources:
                parts.append(f"{WARNING_SIGN} {_said(text, still_said)}")
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


def merged_messages(
    sources: list[tuple[str, Findings]],
    unreadable: dict[str, str],
    place: Callable[[str], str],
    say: Callable[[str], str],
    lines: bool,
    rows: set[str] | None = None,
) -> dict[str, tuple[str, str]]:
    """State and text per place, for the product lines (``lines``, only ``rows`` if given) or the rest.

    ``sources`` pairs who said it with what they found, ``place`` finds the place a path's message
    shows on, ``say`` puts a message in the window's words, and ``unreadable`` holds the form's own
    errors (an input whose text is not a number or day).
    """

    def wanted(path: str) -> bool:
        return is_under(path, LINES) == lines and (rows is None or row_of(path) in rows)

    merged: dict[str, Message] = {}
    for source, found in sources:
        for bucket, attribute in ((found.errors, "errors"), (found.warnings, "warnings")):
            for path, texts in bucket.items():
                if not wanted(path):
                    continue
                where = place(path)
                message = merged.get(where)
                if message is None:
                    message = merged[where] = Message()
                by_text = message.errors if attribute == "errors" else message.warnings
                for text in texts:
                    said = say(NO_LINES if path == LINES and text == "Required" else text)
                    said = f"{path}: {said}" if where == "" and path else said
                    sayers = by_text.setdefault(said, [])
                    if source not in sayers:
                        sayers.append(source)
    for path, text in unreadable.items():
        if not wanted(path):
            continue
        # What the APIs say of the value ("Required") is about the nothing it reads as, not about what was
        # typed: the one true message is why the text is not a number.
        merged[place(path)] = Message(errors={text: []})
    return {path: (message.state, message.text(_one_input(path))) for path, message in merged.items()}


def _one_input(place: str) -> bool:
    """Whether a place is one input or cell, not the order as a whole, the table or a row."""
    return place not in ("", LINES) and not (row_of(place) is not None and place.count(".") == 1)


def find_place(path: str, slots: Collection[str], columns: Sequence[str]) -> str:
    """The path of the nearest place that can show a message about ``path``.

    That is an input among ``slots``, a product table cell (one of ``columns``) or row, the table,
    or the order as a whole (``""``).
    """
    parts = path.split(".") if path else []
    if parts and parts[0] == LINES:
        if len(parts) >= 3 and parts[1].isdigit() and parts[2] in columns:
            return ".".join(parts[:3])
        if len(parts) >= 2 and parts[1].isdigit():
            return ".".join(parts[:2])
        return LINES
    while parts:
        candidate = ".".join(parts)
        if candidate in slots:
            return candidate
        inside = next((slot for slot in slots if slot.startswith(candidate + ".")), None)
        if inside is not None:
            return inside  # a whole group ("shipping: Required") shows on its first input
        parts.pop()
    return ""


def counts(said: dict[str, tuple[str, str]]) -> tuple[int, int]:
    """Places with an error, and places with only warnings."""
    errors = sum(1 for state, _text in said.values() if state == "error")
    return errors, len(said) - errors


def spliced(quick: Findings, previous: Findings, rows: list[int]) -> Findings:
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
            if _whole_order(path) and row_of(path) not in rechecked:
                mine[path] = list(texts)
        for path, texts in fresh.items():
            row = row_of(path)
            if not _whole_order(path):
                mine[path] = list(texts)
            elif row in renumber:
                mine[f"{LINES}.{renumber[row]}{path[len(LINES) + 1 + len(row):]}"] = list(texts)
    return result


def row_of(path: str) -> str | None:
    """The row number of a path inside one line (``lines.3.name`` -> ``"3"``)."""
    parts = path.split(".", 2)
    return parts[1] if len(parts) >= 2 and parts[0] == LINES and parts[1].isdigit() else None


def _whole_order(path: str) -> bool:
    return path == "" or is_under(path, LINES)


def forget(found: Findings, edited: str) -> None:
    """Drop a server's findings about what was just edited: the server has not seen the new value."""
    for bucket in (found.errors, found.warnings):
        for path in [p for p in bucket if is_under(p, edited) or is_under(edited, p) and p]:
            del bucket[path]
