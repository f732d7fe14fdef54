"""Findings of several APIs and servers merged into one message per place, without Qt."""

from __future__ import annotations

import subprocess
import sys

from orderdesk.core.findings import Findings
from orderdesk.ui.order_page.findings_merge import find_place, forget, merged_messages, spliced

COLUMNS = ("name", "quantity", "unit_price")


def found(*errors: tuple[str, str], warnings: tuple[tuple[str, str], ...] = ()) -> Findings:
    result = Findings()
    for path, text in errors:
        result.error(path, text)
    for path, text in warnings:
        result.warn(path, text)
    return result


def test_one_message_said_by_two_apis_reads_once_naming_both() -> None:
    sources = [
        ("Dropday", found(("customer.email", "Required"))),
        ("Centra", found(("customer.email", "Required"), warnings=(("customer.phone", "Looks short"),))),
    ]
    said = merged_messages(sources, {}, lambda path: path, str.upper, lines=False)
    assert said == {
        "customer.email": ("error", "✖ REQUIRED (Dropday, Centra)"),
        "customer.phone": ("warning", "⚠ LOOKS SHORT (Centra)"),
    }


def test_a_warning_is_left_out_where_the_same_api_already_has_an_error() -> None:
    sources = [
        ("Dropday", found(("shipping.city", "Required"))),
        ("BigCommerce", found(("shipping.city", "Required"), warnings=(("shipping.city", "Usually needed to ship"),))),
        ("Centra", found(warnings=(("shipping.city", "Usually needed to ship"),))),
    ]
    said = merged_messages(sources, {}, lambda path: path, str, lines=False)
    assert said == {
        "shipping.city": ("error", "✖ Required (Dropday, BigCommerce)\n⚠ Usually needed to ship (Centra)"),
    }


def test_where_several_fields_meet_each_apis_warning_stays_beside_its_errors() -> None:
    sources = [("Dropday", found(("shipping.method", "Required"), warnings=(("notes.gift", "Looks long"),)))]
    said = merged_messages(sources, {}, lambda path: "", str, lines=False)
    assert said == {"": ("error", "✖ shipping.method: Required (Dropday)\n⚠ notes.gift: Looks long (Dropday)")}


def test_a_required_product_list_says_to_add_a_line() -> None:
    sources = [("Dropday", found(("lines", "Required"))), ("BigCommerce", found(("lines", "Required")))]
    said = merged_messages(sources, {}, lambda path: path, str, lines=True)
    assert said == {"lines": ("error", "✖ Add at least one product line (Dropday, BigCommerce)")}


def test_lines_and_the_rest_are_merged_apart_and_the_forms_own_errors_name_no_one() -> None:
    sources = [("Dropday", found(("lines.2.quantity", "Must be a number"), ("source", "Required")))]
    unreadable = {"shipping_cost": "Not an amount"}
    rest = merged_messages(sources, unreadable, lambda path: path, str, lines=False)
    lines = merged_messages(sources, unreadable, lambda path: path, str, lines=True, rows={"2"})
    assert rest == {"source": ("error", "✖ Required (Dropday)"), "shipping_cost": ("error", "✖ Not an amount")}
    assert lines == {"lines.2.quantity": ("error", "✖ Must be a number (Dropday)")}
    assert merged_messages(sources, unreadable, lambda path: path, str, lines=True, rows={"1"}) == {}


def test_a_path_without_an_input_shows_on_the_nearest_place() -> None:
    slots = ["customer.name", "shipping.first_name", "shipping.street"]
    assert find_place("shipping.street", slots, COLUMNS) == "shipping.street"
    assert find_place("shipping", slots, COLUMNS) == "shipping.first_name"  # a whole group: its first input
    assert find_place("customer.name.first", slots, COLUMNS) == "customer.name"
    assert find_place("lines.3.quantity", slots, COLUMNS) == "lines.3.quantity"
    assert find_place("lines.3.colour", slots, COLUMNS) == "lines.3"
    assert find_place("lines", slots, COLUMNS) == "lines"
    assert find_place("payment.terms", slots, COLUMNS) == ""  # the order as a whole


def test_a_quick_check_has_the_say_only_for_the_lines_it_checked() -> None:
    previous = found(("lines.1.name", "Required"), ("lines.4.name", "Required"), ("lines", "Too many lines"))
    quick = found(("lines.0.quantity", "Must be a number"), ("customer.email", "Required"))  # line 0 is row 4
    result = spliced(quick, previous, [4])
    assert result.errors == {
        "lines.1.name": ["Required"],
        "lines": ["Too many lines"],
        "lines.4.quantity": ["Must be a number"],
        "customer.email": ["Required"],
    }


def test_an_edit_drops_what_a_server_said_about_it_and_what_it_holds() -> None:
    said = found(("shipping", "Address unknown"), ("shipping.city", "Unknown city"), ("customer.email", "Taken"))
    forget(said, "shipping.city")
    assert said.errors == {"customer.email": ["Taken"]}


def test_the_merger_loads_no_qt() -> None:
    code = "import sys, orderdesk.ui.order_page.findings_merge; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "False"
