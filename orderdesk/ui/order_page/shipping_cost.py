"""An emptied shipping cost is no shipping cost: the input left empty takes 0.00, as its placeholder shows.

Every API wants a shipping cost, so an empty one would be an error that stops Submit although
the person plainly meant "none".
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from orderdesk.core.shop_defaults import NO_SHIPPING_COST
from orderdesk.ui.order_page.bindings import Bindings
from orderdesk.ui.order_page.draft_presenter import DraftPresenter

PATH = "shipping_cost"


def zero_when_left_empty(bindings: Bindings, presenter: DraftPresenter) -> None:
    """When the person leaves the shipping cost input empty, it becomes 0.00."""

    def left(path: str) -> None:
        widget = bindings.widget(PATH)
        typed = widget.text().strip() if isinstance(widget, QLineEdit) else ""
        if path == PATH and presenter.value(PATH) is None and not typed:  # text that is not a number stays
            presenter.set_value(PATH, NO_SHIPPING_COST)

    bindings.left.connect(left)
