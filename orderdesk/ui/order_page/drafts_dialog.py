"""Drafts (Ctrl+Shift+O): the orders typed but never sent, newest first, to open again or delete.

A call cut short, a customer who rings back later: the order typed so far waits in the journal.
The list, opening and deleting all read or write the journal on a worker thread; the window
only shows what comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.services.journal_access import DraftSummary
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.numbers import show_moment, show_total
from orderdesk.ui.language.text import translate

if TYPE_CHECKING:
    from orderdesk.services.journal_access import JournalStore

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TRANSLATE_NOOP("DraftsDialog", "Saved"),
    QT_TRANSLATE_NOOP("DraftsDialog", "Order number"),
    QT_TRANSLATE_NOOP("DraftsDialog", "Customer"),
    QT_TRANSLATE_NOOP("DraftsDialog", "Lines"),
    QT_TRANSLATE_NOOP("DraftsDialog", "Total"),
)


def row_texts(summary: DraftSummary) -> list[str]:
    """What one draft's row says, column by column."""
    saved = show_moment(summary.updated_at)
    total = show_total(summary.total) if summary.total is not None and summary.total.is_finite() else ""
    customer = summary.customer or translate("DraftsDialog", "(no customer yet)")
    return [saved, summary.external_id, customer, str(summary.lines), total]


class DraftsDialog(QDialog):
    """The unsent drafts of a journal: Enter opens one, Delete deletes it (after asking).

    Signals:
        opened(int, object): a draft was made the open one again: its id and its ``OrderDraft``.
    """

    opened = Signal(int, object)

    def __init__(self, journal: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DraftsDialog", "Drafts"))
        self.setObjectName("drafts")
        self.resize(720, 420)
        self._journal = journal
        self._leave_out: Callable[[], int | None] = lambda: None
        self.status = QLabel()
        self.status.setObjectName("drafts:status")
        self.status.setWordWrap(True)
        self.rows = QTreeWidget()
        self.rows.setObjectName("drafts:list")
        self.rows.setRootIsDecorated(False)
        self.rows.setUniformRowHeights(True)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows.setHeaderLabels([translate("DraftsDialog", header) for header in HEADERS])
        header = self.rows.header()
        header.setStretchLastSection(False)
        for column in range(len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            HEADERS.index(QT_TRANSLATE_NOOP("DraftsDialog", "Customer")), QHeaderView.ResizeMode.Stretch
        )
        self.rows.itemActivated.connect(lambda _item: self.open_current())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.rows, self.delete_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(translate("DraftsDialog", "&Open"))
        self.open_button.setToolTip(
            translate("DraftsDialog", "Put this draft on the Order page (Enter); the order there stays in the journal")
        )
        self.delete_button = QPushButton(translate("DraftsDialog", "&Delete…"))
        self.delete_button.setToolTip(translate("DraftsDialog", "Delete this draft for good (Delete)"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("DraftsDialog", "Orders typed but never sent, newest first.")))
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show_choice()

    def refresh(self, leave_out: Callable[[], int | None]) -> None:
        """Read the list again, without the draft ``leave_out()`` gives (the one on the Order page).

        ``leave_out`` is asked on the journal's lane, after the saves and set-asides asked before
        the list: the id it gives is the one they left, not a stale one.
        """
        self._leave_out = leave_out
        self.status.setText(translate("DraftsDialog", "Reading the drafts…"))
        self._ask("list", None, lambda: self._journal.unsent_drafts(leave_out()))

    def summaries(self) -> list[DraftSummary]:
        """The drafts listed, top to bottom."""
        return [self.rows.topLevelItem(row).data(0, ID_ROLE) for row in range(self.rows.topLevelItemCount())]

    def open_current(self) -> None:
        """Make the chosen draft the open one; :attr:`opened` puts it on the Order page."""
        chosen = self._chosen()
        if chosen is not None:
            self.status.setText(translate("DraftsDialog", "Opening…"))
            self._ask("open", chosen, lambda: self._journal.reopen_draft(chosen.draft_id))

    def delete_current(self) -> None:
        """Delete the chosen draft once the person says so."""
        chosen = self._chosen()
        if chosen is None:
            return
        who = chosen.customer or chosen.external_id or translate("DraftsDialog", "this draft")
        answer = QMessageBox.question(
            self,
            translate("DraftsDialog", "Delete draft"),
            translate("DraftsDialog", "Delete the draft for {0}? It cannot be brought back.").format(who),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._ask("delete", chosen, lambda: self._journal.delete_draft(chosen.draft_id))

    def _ask(self, kind: str, about: DraftSummary | None, work: Callable[[], object]) -> None:
        # On the journal's lane: after the autosaves and set-asides asked before, in the order asked.
        run_in_background(
            self,
            work,
            lambda answer: self._take(kind, about, answer),
            journal=True,
            asking=translate("DraftsDialog", "Reading the drafts…") if kind == "list" else "",
        )

    def _take(self, kind: str, about: object, answer: object) -> None:
        if isinstance(answer, Exception):
            self.status.setText(
                translate("DraftsDialog", "The journal could not be read or written: {0}").format(answer)
            )
            return
        if kind == "list":
            self._fill(answer)  # type: ignore[arg-type]
        elif kind == "open" and isinstance(about, DraftSummary):
            self.status.setText("")
            self.accept()
            self.opened.emit(about.draft_id, answer)
        elif kind == "delete" and isinstance(about, DraftSummary):
            if not answer:
                self.status.setText(
                    translate("DraftsDialog", "That draft was sent or deleted meanwhile; it stays as it is.")
                )
            self.refresh(self._leave_out)

    def _fill(self, summaries: list[DraftSummary]) -> None:
        current = self._chosen()
        self.rows.clear()
        for summary in summaries:
            item = QTreeWidgetItem(row_texts(summary))
            item.setData(0, ID_ROLE, summary)
            for column in (3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rows.addTopLevelItem(item)
        rows = [s.draft_id for s in summaries]
        wanted = rows.index(current.draft_id) if current is not None and current.draft_id in rows else 0
        if summaries:
            self.rows.setCurrentItem(self.rows.topLevelItem(min(wanted, len(summaries) - 1)))
        self.status.setText(
            "" if summaries else translate("DraftsDialog", "No drafts: every order typed so far was sent.")
        )
        self._show_choice()
        self.rows.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen(self) -> DraftSummary | None:
        item = self.rows.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _show_choice(self) -> None:
        has_rows = self.rows.topLevelItemCount() > 0
        self.open_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
