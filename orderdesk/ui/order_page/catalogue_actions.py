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
from orderdesk.ui.language.text import translate
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
    service = CatalogueService(folder / "catalogue.sqlite3", window.journal, window)
    products = ProductCompleter(window.lines_view, service)
    editors = [window.bindings.widget(f"customer.{key}") for key in ("name", "email", "phone")]
    customers = CustomerCompleter(
        [editor for editor in editors if isinstance(editor, QLineEdit)],
        service,
        window.presenter,
        lambda: window.autosaver.draft_id,
    )
    menu = window.menuBar().addMenu(translate("Catalogue", "C&atalogue"))
    import_action = menu.addAction(translate("Catalogue", "&Import products from CSV…"))
    pull_action = menu.addAction(translate("Catalogue", "&Pull products from BigCommerce…"))
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
    window.statusBar().showMessage(translate("Catalogue", "Filled in {0} with their last address.").format(name), 8000)
    window.lines_view.ready_for_product()


def _ask_import(window: MainWindow, service: CatalogueService) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("Catalogue", "Import products"),
        "",
        translate("Catalogue", "CSV files (*.csv *.txt);;All files (*)"),
    )
    if path:
        window.statusBar().showMessage(translate("Catalogue", "Importing {0}…").format(Path(path).name))
        service.import_csv(Path(path))


def _imported(window: MainWindow, report: object) -> None:
    from orderdesk.catalogue.csv_import import ImportReport

    if not isinstance(report, ImportReport):
        QMessageBox.warning(
            window,
            translate("Catalogue", "Import products"),
            translate("Catalogue", "Nothing was imported: {0}").format(report),
        )
        window.statusBar().clearMessage()
        return
    stored = report.stored
    text = translate("Catalogue", "Imported {0} products ({1} new, {2} updated).").format(
        stored.added + stored.updated, stored.added, stored.updated
    )
    window.statusBar().showMessage(text, 10000)
    if report.problems or report.notes:
        line = translate("Catalogue", "line {0}: {1}")
        lines = [*report.notes, *(line.format(p.line, p.reason) for p in report.problems[:30])]
        if len(report.problems) > 30:
            more = len(report.problems) - 30
            lines.append(translate("Catalogue", "… and %n more line(s)", None, more))
        left_out = translate("Catalogue", "Left out:")
        QMessageBox.information(window, translate("Catalogue", "Import products"), "\n".join([text, left_out, *lines]))


def _ask_pull(window: MainWindow, tools: CatalogueTools) -> None:
    from orderdesk.catalogue.bigcommerce import PULLS_FROM

    profiles = [profile for profile in window.profile_store.load() if profile.target == PULLS_FROM]
    if not profiles:
        QMessageBox.information(
            window,
            translate("Catalogue", "Pull products"),
            translate("Catalogue", "Add a BigCommerce profile first (Order ▸ Manage profiles)."),
        )
        return
    names = [profile.name for profile in profiles]
    name, ok = QInputDialog.getItem(
        window,
        translate("Catalogue", "Pull products"),
        translate("Catalogue", "From the BigCommerce profile:"),
        names,
        0,
        False,
    )
    if ok:
        start_pull(window, tools, profiles[names.index(name)])


def start_pull(window: MainWindow, tools: CatalogueTools, profile: Profile) -> None:
    """Pull ``profile``'s catalogue in the background behind a progress dialog whose Cancel stops it."""
    asking = translate("Catalogue", "Asking BigCommerce for its first page…")
    progress = QProgressDialog(asking, translate("Catalogue", "Cancel"), 0, 0, window)
    progress.setWindowTitle(translate("Catalogue", "Pull products"))
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
        said = translate("Catalogue", "Page {0} of {1}: {2} products")
        progress.setLabelText(said.format(step.page, step.pages, step.products))  # type: ignore[attr-defined]


def _pulled(window: MainWindow, tools: CatalogueTools, report: object) -> None:
    from orderdesk.catalogue.bigcommerce import PullReport

    if tools.progress is not None:
        tools.progress.reset()
        tools.progress.deleteLater()
        tools.progress = None
    tools.pull_action.setEnabled(True)
    if not isinstance(report, PullReport):
        QMessageBox.warning(
            window,
            translate("Catalogue", "Pull products"),
            translate("Catalogue", "The pull did not start: {0}").format(report),
        )
        return
    count = report.stored.added + report.stored.updated
    text = translate("Catalogue", "Pulled {0} products from {1} pages.").format(count, report.pages)
    if report.cancelled:
        text = translate("Catalogue", "Cancelled; kept {0} products from {1} pages.").format(count, report.pages)
    if report.error:
        stopped = translate("Catalogue", "It stopped early: {0}").format(report.error)
        QMessageBox.warning(window, translate("Catalogue", "Pull products"), f"{text}\n{stopped}")
    window.statusBar().showMessage(text, 10000)
