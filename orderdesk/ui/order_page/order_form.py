"""The Order page inside the window: its form, product lines and totals, and what they show as the order changes.

The screen reads left to right, top to bottom, and Tab follows it: who it goes to, the
order and customer, the shipping address, billing and the APIs' settings, then the
product lines, shipping cost, notes, and Submit. ``MainWindow`` builds it with these methods
(Qt's multiple-inheritance way of adding a form to a window), so the page's widgets are
the window's attributes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.targets.base import Target
from orderdesk.ui import window_state
from orderdesk.ui.language.numbers import show_money, show_total
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.bindings import Bindings
from orderdesk.ui.order_page.destination import DestinationLabel
from orderdesk.ui.order_page.draft_presenter import DraftPresenter
from orderdesk.ui.order_page.error_summary import ErrorSummary
from orderdesk.ui.order_page.extras_panel import ExtrasPanel
from orderdesk.ui.order_page.form_fit import FormFit
from orderdesk.ui.order_page.form_sections import (
    SHIPPING_SHORTCUTS,
    AddressSection,
    Section,
)
from orderdesk.ui.order_page.line_columns import COLUMN_KEYS
from orderdesk.ui.order_page.line_problems import LineProblems
from orderdesk.ui.order_page.lines_view import LinesView
from orderdesk.ui.order_page.results_panel import ResultsPanel
from orderdesk.ui.order_page.send_to import SendToList
from orderdesk.ui.order_page.validation import ValidationController
from orderdesk.ui.widgets.field_widgets import FieldSlot, NumberEdit
from orderdesk.ui.widgets.hint import Hint

if TYPE_CHECKING:
    _Window = QMainWindow
else:
    _Window = object

TOTAL_PATHS = ("lines", "shipping_cost")


class OrderForm(_Window):
    """The Order page's widgets and how they follow the draft; mixed into ``MainWindow``.

    Uses the window's ``presenter``, ``bindings``, ``validation`` and ``pages``.
    """

    presenter: DraftPresenter
    bindings: Bindings
    validation: ValidationController
    pages: QTabWidget

    if TYPE_CHECKING:  # the window's

        def manage_profiles(self) -> None: ...

        def _fit_form(self) -> None: ...

    # -- building -----------------------------------------------------------------------

    def _build_order_page(self) -> None:
        """The page (``order_page``): the form over the product lines, the results, and the Submit bar."""
        form = QWidget()
        columns = QHBoxLayout(form)
        columns.addLayout(self._first_column(), 1)
        columns.addLayout(self._address_column(), 1)
        columns.addLayout(self._billing_column(), 1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(form)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._form = form
        self._splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroller)
        products = self._products()
        splitter.addWidget(products)
        splitter.setStretchFactor(0, 0)  # the form keeps its own height; the lines get the rest
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.form_fit = FormFit(splitter, form, products)

        self.results = ResultsPanel()
        self.summary = ErrorSummary()
        self.submit_button = QPushButton(translate("MainWindow", "&Submit"))
        self.submit_button.setObjectName("submit")
        self.submit_button.setToolTip(translate("MainWindow", "Send the order to every ticked profile (Ctrl+Return)"))
        self.submit_button.setDefault(False)
        self.submit_button.setAutoDefault(False)
        self.submit_button.setMinimumWidth(140)
        self.destination = DestinationLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.destination)
        bar.addWidget(self.submit_button)

        self.order_page = QWidget()
        layout = QVBoxLayout(self.order_page)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.results)
        layout.addLayout(bar)

    def _first_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        send_group = Section(
            translate("MainWindow", "Sen&d to"), self.bindings
        )  # a group's shortcut focuses its first input
        self.send_to = SendToList()
        self.no_profiles = QLabel(translate("MainWindow", "No profiles yet: add the APIs this shop sends orders to."))
        self.no_profiles.setWordWrap(True)
        self.manage_button = QPushButton(translate("MainWindow", "Mana&ge profiles…"))
        self.manage_button.setObjectName("manage_profiles")
        self.manage_button.clicked.connect(self.manage_profiles)
        send_group.form.addRow(self.send_to)
        send_group.form.addRow(self.no_profiles)
        send_group.form.addRow(self.manage_button)
        column.addWidget(send_group)

        order = Section(translate("MainWindow", "Order"), self.bindings)
        order.text(
            "external_id", translate("MainWindow", "Order &number"), translate("MainWindow", "Your order number")
        )
        order.text("source", translate("MainWindow", "Shop"), translate("MainWindow", "Your shop's name"))
        order.check("test", translate("MainWindow", "Test order (not to be fulfilled)"))
        self._sections = [order]
        column.addWidget(order)

        customer = Section(translate("MainWindow", "Customer"), self.bindings)
        customer.text(
            "customer.name", translate("MainWindow", "Na&me"), translate("MainWindow", "Who placed the order")
        )
        customer.text(
            "customer.email", translate("MainWindow", "&E-mail"), translate("MainWindow", "For confirmations, reviews")
        )
        customer.text("customer.phone", translate("MainWindow", "P&hone"))
        self._sections.append(customer)
        column.addWidget(customer)
        column.addStretch(1)
        return column

    def _address_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.shipping = AddressSection(
            translate("MainWindow", "Shipping address"), "shipping", self.bindings, SHIPPING_SHORTCUTS
        )
        self._sections.append(self.shipping)
        column.addWidget(self.shipping)
        column.addStretch(1)
        return column

    def _billing_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        same = Section(translate("MainWindow", "Billing address"), self.bindings)
        same.check("billing_same_as_shipping", translate("MainWindow", "&Billing address same as shipping"))
        self._sections.append(same)
        column.addWidget(same)
        self.billing = AddressSection(translate("MainWindow", "Billing address"), "billing", self.bindings)
        self.billing.setTitle("")
        self._sections.append(self.billing)
        same.form.addRow(self.billing)
        self.extras = ExtrasPanel(self.bindings)
        column.addWidget(self.extras)
        column.addStretch(1)
        return column

    def _products(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.lines_view = LinesView(self.presenter.lines_model)
        label = QLabel(translate("MainWindow", "&Products"))
        self.lines_slot = FieldSlot("lines", self.lines_view, label)
        header = QHBoxLayout()
        header.addWidget(label)
        for name in ("add", "duplicate", "delete", "up", "down"):
            button = QToolButton()
            button.setDefaultAction(self.lines_view.actions_by_name[name])
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            action = self.lines_view.actions_by_name[name]
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")
            header.addWidget(button)
        hint = Hint(translate("MainWindow", "Paste rows copied from a spreadsheet with Ctrl+V"))
        header.addWidget(hint)
        header.addStretch(1)
        grid.addLayout(header, 0, 0)
        grid.addWidget(self.lines_slot.container, 1, 0)
        self.line_problems = LineProblems()
        grid.addWidget(self.line_problems, 2, 0)
        grid.addLayout(self._totals_column(), 0, 1, 3, 1)
        grid.setColumnStretch(0, 1)
        return box

    def _totals_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        totals = Section(translate("MainWindow", "Totals"), self.bindings)
        cost = NumberEdit()
        cost.setPlaceholderText(show_money(Decimal(0)))
        totals.add("shipping_cost", translate("MainWindow", "Shipping &cost"), cost)
        self.bindings.number(cost, "shipping_cost")
        self.subtotal_label = QLabel()
        self.subtotal_label.setObjectName("subtotal")
        self.subtotal_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.stated_label = QLabel()
        self.stated_label.setObjectName("stated_total")
        self.stated_label.setWordWrap(True)
        totals.form.addRow(translate("MainWindow", "Subtotal"), self.subtotal_label)
        totals.form.addRow(translate("MainWindow", "Total"), self.total_label)
        totals.form.addRow(self.stated_label)
        self._sections.append(totals)
        column.addWidget(totals)

        notes_box = Section(translate("MainWindow", "No&tes"), self.bindings)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setPlaceholderText(translate("MainWindow", "Delivery instructions, what was agreed on the phone…"))
        notes.setMinimumWidth(260)
        notes.setMinimumHeight(notes.fontMetrics().lineSpacing() * 2 + 12)  # two lines: room goes to the form above
        slot = FieldSlot("notes", notes)
        notes_box.form.addRow(slot.container)
        notes_box.slots["notes"] = slot
        self.bindings.notes(notes, "notes")
        self._sections.append(notes_box)
        column.addWidget(notes_box, 1)
        return column

    def _follow_screen_order(self) -> None:
        """Tab order and "next problem" order both follow the screen, extras included."""
        top = [slot for section in self._sections[:-2] for slot in section.slots.values()]
        extras = [slot for group in self.extras.groups.values() for slot in group.slots.values()]
        bottom = [slot for section in self._sections[-2:] for slot in section.slots.values()]
        slots = [*top, *extras, self.lines_slot, *bottom]
        self.validation.set_slots(slots)
        chain = [self.send_to, self.manage_button, *(slot.widget for slot in slots)]
        chain.insert(chain.index(self.lines_slot.widget) + 1, self.line_problems)
        chain += [self.summary.next_button, self.submit_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- targets ------------------------------------------------------------------------

    def choose(self, *names: str) -> None:
        """Tick exactly the profiles called ``names`` under Send to."""
        self.send_to.set_chosen(names)

    def chosen_targets(self) -> list[Target]:
        """The APIs of the ticked profiles, each once, in the registry's order."""
        wanted = {profile.target for profile in self.send_to.chosen()}
        if not wanted:
            return []  # the rules of the APIs are loaded when the first one is ticked
        from orderdesk.targets.registry import TARGETS

        return [target for name, target in TARGETS.items() if name in wanted]

    def _required_columns(self, columns: dict[str, str]) -> None:
        self.presenter.lines_model.set_required(columns)
        for key in columns:
            self.lines_view.reveal_column(key)

    def _chosen_changed(self) -> None:
        self.destination.show_profiles(self.send_to.chosen())
        targets = self.chosen_targets()
        if self.extras.show_targets(targets):
            self._follow_screen_order()
        self.validation.set_targets(targets)
        self._fit_form()
        window_state.save_chosen([profile.name for profile in self.send_to.chosen()])

    # -- editing ------------------------------------------------------------------------

    def _edited(self, path: str) -> None:
        if path == "billing_same_as_shipping":
            self._show_billing()
        if any(path == total or path.startswith(total + ".") for total in TOTAL_PATHS):
            self._show_totals()

    def _replaced(self) -> None:
        self._show_billing()
        self._show_totals()

    def _row_left(self, current: QModelIndex, previous: QModelIndex) -> None:
        """Moving to another line means the person is done with the previous one: its errors show."""
        if previous.isValid() and previous.row() != current.row():
            self.validation.touch(f"lines.{previous.row()}")

    def _show_billing(self) -> None:
        self.billing.setVisible(not self.presenter.draft.billing_same_as_shipping)

    def _show_totals(self) -> None:
        draft = self.presenter.draft
        self.subtotal_label.setText(show_total(draft.subtotal))
        self.total_label.setText(show_total(draft.computed_total))
        if draft.stated_total is not None and draft.stated_total != draft.computed_total:
            stated = show_total(draft.stated_total)
            self.stated_label.setText(
                translate("MainWindow", "The opened order stated a total of {0}; it is sent as stated.").format(stated)
            )
            self.stated_label.show()
        else:
            self.stated_label.hide()

    def _show_summary(self, errors: int, warnings: int) -> None:
        self.summary.show_counts(errors, warnings, checking=bool(self.validation.targets))

    def next_problem(self) -> None:
        """Go to the next error or warning."""
        if self.validation.next_problem() is None:
            self.statusBar().showMessage(translate("MainWindow", "Nothing to fix."), 4000)

    def go_to(self, path: str) -> None:
        """Put the cursor on the input (or table cell) of ``path``."""
        self.pages.setCurrentWidget(self.order_page)
        parts = path.split(".")
        if parts[0] == "lines" and len(parts) >= 2 and parts[1].isdigit():
            row = int(parts[1])
            if row >= self.presenter.lines_model.rowCount():
                return
            key = parts[2] if len(parts) >= 3 and parts[2] in COLUMN_KEYS else "name"
            self.lines_view.go_to(row, COLUMN_KEYS.index(key))
            return
        widget = self.bindings.widget(path) or (self.lines_view if path == "lines" else None)
        if widget is not None:
            self._scroll_to(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scroll_to(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
