"""The one owner of the order being typed: the draft, its lines model, and the news of each edit.

Widgets never hold values of their own: they write through :meth:`DraftPresenter.set_value`
and read back on :attr:`DraftPresenter.replaced`. Validation, totals and autosave listen to
:attr:`DraftPresenter.edited`, so every edit reaches all of them the same way.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from orderdesk.core.order import Line, OrderDraft
from orderdesk.core.shop_defaults import ShopDefaults
from orderdesk.ui.order_page.draft_paths import get_value, set_value
from orderdesk.ui.order_page.lines_model import LinesModel

_SUFFIX_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to mishear


def new_order_number(now: datetime | None = None, suffix: str | None = None) -> str:
    """A new order number, readable on the phone and never reused (``PHONE-20260311-0932-K7Q``).

    APIs recognise a retried order by its number (Dropday answers "Order already exists"),
    so two orders started in the same minute must still differ: a random suffix does that.
    """
    tail = suffix if suffix is not None else "".join(secrets.choice(_SUFFIX_CHARACTERS) for _ in range(3))
    return f"{(now or datetime.now()).strftime('PHONE-%Y%m%d-%H%M')}-{tail}"


def fresh_draft(previous: OrderDraft | None = None, defaults: ShopDefaults | None = None) -> OrderDraft:
    """An empty order with its own number; the shop name and test flag carry over from ``previous``.

    ``defaults`` fill in what the shop's orders start with (its name, country, shipping cost).
    """
    draft = OrderDraft(external_id=new_order_number(), lines=[Line()])
    if previous is not None:
        draft.source = previous.source
        draft.test = previous.test
    if defaults is not None:
        defaults.fill(draft)
    return draft


class DraftPresenter(QObject):
    """Holds the draft; everything that changes it goes through here.

    Attributes:
        lines_model: the table model editing ``draft.lines`` in place.

    Signals:
        edited(str): the draft path a person changed (``lines`` for row changes).
        replaced(): the whole draft was swapped (new order, restored or opened body).
    """

    edited = Signal(str)
    replaced = Signal()

    def __init__(self, draft: OrderDraft | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft if draft is not None else fresh_draft()
        self.lines_model = LinesModel(self._draft.lines)
        self.lines_model.edited.connect(self.edited)

    @property
    def draft(self) -> OrderDraft:
        """The draft being edited (live: do not keep it across :attr:`replaced`)."""
        return self._draft

    def value(self, path: str) -> Any:
        """The value at ``path``."""
        return get_value(self._draft, path)

    def set_value(self, path: str, value: Any) -> None:
        """Store one typed value; :attr:`edited` tells the others when it really changed."""
        if get_value(self._draft, path) == value:
            return
        set_value(self._draft, path, value)
        self.edited.emit(path)

    def replace(self, draft: OrderDraft) -> None:
        """Edit ``draft`` from now on; every bound widget reloads."""
        self._draft = draft
        self.lines_model.set_lines(draft.lines)
        self.replaced.emit()

    def start_new(self, defaults: ShopDefaults | None = None) -> None:
        """Start a clean order (keeping the shop name and test flag, filling in the shop's ``defaults``)."""
        self.replace(fresh_draft(self._draft, defaults))
