"""The form's sections: order, customer, an address, and totals; each builds bound slots.

Every section only lays out inputs and binds them to draft paths; labels carry the
window's Alt-shortcuts, chosen once here so no two collide.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.bindings import Bindings
from orderdesk.ui.widgets.country_combo import CountryCombo
from orderdesk.ui.widgets.field_widgets import FieldSlot

ADDRESS_FIELDS: tuple[tuple[str, str], ...] = (
    ("first_name", QT_TRANSLATE_NOOP("AddressSection", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("AddressSection", "Last name")),
    ("company", QT_TRANSLATE_NOOP("AddressSection", "Company")),
    ("address1", QT_TRANSLATE_NOOP("AddressSection", "Street and number")),
    ("address2", QT_TRANSLATE_NOOP("AddressSection", "Address line 2")),
    ("postcode", QT_TRANSLATE_NOOP("AddressSection", "Postcode")),
    ("city", QT_TRANSLATE_NOOP("AddressSection", "City")),
    ("state", QT_TRANSLATE_NOOP("AddressSection", "State / province")),
    ("country", QT_TRANSLATE_NOOP("AddressSection", "Country")),
    ("phone", QT_TRANSLATE_NOOP("AddressSection", "Phone")),
    ("email", QT_TRANSLATE_NOOP("AddressSection", "E-mail")),
)
"""The inputs of an address, in the order people say them on the phone."""

SHIPPING_SHORTCUTS = {
    "first_name": QT_TRANSLATE_NOOP("AddressSection", "&First name"),
    "last_name": QT_TRANSLATE_NOOP("AddressSection", "&Last name"),
    "address1": QT_TRANSLATE_NOOP("AddressSection", "St&reet and number"),
    "city": QT_TRANSLATE_NOOP("AddressSection", "C&ity"),
    "country": QT_TRANSLATE_NOOP("AddressSection", "Co&untry"),
}
"""Alt-shortcuts for the shipping address; the billing address, shown less often, has none."""


class Section(QGroupBox):
    """A titled group of slots in a two-column form layout.

    Attributes:
        slots: the section's slots by draft path, in screen order.
    """

    def __init__(self, title: str, bindings: Bindings, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._bindings = bindings
        self.slots: dict[str, FieldSlot] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def add(self, path: str, label: str, widget: QWidget) -> FieldSlot:
        """Put ``widget`` in a labelled row and register its slot under ``path``."""
        caption = QLabel(label) if not isinstance(widget, QCheckBox) else None
        slot = FieldSlot(path, widget, caption)
        if caption is None:
            self.form.addRow(slot.container)
        else:
            self.form.addRow(caption, slot.container)
        self.slots[path] = slot
        return slot

    def text(self, path: str, label: str, placeholder: str = "") -> QLineEdit:
        """A bound line edit."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add(path, label, edit)
        self._bindings.text(edit, path)
        return edit

    def check(self, path: str, label: str) -> QCheckBox:
        """A bound check box."""
        box = QCheckBox(label)
        self.add(path, label, box)
        self._bindings.check(box, path)
        return box


class AddressSection(Section):
    """The inputs of one address (``shipping`` or ``billing``)."""

    def __init__(
        self, title: str, prefix: str, bindings: Bindings, shortcuts: dict[str, str] | None = None
    ) -> None:
        super().__init__(title, bindings)
        labels = shortcuts or {}
        for key, label in ADDRESS_FIELDS:
            path = f"{prefix}.{key}"
            caption = translate("AddressSection", labels.get(key, label))
            if key == "country":
                combo = CountryCombo()
                self.add(path, caption, combo)
                bindings.country(combo, path)
            else:
                self.text(path, caption)
