"""The window. The only package that imports Qt."""

from orderdesk.ui.main_window import MainWindow

__all__ = ["MainWindow"]
