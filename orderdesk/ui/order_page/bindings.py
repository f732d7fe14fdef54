"""Binding inputs to draft paths: what a person types goes into the draft, and back on reload.

Each binding knows only how to read and show a value in one kind of widget; the values
and their rules belong to the presenter and the targets. Focus leaving an input is
reported as :attr:`Bindings.left`, which is when its error first shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from orderdesk.ui.order_page.draft_presenter import DraftPresenter
from orderdesk.ui.widgets.country_combo import CountryCombo
from orderdesk.ui.widgets.field_widgets import DayEdit, NumberEdit


@dataclass
class _Binding:
    widget: QWidget
    read: Callable[[], Any]
    show: Callable[[Any], None]


class Bindings(QObject):
    """Every bound input of the form, by draft path.

    Signals:
        left(str): focus left the input bound to this path.
        unreadable(str, str): the number or day input of this path holds text that is not one in the
            window's language, and why (``""`` once it is one again). Its value is then ``None``.
    """

    left = Signal(str)
    unreadable = Signal(str, str)

    def __init__(self, presenter: DraftPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._bindings: dict[str, _Binding] = {}
        self._paths: dict[QWidget, str] = {}
        presenter.replaced.connect(self.reload)
        presenter.edited.connect(self._refresh)

    def text(self, widget: QLineEdit, path: str) -> None:
        """A line edit holding a text value."""
        self._add(path, widget, widget.text, lambda value: widget.setText(value or ""), widget.textEdited)

    def number(self, widget: NumberEdit, path: str) -> None:
        """A number edit holding a ``Decimal`` (or ``int``) value."""

        def read() -> Decimal | int | None:
            value = widget.number()
            self.unreadable.emit(path, widget.problem_text())
            return value

        def show(value: Decimal | int | None) -> None:
            widget.set_number(value)
            self.unreadable.emit(path, "")

        self._add(path, widget, read, show, widget.textEdited)

    def day(self, widget: DayEdit, path: str) -> None:
        """A day held as ``DD-MM-YYYY`` text, typed as the window's language writes days."""

        def read() -> str | None:
            value = widget.held()
            self.unreadable.emit(path, widget.problem_text())
            return value

        def show(value: str | None) -> None:
            widget.set_held(value)
            self.unreadable.emit(path, "")

        self._add(path, widget, read, show, widget.textEdited)

    def notes(self, widget: QPlainTextEdit, path: str) -> None:
        """A multi-line text value."""

        def show(value: Any) -> None:
            widget.setPlainText(value or "")

        self._add(path, widget, widget.toPlainText, show, widget.textChanged)

    def check(self, widget: QCheckBox, path: str) -> None:
        """A yes/no value."""
        self._add(path, widget, widget.isChecked, lambda value: widget.setChecked(bool(value)), widget.toggled)

    def country(self, widget: CountryCombo, path: str) -> None:
        """An ISO 3166 country code."""
        self._add(path, widget, widget.code, lambda value: widget.set_code(value or ""), widget.code_edited)

    def choice(self, widget: QComboBox, path: str) -> None:
        """One of fixed values, held as each item's data (``""`` or ``None`` for none)."""

        def read() -> Any:
            return widget.currentData() or None

        def show(value: Any) -> None:
            index = widget.findData(value if value is not None else "")
            widget.setCurrentIndex(max(index, 0))

        self._add(path, widget, read, show, widget.activated)

    def widget(self, path: str) -> QWidget | None:
        """The input bound to ``path``, if any."""
        binding = self._bindings.get(path)
        return binding.widget if binding else None

    def paths(self) -> list[str]:
        """Every bound path, in the order they were bound (the screen's order)."""
        return list(self._bindings)

    def unbind(self, path: str) -> None:
        """Forget the input of ``path`` (its widget is going away)."""
        binding = self._bindings.pop(path, None)
        if binding is not None:
            self._paths.pop(binding.widget, None)
            binding.widget.removeEventFilter(self)

    def reload(self) -> None:
        """Show the draft's values in every input (after the draft was replaced)."""
        for path, binding in self._bindings.items():
            self._show(binding, self._presenter.value(path))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._paths:
            self.left.emit(self._paths[watched])  # type: ignore[index]
        return False

    def _add(
        self,
        path: str,
        widget: QWidget,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        changed: SignalInstance,
    ) -> None:
        binding = _Binding(widget, read, show)
        self._bindings[path] = binding
        self._paths[widget] = path
        widget.setObjectName(path)
        widget.installEventFilter(self)
        changed.connect(lambda *_: self._presenter.set_value(path, read()))
        self._show(binding, self._presenter.value(path))

    def _refresh(self, path: str) -> None:
        binding = self._bindings.get(path)
        if binding is not None and binding.read() != self._presenter.value(path):
            self._show(binding, self._presenter.value(path))

    @staticmethod
    def _show(binding: _Binding, value: Any) -> None:
        blocked = binding.widget.blockSignals(True)
        try:
            binding.show(value)
        finally:
            binding.widget.blockSignals(blocked)
