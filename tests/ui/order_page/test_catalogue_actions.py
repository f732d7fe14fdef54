"""The window's Catalogue menu work: an import and a pull from the sandbox run off the window thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from orderdesk.sandbox import catalogue as seeded
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.ui.order_page.catalogue_actions import start_pull
from tests.client_support import inject, profile_for, secrets_for
from tests.ui.conftest import WindowFactory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_an_import_reports_in_the_status_bar_and_feeds_the_suggestions(
    qtbot: object, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    path = tmp_path / "producten.csv"
    path.write_text("\ufeffArtikelnummer;Naam;Prijs\nKB-200;Koffiebeker blauw;7,50\n;Zonder code;1\n", encoding="utf-8")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    with qtbot.waitSignal(window.catalogue_tools.service.imported, timeout=10000):  # type: ignore[attr-defined]
        window.catalogue_tools.service.import_csv(path)
    assert window.statusBar().currentMessage() == "Imported 1 products (1 new, 0 updated)."
    assert told == ["Imported 1 products (1 new, 0 updated).\nLeft out:\nline 3: no product id, SKU or EAN to know the "
                    "product by"]
    with qtbot.waitSignal(window.catalogue_tools.service.products_found, timeout=5000) as found:  # type: ignore[attr-defined]
        window.catalogue_tools.service.search_products("koffie")
    assert [product.sku for product in found.args[1]] == ["KB-200"]


def test_a_pull_shows_its_pages_and_waits_out_a_429(
    qtbot: object, make_window: WindowFactory, sandbox: RunningSandbox
) -> None:
    profile = profile_for(sandbox, "bigcommerce", name="shop")
    window = make_window(secrets=secrets_for(profile))
    tools = window.catalogue_tools
    pages: list[int] = []
    tools.service.pull_progress.connect(lambda step: pages.append(step.page))
    inject(sandbox, "bigcommerce", "429", retry_after=1)  # the first request is refused once
    with qtbot.waitSignal(tools.service.pulled, timeout=20000) as pulled:  # type: ignore[attr-defined]
        start_pull(window, tools, profile)
        assert isinstance(tools.progress, QProgressDialog) and tools.progress.isVisible()
        assert not tools.pull_action.isEnabled()
    report = pulled.args[0]
    variants = sum(len(product["variants"]) for product in seeded.products())
    assert (report.error, report.stored.added) == ("", variants)
    assert pages == [1, 2] and tools.progress is None and tools.pull_action.isEnabled()
    assert window.statusBar().currentMessage() == f"Pulled {variants} products from 2 pages."
    assert QApplication.activeModalWidget() is None
