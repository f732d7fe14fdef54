"""Helpers for the body-model tests: errors of one model, and editing a body at a path."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from orderdesk.core.findings import Findings
from orderdesk.targets.wire import validate_into


def errors_of(model: type[BaseModel], body: Any) -> dict[str, list[str]]:
    """The errors ``model`` finds in ``body``, by body path."""
    findings = Findings()
    validate_into(model, body, findings)
    return findings.errors


def dotted(path: list[Any]) -> str:
    """``["products", 0, "name"]`` -> ``"products.0.name"``."""
    return ".".join(str(part) for part in path)


def set_at(body: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    """``body`` with ``value`` at ``path``."""
    target: Any = body
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return body


def delete_at(body: dict[str, Any], path: list[Any]) -> dict[str, Any]:
    """``body`` without the value at ``path``."""
    target: Any = body
    for part in path[:-1]:
        target = target[part]
    del target[path[-1]]
    return body


def leaf_paths(value: Any, prefix: str = "") -> list[str]:
    """The dotted path of every value in ``value`` that is not a non-empty object or list."""
    if isinstance(value, dict) and value:
        return [path for key, item in value.items() for path in leaf_paths(item, f"{prefix}{key}.")]
    if isinstance(value, list) and value:
        return [path for index, item in enumerate(value) for path in leaf_paths(item, f"{prefix}{index}.")]
    return [prefix.rstrip(".")]
