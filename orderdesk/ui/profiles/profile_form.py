"""The Profiles dialog's form for one profile: its inputs for the chosen API, each with a line of help under it."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from orderdesk.config.profiles import SETTINGS, TARGET_SETTINGS, Profile, make_profile
from orderdesk.ui.language.target_texts import target_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.widgets.theme import colours


class ProfileForm(QWidget):
    """Name, API, base URL, the chosen API's own setting and secret, with Save and Test connection.

    The form is built from what each API's package declares (``Target.connection``): its default
    address and one line of help under each input. It only shows and collects: the dialog around
    it reads and writes the profiles file and the keyring.

    Attributes:
        name: the profile's name.
        target: the API, one item per target (its data is the target's name).
        base_url: the API's address.
        settings: each API's own setting by field; only the chosen API's row is shown.
        secret: the secret, typed into a password field.
        secret_label: the secret's label, named for the chosen API.
        save_button: Save.
        test_button: Test connection.

    Signals:
        target_changed(): another API was chosen; the base URL and the fields already follow it.
    """

    target_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(
            objectName="profile.name", placeholderText=translate("ProfilesDialog", "e.g. Live store")
        )
        self.target = QComboBox(objectName="profile.target")
        for name, settings in TARGET_SETTINGS.items():
            self.target.addItem(settings.title, name)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.base_url = QLineEdit(objectName="profile.base_url")
        self.settings = {field: QLineEdit(objectName=f"profile.{field}") for field in SETTINGS}
        self.secret = QLineEdit(objectName="profile.secret", echoMode=QLineEdit.EchoMode.Password)
        self.secret_label = QLabel(objectName="profile.secret_label")
        self._message = QLabel(objectName="profile.message", wordWrap=True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._test_result = QLabel(objectName="profile.test_result", wordWrap=True)
        self._test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(translate("ProfilesDialog", "Save"), objectName="profile.save", default=True)
        self.test_button = QPushButton(translate("ProfilesDialog", "Test connection"), objectName="profile.test")
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.test_button)
        form_buttons.addStretch(1)

        self._form = QFormLayout(self)
        self._help: dict[QLineEdit, QLabel] = {}
        self._problems: dict[QLineEdit, QLabel] = {}
        self._form.addRow(translate("ProfilesDialog", "Name"), self._with_help(self.name))
        self._form.addRow("API", self.target)
        self._form.addRow(
            self._buddy(translate("ProfilesDialog", "Base URL"), self.base_url), self._with_help(self.base_url)
        )
        for field, edit in self.settings.items():
            label, help_text = target_text(SETTINGS[field].label), target_text(SETTINGS[field].help)
            self._form.addRow(self._buddy(label, edit), self._with_help(edit, help_text))
        self.secret_label.setBuddy(self.secret)
        self._form.addRow(self.secret_label, self._with_help(self.secret))
        self._form.addRow(self._message)
        self._form.addRow("", form_buttons)
        self._form.addRow(self._test_result)
        for label in (self._message, self._test_result, *self._help.values(), *self._problems.values()):
            label.setTextFormat(Qt.TextFormat.PlainText)  # server words and "<base URL>" are text, never markup
        self._help[self.name].setVisible(False)  # a name needs no help; the row keeps its problem line
        for row, field in enumerate((self.name, self.target)):  # plain rows, their labels made by the form
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(field)

    def fill_new(self) -> None:
        """Empty the form for a new profile of the first API, at its default address."""
        self.name.clear()
        with QSignalBlocker(self.target):
            self.target.setCurrentIndex(0)
        self.base_url.setText(TARGET_SETTINGS[self.current_target()].default_base_url)
        for edit in self.settings.values():
            edit.clear()
        self.show_target_fields()
        self.secret.clear()
        self.clear_problems()

    def fill(self, profile: Profile) -> None:
        """Show ``profile`` as saved; the secret field is left empty (a stored secret is never shown)."""
        self.name.setText(profile.name)
        with QSignalBlocker(self.target):  # the form is filled whole, not adjusted to a target change
            self.target.setCurrentIndex(self.target.findData(profile.target))
        self.base_url.setText(profile.base_url)
        for field, edit in self.settings.items():
            edit.setText(profile.settings.get(field, ""))
        self.show_target_fields()
        self.secret.clear()
        self.clear_problems()

    def profile(self, name: str) -> Profile:
        """The profile as the form shows it, called ``name``; only the chosen API's setting is part of it."""
        target = self.current_target()
        field = TARGET_SETTINGS[target].setting  # the other APIs' fields are hidden, so not part of it
        settings = {field: self.settings[field].text()} if field is not None else {}
        return make_profile(name, target, self.base_url.text(), **settings)

    def current_target(self) -> str:
        """The name of the API chosen in the form."""
        return str(self.target.currentData())

    def show_problems(self, problems: dict[str, str]) -> None:
        """Put each problem under the input it is about (``name``, ``base_url``, a setting, ``secret``).

        A problem about no input (or one hidden for this API) is said under the inputs, as ``say``
        does; the cursor goes to the first input with a problem.
        """
        self.clear_problems()
        inputs = {"name": self.name, "base_url": self.base_url, "secret": self.secret, **self.settings}
        elsewhere: list[str] = []
        first: QLineEdit | None = None
        for field, text in problems.items():
            edit = inputs.get(field)
            if edit is None or not edit.isVisibleTo(self):
                elsewhere.append(text)
                continue
            self._problems[edit].setText(text)
            self._problems[edit].setVisible(True)
            first = first or edit
        self.say("\n".join(elsewhere), error=True)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        """Take every input's problem away (the form was filled again, or saved)."""
        for label in self._problems.values():
            label.clear()
            label.setVisible(False)

    def say(self, text: str, error: bool = False) -> None:
        """Show what saving or removing did (or why it did not) under the inputs."""
        self._message.setText(text)
        self._message.setStyleSheet(f"color: {colours(self.palette())['error']};" if error else "")

    def show_test_result(self, text: str, ok: bool) -> None:
        """Show what the connection test says, in the colour of its verdict."""
        self._test_result.setText(text)
        self._test_result.setStyleSheet(f"color: {colours(self.palette())['ok' if ok else 'error']};")

    def show_target_fields(self) -> None:
        """Show the chosen API's own setting only, and the help of its address and secret."""
        settings = TARGET_SETTINGS[self.current_target()]
        for field, edit in self.settings.items():
            self._form.setRowVisible(edit.parentWidget(), field == settings.setting)
        base_url_help = target_text(settings.base_url_help)
        self.base_url.setToolTip(base_url_help)
        self.base_url.setPlaceholderText(settings.default_base_url or base_url_help)
        self._help[self.base_url].setText(base_url_help)
        self._help[self.secret].setText(target_text(settings.connection.secret_help))

    def _target_changed(self) -> None:
        typed = self.base_url.text().strip().rstrip("/")
        if not typed or typed in {settings.default_base_url for settings in TARGET_SETTINGS.values()}:
            self.base_url.setText(TARGET_SETTINGS[self.current_target()].default_base_url)
        self.show_target_fields()
        self.clear_problems()  # said of the inputs of the API chosen before
        self.target_changed.emit()

    def _with_help(self, edit: QLineEdit, text: str = "") -> QWidget:
        """``edit`` with its problem (hidden while it has none) and one line of help under it, in one form row."""
        problem = QLabel(objectName=f"{edit.objectName()}.problem", wordWrap=True, visible=False)
        problem.setStyleSheet(f"color: {colours(self.palette())['error']};")
        self._problems[edit] = problem
        edit.textEdited.connect(lambda _text: problem.setVisible(False))  # being fixed: the old word goes
        help_label = QLabel(text, objectName=f"{edit.objectName()}.help", wordWrap=True)
        help_label.setStyleSheet(f"color: {colours(self.palette())['hint']};")  # placeholder grey is too faint
        self._help[edit] = help_label
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(problem)
        column.addWidget(help_label)
        return box

    @staticmethod
    def _buddy(text: str, edit: QLineEdit) -> QLabel:
        label = QLabel(text)
        label.setBuddy(edit)
        return label
