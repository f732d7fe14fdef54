"""Catalogue suggestions in the product table, and barcode scans.

Typing in a Product ID, SKU, EAN or Name cell asks the catalogue (off the window thread) and
lists the best products under the cell; choosing one fills the line and moves on to its
quantity. Enter after a valid EAN, as a scanner sends it, adds that product (see
``LinesView.apply_scan``). A product the catalogue does not have is typed by hand as ever.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QLineEdit

from orderdesk.catalogue.folding import code
from orderdesk.catalogue.model import Product
from orderdesk.ui.language.numbers import show_money
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.catalogue_service import CatalogueService
from orderdesk.ui.order_page.line_columns import COLUMNS
from orderdesk.ui.order_page.lines_view import LOOKUP_COLUMNS, LinesView
from orderdesk.ui.order_page.suggestion_popup import SuggestionPopup


def describe(product: object) -> str:
    """One suggestion line: name, codes, price and stock."""
    assert isinstance(product, Product)
    codes = " · ".join(part for part in (product.sku, product.ean) if part)
    price = ""
    if product.unit_price is not None:
        sign = {"EUR": "€ ", "USD": "$ ", "GBP": "£ "}.get(product.currency, f"{product.currency} ".lstrip())
        price = f"{sign}{show_money(product.unit_price)}"
    stock = "" if product.stock is None else translate("ProductCompleter", "{0} in stock").format(product.stock)
    return "    ".join(part for part in (product.name, codes, price, stock) if part)


class ProductCompleter(QObject):
    """Connects the table's lookup cells to the catalogue."""

    def __init__(self, view: LinesView, service: CatalogueService) -> None:
        super().__init__(view)
        self._view = view
        self._service = service
        self.popup = SuggestionPopup(self)
        self._cells: dict[QLineEdit, QPersistentModelIndex] = {}
        view.delegate.editor_opened.connect(self._opened)
        view.scan_requested.connect(lambda cell, ean: service.scan(cell, ean))
        service.scanned.connect(self._scanned)
        service.products_found.connect(self._found)
        self.popup.chosen.connect(self._chosen)

    def _opened(self, editor: QLineEdit, cell: QPersistentModelIndex) -> None:
        if COLUMNS[cell.column()].key not in LOOKUP_COLUMNS:
            return
        self._cells[editor] = cell  # the list moves under it once typed in, after the view has set it up
        editor.destroyed.connect(lambda *_: self._cells.pop(editor, None))
        editor.textEdited.connect(lambda text: self._typed(editor, text))

    def _typed(self, editor: QLineEdit, text: str) -> None:
        if self.popup.editor is not editor:
            self.popup.attach(editor)
        if code(text):
            self._service.search_products(text)
        else:
            self.popup.hide()

    def _found(self, text: str, products: object) -> None:
        editor = self.popup.editor
        if editor is not None and editor.text() == text and isinstance(products, list):
            self.popup.show(products, describe)

    def _chosen(self, editor: QLineEdit, product: object) -> None:
        cell = self._cells.get(editor)
        if cell is None or not cell.isValid() or not isinstance(product, Product):
            return
        row = cell.row()
        self._view.close_editor_unsaved(editor)
        # After the key press that chose it has been handled, so the new editor gets the next key.
        QTimer.singleShot(0, lambda: self._view.choose_product(row, product))

    def _scanned(self, cell: object, product: object) -> None:
        if isinstance(cell, QPersistentModelIndex):
            found = product if isinstance(product, Product) else None
            scanned = found.ean if found is not None else str(cell.data() or "")
            self._view.apply_scan(cell, scanned, found)
