"""How readable text is on screen: the WCAG contrast ratio of what a label really draws.

A colour's name says little once alpha, a disabled state or a style sheet is applied; the
pixels of a grab are what the person reads.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

READABLE = 4.5
"""WCAG AA for body text: the least contrast between text and its background."""


def luminance(colour: QColor) -> float:
    """Relative luminance, from 0 (black) to 1 (white)."""

    def linear(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def drawn_contrast(label: QLabel) -> float:
    """The contrast between the label's background and the pixel of its text that stands out most."""
    image = label.grab().toImage()
    background = label.palette().color(QPalette.ColorRole.Window)
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return max(contrast(pixel, background) for pixel in pixels)
