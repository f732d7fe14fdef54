"""The registry of order APIs. A new API is one new package beside this module and one line below."""

from __future__ import annotations

from orderdesk.targets.base import Target
from orderdesk.targets.bigcommerce import TARGET as _BIGCOMMERCE
from orderdesk.targets.centra import TARGET as _CENTRA
from orderdesk.targets.dropday import TARGET as _DROPDAY
from orderdesk.targets.feedbackcompany import TARGET as _FEEDBACKCOMPANY

TARGETS: dict[str, Target] = {
    target.name: target for target in (_DROPDAY, _CENTRA, _BIGCOMMERCE, _FEEDBACKCOMPANY)
}
"""Every target by its short name, in the order the window lists them."""

TARGET_NAMES: tuple[str, ...] = tuple(TARGETS)


def get_target(name: str) -> Target:
    """The target called ``name``; a ``KeyError`` names the known ones."""
    try:
        return TARGETS[name]
    except KeyError:
        raise KeyError(f"unknown API {name!r}; known: {', '.join(TARGETS)}") from None
