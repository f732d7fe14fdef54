"""Reading an imported body into the draft without losing what the draft cannot hold.

Each reader returns a value the draft can hold and otherwise keeps the raw value in
``carried`` under the same key: wrong types, ``null``, and values the draft cannot tell from
"nothing" (an empty text, an empty object or list). ``merge`` puts carried values back
wherever the built body has nothing of its own, so a person's edit wins over a carried value
and an untouched import goes out exactly as it came in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeGuard

from orderdesk.targets.numbers import as_decimal


def read_text(source: Mapping[str, Any], key: str, carried: dict[str, Any]) -> str:
    """The non-empty text at ``key``, else ``""`` with any raw value carried."""
    if key not in source:
        return ""
    value = source[key]
    if isinstance(value, str) and value:
        return value
    carried[key] = value
    return ""


def read_number(source: Mapping[str, Any], key: str, carried: dict[str, Any]) -> Decimal | None:
    """The number at ``key`` as a ``Decimal``, else ``None`` with any raw value carried."""
    if key not in source:
        return None
    number = as_decimal(source[key])
    if number is None:
        carried[key] = source[key]
    return number


def read_int(source: Mapping[str, Any], key: str, carried: dict[str, Any]) -> int | None:
    """The integer at ``key``, else ``None`` with any raw value carried (booleans included)."""
    if key not in source:
        return None
    value = source[key]
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    carried[key] = value
    return None


def read_object(source: Mapping[str, Any], key: str, carried: dict[str, Any]) -> Mapping[str, Any] | None:
    """The object at ``key``, else ``None`` with any raw value carried."""
    if key not in source:
        return None
    value = source[key]
    if isinstance(value, Mapping):
        return value
    carried[key] = value
    return None


def read_objects(source: Mapping[str, Any], key: str, carried: dict[str, Any]) -> list[Mapping[str, Any]]:
    """The list of objects at ``key`` (the products); anything else, an empty list too, is carried whole."""
    if key not in source:
        return []
    value = source[key]
    if is_object_list(value):
        return value
    carried[key] = value
    return []


def is_object_list(value: Any) -> TypeGuard[list[Mapping[str, Any]]]:
    """True for a non-empty list whose every item is an object."""
    return isinstance(value, list) and bool(value) and all(isinstance(item, Mapping) for item in value)


def keep_rest(source: Mapping[str, Any], known: Iterable[str], carried: dict[str, Any]) -> None:
    """Carry every key of ``source`` that is not one of ``known``."""
    known = set(known)
    for key, value in source.items():
        if key not in known:
            carried[key] = value


def put(body: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` unless ``value`` is empty (``None`` or ``""``): empty inputs are not sent."""
    if value is not None and value != "":
        body[key] = value


def merge(body: dict[str, Any], carried: Mapping[str, Any]) -> dict[str, Any]:
    """Fill ``body`` with the carried values it lacks, object by object; ``body`` is returned."""
    for key, value in carried.items():
        if key not in body:
            body[key] = _copy_json(value) if isinstance(value, dict | list) else value
        elif isinstance(body[key], dict) and isinstance(value, Mapping):
            merge(body[key], value)
    return body


def _copy_json(value: Any) -> Any:
    """A copy of a JSON value, so editing a built body never changes the draft it came from.

    Iterative: a carried value may be nested deeper than Python's recursion limit.
    """
    if not isinstance(value, dict | list):
        return value
    root: Any = {} if isinstance(value, dict) else []
    pending: list[tuple[Any, Any]] = [(value, root)]
    while pending:
        source, copy = pending.pop()
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            if isinstance(item, dict | list):
                child: Any = {} if isinstance(item, dict) else []
                pending.append((item, child))
                item = child
            if isinstance(copy, dict):
                copy[key] = item
            else:
                copy.append(item)
    return root
