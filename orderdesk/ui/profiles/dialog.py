"""The Profiles dialog: the connections to the order APIs, with their secrets in the keyring.

The dialog only displays and collects: checking a profile, storing it and moving its secrets
is ``ProfileStore``'s work, testing it ``check_profile``'s. A secret is typed into a password
field and never shown again; once stored, the field only says that it is stored. Every
keyring call runs off the window thread (``run_in_background``), since an unlock prompt may
wait minutes for a person; the dialog keeps answering, and says it is waiting once the keyring
has not answered for a moment (``WAITING_GRACE_MS``).
The inputs of one profile are ``ProfileForm``'s.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.services.profiles import (
    SECRET_KIND,
    SECRET_LABEL,
    KeyringUnavailable,
    SecretRejected,
)
from orderdesk.config.profiles import (
    ConfigError,
    Profile,
    ProfileError,
    ProfileStore,
    UnknownProfile,
)
from orderdesk.services.sending import ConnectionReport, Verdict, check_profile
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.target_texts import target_text
from orderdesk.ui.language.reason_texts import profile_problem_text, profiles_file_text, reason_text, verdict_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.profiles.banner import ProblemBanner
from orderdesk.ui.profiles.profile_form import ProfileForm

NAME_ROLE = Qt.ItemDataRole.UserRole
"""The list item role holding the profile's name."""

UNTESTED_NAME = "new profile"
"""The name a connection test uses while the form's name is still empty (the name is never sent)."""


