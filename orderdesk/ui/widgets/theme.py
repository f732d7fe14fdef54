"""The window's few styles on top of the OS palette: error and warning colours, light or dark.

Everything else (background, text, selection) comes from the system's palette, so the
window follows the OS light/dark setting; only the message colours are chosen here, in a
shade readable on the current background.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette

from orderdesk.ui.widgets.field_widgets import STATE_PROPERTY

LIGHT = {"error": "#c62828", "warning": "#9a5b00", "ok": "#2e7d32", "hint": "#5c5c5c"}
DARK = {"error": "#ff7a7a", "warning": "#ffc04d", "ok": "#81c784", "hint": "#b4b4b4"}
HINT_PROPERTY = "hint"
"""A label with this property set to true is a quiet hint: muted, yet readable (a disabled grey is not)."""


def is_dark(palette: QPalette) -> bool:
    """True when the window background is darker than its text."""
    background = palette.color(QPalette.ColorRole.Window).lightness()
    return background < palette.color(QPalette.ColorRole.WindowText).lightness()


def colours(palette: QPalette) -> dict[str, str]:
    """The message colours for ``palette``."""
    return DARK if is_dark(palette) else LIGHT


def style_sheet(palette: QPalette) -> str:
    """Borders for inputs with a message, colours for message lines."""
    shade = colours(palette)
    rules = []
    for state in ("error", "warning"):
        colour = shade[state]
        rules.append(
            f'QLineEdit[{STATE_PROPERTY}="{state}"], QComboBox[{STATE_PROPERTY}="{state}"], '
            f'QPlainTextEdit[{STATE_PROPERTY}="{state}"] {{ border: 2px solid {colour}; border-radius: 3px; }}'
        )
        rules.append(f'QCheckBox[{STATE_PROPERTY}="{state}"] {{ color: {colour}; }}')
        rules.append(f'QLabel[{STATE_PROPERTY}="{state}"] {{ color: {colour}; }}')
    rules.append('QLabel#total { font-weight: bold; font-size: 13pt; }')
    rules.append(f'QLabel[{STATE_PROPERTY}="ok"] {{ color: {shade["ok"]}; }}')
    rules.append(f'QLabel[{HINT_PROPERTY}="true"] {{ color: {shade["hint"]}; }}')
    return "\n".join(rules)
