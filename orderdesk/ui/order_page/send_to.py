"""The "Send to" list: the profiles an order goes to, several at once.

Each row names a profile and its API ("Live store — Dropday"); ticking one makes that
API's rules, required markers and settings appear on the form.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from orderdesk.config.profiles import Profile
from orderdesk.ui.language.text import translate

PROFILE_ROLE = Qt.ItemDataRole.UserRole + 1


class SendToList(QListWidget):
    """Checkable profiles; Space ticks the current one.

    Signals:
        chosen_changed(): the set of ticked profiles changed.
    """

    chosen_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_to")
        self.setAccessibleName(translate("SendToList", "Send to"))
        # The tick says what is chosen; a highlighted row would look like a second kind of choice.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a narrow window shortens names
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setToolTip(
            translate("SendToList", "Tick each profile this order goes to (Space ticks the highlighted one)")
        )
        self.itemChanged.connect(lambda _item: self.chosen_changed.emit())

    def set_profiles(self, profiles: Iterable[Profile], chosen: Iterable[str]) -> None:
        """List ``profiles``, ticking those named in ``chosen``."""
        names = set(chosen)
        blocked = self.blockSignals(True)
        self.clear()
        for profile in profiles:
            item = QListWidgetItem(f"{profile.name} — {profile.title}")
            item.setData(PROFILE_ROLE, profile)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if profile.name in names else Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)
        self.blockSignals(blocked)
        rows = max(1, min(self.count(), 5))
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4 if self.count() else 40)
        self.chosen_changed.emit()

    def chosen(self) -> list[Profile]:
        """The ticked profiles, in list order."""
        return [
            self.item(row).data(PROFILE_ROLE)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, names: Iterable[str]) -> None:
        """Tick exactly the profiles named in ``names``."""
        wanted = set(names)
        blocked = self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            profile: Profile = item.data(PROFILE_ROLE)
            item.setCheckState(Qt.CheckState.Checked if profile.name in wanted else Qt.CheckState.Unchecked)
        self.blockSignals(blocked)
        self.chosen_changed.emit()
