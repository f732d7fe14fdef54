"""Message colours follow the palette: readable on light and on dark backgrounds."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from orderdesk.ui.widgets.theme import DARK, HINT_PROPERTY, LIGHT, colours, is_dark, style_sheet
from tests.ui.contrast_support import READABLE, contrast


def palette(window: str, text: str) -> QPalette:
    shades = QPalette()
    shades.setColor(QPalette.ColorRole.Window, QColor(window))
    shades.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return shades


def test_dark_and_light_palettes_get_their_own_colours(qapp: object) -> None:
    dark, light = palette("#202020", "#f0f0f0"), palette("#f6f6f6", "#101010")
    assert is_dark(dark) and not is_dark(light)
    assert colours(dark) == DARK and colours(light) == LIGHT
    assert DARK["error"] in style_sheet(dark) and LIGHT["error"] in style_sheet(light)


def test_hints_are_muted_yet_readable_on_light_and_dark_backgrounds(qapp: object) -> None:
    for window, text in (("#efefef", "#000000"), ("#ffffff", "#000000"), ("#202020", "#f0f0f0")):
        shades = palette(window, text)
        hint = QColor(colours(shades)["hint"])
        assert READABLE <= contrast(hint, QColor(window)) < contrast(QColor(text), QColor(window))
        assert f"QLabel[{HINT_PROPERTY}=\"true\"] {{ color: {hint.name()}; }}" in style_sheet(shades)
