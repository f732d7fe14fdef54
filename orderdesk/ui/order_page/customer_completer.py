"""Earlier customers offered while their name, e-mail or phone is typed; choosing one fills the addresses.

The entries come from the journal's own drafts (``orderdesk.customers``), read off the window
thread. Choosing fills the customer, the shipping address and the billing address (or ticks
"same as shipping" when it was), each through the presenter as if typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit

from orderdesk.core.order import Address
from orderdesk.customers.book import CustomerEntry
from orderdesk.ui.order_page.catalogue_service import CatalogueService
from orderdesk.ui.order_page.draft_presenter import DraftPresenter
from orderdesk.ui.order_page.suggestion_popup import SuggestionPopup

MIN_TYPED = 2
"""Characters typed before earlier customers are offered."""


def describe(entry: object) -> str:
    """One suggestion line."""
    assert isinstance(entry, CustomerEntry)
    return entry.summary()


def fill_customer(presenter: DraftPresenter, entry: CustomerEntry) -> None:
    """Write an earlier customer and their addresses into the draft."""
    for key in ("name", "email", "phone"):
        presenter.set_value(f"customer.{key}", getattr(entry.customer, key))
    for key in Address.model_fields:
        presenter.set_value(f"shipping.{key}", getattr(entry.shipping, key))
    presenter.set_value("billing_same_as_shipping", entry.billing is None)
    if entry.billing is not None:
        for key in Address.model_fields:
            presenter.set_value(f"billing.{key}", getattr(entry.billing, key))


class CustomerCompleter(QObject):
    """Suggestions under the customer's name, e-mail and phone inputs.

    Signals:
        chosen(object): the ``CustomerEntry`` just filled in.
    """

    chosen = Signal(object)

    def __init__(
        self,
        editors: Sequence[QLineEdit],
        service: CatalogueService,
        presenter: DraftPresenter,
        current_draft: Callable[[], int | None],
    ) -> None:
        super().__init__(service)
        self._service = service
        self._presenter = presenter
        self._current_draft = current_draft
        self.popup = SuggestionPopup(self, width=620)
        for editor in editors:
            editor.textEdited.connect(lambda text, editor=editor: self._typed(editor, text))
        service.customers_found.connect(self._found)
        self.popup.chosen.connect(self._chosen)

    def _typed(self, editor: QLineEdit, text: str) -> None:
        if self.popup.editor is not editor:
            self.popup.attach(editor)
        if len(text.strip()) >= MIN_TYPED:
            self._service.leave_out_draft = self._current_draft()
            self._service.search_customers(text)
        else:
            self.popup.hide()

    def _found(self, text: str, entries: object) -> None:
        editor = self.popup.editor
        if editor is not None and editor.text() == text and editor.hasFocus() and isinstance(entries, list):
            self.popup.show(entries, describe)

    def _chosen(self, editor: QLineEdit, entry: object) -> None:
        if isinstance(entry, CustomerEntry):
            fill_customer(self._presenter, entry)
            self.chosen.emit(entry)
