"""Next to Submit, in words, where the order is about to go: "Send to Webshop (Dropday) and Reviews (Feedback Company)".

The ticks under Send to are at the other end of the window; a person about to press Submit
should not have to look there to know which shops and APIs get the order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from orderdesk.config.profiles import Profile
from orderdesk.ui.language.text import translate
from orderdesk.ui.widgets.field_widgets import set_state

NOWHERE = QT_TRANSLATE_NOOP("DestinationLabel", "Tick a profile under Send to")


def destination_text(profiles: Sequence[Profile]) -> str:
    """Each ticked profile with its API, joined as a sentence; :data:`NOWHERE` when none is ticked."""
    if not profiles:
        return translate("DestinationLabel", NOWHERE)
    names = [f"{profile.name} ({profile.title})" for profile in profiles]
    if len(names) == 1:
        listed = names[0]
    else:
        listed = translate("DestinationLabel", "{0} and {1}").format(", ".join(names[:-1]), names[-1])
    return translate("DestinationLabel", "Send to {0}").format(listed)


class DestinationLabel(QLabel):
    """Says where Submit sends the order on one line (shortened with "…" when narrow, whole in its tooltip).

    Attributes:
        sentence: the whole sentence, however much of it fits.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("DestinationLabel", NOWHERE), parent)
        self.setObjectName("destination")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(120)  # narrower than the sentence: it is shortened, not the window widened
        self.sentence = self.text()
        set_state(self, "warning")

    def show_profiles(self, profiles: Sequence[Profile]) -> None:
        """Say where the order goes to ``profiles``; the warning colour when it would go nowhere."""
        self.sentence = destination_text(profiles)
        self.setToolTip(self.sentence)
        set_state(self, "" if profiles else "warning")
        self._fit()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()  # the style sheet's padding and border, where the state sets one
        hint.setWidth(
            self.fontMetrics().horizontalAdvance(self.sentence) + margins.left() + margins.right() + 2 * self.margin() + 2
        )
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        self.setText(self.fontMetrics().elidedText(self.sentence, Qt.TextElideMode.ElideRight, room))
