"""The window's Catalogue menu and the suggestion helpers, attached in one call.

``attach_catalogue`` gives the window a ``CatalogueService``, the table's product
suggestions and scanning, the customer suggestions, and the menu's Import and Pull actions
with their file and progress dialogs. Nothing here waits on a file or the network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from orderdesk.config.home import data_dir
from orderdesk.ui.order_page.catalogue_service import CatalogueService
from orderdesk.ui.order_page.customer_completer import CustomerCompleter
from orderdesk.ui.order_page.product_completer import ProductCompleter

if TYPE_CHECKING:
    from orderdesk.config.profiles import Profile
    from orderdesk.services.profiles import SecretSource
    from orderdesk.ui.main_window import MainWindow


@dataclass
class CatalogueTools:
    """What ``attach_catalogue`` made, for tests and the window's shutdown."""

    service: CatalogueService
    products: ProductCompleter
    customers: CustomerCompleter
    import_action: QAction
    pull_action: QAction
    secrets: Callable[[], SecretSource]
    progress: QProgressDialog | None = None


def attach_catalogue(window: MainWindow, secrets: Callable[[], SecretSource]) -> CatalogueTools:
    """Give ``window`` its catalogue: the service (files next to its journal), completers and menu.

    ``secrets`` gives the window's secret source, read by a pull on its pool thread.
    """
    # A team's database has no file: the catalogue stays in this desk's data folder.
    folder = window.journal.path.parent if window.journal.path is not None else data_dir()
    service = CatalogueService(folder / "catalogue.sqlite3", window.journal.path, window)
    products = ProductCompleter(window.lines_view, service)
    editors = [window.bindings.widget(f"customer.{key}") for key in ("name", "email", "phone")]
    customers = CustomerCompleter(
        [editor for editor in editors if isinstance(editor, QLineEdit)],
        service,
        window.presenter,
        lambda: window.autosaver.draft_id,
    )
    menu = window.menuBar().addMenu("C&atalogue")
    import_action = menu.addAction("&Import products from CSV…")
    pull_action = menu.addAction("&Pull products from BigCommerce…")
    tools = CatalogueTools(service, products, customers, import_action, pull_action, secrets)
    status: Callable[[str], None] = lambda text: window.statusBar().showMessage(text, 10000)  # noqa: E731
    service.failed.connect(status)
    customers.chosen.connect(lambda entry: _customer_chosen(window, entry.customer.name))
    import_action.triggered.connect(lambda: _ask_import(window, service))
    pull_action.triggered.connect(lambda: _ask_pull(window, tools))
    service.imported.connect(lambda report: _imported(window, report))
    service.pulled.connect(lambda report: _pulled(window, tools, report))
    service.pull_progress.connect(lambda step: _progressed(tools, step))
    return tools


def _customer_chosen(window: MainWindow, name: str) -> None:
    window.statusBar().showMessage(f"Filled in {name} with their last address.", 8000)
    window.lines_view.ready_for_product()


def _ask_import(window: MainWindow, service: CatalogueService) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "Import products", "", "CSV files (*.csv *.txt);;All files (*)")
    if path:
        window.statusBar().showMessage(f"Importing {Path(path).name}…")
        service.import_csv(Path(path))


def _imported(window: MainWindow, report: object) -> None:
    from orderdesk.catalogue.csv_import import ImportReport

    if not isinstance(report, ImportReport):
        QMessageBox.warning(window, "Import products", f"Nothing was imported: {report}")
        window.statusBar().clearMessage()
        return
    stored = report.stored
    text = f"Imported {stored.added + stored.updated} products ({stored.added} new, {stored.updated} updated)."
    window.statusBar().showMessage(text, 10000)
    if report.problems or report.notes:
        lines = [*report.notes, *(f"line {p.line}: {p.reason}" for p in report.problems[:30])]
        if len(report.problems) > 30:
            lines.append(f"… and {len(report.problems) - 30} more lines")
        QMessageBox.information(window, "Import products", "\n".join([text, "Left out:", *lines]))


def _ask_pull(window: MainWindow, tools: CatalogueTools) -> None:
    from orderdesk.catalogue.bigcommerce import PULLS_FROM

    profiles = [profile for profile in window.profile_store.load() if profile.target == PULLS_FROM]
    if not profiles:
        QMessageBox.information(window, "Pull products", "Add a BigCommerce profile first (Order ▸ Manage profiles).")
        return
    names = [profile.name for profile in profiles]
    name, ok = QInputDialog.getItem(window, "Pull products", "From the BigCommerce profile:", names, 0, False)
    if ok:
        start_pull(window, tools, profiles[names.index(name)])


def start_pull(window: MainWindow, tools: CatalogueTools, profile: Profile) -> None:
    """Pull ``profile``'s catalogue in the background behind a progress dialog whose Cancel stops it."""
    progress = QProgressDialog("Asking BigCommerce for its first page…", "Cancel", 0, 0, window)
    progress.setWindowTitle("Pull products")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.canceled.connect(tools.service.cancel_pull)
    tools.progress = progress
    tools.pull_action.setEnabled(False)
    tools.service.pull(profile, tools.secrets())
    progress.show()


def _progressed(tools: CatalogueTools, step: object) -> None:
    progress = tools.progress
    if progress is not None:
        progress.setMaximum(step.pages)  # type: ignore[attr-defined]
        progress.setValue(step.page)  # type: ignore[attr-defined]
        progress.setLabelText(f"Page {step.page} of {step.pages}: {step.products} products")  # type: ignore[attr-defined]


def _pulled(window: MainWindow, tools: CatalogueTools, report: object) -> None:
    from orderdesk.catalogue.bigcommerce import PullReport

    if tools.progress is not None:
        tools.progress.reset()
        tools.progress.deleteLater()
        tools.progress = None
    tools.pull_action.setEnabled(True)
    if not isinstance(report, PullReport):
        QMessageBox.warning(window, "Pull products", f"The pull did not start: {report}")
        return
    count = report.stored.added + report.stored.updated
    text = f"Pulled {count} products from {report.pages} pages."
    if report.cancelled:
        text = f"Cancelled; kept {count} products from {report.pages} pages."
    if report.error:
        QMessageBox.warning(window, "Pull products", f"{text}\nIt stopped early: {report.error}")
    window.statusBar().showMessage(text, 10000)
