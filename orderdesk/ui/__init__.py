"""The window. The only package that imports Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orderdesk.ui.main_window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> object:
    """``MainWindow`` loads on first use: starting the app shows its frame before the form's imports."""
    if name == "MainWindow":
        from orderdesk.ui.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
