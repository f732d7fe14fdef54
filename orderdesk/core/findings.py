"""Errors and warnings keyed by dotted path: one shape for client-side and server findings.

Errors are documented rules and block sending to a target; warnings are plausibility
checks the docs do not state and never block (docs/architecture.md, "Errors and warnings").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass
class Findings:
    """Messages by path. A path is dotted (``products.0.price``); ``""`` is the order itself."""

    errors: dict[str, list[str]] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)

    def error(self, path: str, message: str) -> None:
        """Add one error, once."""
        _add(self.errors, path, message)

    def warn(self, path: str, message: str) -> None:
        """Add one warning, once."""
        _add(self.warnings, path, message)

    def extend(self, other: Findings, prefix: str = "") -> None:
        """Add every finding of ``other``, its paths put under ``prefix``."""
        for path, messages in other.errors.items():
            for message in messages:
                self.error(join_path(prefix, path), message)
        for path, messages in other.warnings.items():
            for message in messages:
                self.warn(join_path(prefix, path), message)

    def mapped(self, to_path: Callable[[str], str | None]) -> Findings:
        """The same findings with each path translated; an unmappable one goes to the order level.

        Nothing is dropped: a message whose path has no counterpart keeps its original
        path in its text so the person still knows what it was about.
        """
        result = Findings()
        for source, sink in ((self.errors, result.error), (self.warnings, result.warn)):
            for path, messages in source.items():
                target = to_path(path)
                for message in messages:
                    if target is None:
                        sink("", f"{path}: {message}" if path else message)
                    else:
                        sink(target, message)
        return result

    def __bool__(self) -> bool:
        return bool(self.errors or self.warnings)

    def lines(self) -> Iterator[str]:
        """One ``path: message`` line per problem, warnings prefixed ``warning: ``."""
        for path, messages in self.errors.items():
            for message in messages:
                yield f"{path or '(order)'}: {message}"
        for path, messages in self.warnings.items():
            for message in messages:
                yield f"warning: {path or '(order)'}: {message}"

    def as_json(self) -> dict[str, dict[str, list[str]]]:
        """``{"errors": {path: [messages]}, "warnings": {path: [messages]}}``."""
        return {"errors": dict(self.errors), "warnings": dict(self.warnings)}


def join_path(prefix: str, path: str) -> str:
    """``join_path("x1", "products.0")`` -> ``"x1.products.0"``; either side may be empty."""
    if not prefix:
        return path
    return f"{prefix}.{path}" if path else prefix


def _add(bucket: dict[str, list[str]], path: str, message: str) -> None:
    messages = bucket.setdefault(path, [])
    if message not in messages:
        messages.append(message)
