"""The product-line model without any view: Qt's model checks, cell values, edits, paste, moves."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from orderdesk.core.order import Line
from orderdesk.ui.order_page.line_columns import COLUMN_KEYS
from orderdesk.ui.order_page.lines_model import (
    MESSAGE_ROLE,
    CellMessage,
    LinesModel,
    parse_block,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def column(key: str) -> int:
    return COLUMN_KEYS.index(key)


def sample_lines() -> list[Line]:
    return [
        Line(external_id="1", sku="PZ-1", name="Pizza margherita", quantity=Decimal(2), unit_price=Decimal("10.99")),
        Line(external_id="2", sku="WN-7", name="Red wine", quantity=Decimal(1), unit_price=Decimal("8.5")),
        Line(external_id="3", name="Tiramisu", quantity=Decimal(3), unit_price=Decimal("4.25")),
    ]


@pytest.fixture
def model(qtmodeltester: object) -> LinesModel:
    lines = LinesModel(sample_lines())
    qtmodeltester.check(lines, force_py=True)  # type: ignore[attr-defined]
    return lines


def test_cells_show_the_lines_values_and_the_computed_total(model: LinesModel) -> None:
    assert model.rowCount() == 3
    assert model.data(model.index(0, column("name")), DISPLAY) == "Pizza margherita"
    assert model.data(model.index(0, column("quantity")), DISPLAY) == "2"
    assert model.data(model.index(1, column("unit_price")), DISPLAY) == "8.50"
    assert model.data(model.index(0, column("total")), DISPLAY) == "21.98"
    assert model.data(model.index(1, column("unit_price")), EDIT) == "8.5"
    assert model.headerData(column("quantity"), Qt.Orientation.Horizontal, DISPLAY) == "Quantity"
    assert model.headerData(2, Qt.Orientation.Vertical, DISPLAY) == "3"


def test_editing_a_number_updates_the_line_and_its_total(model: LinesModel, qtbot: object) -> None:
    quantity = model.index(2, column("quantity"))
    with qtbot.wait_signal(model.edited) as blocker:  # type: ignore[attr-defined]
        assert model.setData(quantity, "4", EDIT)
    assert blocker.args == ["lines.2.quantity"]
    assert model.lines[2].quantity == Decimal(4)
    assert model.data(model.index(2, column("total")), DISPLAY) == "17.00"


def test_numbers_are_read_as_english_writes_them_and_text_is_kept_with_its_reason(model: LinesModel) -> None:
    said: list[tuple[str, str]] = []
    model.unreadable.connect(lambda path, why: said.append((path, why)))
    price = model.index(0, column("unit_price"))
    assert model.setData(price, "1,012.5", EDIT)
    assert model.lines[0].unit_price == Decimal("1012.5")
    assert model.setData(price, "12,5", EDIT)  # a Dutch decimal comma: kept as typed, not read as 125
    assert model.lines[0].unit_price is None
    assert model.data(price, DISPLAY) == model.data(price, EDIT) == "12,5"
    why = "“12,5” is not written as a number in this language: did you mean 12.5?"
    assert said == [("lines.0.unit_price", why)]
    model.insertRows(0, 1)  # the line moved down: said again at its new place
    assert said[-2:] == [("lines.0.unit_price", ""), ("lines.1.unit_price", why)]
    assert model.setData(model.index(1, column("unit_price")), "12.5", EDIT)
    assert model.lines[1].unit_price == Decimal("12.5") and said[-1] == ("lines.1.unit_price", "")
    assert model.data(model.index(1, column("unit_price")), DISPLAY) == "12.50"
    assert model.setData(model.index(1, column("unit_price")), "", EDIT)
    assert model.lines[1].unit_price is None


def test_in_dutch_a_comma_is_the_decimal_sign_and_amounts_show_as_dutch_writes_them(
    model: LinesModel, speak: Callable[[str], None]
) -> None:
    speak("nl")
    price = model.index(0, column("unit_price"))
    assert model.setData(price, "1.234,5", EDIT)
    assert model.lines[0].unit_price == Decimal("1234.5")
    assert model.data(price, DISPLAY) == "1.234,50"
    assert model.data(price, EDIT) == "1234,5"  # no groups when editing: it reads back as the same amount
    assert model.data(model.index(0, column("total")), DISPLAY) == "2.469,00"
    assert model.setData(price, "24.95", EDIT)
    assert model.lines[0].unit_price is None and model.data(price, DISPLAY) == "24.95"


def test_the_total_column_is_read_only(model: LinesModel) -> None:
    total = model.index(0, column("total"))
    assert not model.flags(total) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(total, "1", EDIT)


def test_messages_show_in_tooltips_and_the_message_role(model: LinesModel, qtbot: object) -> None:
    with qtbot.wait_signal(model.dataChanged):  # type: ignore[attr-defined]
        model.set_messages(
            {(1, "name"): CellMessage("error", "Required (Dropday)")}, {2: CellMessage("warning", "Odd")}
        )
    assert model.data(model.index(1, column("name")), TOOLTIP) == "Required (Dropday)"
    assert model.data(model.index(1, column("name")), MESSAGE_ROLE) == CellMessage("error", "Required (Dropday)")
    assert model.data(model.index(0, column("name")), TOOLTIP) is None
    assert model.headerData(2, Qt.Orientation.Vertical, TOOLTIP) == "Odd"
    model.set_messages({}, {})
    assert model.data(model.index(1, column("name")), MESSAGE_ROLE) is None


def test_required_columns_are_marked_in_the_header(model: LinesModel) -> None:
    model.set_required({"name": "Required by Dropday, Feedback Company"})
    assert model.headerData(column("name"), Qt.Orientation.Horizontal, DISPLAY) == "Name *"
    tooltip = model.headerData(column("name"), Qt.Orientation.Horizontal, TOOLTIP)
    assert tooltip == "Required by Dropday, Feedback Company"
    assert model.headerData(column("sku"), Qt.Orientation.Horizontal, DISPLAY) == "SKU"


def test_paste_fills_cells_from_the_current_one_and_adds_lines(model: LinesModel) -> None:
    block = "10\tBK-1\t8712345678906\tBook\t1\t19.95\n11\tPN-2\t\tPen\t5\t€ 1.20\n12\tNB-3\t\tNotebook\t2\t3.10\n"
    result = model.paste(2, 0, block)
    assert (result.first_row, result.row_count, result.unreadable) == (2, 3, ())
    assert model.rowCount() == 5
    assert [line.name for line in model.lines] == ["Pizza margherita", "Red wine", "Book", "Pen", "Notebook"]
    assert model.lines[2].unit_price == Decimal("19.95")
    assert model.lines[3].unit_price == Decimal("1.20")
    assert model.lines[4].quantity == Decimal(2)


def test_paste_skips_the_total_column_and_keeps_unreadable_numbers_as_typing_does(model: LinesModel) -> None:
    said: list[tuple[str, str]] = []
    model.unreadable.connect(lambda path, why: said.append((path, why)))
    result = model.paste(0, column("quantity"), "lots\t2.00\t999\n3\t2,50\n")
    assert result.unreadable == ((0, "quantity"), (1, "unit_price"))  # 2,50 is Dutch: not guessed in English
    assert model.lines[0].quantity is None and model.lines[1].unit_price is None  # not the old values
    assert model.data(model.index(0, column("quantity")), DISPLAY) == "lots"  # kept, to be corrected
    assert model.data(model.index(1, column("unit_price")), EDIT) == "2,50"
    assert said == [
        ("lines.0.quantity", "“lots” is not a number"),
        ("lines.1.unit_price", "“2,50” is not written as a number in this language: did you mean 2.50?"),
    ]
    assert model.lines[0].unit_price == Decimal("2.00")
    assert model.lines[0].total == Decimal(0)  # the pasted 999 went to the computed column: ignored


def test_insert_duplicate_remove_and_move_rows(model: LinesModel) -> None:
    assert model.insertRows(1, 1)
    assert model.lines[1] == Line()
    model.remove_row_set([1])
    assert [line.external_id for line in model.lines] == ["1", "2", "3"]
    copies = model.duplicate_rows([0, 1])
    assert copies == [2, 3]
    assert [line.external_id for line in model.lines] == ["1", "2", "1", "2", "3"]
    model.lines[2].name = "changed"
    assert model.lines[0].name == "Pizza margherita"  # a copy, not the same object
    model.remove_row_set([2, 3])
    assert model.move_block(2, 1, -2)
    assert [line.external_id for line in model.lines] == ["3", "1", "2"]
    assert model.move_block(0, 2, 1)
    assert [line.external_id for line in model.lines] == ["2", "3", "1"]
    assert not model.move_block(0, 1, -1)
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)


def test_row_changes_clear_markings_that_would_point_at_the_wrong_line(model: LinesModel) -> None:
    model.set_messages({(2, "name"): CellMessage("error", "Required")}, {})
    model.move_block(2, 1, -2)
    assert model.message_at(0, "name") is None
    assert model.message_at(2, "name") is None


def test_thousands_of_lines_reset_and_answer_quickly(qtmodeltester: object) -> None:
    lines = [
        Line(external_id=str(i), name=f"Item {i}", quantity=Decimal(1), unit_price=Decimal("1.5")) for i in range(5000)
    ]
    model = LinesModel()
    model.set_lines(lines)
    assert model.rowCount() == 5000
    assert model.data(model.index(4999, column("total")), DISPLAY) == "1.50"


def test_parse_block_reads_spreadsheet_text() -> None:
    assert parse_block("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]
    assert parse_block('"two\nlines"\tx\n') == [["two\nlines", "x"]]
    assert parse_block("\n\n") == []
    assert parse_block("a\tb\n\t\nc\td") == [["a", "b"], ["c", "d"]]


def test_fill_row_reports_each_changed_cell_as_an_edit(qtbot: object) -> None:
    model = LinesModel([Line(name="mok", quantity=Decimal(2))])
    edits: list[str] = []
    model.edited.connect(edits.append)

    def fill(line: Line) -> None:
        line.name, line.sku, line.unit_price = "Mok blauw", "MK-1", Decimal("6.50")

    assert model.fill_row(0, fill) == ["sku", "name", "unit_price"]
    assert edits == ["lines.0.sku", "lines.0.name", "lines.0.unit_price"]
    assert model.fill_row(0, fill) == [] and len(edits) == 3
