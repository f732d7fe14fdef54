"""OrderDesk's order entry window: the form, the product lines, validation, Submit and results.

The window assembles parts that each do one job: the presenter owns the draft, bindings
connect inputs to draft paths, the validation controller decides what each input shows,
the autosaver journals every edit, and the submit controller sends off the window thread.
The screen reads left to right, top to bottom, and Tab follows it: who it goes to, the
order and customer, the shipping address, billing and the APIs' settings, then the
product lines, shipping cost, notes, and Submit. A second page, the outbox, lists the
orders sent; one opened from there comes back to this form with the server's errors.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.config.profiles import ConfigError, Profile, ProfileStore
from orderdesk.core.jsonio import BodyError
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.services.journal_access import JournalDamaged, JournalStore, OpenedOrder, open_journal, open_order
from orderdesk.services.profiles import SecretSource
from orderdesk.targets.base import Target
from orderdesk.ui import window_state
from orderdesk.ui.journal_damage import JournalDamageNotice
from orderdesk.ui.language.menu import LanguageMenu
from orderdesk.ui.language.numbers import show_money
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page import body_files
from orderdesk.ui.order_page.autosave import Autosaver
from orderdesk.ui.order_page.bindings import Bindings
from orderdesk.ui.order_page.destination import DestinationLabel
from orderdesk.ui.order_page.draft_presenter import (
    DraftPresenter,
    fresh_draft,
    sendable,
)
from orderdesk.ui.order_page.error_summary import ErrorSummary
from orderdesk.ui.order_page.extras_panel import ExtrasPanel
from orderdesk.ui.order_page.form_fit import FormFit
from orderdesk.ui.order_page.form_sections import (
    SHIPPING_SHORTCUTS,
    AddressSection,
    Section,
)
from orderdesk.ui.order_page.lines_model import COLUMN_KEYS
from orderdesk.ui.order_page.catalogue_actions import attach_catalogue
from orderdesk.ui.order_page.line_problems import LineProblems
from orderdesk.ui.order_page.lines_view import LinesView
from orderdesk.ui.order_page.name_copier import NameCopier
from orderdesk.ui.order_page.results_panel import ResultsPanel
from orderdesk.ui.order_page.send_to import SendToList
from orderdesk.ui.order_page.shipping_cost import zero_when_left_empty
from orderdesk.ui.order_page.shop_memory import ShopMemory
from orderdesk.ui.order_page.submission import SubmitController
from orderdesk.ui.order_page.validation import ValidationController
from orderdesk.ui.outbox_page.outbox_model import STATE_WORDS
from orderdesk.ui.widgets.activity_label import ActivityLabel
from orderdesk.ui.widgets.field_widgets import FieldSlot, NumberEdit
from orderdesk.ui.widgets.hint import Hint
from orderdesk.ui.widgets.theme import style_sheet

if TYPE_CHECKING:
    from orderdesk.ui.order_page.drafts_dialog import DraftsDialog
    from orderdesk.ui.outbox_page.outbox_view import OutboxView

_OUTBOX_TIP = QT_TRANSLATE_NOOP(
    "MainWindow", "Orders sent: find the ones that did not go through, fix them, send them again (Ctrl+2)"
)

TOTAL_PATHS = ("lines", "shipping_cost")


class MainWindow(QMainWindow):
    """The order entry window.

    Attributes:
        journal: where drafts and attempts are kept.
        profile_store: the profiles listed under Send to.
        presenter: the draft being typed.
        bindings: the inputs by draft path.
        validation: what each input shows.
        autosaver: journals the draft after each edit.
        submitter: runs submissions off the window thread.
        lines_view: the product-line table.
        results: the outcome of each profile after Submit.
        pages: the Order page and the Outbox page.
        outbox: the orders sent, to find, fix and send again.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        journal: JournalStore | None = None,
        profile_store: ProfileStore | None = None,
        secrets: SecretSource | None = None,
    ) -> None:
        """Build the window from ORDERDESK_HOME's config and journal (or the ones given)."""
        super().__init__(parent)
        self.setWindowTitle("OrderDesk")
        self._owns_journal = journal is None
        # Checked on the journal's own thread: the window does not wait for it, and is told of damage.
        self.journal = journal if journal is not None else open_journal(check_in_background=True)
        self.journal_damage = JournalDamageNotice(self, self.journal)
        self.profile_store = profile_store if profile_store is not None else ProfileStore()
        self._secrets = secrets
        self.shop_memory = ShopMemory()
        restored = self._reopened_draft()
        draft_id, draft = restored if restored is not None else (None, fresh_draft(None, self.shop_memory.defaults()))
        self.presenter = DraftPresenter(draft, self)
        self.bindings = Bindings(self.presenter, self)
        self.name_copier = NameCopier(self.presenter, self)
        self.validation = ValidationController(self.presenter, self)
        self.autosaver = Autosaver(self.presenter, self.journal, draft_id, self)
        self.submitter = SubmitController(self)
        self._outcomes: dict[str, Outcome] = {}
        self._profiles: dict[str, Profile] = {}
        self._style = ""
        self._build()
        self._wire()
        self.catalogue_tools = attach_catalogue(self, self._secret_source)
        self.reload_profiles()
        self._show_totals()
        self._show_billing()
        self._restyle()
        # The call starts with who is on the phone; with nothing ticked yet, with Send to.
        start = self.bindings.widget("customer.name") if self.send_to.chosen() else self.send_to
        if start is not None:
            start.setFocus(Qt.FocusReason.OtherFocusReason)
        if restored is not None:
            self.statusBar().showMessage(translate("MainWindow", "Reopened the order you were typing."), 8000)
        # An explicit minimum keeps the layout from pushing size hints to the platform window on
        # every change of content (which some platforms, offscreen among them, cannot take).
        self.setMinimumSize(960, 640)
        self.resize(1360, 900)

    def _reopened_draft(self) -> tuple[int, OrderDraft] | None:
        """The draft to reopen; none when the journal is damaged where it is kept (the notice says so)."""
        try:
            return self.journal.latest_open_draft()
        except JournalDamaged:
            return None

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self._build_menu()
        form = QWidget()
        columns = QHBoxLayout(form)
        columns.addLayout(self._first_column(), 1)
        columns.addLayout(self._address_column(), 1)
        columns.addLayout(self._billing_column(), 1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(form)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._form = form
        self._splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroller)
        products = self._products()
        splitter.addWidget(products)
        splitter.setStretchFactor(0, 0)  # the form keeps its own height; the lines get the rest
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.form_fit = FormFit(splitter, form, products)

        self.results = ResultsPanel()
        self.summary = ErrorSummary()
        self.submit_button = QPushButton(translate("MainWindow", "&Submit"))
        self.submit_button.setObjectName("submit")
        self.submit_button.setToolTip(translate("MainWindow", "Send the order to every ticked profile (Ctrl+Return)"))
        self.submit_button.setDefault(False)
        self.submit_button.setAutoDefault(False)
        self.submit_button.setMinimumWidth(140)
        self.destination = DestinationLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.destination)
        bar.addWidget(self.submit_button)

        self.order_page = QWidget()
        layout = QVBoxLayout(self.order_page)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.results)
        layout.addLayout(bar)
        self._outbox: OutboxView | None = None  # built when first shown: its sending code need not load at start
        self._drafts: DraftsDialog | None = None  # built when first asked for
        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.order_page, translate("MainWindow", "Order"))
        self.pages.addTab(QWidget(), translate("MainWindow", "Outbox"))
        self.pages.setTabToolTip(0, translate("MainWindow", "Type an order and send it (Ctrl+1)"))
        self.pages.setTabToolTip(1, translate("MainWindow", _OUTBOX_TIP))
        self.pages.currentChanged.connect(lambda index: self.outbox if index == 1 else None)
        self.pages.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCentralWidget(self.pages)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(translate("MainWindow", "&Order"))
        self.new_action = self._action(
            menu, translate("MainWindow", "&New order"), QKeySequence.StandardKey.New, self.new_order
        )
        self.open_action = self._action(
            menu, translate("MainWindow", "&Open API body…"), QKeySequence.StandardKey.Open, self.ask_open_body
        )
        self.drafts_action = self._action(menu, translate("MainWindow", "&Drafts…"), "Ctrl+Shift+O", self.show_drafts)
        self.save_action = self._action(
            menu, translate("MainWindow", "&Save as API body…"), QKeySequence.StandardKey.Save, self.ask_save_body
        )
        menu.addSeparator()
        self.submit_action = self._action(menu, translate("MainWindow", "Su&bmit"), "Ctrl+Return", self.submit)
        self.submit_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.next_action = self._action(menu, translate("MainWindow", "Next &problem"), "F8", self.next_problem)
        menu.addSeparator()
        self.profiles_action = self._action(
            menu, translate("MainWindow", "&Manage profiles…"), "", self.manage_profiles
        )
        menu.addSeparator()
        self._action(menu, translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view = self.menuBar().addMenu(translate("MainWindow", "&View"))
        self.order_page_action = self._action(view, translate("MainWindow", "&Order"), "Ctrl+1", self.show_order_page)
        self.outbox_action = self._action(view, translate("MainWindow", "Out&box"), "Ctrl+2", self.show_outbox)
        view.addSeparator()
        self.language_menu = LanguageMenu(view, self.statusBar())

    def _action(
        self, menu: QMenu, text: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _first_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        send_group = Section(
            translate("MainWindow", "Sen&d to"), self.bindings
        )  # a group's shortcut focuses its first input
        self.send_to = SendToList()
        self.no_profiles = QLabel(translate("MainWindow", "No profiles yet: add the APIs this shop sends orders to."))
        self.no_profiles.setWordWrap(True)
        self.manage_button = QPushButton(translate("MainWindow", "Mana&ge profiles…"))
        self.manage_button.setObjectName("manage_profiles")
        self.manage_button.clicked.connect(self.manage_profiles)
        send_group.form.addRow(self.send_to)
        send_group.form.addRow(self.no_profiles)
        send_group.form.addRow(self.manage_button)
        column.addWidget(send_group)

        order = Section(translate("MainWindow", "Order"), self.bindings)
        order.text(
            "external_id", translate("MainWindow", "Order &number"), translate("MainWindow", "Your order number")
        )
        order.text("source", translate("MainWindow", "Shop"), translate("MainWindow", "Your shop's name"))
        order.check("test", translate("MainWindow", "Test order (not to be fulfilled)"))
        self._sections = [order]
        column.addWidget(order)

        customer = Section(translate("MainWindow", "Customer"), self.bindings)
        customer.text(
            "customer.name", translate("MainWindow", "Na&me"), translate("MainWindow", "Who placed the order")
        )
        customer.text(
            "customer.email", translate("MainWindow", "&E-mail"), translate("MainWindow", "For confirmations, reviews")
        )
        customer.text("customer.phone", translate("MainWindow", "P&hone"))
        self._sections.append(customer)
        column.addWidget(customer)
        column.addStretch(1)
        return column

    def _address_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.shipping = AddressSection(
            translate("MainWindow", "Shipping address"), "shipping", self.bindings, SHIPPING_SHORTCUTS
        )
        self._sections.append(self.shipping)
        column.addWidget(self.shipping)
        column.addStretch(1)
        return column

    def _billing_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        same = Section(translate("MainWindow", "Billing address"), self.bindings)
        same.check("billing_same_as_shipping", translate("MainWindow", "&Billing address same as shipping"))
        self._sections.append(same)
        column.addWidget(same)
        self.billing = AddressSection(translate("MainWindow", "Billing address"), "billing", self.bindings)
        self.billing.setTitle("")
        self._sections.append(self.billing)
        same.form.addRow(self.billing)
        self.extras = ExtrasPanel(self.bindings)
        column.addWidget(self.extras)
        column.addStretch(1)
        return column

    def _products(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.lines_view = LinesView(self.presenter.lines_model)
        label = QLabel(translate("MainWindow", "&Products"))
        self.lines_slot = FieldSlot("lines", self.lines_view, label)
        header = QHBoxLayout()
        header.addWidget(label)
        for name in ("add", "duplicate", "delete", "up", "down"):
            button = QToolButton()
            button.setDefaultAction(self.lines_view.actions_by_name[name])
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            action = self.lines_view.actions_by_name[name]
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")
            header.addWidget(button)
        hint = Hint(translate("MainWindow", "Paste rows copied from a spreadsheet with Ctrl+V"))
        header.addWidget(hint)
        header.addStretch(1)
        grid.addLayout(header, 0, 0)
        grid.addWidget(self.lines_slot.container, 1, 0)
        self.line_problems = LineProblems()
        grid.addWidget(self.line_problems, 2, 0)
        grid.addLayout(self._totals_column(), 0, 1, 3, 1)
        grid.setColumnStretch(0, 1)
        return box

    def _totals_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        totals = Section(translate("MainWindow", "Totals"), self.bindings)
        cost = NumberEdit()
        cost.setPlaceholderText(show_money(Decimal(0)))
        totals.add("shipping_cost", translate("MainWindow", "Shipping &cost"), cost)
        self.bindings.number(cost, "shipping_cost")
        self.subtotal_label = QLabel()
        self.subtotal_label.setObjectName("subtotal")
        self.subtotal_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.stated_label = QLabel()
        self.stated_label.setObjectName("stated_total")
        self.stated_label.setWordWrap(True)
        totals.form.addRow(translate("MainWindow", "Subtotal"), self.subtotal_label)
        totals.form.addRow(translate("MainWindow", "Total"), self.total_label)
        totals.form.addRow(self.stated_label)
        self._sections.append(totals)
        column.addWidget(totals)

        notes_box = Section(translate("MainWindow", "No&tes"), self.bindings)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setPlaceholderText(translate("MainWindow", "Delivery instructions, what was agreed on the phone…"))
        notes.setMinimumWidth(260)
        notes.setMinimumHeight(notes.fontMetrics().lineSpacing() * 2 + 12)  # two lines: room goes to the form above
        slot = FieldSlot("notes", notes)
        notes_box.form.addRow(slot.container)
        notes_box.slots["notes"] = slot
        self.bindings.notes(notes, "notes")
        self._sections.append(notes_box)
        column.addWidget(notes_box, 1)
        return column

    def _wire(self) -> None:
        self._follow_screen_order()
        self.validation.set_required_hook(self._required_columns)
        self.validation.summary_changed.connect(self._show_summary)
        self.validation.order_messages_changed.connect(self.summary.show_order_messages)
        self.validation.reveal.connect(self.go_to)
        self.validation.line_messages_changed.connect(self.line_problems.show_messages)
        self.line_problems.chosen.connect(self.go_to)
        zero_when_left_empty(self.bindings, self.presenter)  # before its error could show
        self.bindings.left.connect(self.validation.touch)
        self.bindings.unreadable.connect(self.validation.set_unreadable)
        self.summary.next_requested.connect(self.next_problem)
        self.submit_button.clicked.connect(self.submit)
        self.send_to.chosen_changed.connect(self._chosen_changed)
        self.presenter.edited.connect(self._edited)
        self.presenter.replaced.connect(self._replaced)
        self.lines_view.notice.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.lines_view.selectionModel().currentRowChanged.connect(self._row_left)
        self.submitter.started.connect(self._sending)
        self.submitter.finished.connect(self._sent)
        self.submitter.idle.connect(lambda: self.submit_button.setEnabled(True))
        self.results.retry_requested.connect(self.retry)
        self.autosaver.failed.connect(lambda text: self.statusBar().showMessage(text))
        self.statusBar().addPermanentWidget(ActivityLabel())

    def _follow_screen_order(self) -> None:
        """Tab order and "next problem" order both follow the screen, extras included."""
        top = [slot for section in self._sections[:-2] for slot in section.slots.values()]
        extras = [slot for group in self.extras.groups.values() for slot in group.slots.values()]
        bottom = [slot for section in self._sections[-2:] for slot in section.slots.values()]
        slots = [*top, *extras, self.lines_slot, *bottom]
        self.validation.set_slots(slots)
        chain = [self.send_to, self.manage_button, *(slot.widget for slot in slots)]
        chain.insert(chain.index(self.lines_slot.widget) + 1, self.line_problems)
        chain += [self.summary.next_button, self.submit_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- profiles and targets -----------------------------------------------------------

    def reload_profiles(self) -> None:
        """Read the profiles again (after the Profiles dialog changed them)."""
        try:
            profiles = self.profile_store.load()
        except ConfigError as exc:
            profiles = []
            self.statusBar().showMessage(str(exc))
        self._profiles = {profile.name: profile for profile in profiles}
        chosen = [p.name for p in self.send_to.chosen()] if self.send_to.count() else window_state.load_chosen()
        self.send_to.set_profiles(profiles, chosen)
        self.no_profiles.setVisible(not profiles)
        self.send_to.setVisible(bool(profiles))
        if self._outbox is not None:
            self._outbox.set_profiles(list(self._profiles))

    def choose(self, *names: str) -> None:
        """Tick exactly the profiles called ``names`` under Send to."""
        self.send_to.set_chosen(names)

    def chosen_targets(self) -> list[Target]:
        """The APIs of the ticked profiles, each once, in the registry's order."""
        wanted = {profile.target for profile in self.send_to.chosen()}
        if not wanted:
            return []  # the rules of the APIs are loaded when the first one is ticked
        from orderdesk.targets.registry import TARGETS

        return [target for name, target in TARGETS.items() if name in wanted]

    def _required_columns(self, columns: dict[str, str]) -> None:
        self.presenter.lines_model.set_required(columns)
        for key in columns:
            self.lines_view.reveal_column(key)

    def _chosen_changed(self) -> None:
        self.destination.show_profiles(self.send_to.chosen())
        targets = self.chosen_targets()
        if self.extras.show_targets(targets):
            self._follow_screen_order()
        self.validation.set_targets(targets)
        self._fit_form()
        window_state.save_chosen([profile.name for profile in self.send_to.chosen()])

    def manage_profiles(self) -> None:
        """Open the Profiles dialog; the Send to list follows what was changed there."""
        from orderdesk.ui.profiles.dialog import ProfilesDialog

        dialog = ProfilesDialog(self.profile_store, self)
        dialog.profiles_changed.connect(self.reload_profiles)
        dialog.exec()
        dialog.deleteLater()
        self.reload_profiles()

    # -- editing ------------------------------------------------------------------------

    def _edited(self, path: str) -> None:
        if path == "billing_same_as_shipping":
            self._show_billing()
        if any(path == total or path.startswith(total + ".") for total in TOTAL_PATHS):
            self._show_totals()

    def _replaced(self) -> None:
        self._show_billing()
        self._show_totals()

    def _row_left(self, current: QModelIndex, previous: QModelIndex) -> None:
        """Moving to another line means the person is done with the previous one: its errors show."""
        if previous.isValid() and previous.row() != current.row():
            self.validation.touch(f"lines.{previous.row()}")

    def _show_billing(self) -> None:
        self.billing.setVisible(not self.presenter.draft.billing_same_as_shipping)

    def _show_totals(self) -> None:
        draft = self.presenter.draft
        self.subtotal_label.setText(show_money(draft.subtotal))
        self.total_label.setText(show_money(draft.computed_total))
        if draft.stated_total is not None and draft.stated_total != draft.computed_total:
            stated = show_money(draft.stated_total)
            self.stated_label.setText(
                translate("MainWindow", "The opened order stated a total of {0}; it is sent as stated.").format(stated)
            )
            self.stated_label.show()
        else:
            self.stated_label.hide()

    def _show_summary(self, errors: int, warnings: int) -> None:
        self.summary.show_counts(errors, warnings, checking=bool(self.validation.targets))

    def next_problem(self) -> None:
        """Go to the next error or warning."""
        if self.validation.next_problem() is None:
            self.statusBar().showMessage(translate("MainWindow", "Nothing to fix."), 4000)

    def go_to(self, path: str) -> None:
        """Put the cursor on the input (or table cell) of ``path``."""
        self.pages.setCurrentWidget(self.order_page)
        parts = path.split(".")
        if parts[0] == "lines" and len(parts) >= 2 and parts[1].isdigit():
            row = int(parts[1])
            if row >= self.presenter.lines_model.rowCount():
                return
            key = parts[2] if len(parts) >= 3 and parts[2] in COLUMN_KEYS else "name"
            self.lines_view.go_to(row, COLUMN_KEYS.index(key))
            return
        widget = self.bindings.widget(path) or (self.lines_view if path == "lines" else None)
        if widget is not None:
            self._scroll_to(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scroll_to(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)

    # -- new, open, save ----------------------------------------------------------------

    def new_order(self) -> None:
        """Start a clean order; the one on screen stays in the journal."""
        self.autosaver.set_aside()
        self.presenter.start_new(self.shop_memory.defaults(self.presenter.draft.source))
        self._after_replace(translate("MainWindow", "New order started; the previous one is kept in the journal."))

    def load_draft(self, draft: OrderDraft, note: str) -> None:
        """Put ``draft`` on screen as a new order (the one on screen stays in the journal)."""
        self.autosaver.set_aside()
        self.presenter.replace(draft)
        self._after_replace(note)

    def show_drafts(self) -> None:
        """List the orders typed but never sent, to open one again or delete it (Ctrl+Shift+O)."""
        if self._drafts is None:
            from orderdesk.ui.order_page.drafts_dialog import DraftsDialog

            self._drafts = DraftsDialog(self.journal, self)
            self._drafts.opened.connect(self.open_draft)
        self._drafts.refresh(leave_out=lambda: self.autosaver.draft_id)
        self._drafts.show()
        self._drafts.raise_()

    def open_draft(self, draft_id: int, draft: OrderDraft) -> None:
        """Put a draft from the drafts list on screen (reopened by the list); the current one is set aside."""
        self.autosaver.set_aside(reopen=lambda: (draft_id, None))
        self.presenter.replace(draft)
        who = draft.customer.name or draft.external_id or translate("MainWindow", "the draft")
        self._after_replace(
            translate("MainWindow", "Opened the draft for {0}; the previous order is kept in the journal.").format(who)
        )

    def _after_replace(self, note: str) -> None:
        self.autosaver.save_soon_now()
        self.results.clear()
        self._outcomes.clear()
        self.statusBar().showMessage(note, 8000)
        self.go_to("customer.name")

    def open_body(self, path: str | Path, target_name: str) -> None:
        """Open ``path`` as ``target_name``'s body into the form."""
        from orderdesk.targets.registry import get_target

        draft = body_files.open_body(path, get_target(target_name))
        title = get_target(target_name).title
        self.load_draft(draft, translate("MainWindow", "Opened {0} as a {1} order.").format(Path(path).name, title))

    def save_body(self, path: str | Path, target_name: str) -> None:
        """Write the order as ``target_name``'s body to ``path``."""
        from orderdesk.targets.registry import get_target

        body_files.save_body(path, sendable(self.presenter.draft), get_target(target_name))
        title = get_target(target_name).title
        self.statusBar().showMessage(
            translate("MainWindow", "Saved {0} as a {1} body.").format(Path(path).name, title), 8000
        )

    def ask_open_body(self) -> None:
        """Ask for a JSON body file and its API, then open it."""
        from orderdesk.core import jsonio
        from orderdesk.targets.registry import TARGETS

        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open an API order body"),
            "",
            translate("MainWindow", "JSON (*.json);;All files (*)"),
        )
        if not path:
            return
        try:
            body = jsonio.read_body(path)
        except BodyError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Cannot open"), str(exc))
            return
        guess = body_files.guess_target(body, TARGETS.values())
        name = self._ask_target(
            translate("MainWindow", "Open as"), translate("MainWindow", "Which API is this body for?"), guess
        )
        if name is None:
            return
        try:
            self.open_body(path, name)
        except (BodyError, ValueError, TypeError) as exc:
            QMessageBox.warning(
                self,
                translate("MainWindow", "Cannot open"),
                translate("MainWindow", "This file is not a {0} order: {1}").format(TARGETS[name].title, exc),
            )

    def ask_save_body(self) -> None:
        """Ask for an API and a file, then save the order as that API's body."""
        targets = self.chosen_targets()
        name = self._ask_target(
            translate("MainWindow", "Save as"),
            translate("MainWindow", "Save the order as the body of which API?"),
            targets[0] if targets else None,
        )
        if name is None:
            return
        suggested = f"{self.presenter.draft.external_id or 'order'}-{name}.json"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Save as API body"), suggested, translate("MainWindow", "JSON (*.json)")
        )
        if path:
            try:
                self.save_body(path, name)
            except OSError as exc:
                QMessageBox.warning(self, translate("MainWindow", "Cannot save"), str(exc))

    def _ask_target(self, title: str, question: str, preferred: Target | None) -> str | None:
        from orderdesk.targets.registry import TARGETS

        titles = [target.title for target in TARGETS.values()]
        current = titles.index(preferred.title) if preferred is not None else 0
        choice, accepted = QInputDialog.getItem(self, title, question, titles, current, False)
        if not accepted:
            return None
        return next(name for name, target in TARGETS.items() if target.title == choice)

    # -- submitting ---------------------------------------------------------------------

    def submit(self) -> None:
        """Check the order against every ticked API and, when nothing blocks, send it to each."""
        profiles = self.send_to.chosen()
        if not profiles:
            self.statusBar().showMessage(translate("MainWindow", "Tick at least one profile under Send to."), 8000)
            self.send_to.setFocus()
            return
        if self.submitter.busy:
            self.statusBar().showMessage(translate("MainWindow", "Still sending; the results appear below."), 5000)
            return
        self.validation.touch_all()
        blocking = self.validation.blocking()
        if blocking:
            counts = ", ".join(
                translate("MainWindow", "{0} for {1}").format(count, title) for title, count in blocking.items()
            )
            self.statusBar().showMessage(
                translate("MainWindow", "Not sent: fix the errors first ({0}).").format(counts), 10000
            )
            self.validation.next_problem(from_start=True)
            return
        self.pages.setCurrentWidget(self.order_page)
        self.send(profiles)

    def send(self, profiles: list[Profile]) -> None:
        """Send the order as it is now to ``profiles``, off the window thread.

        The journal decides, not this session's memory: where this draft already became an
        order at a profile (sent before, even before a restart, or opened from the outbox), it is
        sent again as that order, so one the API has is not created twice and one an earlier
        attempt may have created is looked up first.
        """
        draft = sendable(self.presenter.draft).model_copy(deep=True)
        self.shop_memory.remember(draft)
        journal = self.journal
        secrets = self._secret_source()
        reserved = self.submitter.reserve(profiles)  # shown as sent to at once; the draft is still being saved
        if not reserved:
            return
        self.submit_button.setEnabled(False)

        def send_saved(draft_id: int | None) -> None:  # attempts join the journal's draft of this order
            def send_one(profile: Profile) -> Outcome:
                from orderdesk.services.sending import send_draft

                return send_draft(journal, draft, draft_id, profile, secrets)

            self.submitter.submit(reserved, send_one)

        self.autosaver.saved_id(send_saved)

    def retry(self, profile_name: str) -> None:
        """Send again to one profile (an unknown outcome is looked up first, never sent twice)."""
        profile = self._profiles.get(profile_name)
        if profile is None:
            return
        self.send([profile])

    def _secret_source(self) -> SecretSource:
        return self._secrets if self._secrets is not None else self.profile_store.secrets

    def _sending(self, profile_name: str) -> None:
        profile = self._profiles.get(profile_name)
        if profile is not None:
            self.results.sending(profile)
        self.statusBar().showMessage(translate("MainWindow", "Sending to {0}…").format(profile_name))

    def _sent(self, profile_name: str, result: object) -> None:
        outcome, seconds = result  # type: ignore[misc]
        self._outcomes[profile_name] = outcome
        self.results.finished(profile_name, outcome, seconds)
        profile = self._profiles.get(profile_name)
        if profile is not None and outcome.kind == OutcomeKind.REJECTED:
            source = (
                translate("MainWindow", "{0} server").format(profile.title)
                if outcome.status is not None
                else profile.title
            )
            self.validation.set_server_findings(profile.target, outcome.errors, source)
        if not self.submitter.busy:
            self.statusBar().showMessage(translate("MainWindow", "Sending finished: see Results."), 8000)

    # -- the outbox ---------------------------------------------------------------------

    @property
    def outbox(self) -> OutboxView:
        """The outbox page, built the first time it is wanted (shown, or asked for)."""
        if self._outbox is None:
            from orderdesk.ui.outbox_page.outbox_view import OutboxView

            outbox = OutboxView(self.journal, self.profile_store.load, self._secret_source)
            outbox.open_requested.connect(self.open_order)
            outbox.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
            outbox.set_profiles(list(self._profiles))
            self._outbox = outbox
            current = self.pages.currentIndex()
            placeholder = self.pages.widget(1)
            self.pages.blockSignals(True)
            self.pages.removeTab(1)
            self.pages.insertTab(1, outbox, translate("MainWindow", "Outbox"))
            self.pages.setTabToolTip(1, translate("MainWindow", _OUTBOX_TIP))
            self.pages.setCurrentIndex(current)
            self.pages.blockSignals(False)
            placeholder.deleteLater()
        return self._outbox

    def show_order_page(self) -> None:
        """Show the order form (Ctrl+1)."""
        self.pages.setCurrentWidget(self.order_page)

    def show_outbox(self) -> None:
        """Show the outbox (Ctrl+2), the cursor in its search box."""
        self.pages.setCurrentWidget(self.outbox)
        self.outbox.text_filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_order(self, order_key: int) -> None:
        """Put an outbox order on the form to fix it, with its server's errors next to the inputs.

        The order on screen stays in the journal. Submit sends the order to the same profile as
        the same outbox order: looked up first where an earlier attempt may have created it,
        and not sent at all when the API has it already. The order is read off the window thread;
        the form follows when the journal answers.
        """
        journal = self.journal

        def reopen() -> tuple[int, OpenedOrder]:
            opened = open_order(journal, order_key)
            return opened.draft_id, opened

        self.autosaver.set_aside(
            self._order_opened, reopen=reopen, asking=translate("MainWindow", "Opening the order…")
        )

    def _order_opened(self, answer: OpenedOrder | Exception) -> None:
        """The order read back (after the order on screen was set aside), or why it could not be."""
        if isinstance(answer, Exception):
            self.statusBar().showMessage(translate("MainWindow", "The order could not be opened: {0}").format(answer))
            return
        row, errors = answer.row, answer.errors
        self.presenter.replace(answer.draft)
        name = row.external_id or translate("MainWindow", "the order")
        profile = self._profiles.get(row.profile)
        if profile is None:
            self._after_replace(
                translate("MainWindow", "Opened {0}; its profile {1} no longer exists: tick where to send it.").format(
                    name, row.profile
                )
            )
            return
        state = translate("OutboxModel", STATE_WORDS[row.state])
        self._after_replace(
            translate("MainWindow", "Opened {0} ({1} at {2}): fix what is marked, then Submit sends it again.").format(
                name, state, profile.name
            )
        )
        self.choose(profile.name)
        if errors:
            self.validation.set_server_findings(
                profile.target, errors, translate("MainWindow", "{0} server").format(profile.title)
            )
            self.validation.next_problem(from_start=True)

    # -- window events ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.validation.shutdown()
        self.autosaver.close()
        self.submitter.shutdown()
        self.catalogue_tools.service.close()
        outbox = self._outbox
        if outbox is not None:
            outbox.shutdown()
        if self._owns_journal and not self.submitter.busy and not (outbox is not None and outbox.busy):
            self.journal.close()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_form()

    def _fit_form(self) -> None:
        """Give the form the height it needs, the lines keeping room for a few rows."""
        self.form_fit.fit()

    def _restyle(self) -> None:
        sheet = style_sheet(self.palette())
        if sheet != self._style:
            self._style = sheet
            self.setStyleSheet(sheet)
