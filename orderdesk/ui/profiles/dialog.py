"""The Profiles dialog: the connections to the order APIs, with their secrets in the keyring.

The dialog only displays and collects: checking a profile, storing it and moving its secrets
is ``ProfileStore``'s work. A secret is typed into a password field and never shown again;
once stored, the field only says that it is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
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

from orderdesk.config.credentials import (
    SECRET_KIND,
    SECRET_LABEL,
    KeyringUnavailable,
    SecretRejected,
)
from orderdesk.config.profiles import (
    SETTING_LABEL,
    TARGET_SETTINGS,
    ConfigError,
    Profile,
    ProfileError,
    ProfileStore,
    UnknownProfile,
    make_profile,
)

NAME_ROLE = Qt.ItemDataRole.UserRole
"""The list item role holding the profile's name."""


class ProfilesDialog(QDialog):
    """Add, edit, rename and remove profiles.

    Attributes:
        store: where profiles and their secrets are kept.

    Signals:
        profiles_changed: a profile was saved or removed; lists of profiles elsewhere should reload.
    """

    profiles_changed = Signal()

    def __init__(self, store: ProfileStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store if store is not None else ProfileStore()
        self._editing: str | None = None  # the name of the profile in the form; None for a new one
        self.setObjectName("profiles_dialog")
        self.setWindowTitle("Profiles")
        self._build()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the profiles file and the keyring's state again, then show ``select`` (or a new profile)."""
        self._list.clear()
        problems: list[str] = []
        try:
            profiles = self.store.load()
            usable = True
        except ConfigError as exc:
            profiles, usable = [], False
            problems.append(f"{exc}\n{exc.advice}")
        try:
            self.store.secrets.check_backend()
        except KeyringUnavailable as exc:
            problems.append(f"{exc} Secrets cannot be stored until then.")
        self._problem.setText("\n\n".join(problems))
        self._problem.setVisible(bool(problems))
        for widget in (self._form_box, self._new_button, self._remove_button):
            widget.setEnabled(usable)
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
        """Check the form, store the profile and its secret, and say what happened."""
        target = self._current_target()
        field = TARGET_SETTINGS[target].setting  # the other APIs' fields are hidden, so not part of it
        settings = {field: self._settings[field].text()} if field is not None else {}
        try:
            profile = make_profile(self._name.text(), target, self._base_url.text(), **settings)
            self.store.save(profile, self._secret.text(), original_name=self._editing)
        except ProfileError as exc:
            self._say("\n".join(exc.problems.values()), error=True)
            return
        except (ConfigError, KeyringUnavailable, SecretRejected, UnknownProfile) as exc:
            self._say(f"{exc} Nothing was saved.", error=True)
            return
        self._secret.clear()
        self.reload(select=profile.name)
        self._say(f"Saved. The {SECRET_LABEL[profile.secret_kind]} is kept in the system keyring.")
        self.profiles_changed.emit()

    def ask_remove(self) -> None:
        """Ask before removing the chosen profile and its secrets."""
        if self._editing is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "Remove profile", "", parent=self)
        box.setObjectName("profiles.confirm_remove")
        box.setText(f"Remove the profile '{self._editing}' and delete its secrets from the system keyring?")
        remove = box.addButton("Remove", QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("profiles.confirm_remove.remove")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._remove(box.buttonRole(button)))
        box.finished.connect(box.deleteLater)
        box.open()

    def _remove(self, role: QMessageBox.ButtonRole) -> None:
        if role != QMessageBox.ButtonRole.DestructiveRole or self._editing is None:
            return
        name = self._editing
        try:
            self.store.remove(name)
        except (ConfigError, KeyringUnavailable, UnknownProfile) as exc:
            self._say(f"{exc} The profile was not removed.", error=True)
            return
        self.reload()
        self._say(f"Removed '{name}' and its secrets.")
        self.profiles_changed.emit()

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
            edit.setText(getattr(profile, field))
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
        """Label the secret field for the chosen API and say whether its secret is stored."""
        label = SECRET_LABEL[SECRET_KIND[self._current_target()]]
        self._secret_label.setText(label[0].upper() + label[1:])
        stored = False
        if self._editing is not None:
            try:
                profile: Profile | None = self.store.get(self._editing)
            except (ConfigError, UnknownProfile):
                profile = None
            if profile is not None and profile.target == self._current_target():
                try:
                    stored = self.store.secrets.has_secret(profile.name, profile.secret_kind)
                except KeyringUnavailable:
                    self._secret.setPlaceholderText("cannot be read: the system keyring is unavailable")
                    return
        self._secret.setPlaceholderText(
            f"stored; type a new {label} to replace it" if stored else f"not stored: enter the {label}"
        )

    def _show_target_fields(self) -> None:
        target = TARGET_SETTINGS[self._current_target()]
        for field, edit in self._settings.items():
            self._form.setRowVisible(edit, field == target.setting)
        self._base_url.setToolTip(target.base_url_help)
        self._base_url.setPlaceholderText(target.default_base_url or target.base_url_help)

    def _current_target(self) -> str:
        return str(self._target.currentData())

    def _say(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet("color: #b00020;" if error else "")

    def _build(self) -> None:
        self._problem = QLabel(objectName="profiles.problem", wordWrap=True)
        self._problem.setStyleSheet("background: #fdecea; color: #611a15; padding: 8px; border-radius: 4px;")
        self._problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._list = QListWidget(objectName="profiles.list")
        self._list.currentItemChanged.connect(lambda current, _previous: self._show_profile(current))
        self._new_button = QPushButton("New", objectName="profiles.new")
        self._new_button.clicked.connect(self.start_new)
        self._remove_button = QPushButton("Remove…", objectName="profiles.remove")
        self._remove_button.clicked.connect(self.ask_remove)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self._new_button)
        list_buttons.addWidget(self._remove_button)
        left = QVBoxLayout()
        left.addWidget(self._list)
        left.addLayout(list_buttons)

        self._name = QLineEdit(objectName="profile.name", placeholderText="e.g. Live store")
        self._target = QComboBox(objectName="profile.target")
        for name, settings in TARGET_SETTINGS.items():
            self._target.addItem(settings.title, name)
        self._target.currentIndexChanged.connect(self._target_changed)
        self._base_url = QLineEdit(objectName="profile.base_url")
        self._settings = {field: QLineEdit(objectName=f"profile.{field}") for field in SETTING_LABEL}
        self._secret = QLineEdit(objectName="profile.secret", echoMode=QLineEdit.EchoMode.Password)
        self._secret_label = QLabel(objectName="profile.secret_label")
        self._message = QLabel(objectName="profile.message", wordWrap=True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save = QPushButton("Save", objectName="profile.save", default=True)
        save.clicked.connect(self.save)

        self._form_box = QWidget()
        self._form = QFormLayout(self._form_box)
        self._form.addRow("Name", self._name)
        self._form.addRow("API", self._target)
        self._form.addRow("Base URL", self._base_url)
        for field, edit in self._settings.items():
            self._form.addRow(SETTING_LABEL[field], edit)
        self._form.addRow(self._secret_label, self._secret)
        self._form.addRow(self._message)
        self._form.addRow("", save)
        for row in range(self._form.rowCount()):
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self._form_box, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName="profiles.close")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._problem)
        layout.addLayout(columns)
        layout.addWidget(close)
        self.resize(760, 420)
