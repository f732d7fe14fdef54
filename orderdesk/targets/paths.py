"""Translating a body's dotted paths to draft paths and back.

A map is a list of ``(body pattern, draft pattern)`` pairs, where ``*`` stands for a list
index (``products.*.price`` <-> ``lines.*.unit_price``). Several body patterns may name one
draft path (Dropday's 422 example spells ``shipping_address.firstname``); the first pair
for a draft path is the one used in the other direction. A path with no exact pair falls
back to its longest mapped prefix with the rest kept, so ``products.3.custom.colour``
becomes ``lines.3.custom.colour`` when only ``products.*.custom`` is mapped; the window
shows it on the nearest input that exists. A ``*`` in the path itself is kept, so
patterns translate too (``products.*.name`` -> ``lines.*.name``).
"""

from __future__ import annotations

from collections.abc import Iterable


class PathMap:
    """Two-way translation between one API's body paths and draft paths."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self._to_draft: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._to_body: dict[tuple[str, ...], tuple[str, ...]] = {}
        for body, draft in pairs:
            body_key, draft_key = tuple(body.split(".")), tuple(draft.split("."))
            if body_key.count("*") != draft_key.count("*"):
                raise ValueError(f"{body} and {draft} must have the same number of '*'")
            self._to_draft.setdefault(body_key, draft_key)
            self._to_body.setdefault(draft_key, body_key)

    def to_draft(self, path: str) -> str | None:
        """The draft path for a body path, or ``None`` when no part of it maps."""
        return _translate(path, self._to_draft)

    def to_body(self, path: str) -> str | None:
        """The body path for a draft path, or ``None`` when no part of it maps."""
        return _translate(path, self._to_body)


def _translate(path: str, table: dict[tuple[str, ...], tuple[str, ...]]) -> str | None:
    parts = path.split(".") if path else []
    for length in range(len(parts), 0, -1):
        head, tail = parts[:length], parts[length:]
        pattern = tuple("*" if _is_index(part) else part for part in head)
        target = table.get(pattern)
        if target is None:
            continue
        indices = iter(part for part in head if _is_index(part))
        filled = [next(indices) if part == "*" else part for part in target]
        return ".".join(filled + tail)
    return None


def _is_index(part: str) -> bool:
    return part.isdigit() or part == "*"
