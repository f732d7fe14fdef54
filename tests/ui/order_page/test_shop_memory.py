"""The shops' defaults, kept between runs, and the window starting each order with them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from orderdesk.core.order import Address, OrderDraft
from orderdesk.core.shop_defaults import ShopDefaults
from orderdesk.ui.order_page.shop_memory import ShopMemory
from orderdesk.ui.widgets.country_combo import CountryCombo
from tests.ui.conftest import WindowFactory, add_profile, field, message, type_into

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_until_a_shop_sent_an_order_its_country_is_the_systems_region(tmp_path: Path) -> None:
    memory = ShopMemory(tmp_path / "window.json", region="NL")
    assert memory.defaults() == ShopDefaults("", "NL", None)


def test_each_shop_remembers_its_last_order_and_the_last_shop_is_the_default(tmp_path: Path) -> None:
    memory = ShopMemory(tmp_path / "window.json", region="NL")
    memory.remember(OrderDraft(source="Example Shop", shipping=Address(country="BE"), shipping_cost=Decimal("4.95")))
    memory.remember(OrderDraft(source="Outlet", shipping=Address(country="Atlantis"), shipping_cost=Decimal(0)))
    again = ShopMemory(tmp_path / "window.json", region="")
    assert again.defaults("Example Shop") == ShopDefaults("Example Shop", "BE", Decimal("4.95"))
    assert again.defaults() == ShopDefaults("Outlet", "", Decimal(0))  # the last shop; no country known
    memory.remember(OrderDraft(source="Example Shop", shipping=Address(country="")))
    assert again.defaults("Example Shop").country == "BE"  # an order without a country keeps the shop's


def test_a_damaged_file_means_no_defaults(tmp_path: Path) -> None:
    path = tmp_path / "window.json"
    path.write_text('{"shops": {"last": 3, "by_shop": {"": {"shipping_cost": "lots"}}}}', encoding="utf-8")
    assert ShopMemory(path, region="DE").defaults() == ShopDefaults("", "DE", None)


def test_every_new_order_starts_in_the_shops_country_with_its_shipping_cost(
    qtbot: object, make_window: WindowFactory
) -> None:
    ShopMemory().remember(OrderDraft(source="Example Shop", shipping=Address(country="NL"),
                                     shipping_cost=Decimal("4.95")))
    window = make_window()
    country = field(window, "shipping.country")
    assert isinstance(country, CountryCombo)
    assert country.code() == "NL"
    assert window.presenter.draft.source == "Example Shop"
    assert window.presenter.draft.shipping_cost == Decimal("4.95")
    type_into(qtbot, window, "customer.name", "Anna de Vries")
    new_order = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, new_order)  # type: ignore[attr-defined]
    assert window.presenter.draft.customer.name == ""
    assert country.code() == "NL"
    assert field(window, "source").text() == "Example Shop"  # type: ignore[attr-defined]
    assert field(window, "shipping_cost").text() == "4.95"  # type: ignore[attr-defined]


def test_a_shipping_cost_never_typed_is_zero_so_it_never_blocks(qtbot: object, make_window: WindowFactory) -> None:
    add_profile("Webshop", "dropday")
    window = make_window()
    window.choose("Webshop")
    window.validation.touch_all()
    assert window.presenter.draft.shipping_cost == Decimal(0)
    assert message(window, "shipping_cost") == ""
    assert not any(problem.path == "shipping_cost" for problem in window.validation.problems())


def test_a_shipping_cost_left_empty_is_zero(qtbot: object, make_window: WindowFactory) -> None:
    add_profile("Webshop", "dropday")
    ShopMemory().remember(OrderDraft(source="Example Shop", shipping_cost=Decimal("4.95")))
    window = make_window()
    window.choose("Webshop")
    cost = field(window, "shipping_cost")
    cost.setFocus(Qt.FocusReason.TabFocusReason)  # Tab selects the 4.95
    qtbot.keyClick(cost, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    assert window.presenter.draft.shipping_cost is None
    field(window, "customer.name").setFocus(Qt.FocusReason.TabFocusReason)
    assert window.presenter.draft.shipping_cost == Decimal(0)
    assert field(window, "shipping_cost").text() == "0.00"  # type: ignore[attr-defined]
    window.validation.touch_all()
    assert message(window, "shipping_cost") == ""
