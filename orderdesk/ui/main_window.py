"""OrderDesk's window: the Order page and the Outbox page, the menus, the status bar.

The window assembles parts that each do one job: the presenter owns the draft, bindings
connect inputs to draft paths, the validation controller decides what each input shows,
the autosaver journals every edit, and the submit controller sends off the window thread.
The Order page's form is built by ``order_page.order_form`` and what it does with the order
is in ``order_page.order_actions``; this module is the shell around them. A second page, the
outbox, lists the orders sent; one opened from there comes back to the form with the
server's errors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from orderdesk.config.profiles import ConfigError, Profile, ProfileStore
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome
from orderdesk.services.journal_access import JournalStore, OpenedOrder, StartingJournal, open_order, start_journal
from orderdesk.services.profiles import SecretSource
from orderdesk.ui import window_state
from orderdesk.ui.journal_damage import JournalDamageNotice
from orderdesk.ui.journal_reach import JournalReachNotice
from orderdesk.ui.language.menu import LanguageMenu
from orderdesk.ui.language.reason_texts import profiles_file_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.autosave import Autosaver
from orderdesk.ui.order_page.bindings import Bindings
from orderdesk.ui.order_page.catalogue_actions import attach_catalogue
from orderdesk.ui.order_page.draft_presenter import DraftPresenter, fresh_draft
from orderdesk.ui.order_page.name_copier import NameCopier
from orderdesk.ui.order_page.order_actions import OrderActions
from orderdesk.ui.order_page.order_form import OrderForm
from orderdesk.ui.order_page.shipping_cost import zero_when_left_empty
from orderdesk.ui.order_page.shop_memory import ShopMemory
from orderdesk.ui.order_page.submission import SubmitController
from orderdesk.ui.order_page.unsaved_close import ask_before_losing
from orderdesk.ui.order_page.validation import ValidationController
from orderdesk.ui.outbox_page.outbox_words import STATE_WORDS
from orderdesk.ui.widgets.activity_label import ActivityLabel
from orderdesk.ui.widgets.theme import style_sheet

if TYPE_CHECKING:
    from orderdesk.ui.order_page.drafts_dialog import DraftsDialog
    from orderdesk.ui.outbox_page.outbox_view import OutboxView

_OUTBOX_TIP = QT_TRANSLATE_NOOP(
    "MainWindow", "Orders sent: find the ones that did not go through, fix them, send them again (Ctrl+2)"
)


class MainWindow(OrderForm, OrderActions, QMainWindow):
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
        starting: StartingJournal | None = None,
        profile_store: ProfileStore | None = None,
        secrets: SecretSource | None = None,
    ) -> None:
        """Build the window from ORDERDESK_HOME's config and journal (or the ones given).

        ``starting``: the journal as the application opened it off the window thread, with the
        draft to reopen; the window closes it. Without it the journal is opened here (or
        ``journal`` is used, and left open).
        """
        super().__init__(parent)
        self.setWindowTitle("OrderDesk")
        self._owns_journal = journal is None
        self._losing_unsaved = False  # the person chose to close with an order the journal could not take
        if starting is None:
            starting = start_journal(journal)
        # Checked on the journal's own thread: the window does not wait for it, and is told of damage.
        self.journal = starting.journal
        self.journal_damage = JournalDamageNotice(self, self.journal)
        self.profile_store = profile_store if profile_store is not None else ProfileStore()
        self._secrets = secrets
        self.shop_memory = ShopMemory()
        restored = starting.reopened
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
        self.journal_reach: JournalReachNotice | None = None
        if starting.unreachable is not None:
            self.journal_reach = JournalReachNotice(self, self.journal, starting.unreachable)
            self.journal_reach.reached.connect(self._journal_reached)
        elif restored is not None:
            self.statusBar().showMessage(translate("MainWindow", "Reopened the order you were typing."), 8000)
        # An explicit minimum keeps the layout from pushing size hints to the platform window on
        # every change of content (which some platforms, offscreen among them, cannot take).
        self.setMinimumSize(960, 640)
        self.resize(1360, 900)

    def _journal_reached(self) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "The journal can be reached again; what you type is saved there."), 8000
        )

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self._build_menu()
        self._build_order_page()
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
        self.presenter.lines_model.unreadable.connect(self.validation.set_unreadable)
        self.summary.next_requested.connect(self.next_problem)
        self.submit_button.clicked.connect(self.submit)
        self.send_to.chosen_changed.connect(self._chosen_changed)
        self.presenter.edited.connect(self._edited)
        self.presenter.replaced.connect(self._replaced)
        self.lines_view.notice.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.lines_view.selectionModel().currentRowChanged.connect(self._row_left)
        self.submitter.started.connect(self._sending)
        self.submitter.finished.connect(self._sent)
        self.submitter.idle.connect(self.update_submit)
        self.autosaver.setting_aside_changed.connect(self.update_submit)
        self.results.retry_requested.connect(self.retry)
        self.autosaver.failed.connect(lambda text: self.statusBar().showMessage(text))
        self.autosaver.recovered.connect(self._journal_reached)
        self.statusBar().addPermanentWidget(ActivityLabel())

    # -- profiles -----------------------------------------------------------------------

    def reload_profiles(self) -> None:
        """Read the profiles again (after the Profiles dialog changed them)."""
        try:
            profiles = self.profile_store.load()
        except ConfigError as exc:
            profiles = []
            self.statusBar().showMessage(profiles_file_text(exc))
        self._profiles = {profile.name: profile for profile in profiles}
        chosen = [p.name for p in self.send_to.chosen()] if self.send_to.count() else window_state.load_chosen()
        self.send_to.set_profiles(profiles, chosen)
        self.no_profiles.setVisible(not profiles)
        self.send_to.setVisible(bool(profiles))
        if self._outbox is not None:
            self._outbox.set_profiles(list(self._profiles))

    def manage_profiles(self) -> None:
        """Open the Profiles dialog; the Send to list follows what was changed there."""
        from orderdesk.ui.profiles.dialog import ProfilesDialog

        dialog = ProfilesDialog(self.profile_store, self)
        dialog.profiles_changed.connect(self.reload_profiles)
        dialog.exec()
        dialog.deleteLater()
        self.reload_profiles()

    def _secret_source(self) -> SecretSource:
        return self._secrets if self._secrets is not None else self.profile_store.secrets

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
        self.outbox.filters.text_filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_order(self, order_key: int) -> None:
        """Put an outbox order on the form to fix it, with its server's errors next to the inputs.

        The order on screen stays in the journal. Submit sends the order to the same profile as
        the same outbox order: looked up first where an earlier attempt may have created it,
        and not sent at all when the API has it already. The order is read off the window thread;
        the form follows when the journal answers.
        """
        if self._order_arriving():
            return
        journal = self.journal

        def reopen() -> tuple[int, OpenedOrder]:
            opened = open_order(journal, order_key)
            return opened.draft_id, opened

        # Until it arrives nothing is typed into the order being set aside: its row is the arriving order's then.
        self.order_page.setEnabled(False)
        self.autosaver.set_aside(
            self._order_opened, reopen=reopen, asking=translate("MainWindow", "Opening the order…")
        )

    def _order_opened(self, answer: OpenedOrder | Exception) -> None:
        """The order read back (after the order on screen was set aside), or why it could not be."""
        self.order_page.setEnabled(True)
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
        unsaved = self.autosaver.close(try_again=not self._losing_unsaved)
        if unsaved is not None and not self._losing_unsaved:
            event.ignore()  # the order is only here: asked first
            ask_before_losing(self, unsaved, self._close_losing_unsaved)
            return
        self.validation.shutdown()
        self.submitter.shutdown()
        self.catalogue_tools.service.close()
        outbox = self._outbox
        if outbox is not None:
            outbox.shutdown()
        if self._owns_journal and not self.submitter.busy and not (outbox is not None and outbox.busy):
            self.journal.close()
        super().closeEvent(event)

    def _close_losing_unsaved(self) -> None:
        self._losing_unsaved = True
        self.close()

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
