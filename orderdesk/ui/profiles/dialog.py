"""The Profiles dialog: the connections to the order APIs, with their secrets in the keyring.

The dialog only displays and collects: checking a profile, storing it and moving its secrets
is ``ProfileStore``'s work, testing it ``check_profile``'s. A secret is typed into a password
field and never shown again; once stored, the field only says that it is stored. Every
keyring call runs off the window thread (``run_in_background``), since an unlock prompt may
wait minutes for a person; meanwhile the dialog says it is waiting, and keeps answering.
The form is built from what each API's package declares (``Target.connection``): its default
address and one line of help under each input.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
    SETTINGS,
    TARGET_SETTINGS,
    ConfigError,
    Profile,
    ProfileError,
    ProfileStore,
    UnknownProfile,
    make_profile,
)
from orderdesk.services.sending import ConnectionReport, Verdict, check_profile
from orderdesk.ui.background import run_in_background
from orderdesk.ui.language.target_texts import target_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.widgets.theme import colours

NAME_ROLE = Qt.ItemDataRole.UserRole
"""The list item role holding the profile's name."""

WAITING_TEXT = QT_TRANSLATE_NOOP("ProfilesDialog", "Waiting for the keyring to unlock…")
"""Shown while a keyring call runs: it may be waiting for the person to answer an unlock prompt."""

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
        self._keyring_calls = 0
        self._focus_before_busy: QWidget | None = None
        self._usable = True
        self._file_problem = ""
        self._keyring_problem = ""
        self.setObjectName("profiles_dialog")
        self.setWindowTitle(translate("ProfilesDialog", "Profiles"))
        self._build()
        self.reload()
        self._keyring(self.store.secrets.check_backend, self._backend_checked)

    def reload(self, select: str | None = None) -> None:
        """Read the profiles file again, then show ``select`` (or a new profile)."""
        self._list.clear()
        try:
            profiles = self.store.load()
            self._usable, self._file_problem = True, ""
        except ConfigError as exc:
            profiles, self._usable = [], False
            self._file_problem = f"{exc}\n{exc.advice}"
        self._show_problems()
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
        self._name.clear()
        with QSignalBlocker(self._target):
            self._target.setCurrentIndex(0)
        self._base_url.setText(TARGET_SETTINGS[self._current_target()].default_base_url)
        for edit in self._settings.values():
            edit.clear()
        self._show_target_fields()
        self._secret.clear()
        self._show_secret_state()
        self._remove_button.setEnabled(False)
        self._say("")
        self._name.setFocus()

    def save(self) -> None:
        """Check the form, then store the profile and its secret in the background and say what happened."""
        try:
            profile = self._form_profile(self._name.text())
        except ProfileError as exc:
            self._say("\n".join(exc.problems.values()), error=True)
            return
        secret, original_name = self._secret.text(), self._editing
        self._set_busy(True)
        self._say(translate("ProfilesDialog", "Saving…"))
        self._keyring(
            lambda: self.store.save(profile, secret, original_name=original_name),
            lambda result: self._saved(profile, result),
        )

    def test_connection(self) -> None:
        """Make one cheap request with the form as it is (the secret typed, else the stored one) and say the verdict."""
        try:
            profile = self._form_profile(self._name.text().strip() or self._editing or UNTESTED_NAME)
        except ProfileError as exc:
            self._show_test_result("\n".join(exc.problems.values()), ok=False)
            return
        typed = self._secret.text().strip()
        label = target_text(SECRET_LABEL[profile.secret_kind])
        stored_name = self._editing if self._stored_target() == profile.target else None
        if not typed and stored_name is None:
            self._show_test_result(
                translate("ProfilesDialog", "Enter the {0} to test the connection.").format(label), ok=False
            )
            return
        self._test_button.setEnabled(False)
        self._show_test_result(translate("ProfilesDialog", "Testing the connection…"), ok=True)
        shown = self._shown
        if typed:
            self._start_test(profile, typed, shown)
            return

        def read_stored() -> str | None:
            return self.store.secrets.get_secret(stored_name, profile.secret_kind)

        self._keyring(read_stored, lambda secret: self._stored_secret_read(profile, secret, shown))

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

    def _backend_checked(self, result: object) -> None:
        if isinstance(result, KeyringUnavailable):
            self._keyring_problem = translate("ProfilesDialog", "{0} Secrets cannot be stored until then.").format(
                result
            )
        elif isinstance(result, Exception):
            self._keyring_problem = translate("ProfilesDialog", "The system keyring cannot be used ({0}).").format(
                type(result).__name__
            )
        else:
            self._keyring_problem = ""
        self._show_problems()

    def _saved(self, profile: Profile, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, ProfileError):
            self._say("\n".join(result.problems.values()), error=True)
            return
        if isinstance(result, KeyringUnavailable):
            self._backend_checked(result)
        if isinstance(result, ConfigError | KeyringUnavailable | SecretRejected | UnknownProfile):
            self._say(translate("ProfilesDialog", "{0} Nothing was saved.").format(result), error=True)
            return
        if isinstance(result, Exception):
            self._say(self._unexpected(translate("ProfilesDialog", "Saving"), result), error=True)
            return
        self._backend_checked(None)  # the keyring answered: whatever the banner said about it is over
        self._secret.clear()
        self.reload(select=profile.name)
        self._say(
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
        self._say(translate("ProfilesDialog", "Removing…"))
        self._keyring(lambda: self.store.remove(name), lambda result: self._removed(name, result))

    def _removed(self, name: str, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, KeyringUnavailable):
            self._backend_checked(result)
        if isinstance(result, ConfigError | KeyringUnavailable | UnknownProfile):
            self._say(translate("ProfilesDialog", "{0} The profile was not removed.").format(result), error=True)
            return
        if isinstance(result, Exception):
            self._say(self._unexpected(translate("ProfilesDialog", "Removing"), result), error=True)
            return
        self._backend_checked(None)
        self.reload()
        self._say(translate("ProfilesDialog", "Removed '{0}' and its secrets.").format(name))
        self.profiles_changed.emit()

    def _secret_stored(self, label: str, shown: int, result: object) -> None:
        if shown != self._shown:
            return  # the form shows another profile or API by now
        if isinstance(result, KeyringUnavailable):
            self._secret.setPlaceholderText(
                translate("ProfilesDialog", "cannot be read: the system keyring is unavailable")
            )
            self._backend_checked(result)
        elif isinstance(result, Exception):
            self._secret.setPlaceholderText(
                translate("ProfilesDialog", "cannot be read: {0}").format(type(result).__name__)
            )
        else:
            self._secret.setPlaceholderText(
                translate("ProfilesDialog", "stored; type a new {0} to replace it").format(label)
                if result
                else translate("ProfilesDialog", "not stored: enter the {0}").format(label)
            )

    def _stored_secret_read(self, profile: Profile, secret: object, shown: int) -> None:
        if isinstance(secret, Exception):
            problem = str(secret) if isinstance(secret, KeyringUnavailable) else type(secret).__name__
            said = translate("ProfilesDialog", "{0} The connection was not tested.").format(problem)
            self._tested(ConnectionReport(Verdict.KEYRING, said), shown)
            return
        self._start_test(profile, secret if isinstance(secret, str) else "", shown)

    def _start_test(self, profile: Profile, secret: str, shown: int) -> None:
        run_in_background(
            self, lambda: check_profile(profile, None, secret), lambda report: self._tested(report, shown)
        )

    def _tested(self, report: object, shown: int) -> None:
        self._test_button.setEnabled(self._usable)
        if shown != self._shown:
            self._show_test_result("", ok=True)  # a verdict on another profile than the one shown
        elif isinstance(report, ConnectionReport):
            self._show_test_result(report.text, ok=report.verdict is Verdict.OK)
        else:
            self._show_test_result(self._unexpected(translate("ProfilesDialog", "The test"), report), ok=False)
        self.tested.emit()

    # -- showing --------------------------------------------------------------------------

    def _show_profile(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            profile = self.store.get(item.data(NAME_ROLE))
        except (ConfigError, UnknownProfile) as exc:
            self._say(str(exc), error=True)
            return
        self._editing = profile.name
        self._name.setText(profile.name)
        with QSignalBlocker(self._target):  # the form is filled whole, not adjusted to a target change
            self._target.setCurrentIndex(self._target.findData(profile.target))
        self._base_url.setText(profile.base_url)
        for field, edit in self._settings.items():
            edit.setText(profile.settings.get(field, ""))
        self._show_target_fields()
        self._secret.clear()
        self._show_secret_state()
        self._remove_button.setEnabled(True)
        self._say("")

    def _target_changed(self) -> None:
        typed = self._base_url.text().strip().rstrip("/")
        if not typed or typed in {settings.default_base_url for settings in TARGET_SETTINGS.values()}:
            self._base_url.setText(TARGET_SETTINGS[self._current_target()].default_base_url)
        self._show_target_fields()
        self._show_secret_state()

    def _show_secret_state(self) -> None:
        """Label the secret field for the chosen API; ask the keyring, in the background, whether it is stored."""
        self._shown += 1
        self._show_test_result("", ok=True)
        label = target_text(SECRET_LABEL[SECRET_KIND[self._current_target()]])
        self._secret_label.setText(label[0].upper() + label[1:])
        name = self._editing
        if name is None or self._stored_target() != self._current_target():
            self._secret.setPlaceholderText(translate("ProfilesDialog", "not stored: enter the {0}").format(label))
            return
        kind, shown = SECRET_KIND[self._current_target()], self._shown
        asking = translate("ProfilesDialog", "asking the system keyring whether it is stored…")
        self._secret.setPlaceholderText(asking)
        self._keyring(
            lambda: self.store.secrets.has_secret(name, kind), lambda stored: self._secret_stored(label, shown, stored)
        )

    def _show_target_fields(self) -> None:
        settings = TARGET_SETTINGS[self._current_target()]
        for field, edit in self._settings.items():
            self._form.setRowVisible(edit.parentWidget(), field == settings.setting)
        base_url_help = target_text(settings.base_url_help)
        self._base_url.setToolTip(base_url_help)
        self._base_url.setPlaceholderText(settings.default_base_url or base_url_help)
        self._help[self._base_url].setText(base_url_help)
        self._help[self._secret].setText(target_text(settings.connection.secret_help))

    def _show_problems(self) -> None:
        problems = [problem for problem in (self._file_problem, self._keyring_problem) if problem]
        self._problem.setText("\n\n".join(problems))
        self._problem.setVisible(bool(problems))

    def _show_test_result(self, text: str, ok: bool) -> None:
        self._test_result.setText(text)
        self._test_result.setStyleSheet(f"color: {colours(self.palette())['ok' if ok else 'error']};")

    def _say(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet(f"color: {colours(self.palette())['error']};" if error else "")

    def _set_busy(self, busy: bool) -> None:
        """While a save or removal runs, the form and the list wait for it (the window still answers).

        The keyboard focus comes back to where it was, so the person carries on from there.
        """
        if busy:
            self._focus_before_busy = QApplication.focusWidget()
        for widget in (self._form_box, self._list, self._new_button):
            widget.setEnabled(self._usable and not busy)
        self._remove_button.setEnabled(self._usable and not busy and self._editing is not None)
        if busy:
            return
        focus, self._focus_before_busy = self._focus_before_busy, None
        if focus is not None and shiboken6.isValid(focus) and focus.isEnabled():
            focus.setFocus()

    # -- helpers --------------------------------------------------------------------------

    def _keyring(self, work: Callable[[], Any], answer: Callable[[Any], None]) -> None:
        """Run a keyring call in the background, saying meanwhile that the keyring may be waiting to unlock."""
        self._keyring_calls += 1
        self._waiting.setVisible(True)

        def answered(result: object) -> None:
            self._keyring_calls -= 1
            self._waiting.setVisible(self._keyring_calls > 0)
            answer(result)

        run_in_background(self, work, answered, keyring=True)

    def _form_profile(self, name: str) -> Profile:
        """The profile as the form shows it, called ``name``; only the chosen API's setting is part of it."""
        target = self._current_target()
        field = TARGET_SETTINGS[target].setting  # the other APIs' fields are hidden, so not part of it
        settings = {field: self._settings[field].text()} if field is not None else {}
        return make_profile(name, target, self._base_url.text(), **settings)

    def _stored_target(self) -> str | None:
        """The API of the profile being edited as saved in the file; None for a new one."""
        if self._editing is None:
            return None
        try:
            return self.store.get(self._editing).target
        except (ConfigError, UnknownProfile):
            return None

    def _current_target(self) -> str:
        return str(self._target.currentData())

    @staticmethod
    def _unexpected(what: str, problem: object) -> str:
        # Only the exception's kind: its text could quote a header, and so a secret.
        kind = type(problem).__name__
        return translate(
            "ProfilesDialog", "{0} stopped with an unexpected problem ({1}); reopen the dialog to see what was kept."
        ).format(what, kind)

    def _build(self) -> None:
        self._problem = QLabel(objectName="profiles.problem", wordWrap=True)
        self._problem.setStyleSheet("background: #fdecea; color: #611a15; padding: 8px; border-radius: 4px;")
        self._problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problem.setVisible(False)
        self._waiting = QLabel(translate("ProfilesDialog", WAITING_TEXT), objectName="profiles.keyring_waiting")
        self._waiting.setVisible(False)

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

        self._name = QLineEdit(
            objectName="profile.name", placeholderText=translate("ProfilesDialog", "e.g. Live store")
        )
        self._target = QComboBox(objectName="profile.target")
        for name, settings in TARGET_SETTINGS.items():
            self._target.addItem(settings.title, name)
        self._target.currentIndexChanged.connect(self._target_changed)
        self._base_url = QLineEdit(objectName="profile.base_url")
        self._settings = {field: QLineEdit(objectName=f"profile.{field}") for field in SETTINGS}
        self._secret = QLineEdit(objectName="profile.secret", echoMode=QLineEdit.EchoMode.Password)
        self._secret_label = QLabel(objectName="profile.secret_label")
        self._message = QLabel(objectName="profile.message", wordWrap=True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._test_result = QLabel(objectName="profile.test_result", wordWrap=True)
        self._test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save = QPushButton(translate("ProfilesDialog", "Save"), objectName="profile.save", default=True)
        save.clicked.connect(self.save)
        self._test_button = QPushButton(translate("ProfilesDialog", "Test connection"), objectName="profile.test")
        self._test_button.clicked.connect(self.test_connection)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(save)
        form_buttons.addWidget(self._test_button)
        form_buttons.addStretch(1)

        self._form_box = QWidget()
        self._form = QFormLayout(self._form_box)
        self._help: dict[QLineEdit, QLabel] = {}
        self._form.addRow(translate("ProfilesDialog", "Name"), self._name)
        self._form.addRow("API", self._target)
        self._form.addRow(
            self._buddy(translate("ProfilesDialog", "Base URL"), self._base_url), self._with_help(self._base_url)
        )
        for field, edit in self._settings.items():
            label, help_text = target_text(SETTINGS[field].label), target_text(SETTINGS[field].help)
            self._form.addRow(self._buddy(label, edit), self._with_help(edit, help_text))
        self._secret_label.setBuddy(self._secret)
        self._form.addRow(self._secret_label, self._with_help(self._secret))
        self._form.addRow(self._message)
        self._form.addRow("", form_buttons)
        self._form.addRow(self._test_result)
        for label in (self._problem, self._message, self._test_result, *self._help.values()):
            label.setTextFormat(Qt.TextFormat.PlainText)  # server words and "<base URL>" are text, never markup
        for row in range(2):  # Name and API: plain rows, their labels made by the form
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            field = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(field)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self._form_box, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName="profiles.close")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._problem)
        layout.addWidget(self._waiting)
        layout.addLayout(columns)
        layout.addWidget(close)
        self.resize(820, 480)

    def _with_help(self, edit: QLineEdit, text: str = "") -> QWidget:
        """``edit`` with one line of help under it, in the same form row."""
        help_label = QLabel(text, objectName=f"{edit.objectName()}.help", wordWrap=True)
        help_label.setStyleSheet(f"color: {colours(self.palette())['hint']};")  # placeholder grey is too faint
        self._help[edit] = help_label
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(help_label)
        return box

    @staticmethod
    def _buddy(text: str, edit: QLineEdit) -> QLabel:
        label = QLabel(text)
        label.setBuddy(edit)
        return label
