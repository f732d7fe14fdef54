"""What the Order page does with the order: start a new one, open or save an API body, submit it.

``MainWindow`` gets these through multiple inheritance, beside the form (``order_form``):
the menu and the buttons call them on the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from orderdesk.config.profiles import Profile
from orderdesk.core.jsonio import BodyError
from orderdesk.core.order import OrderDraft, sendable
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.services.journal_access import JournalStore
from orderdesk.services.profiles import SecretSource
from orderdesk.targets.base import Target
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page import body_files
from orderdesk.ui.order_page.autosave import Autosaver
from orderdesk.ui.order_page.draft_presenter import DraftPresenter
from orderdesk.ui.order_page.results_panel import ResultsPanel
from orderdesk.ui.order_page.send_to import SendToList
from orderdesk.ui.order_page.shop_memory import ShopMemory
from orderdesk.ui.order_page.submission import SubmitController
from orderdesk.ui.order_page.validation import ValidationController

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

    from orderdesk.ui.order_page.drafts_dialog import DraftsDialog

    _Window = QMainWindow
else:
    _Window = object


class OrderActions(_Window):
    """New, open, save and Submit for the order on the Order page; mixed into ``MainWindow``."""

    journal: JournalStore
    presenter: DraftPresenter
    autosaver: Autosaver
    submitter: SubmitController
    validation: ValidationController
    shop_memory: ShopMemory
    send_to: SendToList
    results: ResultsPanel
    submit_button: QPushButton
    submit_action: QAction
    pages: QTabWidget
    order_page: QWidget
    _drafts: DraftsDialog | None
    _outcomes: dict[str, Outcome]
    _profiles: dict[str, Profile]

    if TYPE_CHECKING:  # the form's (``OrderForm``) and the window's

        def go_to(self, path: str) -> None: ...

        def chosen_targets(self) -> list[Target]: ...

        def _secret_source(self) -> SecretSource: ...

    # -- new, open, save ----------------------------------------------------------------

    def new_order(self) -> None:
        """Start a clean order; the one on screen stays in the journal."""
        if self._order_arriving():
            return
        self.autosaver.set_aside()
        self.presenter.start_new(self.shop_memory.defaults(self.presenter.draft.source))
        if self.autosaver.unsaved:
            note = translate(
                "MainWindow",
                "New order started; the previous one goes into the journal as soon as it can be reached. "
                "Keep OrderDesk open until then.",
            )
        else:
            note = translate("MainWindow", "New order started; the previous one is kept in the journal.")
        self._after_replace(note)

    def load_draft(self, draft: OrderDraft, note: str) -> None:
        """Put ``draft`` on screen as a new order (the one on screen stays in the journal)."""
        if self._order_arriving():
            return
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
        if self._order_arriving():
            return
        self.autosaver.set_aside(reopen=lambda: (draft_id, None))
        self.presenter.replace(draft)
        who = draft.customer.name or draft.external_id or translate("MainWindow", "the draft")
        self._after_replace(
            translate("MainWindow", "Opened the draft for {0}; the previous order is kept in the journal.").format(who)
        )

    def _order_arriving(self) -> bool:
        """Whether an order from the outbox is on its way to the form (the page waits for it, disabled).

        Nothing else takes the form meanwhile: the journal has already made the arriving order's
        draft the one autosave writes to, and another order set aside now would be saved over it.
        """
        if self.order_page.isEnabled():
            return False
        self.statusBar().showMessage(translate("MainWindow", "Opening the order…"), 3000)
        return True

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

    def update_submit(self) -> None:
        """Offer Submit only while the form holds the order to send: not while another one takes its place.

        From New order, a draft or an order opened from the outbox until the journal has set the
        previous one aside (and the new one is on the form), what is on screen is not what Submit
        would be asked to send. The button also waits while a submission runs.
        """
        ready = not self.autosaver.setting_aside
        self.submit_action.setEnabled(ready)
        self.submit_button.setEnabled(ready and not self.submitter.busy)

    def submit(self) -> None:
        """Check the order against every ticked API and, when nothing blocks, send it to each.

        Only the Order page's order is sent, and only once it is the one on screen: from the
        Outbox page, or while an order is still being opened into the form, nothing is sent.
        """
        if self.pages.currentWidget() is not self.order_page:
            self.statusBar().showMessage(
                translate("MainWindow", "Submit sends the order on the Order page: go there first (Ctrl+1)."), 8000
            )
            return
        if self.autosaver.setting_aside:
            self.statusBar().showMessage(
                translate("MainWindow", "Not sent: the order is still being put on the form. Submit again once it is."),
                8000,
            )
            return
        profiles = self.send_to.chosen()
        if not profiles:
            self.statusBar().showMessage(translate("MainWindow", "Tick at least one profile under Send to."), 8000)
            self.send_to.setFocus()
            return
        if self.submitter.busy:
            self.statusBar().showMessage(translate("MainWindow", "Still sending; the results appear below."), 5000)
            return
        if not self._blocked():
            self.send(profiles)

    def _blocked(self) -> bool:
        """Whether an error stops the order (said, and the first one shown): every send checks, Retry too."""
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
        return bool(blocking)

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
        self.update_submit()

        def send_saved(draft_id: int | None) -> None:  # attempts join the journal's draft of this order
            def send_one(profile: Profile) -> Outcome:
                from orderdesk.services.sending import send_draft

                return send_draft(journal, draft, draft_id, profile, secrets)

            self.submitter.submit(reserved, send_one)

        self.autosaver.saved_id(send_saved)

    def retry(self, profile_name: str) -> None:
        """Send again to one profile (an unknown outcome is looked up first, never sent twice)."""
        profile = self._profiles.get(profile_name)
        if profile is None or self.autosaver.setting_aside:  # the results shown are of the order going away
            return
        if not self._blocked():  # the order may have been edited into an error since it was sent
            self.send([profile])

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
