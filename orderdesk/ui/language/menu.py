"""The View › Language menu: pick the window's language, which takes effect at the next start.

Switching at once would mean re-setting every text of every widget that is already built;
a restart is honest and cheap, and the menu says so when a choice is made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QStatusBar

from orderdesk.ui import window_state
from orderdesk.ui.language.choice import LANGUAGE_NAMES, system_language

SYSTEM = "system"
"""The menu entry that follows the system's language again (nothing kept in the window state)."""


class LanguageMenu(QMenu):
    """A sub-menu of ``parent`` with one checkable entry per language, and one for the system's."""

    def __init__(self, parent: QMenu, status: QStatusBar) -> None:
        super().__init__(QCoreApplication.translate("LanguageMenu", "&Language"), parent)
        self._status = status
        self._group = QActionGroup(self)
        chosen = window_state.load_language()
        system_name = LANGUAGE_NAMES[system_language()]
        entries = [(SYSTEM, QCoreApplication.translate("LanguageMenu", "As the system ({0})").format(system_name))]
        entries += sorted(LANGUAGE_NAMES.items(), key=lambda item: item[1])
        for code, name in entries:
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == (chosen if chosen in LANGUAGE_NAMES else SYSTEM))
            self._group.addAction(action)
            self.addAction(action)
        self._group.triggered.connect(self._chosen)
        parent.addMenu(self)

    def checked_code(self) -> str:
        """The entry that is ticked: a language code, or ``SYSTEM``."""
        action = self._group.checkedAction()
        return str(action.data()) if action is not None else SYSTEM

    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        window_state.save_language(None if code == SYSTEM else code)
        wanted = system_language() if code == SYSTEM else code
        if wanted == _running_language():  # back to what this run speaks: nothing changes
            return
        self._status.showMessage(
            QCoreApplication.translate("LanguageMenu", "The window speaks {0} from the next start.").format(
                LANGUAGE_NAMES[wanted]
            ),
            10000,
        )


def _running_language() -> str:
    """The language this run was started in (what ``install_language`` put into effect)."""
    app = QCoreApplication.instance()
    return "nl" if app is not None and app.property("orderdesk_language") == "nl" else "en"
