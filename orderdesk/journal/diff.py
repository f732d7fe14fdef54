"""What changed between the bodies of two attempts, path by path.

Paths are dotted like the findings' (``products.0.price``; ``""`` is the whole body), so
the window can show a change next to the server's error about the same field.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from orderdesk.core.findings import join_path
from orderdesk.core.jsonio import BodyError, loads


class Absent(Enum):
    """The value of a path that one of the two bodies does not have."""

    ABSENT = "absent"


ABSENT = Absent.ABSENT


@dataclass(frozen=True)
class Change:
    """One path whose value differs; ``old``/``new`` is ``ABSENT`` where the path is missing."""

    path: str
    old: Any
    new: Any

    @property
    def kind(self) -> str:
        """``"added"``, ``"removed"`` or ``"changed"``."""
        if self.old is ABSENT:
            return "added"
        if self.new is ABSENT:
            return "removed"
        return "changed"


def diff_bodies(old: str, new: str) -> list[Change]:
    """The changes from request body ``old`` to ``new``, in the order their paths first appear.

    JSON bodies are compared value by value (``10.5`` equals ``10.50``, ``1`` never equals
    ``true``); a body that is not JSON is compared as text, as one change at ``""``.
    """
    try:
        old_value, new_value = loads(old), loads(new)
    except BodyError:
        return [] if old == new else [Change("", old, new)]
    changes: list[Change] = []
    _compare("", old_value, new_value, changes)
    return changes


def _compare(path: str, old: Any, new: Any, changes: list[Change]) -> None:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(key for key in new if key not in old)]:
            _compare(join_path(path, str(key)), old.get(key, ABSENT), new.get(key, ABSENT), changes)
    elif isinstance(old, list) and isinstance(new, list):
        for index in range(max(len(old), len(new))):
            before = old[index] if index < len(old) else ABSENT
            after = new[index] if index < len(new) else ABSENT
            _compare(join_path(path, str(index)), before, after, changes)
    elif not _same(old, new):
        changes.append(Change(path, old, new))


def _same(old: Any, new: Any) -> bool:
    numbers = (int, Decimal)
    old_is_number = isinstance(old, numbers) and not isinstance(old, bool)
    new_is_number = isinstance(new, numbers) and not isinstance(new, bool)
    if old_is_number or new_is_number:
        return old_is_number and new_is_number and old == new
    return type(old) is type(new) and old == new
