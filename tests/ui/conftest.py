"""Helpers for driving the real window as a person would: profiles, typing, leaving a field."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from orderdesk.config.profiles import ProfileStore, make_profile
from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.ui import MainWindow
from orderdesk.ui.language.install import install_language
from orderdesk.ui.widgets.field_widgets import MessageLabel

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """English put into effect as the start does, so plural forms read "1 error", "2 errors"."""
    install_language(qapp, "en")


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Put a language into effect as the start does (``speak("nl")``); English again afterwards."""
    installed = []

    def use(language: str) -> None:
        installed.extend(install_language(qapp, language))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    install_language(qapp, "en")


def add_profile(name: str, target: str, base_url: str = "", secret: str | None = None) -> None:
    """Store a profile the way the Profiles dialog does (its secret in the keyring when given)."""
    settings = {"dropday": {"account_id": "4711"}, "bigcommerce": {"store_hash": "abc123"},
                "feedbackcompany": {"client_id": "shop-client"}}.get(target, {})
    if not base_url and target == "centra":
        base_url = "https://shop.example.com/api/order"
    ProfileStore().add(make_profile(name, target, base_url, **settings), secret)


@pytest.fixture
def make_window(qtbot: object) -> Iterator[WindowFactory]:
    """Build, show and focus a real ``MainWindow`` from this test's ORDERDESK_HOME."""
    windows: list[MainWindow] = []

    def make(**kwargs: object) -> MainWindow:
        window = MainWindow(**kwargs)  # type: ignore[arg-type]
        qtbot.add_widget(window)  # type: ignore[attr-defined]
        with qtbot.wait_active(window):  # type: ignore[attr-defined]
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def field(window: MainWindow, path: str) -> QWidget:
    """The input whose objectName is ``path``."""
    found = window.findChild(QWidget, path)
    assert found is not None, f"no input named {path}"
    return found


def message(window: MainWindow, path: str) -> str:
    """The message line shown under the input of ``path`` ("" when hidden)."""
    widget = field(window, path)
    container = widget.parentWidget()
    assert container is not None
    label = container.findChild(MessageLabel)
    assert label is not None
    return label.text() if label.isVisibleTo(window) else ""


def type_into(qtbot: object, window: MainWindow, path: str, text: str) -> QWidget:
    """Click into the input of ``path`` and type ``text`` key by key."""
    widget = field(window, path)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(widget, text)  # type: ignore[attr-defined]
    return widget


def press_tab(qtbot: object) -> None:
    """Press Tab where the keyboard goes: an open popup (a completer's list), else the focus widget."""
    focused = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)  # type: ignore[attr-defined]


def complete_order(lines: int = 2) -> OrderDraft:
    """An order every API accepts (with a Feedback Company product URL on each line)."""
    address = Address(
        first_name="Anna", last_name="de Vries", address1="Keizersgracht 12", postcode="1015 CX",
        city="Amsterdam", country="NL", phone="+31 20 123 4567",
    )
    return OrderDraft(
        external_id="PHONE-2026-0001",
        source="Example Shop",
        customer=Customer(name="Anna de Vries", email="anna@example.nl", phone="+31 20 123 4567"),
        shipping=address,
        lines=[
            Line(
                external_id=str(100 + i), sku=f"SKU-{i:03d}", name=f"Product {i}", quantity=Decimal(1 + i % 3),
                unit_price=Decimal("12.95"), url=f"https://shop.example.nl/p/{i}",
            )
            for i in range(lines)
        ],
        shipping_cost=Decimal("4.95"),
    )
