"""The registry of order APIs. A new API is one new package beside this module and one line below.

Every table about the APIs (their clients, secrets, profile settings, batch support) is read
from the declarations here when it is asked, so an API registered later (a test's) is in all
of them too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TypeVar

from orderdesk.targets.base import Target
from orderdesk.targets.bigcommerce.declaration import DECLARATION as _BIGCOMMERCE
from orderdesk.targets.centra.declaration import DECLARATION as _CENTRA
from orderdesk.targets.declaration import ApiDeclaration, BatchSupport
from orderdesk.targets.dropday.declaration import DECLARATION as _DROPDAY
from orderdesk.targets.feedbackcompany.declaration import DECLARATION as _FEEDBACKCOMPANY

APIS: dict[str, ApiDeclaration] = {api.name: api for api in (_DROPDAY, _CENTRA, _BIGCOMMERCE, _FEEDBACKCOMPANY)}
"""Every API's declaration by its short name, in the order the window lists them."""

_T = TypeVar("_T")


class Derived(Mapping[str, _T]):
    """A table by API name read from the declarations on each access, so it never goes stale."""

    def __init__(self, read: Callable[[ApiDeclaration], _T]) -> None:
        self._read = read

    def __getitem__(self, name: str) -> _T:
        return self._read(APIS[name])

    def __iter__(self) -> Iterator[str]:
        return iter(APIS)

    def __len__(self) -> int:
        return len(APIS)


TARGETS: Mapping[str, Target] = Derived(lambda api: api.target)
"""Every target by its short name, in the order the window lists them."""

TARGET_NAMES: tuple[str, ...] = tuple(APIS)
"""The built-in APIs' names, for choices fixed when a command line is built."""


def get_api(name: str) -> ApiDeclaration:
    """The declaration of the API called ``name``; a ``KeyError`` names the known ones."""
    try:
        return APIS[name]
    except KeyError:
        raise KeyError(f"unknown API {name!r}; known: {', '.join(APIS)}") from None


def batch_support(name: str) -> BatchSupport | None:
    """How the API called ``name`` takes batches; None when it does not, or is not registered (an old journal row's)."""
    api = APIS.get(name)
    return api.batch if api is not None else None


def get_target(name: str) -> Target:
    """The target called ``name``; a ``KeyError`` names the known ones."""
    return get_api(name).target


@contextmanager
def registered(api: ApiDeclaration) -> Iterator[ApiDeclaration]:
    """``api`` listed beside the built-in ones while the block runs (a plug-in's or a test's API)."""
    if api.name in APIS:
        raise ValueError(f"an API called {api.name!r} is registered already")
    APIS[api.name] = api
    try:
        yield api
    finally:
        del APIS[api.name]
