"""A country picker a person can type into: "neth", "Nether" or "NL" all find the Netherlands.

The value is the ISO 3166-1 alpha-2 code. Text that names no country is kept as typed, so
validation can say what is wrong instead of the input silently dropping it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from orderdesk.core.countries import COUNTRY_NAMES


def country_label(code: str) -> str:
    """What the list shows for a code: ``Netherlands (NL)``."""
    return f"{COUNTRY_NAMES[code]} ({code})"


class CountryCombo(QComboBox):
    """An editable, searchable list of ISO 3166 countries.

    Signals:
        code_edited(str): the person changed the country; the code, or the raw text when it
            names no country.
    """

    code_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._codes: dict[str, str] = {}
        self.addItem("", "")
        for code, name in sorted(COUNTRY_NAMES.items(), key=lambda item: item[1].casefold()):
            self.addItem(country_label(code), code)
            self._codes[name.casefold()] = code
            self._codes[country_label(code).casefold()] = code
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText("Type to search: Netherlands, NL…")
        self.lineEdit().textEdited.connect(self._typed)
        self.lineEdit().returnPressed.connect(self._settle)
        self.installEventFilter(self)
        completer.popup().installEventFilter(self)
        self.activated.connect(self._picked)
        completer.activated[str].connect(self._typed)

    def code(self) -> str:
        """The chosen code, or the text as typed when it names no country."""
        return self.code_for(self.currentText())

    def code_for(self, text: str) -> str:
        """The code that ``text`` names: a list entry, a country name or a code in any case."""
        cleaned = text.strip()
        if not cleaned:
            return ""
        if cleaned.upper() in COUNTRY_NAMES:
            return cleaned.upper()
        return self._codes.get(cleaned.casefold(), cleaned)

    def set_code(self, code: str) -> None:
        """Show ``code``'s entry, or the raw text when it is no known code."""
        index = self.findData(code) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code)

    def _typed(self, text: str) -> None:
        self.code_edited.emit(self.code_for(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Leaving is when typed text settles. With the search popup open, Tab goes to the
        # popup and the combo never sees its focus leave, so the popup's Tab counts too.
        if watched is self and event.type() == QEvent.Type.FocusOut:
            self._settle()
        elif (
            watched is self.completer().popup()
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self._settle()
        return False

    def _settle(self) -> None:
        """On leaving, text that matches exactly one country becomes that country ("zealand")."""
        text = self.currentText().strip()
        if not text or self.code_for(text) in COUNTRY_NAMES:
            return
        matches = [i for i in range(1, self.count()) if text.casefold() in self.itemText(i).casefold()]
        if len(matches) == 1:
            self.setCurrentIndex(matches[0])
            self.setEditText(self.itemText(matches[0]))
            self._picked(matches[0])

    def _picked(self, index: int) -> None:
        self.code_edited.emit(str(self.itemData(index) or ""))