class ProfilesDialog(QDialog):
    """Add, edit, rename, test and remove profiles.

    Attributes:
        store: where profiles and their secrets are kept.

    Signals:
        profiles_changed: a profile was saved or removed; lists of profiles elsewhere should reload.
        tested: a connection test's report is on screen.
    """

    profiles_changed = Signal()
    tested = Signal()

    def __init__(self, store: ProfileStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store if store is not None else ProfileStore()
        self._editing: str | None = None  # the name of the profile in the form; None for a new one
        self._shown = 0  # counts what the form has shown, so a late answer about an earlier one is dropped
        self._focus_before_busy: QWidget | None = None
        self._usable = True
        self.setObjectName("profiles_dialog")
        self.setWindowTitle(translate("ProfilesDialog", "Profiles"))
        self._build()
        self.reload()
        self._banner.run_keyring(self.store.secrets.check_backend, self._banner.keyring_checked)

    def reload(self, select: str | None = None) -> None:
        """Read the profiles file again, then show ``select`` (or a new profile)."""
        self._list.clear()
        try:
            profiles = self.store.load()
            self._usable = True
            self._banner.set_file_problem("")
        except ConfigError as exc:
            profiles, self._usable = [], False
            self._banner.set_file_problem(profiles_file_text(exc, advice=True))
        self._set_busy(False)
        for profile in profiles:
            item = QListWidgetItem(f"{profile.name}  ({profile.title})")
            item.setData(NAME_ROLE, profile.name)
            item.setToolTip(profile.base_url)
            self._list.addItem(item)
        chosen = next((p for p in profiles if select is not None and p.name.casefold() == select.casefold()), None)
        if chosen is not None:
            self._list.setCurrentRow(profiles.index(chosen))
        else:
            self.start_new()

    def start_new(self) -> None:
        """Empty the form for a new profile."""
        with QSignalBlocker(self._list):
            self._list.clearSelection()
            self._list.setCurrentRow(-1)
        self._editing = None
        self._form.fill_new()
        self._show_secret_state()
        self._remove_button.setEnabled(False)
        self._form.say("")
        self._form.name.setFocus()

    def save(self) -> None:
        """Check the form, then store the profile and its secret in the background and say what happened."""
        try:
            profile = self._form.profile(self._form.name.text())
        except ProfileError as exc:
            self._form.show_problems(_problems_said(exc))
            return
        self._form.clear_problems()
        secret, original_name = self._form.secret.text(), self._editing
        self._set_busy(True)
        self._form.say(translate("ProfilesDialog", "Saving…"))
        self._banner.run_keyring(
            lambda: self.store.save(profile, secret, original_name=original_name),
            lambda result: self._saved(profile, result),
        )

    def test_connection(self) -> None:
        """Make one cheap request with the form as it is (the secret typed, else the stored one) and say the verdict."""
        try:
            profile = self._form.profile(self._form.name.text().strip() or self._editing or UNTESTED_NAME)
        except ProfileError as exc:
            self._form.show_test_result("\n".join(_problems_said(exc).values()), ok=False)
            return
        typed = self._form.secret.text().strip()
        label = target_text(SECRET_LABEL[profile.secret_kind])
        stored_name = self._editing if self._stored_target() == profile.target else None
        if not typed and stored_name is None:
            self._form.show_test_result(
                translate("ProfilesDialog", "Enter the {0} to test the connection.").format(label), ok=False
            )
            return
        self._form.test_button.setEnabled(False)
        self._form.show_test_result(translate("ProfilesDialog", "Testing the connection…"), ok=True)
        shown = self._shown
        if typed:
            self._start_test(profile, typed, shown)
            return

        def read_stored() -> str | None:
            return self.store.secrets.get_secret(stored_name, profile.secret_kind)

        self._banner.run_keyring(read_stored, lambda secret: self._stored_secret_read(profile, secret, shown))

    def ask_remove(self) -> None:
        """Ask before removing the chosen profile and its secrets."""
        if self._editing is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ProfilesDialog", "Remove profile"), "", parent=self)
        box.setObjectName("profiles.confirm_remove")
        box.setText(
            translate(
                "ProfilesDialog", "Remove the profile '{0}' and delete its secrets from the system keyring?"
            ).format(self._editing)
        )
        remove = box.addButton(translate("ProfilesDialog", "Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("profiles.confirm_remove.remove")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._remove(box.buttonRole(button)))
        box.finished.connect(box.deleteLater)
        box.open()

    # -- answers from the background ------------------------------------------------------

    def _saved(self, profile: Profile, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, ProfileError):
            self._form.show_problems(_problems_said(result))
            return
        if isinstance(result, KeyringUnavailable):
            self._banner.keyring_checked(result)
        if isinstance(result, SecretRejected):
            said = profile_problem_text(str(result))
            self._form.say(translate("ProfilesDialog", "{0} Nothing was saved.").format(said), error=True)
            return
        if isinstance(result, ConfigError | KeyringUnavailable | UnknownProfile):
            said = _problem_text(result)
            self._form.say(translate("ProfilesDialog", "{0} Nothing was saved.").format(said), error=True)
            return
        if isinstance(result, Exception):
            self._form.say(self._unexpected(translate("ProfilesDialog", "Saving"), result), error=True)
            return
        self._banner.keyring_checked(None)  # the keyring answered: whatever the banner said about it is over
        self._form.secret.clear()
        self.reload(select=profile.name)
        self._form.say(
            translate("ProfilesDialog", "Saved. The {0} is kept in the system keyring.").format(
                target_text(SECRET_LABEL[profile.secret_kind])
            )
        )
        self.profiles_changed.emit()

    def _remove(self, role: QMessageBox.ButtonRole) -> None:
        if role != QMessageBox.ButtonRole.DestructiveRole or self._editing is None:
            return
        name = self._editing
        self._set_busy(True)
        self._form.say(translate("ProfilesDialog", "Removing…"))
        self._banner.run_keyring(lambda: self.store.remove(name), lambda result: self._removed(name, result))

    def _removed(self, name: str, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, KeyringUnavailable):
            self._banner.keyring_checked(result)
        if isinstance(result, ConfigError | KeyringUnavailable | UnknownProfile):
            said = _problem_text(result)
            self._form.say(translate("ProfilesDialog", "{0} The profile was not removed.").format(said), error=True)
            return
        if isinstance(result, Exception):
            self._form.say(self._unexpected(translate("ProfilesDialog", "Removing"), result), error=True)
            return
        self._banner.keyring_checked(None)
        self.reload()
        self._form.say(translate("ProfilesDialog", "Removed '{0}' and its secrets.").format(name))
        self.profiles_changed.emit()

    def _secret_stored(self, label: str, shown: int, result: object) -> None:
        if shown != self._shown:
            return  # the form shows another profile or API by now
        if isinstance(result, KeyringUnavailable):
            self._form.secret.setPlaceholderText(
                translate("ProfilesDialog", "cannot be read: the system keyring is unavailable")
            )
            self._banner.keyring_checked(result)
        elif isinstance(result, Exception):
            self._form.secret.setPlaceholderText(
                translate("ProfilesDialog", "cannot be read: {0}").format(type(result).__name__)
            )
        else:
            self._form.secret.setPlaceholderText(
                translate("ProfilesDialog", "stored; type a new {0} to replace it").format(label)
                if result
                else translate("ProfilesDialog", "not stored: enter the {0}").format(label)
            )

    def _stored_secret_read(self, profile: Profile, secret: object, shown: int) -> None:
        if isinstance(secret, Exception):
            problem = _problem_text(secret) if isinstance(secret, KeyringUnavailable) else type(secret).__name__
            said = translate("ProfilesDialog", "{0} The connection was not tested.").format(problem)
            self._tested(ConnectionReport(Verdict.KEYRING, said), shown)
            return
        self._start_test(profile, secret if isinstance(secret, str) else "", shown)

    def _start_test(self, profile: Profile, secret: str, shown: int) -> None:
        run_in_background(
            self, lambda: check_profile(profile, None, secret), lambda report: self._tested(report, shown)
        )

    def _tested(self, report: object, shown: int) -> None:
        self._form.test_button.setEnabled(self._usable)
        if shown != self._shown:
            self._form.show_test_result("", ok=True)  # a verdict on another profile than the one shown
        elif isinstance(report, ConnectionReport):
            self._form.show_test_result(
                verdict_text(report.template, report.values, report.text), ok=report.verdict is Verdict.OK
            )
        else:
            self._form.show_test_result(self._unexpected(translate("ProfilesDialog", "The test"), report), ok=False)
        self.tested.emit()

    # -- showing --------------------------------------------------------------------------

    def _show_profile(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            profile = self.store.get(item.data(NAME_ROLE))
        except (ConfigError, UnknownProfile) as exc:
            self._form.say(_problem_text(exc), error=True)
            return
        self._editing = profile.name
        self._form.fill(profile)
        self._show_secret_state()
        self._remove_button.setEnabled(True)
        self._form.say("")

    def _show_secret_state(self) -> None:
        """Label the secret field for the chosen API; ask the keyring, in the background, whether it is stored."""
        self._shown += 1
        self._form.show_test_result("", ok=True)
        label = target_text(SECRET_LABEL[SECRET_KIND[self._form.current_target()]])
        self._form.secret_label.setText(label[0].upper() + label[1:])
        name = self._editing
        if name is None or self._stored_target() != self._form.current_target():
            self._form.secret.setPlaceholderText(translate("ProfilesDialog", "not stored: enter the {0}").format(label))
            return
        kind, shown = SECRET_KIND[self._form.current_target()], self._shown
        asking = translate("ProfilesDialog", "asking the system keyring whether it is stored…")
        self._form.secret.setPlaceholderText(asking)
        self._banner.run_keyring(
            lambda: self.store.secrets.has_secret(name, kind), lambda stored: self._secret_stored(label, shown, stored)
        )

    def _set_busy(self, busy: bool) -> None:
        """While a save or removal runs, the form and the list wait for it (the window still answers).

        The keyboard focus comes back to where it was, so the person carries on from there.
        """
        if busy:
            self._focus_before_busy = QApplication.focusWidget()
        for widget in (self._form, self._list, self._new_button):
            widget.setEnabled(self._usable and not busy)
        self._remove_button.setEnabled(self._usable and not busy and self._editing is not None)
        if busy:
            return
        focus, self._focus_before_busy = self._focus_before_busy, None
        if focus is not None and shiboken6.isValid(focus) and focus.isEnabled():
            focus.setFocus()

    # -- helpers --------------------------------------------------------------------------

    def _stored_target(self) -> str | None:
        """The API of the profile being edited as saved in the file; None for a new one."""
        if self._editing is None:
            return None
        try:
            return self.store.get(self._editing).target
        except (ConfigError, UnknownProfile):
            return None

    @staticmethod
    def _unexpected(what: str, problem: object) -> str:
        # Only the exception's kind: its text could quote a header, and so a secret.
        kind = type(problem).__name__
        return translate(
            "ProfilesDialog", "{0} stopped with an unexpected problem ({1}); reopen the dialog to see what was kept."
        ).format(what, kind)

    def _build(self) -> None:
        self._banner = ProblemBanner(self)

        self._list = QListWidget(objectName="profiles.list")
        self._list.currentItemChanged.connect(lambda current, _previous: self._show_profile(current))
        self._new_button = QPushButton(translate("ProfilesDialog", "New"), objectName="profiles.new")
        self._new_button.clicked.connect(self.start_new)
        self._remove_button = QPushButton(translate("ProfilesDialog", "Remove…"), objectName="profiles.remove")
        self._remove_button.clicked.connect(self.ask_remove)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self._new_button)
        list_buttons.addWidget(self._remove_button)
        left = QVBoxLayout()
        left.addWidget(self._list)
        left.addLayout(list_buttons)

        self._form = ProfileForm()
        self._form.target_changed.connect(self._show_secret_state)
        self._form.save_button.clicked.connect(self.save)
        self._form.test_button.clicked.connect(self.test_connection)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self._form, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName="profiles.close")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._banner)
        layout.addLayout(columns)
        layout.addWidget(close)
        self.resize(820, 480)


def _problems_said(error: ProfileError) -> dict[str, str]:
    """A profile's problems by input, in the window's language."""
    return {field: profile_problem_text(text) for field, text in error.problems.items()}


def _problem_text(problem: ConfigError | KeyringUnavailable | UnknownProfile) -> str:
    """What the store said, in the window's language: it writes English for the command line."""
    if isinstance(problem, ConfigError):
        return profiles_file_text(problem)
    return reason_text(str(problem))
