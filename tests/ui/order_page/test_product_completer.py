"""The product table with the catalogue, driven by keys on real widgets: suggest, choose, scan, unknown EAN."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLineEdit

from orderdesk.catalogue import csv_import
from orderdesk.catalogue.model import Product
from orderdesk.catalogue.store import Stored, open_catalogue
from orderdesk.customers.journal_source import JournalCustomers
from orderdesk.ui import MainWindow
from orderdesk.ui.order_page.catalogue_service import Latest
from orderdesk.ui.order_page.line_columns import COLUMN_KEYS
from tests.ui.conftest import WindowFactory

PRODUCTS = [
    Product("id:2", "Koffiebeker blauw", product_id="2", sku="KB-200", ean="4006381333931", unit_price=Decimal("7.50"),
            currency="EUR", url="https://shop.example/kb-200", image_url="https://shop.example/kb-200.jpg", stock=12),
    Product("id:3", "Koffiemolen", product_id="3", sku="KM-300", ean="5901234123457", unit_price=Decimal("45")),
    Product("id:4", "Theepot", product_id="4", sku="TP-400", unit_price=Decimal("30")),
]


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    store = open_catalogue()  # next to the journal in this test's ORDERDESK_HOME, where the window looks
    store.upsert(PRODUCTS)
    store.close()
    return make_window()


class Held:
    """Work held on its pool thread until released: ``started`` is set once it is running."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def hold(self) -> None:
        self.started.set()
        self.release.wait(30)


@pytest.fixture
def slow_customer_book(monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    """Reading the customer book out of the journal takes until released (seconds, in a large journal).

    A test releases it itself before it ends: closing the window waits for the read.
    """
    held = Held()
    entries = JournalCustomers.entries

    def slow(self: JournalCustomers, leave_out: int | None = None) -> object:
        held.hold()
        return entries(self, leave_out)

    monkeypatch.setattr(JournalCustomers, "entries", slow)
    try:
        yield held
    finally:
        held.release.set()


def keyboard() -> object:
    """Where a key press goes: the focus widget (the suggestion list never takes the focus)."""
    target = QApplication.focusWidget()
    assert target is not None
    return target


def press(qtbot: object, *keys: Qt.Key | str) -> None:
    for key in keys:
        qtbot.keyClick(keyboard(), key)  # type: ignore[attr-defined]


def start_typing_in(qtbot: object, window: MainWindow, row: int, key: str) -> None:
    view = window.lines_view
    if view.model().rowCount() <= row:
        view.add_line()
    view.go_to(row, COLUMN_KEYS.index(key))
    qtbot.waitUntil(lambda: view.hasFocus())  # type: ignore[attr-defined]


def suggestions(window: MainWindow) -> list[str]:
    popup = window.catalogue_tools.products.popup.popup
    if popup is None or not popup.isVisible():
        return []
    model = popup.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_typing_a_name_offers_products_and_choosing_one_fills_the_line(qtbot: object, window: MainWindow) -> None:
    start_typing_in(qtbot, window, 0, "name")
    press(qtbot, *"koff")
    qtbot.waitUntil(lambda: len(suggestions(window)) == 2)  # type: ignore[attr-defined]
    assert suggestions(window)[0].startswith("Koffiebeker blauw    KB-200 · 4006381333931    € 7.50    12 in stock")
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)
    line = window.presenter.draft.lines[0]
    qtbot.waitUntil(lambda: line.sku == "KB-200")  # type: ignore[attr-defined]
    assert (line.external_id, line.ean, line.name, line.unit_price, line.quantity) == (
        "2", "4006381333931", "Koffiebeker blauw", Decimal("7.50"), Decimal(1))
    assert (line.url, line.image_url) == ("https://shop.example/kb-200", "https://shop.example/kb-200.jpg")
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))  # type: ignore[attr-defined]
    assert QApplication.focusWidget().objectName() == "lines.0.quantity"
    press(qtbot, "3", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: line.quantity == Decimal(3))  # type: ignore[attr-defined]
    assert line.total == Decimal("22.50")


def test_escape_closes_the_list_and_keeps_what_was_typed(qtbot: object, window: MainWindow) -> None:
    start_typing_in(qtbot, window, 0, "sku")
    press(qtbot, *"tp-4")
    qtbot.waitUntil(lambda: len(suggestions(window)) == 1)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Escape)
    assert suggestions(window) == []
    press(qtbot, Qt.Key.Key_Return)  # Enter without a suggestion chosen: the typed text stays, nothing else
    line = window.presenter.draft.lines[0]
    qtbot.waitUntil(lambda: line.sku == "tp-4")  # type: ignore[attr-defined]
    assert (line.name, line.unit_price) == ("", None)


