"""Next to Submit, in words, where the order is about to go: "Send to Webshop (Dropday) and Reviews (Feedback Company)".

The ticks under Send to are at the other end of the window; a person about to press Submit
should not have to look there to know which shops and APIs get the order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from orderdesk.config.profiles import Profile
from orderdesk.ui.widgets.field_widgets import set_state

NOWHERE = "Tick a profile under Send to"


def destination_text(profiles: Sequence[Profile]) -> str:
    """Each ticked profile with its API, joined as a sentence; :data:`NOWHERE` when none is ticked."""
    if not profiles:
        return NOWHERE
    names = [f"{profile.name} ({profile.title})" for profile in profiles]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"Send to {listed}"


class DestinationLabel(QLabel):
    """Says where Submit sends the order; the warning colour when it would go nowhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(NOWHERE, parent)
        self.setObjectName("destination")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_state(self, "warning")

    def show_profiles(self, profiles: Sequence[Profile]) -> None:
        """Say where the order goes to ``profiles``."""
        self.setText(destination_text(profiles))
        self.setToolTip(self.text())
        set_state(self, "" if profiles else "warning")
