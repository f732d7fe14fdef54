"""A country picker a person can type into: "neth", "Nederland", "Pays-Bas" or "NL" all find the Netherlands.

The value is the ISO 3166-1 alpha-2 code. Entries show the name in the window's language and
in English; the search also knows the names in the neighbouring languages, because customers
say their country the way they say it. Text that names no country is kept as typed, so
validation can say what is wrong instead of the input silently dropping it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from orderdesk.core.countries import COUNTRY_NAMES, country_names, search_names
from orderdesk.ui.language.text import translate

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
"""Each entry's every name and its code, which the search matches against."""


def country_label(code: str, language: str = "en") -> str:
    """What the list shows for a code: ``Netherlands (NL)``, in Dutch ``Nederland · Netherlands (NL)``."""
    english, own = COUNTRY_NAMES[code], country_names(language)[code]
    return f"{own} · {english} ({code})" if own != english else f"{english} ({code})"


def window_language() -> str:
    """The language the window was started in (``nl``, ``en``), as the language set-up recorded it."""
    app = QCoreApplication.instance()
    language = app.property("orderdesk_language") if app is not None else None
    return language if isinstance(language, str) and language else "en"


class _NamesCompleter(QCompleter):
    """Matches against every name of a country but puts the entry as listed into the input."""

    def pathFromIndex(self, index: QModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CountryCombo(QComboBox):
    """An editable, searchable list of ISO 3166 countries.

    Signals:
        code_edited(str): the person changed the country; the code, or the raw text when it
            names no country.
    """

    code_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # Sized for a usual name, not the longest entry, so the address column fits a small screen.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        language = language or window_language()
        own_names = country_names(language)
        self._codes: dict[str, str] = {}
        self.addItem("", "")
        for code in sorted(COUNTRY_NAMES, key=lambda code: own_names[code].casefold()):
            label = country_label(code, language)
            names = search_names(code, language)
            self.addItem(label, code)
            self.setItemData(self.count() - 1, " · ".join(names), SEARCH_ROLE)
            for name in (*names[:-1], label):
                self._codes.setdefault(name.casefold(), code)
        completer = _NamesCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(translate("CountryCombo", "Name or code"))
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
        wanted = text.casefold()
        matches = [i for i in range(1, self.count()) if wanted in str(self.itemData(i, SEARCH_ROLE)).casefold()]
        if len(matches) == 1:
            self.setCurrentIndex(matches[0])
            self.setEditText(self.itemText(matches[0]))
            self._picked(matches[0])

    def _picked(self, index: int) -> None:
        self.code_edited.emit(str(self.itemData(index) or ""))
