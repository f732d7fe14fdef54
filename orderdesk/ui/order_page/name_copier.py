"""The shipping address's first and last name follow the customer's name until the person types there.

A phone order's customer is nearly always who it ships to, so typing the name twice is a waste;
a different recipient is typed over the copy, and from then on that input is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from orderdesk.core.names import split_name
from orderdesk.ui.order_page.draft_presenter import DraftPresenter

NAME = "customer.name"
FOLLOWERS = ("shipping.first_name", "shipping.last_name")
"""The inputs that take the customer's name, in the order :func:`split_name` gives its parts."""


class NameCopier(QObject):
    """Copies the customer's name into the shipping name inputs the person has not typed in."""

    def __init__(self, presenter: DraftPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._by_hand: set[str] = set()
        self._copying = False
        presenter.edited.connect(self._edited)
        presenter.replaced.connect(self._replaced)
        self._replaced()

    def typed_by_hand(self, path: str) -> bool:
        """True when ``path`` holds what was typed there, which the customer's name leaves alone."""
        return path in self._by_hand

    def _edited(self, path: str) -> None:
        if path == NAME:
            self._copy()
        elif path in FOLLOWERS and not self._copying:
            self._judge(path)

    def _replaced(self) -> None:
        """A draft from elsewhere: a name that is not the customer's was typed there."""
        self._by_hand.clear()
        for path in FOLLOWERS:
            self._judge(path)

    def _judge(self, path: str) -> None:
        """Typed by hand when it holds something other than the copy (emptied: it follows again)."""
        value = self._presenter.value(path) or ""
        if value and value != self._copy_for(path):
            self._by_hand.add(path)
        else:
            self._by_hand.discard(path)

    def _copy_for(self, path: str) -> str:
        return split_name(self._presenter.value(NAME) or "")[FOLLOWERS.index(path)]

    def _copy(self) -> None:
        self._copying = True
        try:
            for path in FOLLOWERS:
                if path not in self._by_hand:
                    self._presenter.set_value(path, self._copy_for(path))
        finally:
            self._copying = False