def test_a_product_not_in_the_catalogue_is_typed_by_hand(qtbot: object, window: MainWindow) -> None:
    start_typing_in(qtbot, window, 0, "name")
    press(qtbot, *"Zeepbakje", Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.presenter.draft.lines[0].name == "Zeepbakje")  # type: ignore[attr-defined]
    assert suggestions(window) == []


def test_scanning_an_ean_adds_the_product_and_a_second_scan_adds_one(qtbot: object, window: MainWindow) -> None:
    start_typing_in(qtbot, window, 0, "ean")
    lines = window.presenter.draft.lines
    press(qtbot, *"4006381333931", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lines[0].name == "Koffiebeker blauw")  # type: ignore[attr-defined]
    assert (lines[0].quantity, lines[0].sku, len(lines)) == (Decimal(1), "KB-200", 2)
    view = window.lines_view
    assert (view.currentIndex().row(), COLUMN_KEYS[view.currentIndex().column()]) == (1, "ean")
    press(qtbot, *"5901234123457", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lines[1].name == "Koffiemolen")  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.notice, timeout=5000) as said:  # type: ignore[attr-defined]
        press(qtbot, *"4006381333931", Qt.Key.Key_Return)
    assert said.args == ["One more Koffiebeker blauw: 2 on line 1"]
    assert [(line.name, line.quantity) for line in lines] == [
        ("Koffiebeker blauw", Decimal(2)), ("Koffiemolen", Decimal(1)), ("", None)]


def test_an_unknown_ean_says_so_and_keeps_what_was_scanned(qtbot: object, window: MainWindow) -> None:
    start_typing_in(qtbot, window, 0, "ean")
    with qtbot.waitSignal(window.lines_view.notice, timeout=5000) as said:  # type: ignore[attr-defined]
        press(qtbot, *"8712345678906", Qt.Key.Key_Return)
    assert said.args == ["8712345678906 is not in the catalogue: it stays on line 1; type the rest by hand"]
    assert window.statusBar().currentMessage() == said.args[0]
    assert (window.presenter.draft.lines[0].ean, window.presenter.draft.lines[0].name) == ("8712345678906", "")


def test_only_the_latest_question_is_answered(qtbot: object) -> None:
    pool = QThreadPool()
    release = threading.Event()

    def answer(question: str) -> str:
        if question == "a":
            release.wait(5)  # the first question is still being answered while more are asked
        return question.upper()

    latest = Latest(pool, answer)
    answered: list[tuple[object, object]] = []
    latest.answered.connect(lambda question, result: answered.append((question, result)))
    for question in ("a", "ab", "abc"):
        latest.ask(question)
    release.set()
    qtbot.waitUntil(lambda: answered == [("abc", "ABC")])  # type: ignore[attr-defined]
    pool.waitForDone()
    assert answered == [("abc", "ABC")]


def test_products_are_offered_while_the_customer_book_is_still_being_read(
    qtbot: object, window: MainWindow, slow_customer_book: Held
) -> None:
    try:
        window.catalogue_tools.service.search_customers("an")  # as typing a customer's name does first
        assert slow_customer_book.started.wait(5)
        start_typing_in(qtbot, window, 0, "name")
        press(qtbot, *"koff")
        qtbot.waitUntil(lambda: len(suggestions(window)) == 2, timeout=5000)  # type: ignore[attr-defined]
    finally:
        slow_customer_book.release.set()  # before the window closes, which waits for the book


def test_a_product_search_is_not_queued_behind_the_customer_book_and_an_import(
    qtbot: object, window: MainWindow, slow_customer_book: Held, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    importing = Held()

    def slow_import(path: Path, store: object) -> csv_import.ImportReport:
        importing.hold()
        return csv_import.ImportReport(Stored(added=0, updated=0), [], {})

    monkeypatch.setattr(csv_import, "import_csv", slow_import)
    service = window.catalogue_tools.service
    try:
        service.import_csv(tmp_path / "products.csv")
        service.search_customers("an")
        assert importing.started.wait(5) and slow_customer_book.started.wait(5)
        with qtbot.waitSignal(service.products_found, timeout=5000) as found:  # type: ignore[attr-defined]
            service.search_products("theepot")
        assert found.args[0] == "theepot" and [product.sku for product in found.args[1]] == ["TP-400"]
    finally:
        importing.release.set()
        slow_customer_book.release.set()
