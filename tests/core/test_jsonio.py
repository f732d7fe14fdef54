"""JSON I/O keeps every cent and says where a file is broken."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orderdesk.core import jsonio


def test_numbers_are_read_exactly() -> None:
    body = jsonio.loads('{"price": 10.99, "qty": 2, "total": 0.1}')
    assert body == {"price": Decimal("10.99"), "qty": 2, "total": Decimal("0.1")}
    assert isinstance(body["qty"], int)


def test_decimals_are_written_as_json_numbers() -> None:
    text = jsonio.dumps({"price": Decimal("10.99"), "qty": Decimal("2"), "cost": Decimal("2.50")}, indent=None)
    assert text == '{"price": 10.99, "qty": 2, "cost": 2.5}'


def test_nested_decimals_are_numbers_and_other_objects_are_refused() -> None:
    body = {"lines": [{"price": Decimal("1.10"), "qty": (Decimal("2"), 3)}], "ok": True, "none": None}

    assert jsonio.dumps(body, indent=None) == '{"lines": [{"price": 1.1, "qty": [2, 3]}], "ok": true, "none": null}'
    assert json.loads(jsonio.dumps(body)) == json.loads(jsonio.dumps(body, indent=None))
    with pytest.raises(TypeError, match="Object of type set is not JSON serializable"):
        jsonio.dumps({"tags": {"a"}})


@given(st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=2, allow_nan=False))
def test_money_survives_a_write_and_read(amount: Decimal) -> None:
    assert jsonio.loads(jsonio.dumps({"a": amount}))["a"] == amount


def test_syntax_errors_name_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "order.json"
    path.write_text('{\n  "a": 1,\n  "b": }\n', encoding="utf-8")
    with pytest.raises(jsonio.BodyError, match=r"order\.json: not valid JSON at line 3, column 8"):
        jsonio.read_body(path)


def test_nan_is_not_json() -> None:
    with pytest.raises(jsonio.BodyError, match="NaN"):
        jsonio.loads('{"a": NaN}')


def test_unreadable_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(jsonio.BodyError, match="cannot be read"):
        jsonio.read_body(tmp_path / "missing.json")
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(jsonio.BodyError, match="cannot be read"):
        jsonio.read_body(binary)


def test_non_ascii_text_stays_readable() -> None:
    assert json.loads(jsonio.dumps({"city": "Zürich"})) == {"city": "Zürich"}
    assert "Zürich" in jsonio.dumps({"city": "Zürich"})


def test_an_integer_too_long_to_convert_is_a_body_error() -> None:
    with pytest.raises(jsonio.BodyError, match="not usable JSON"):
        jsonio.loads('{"qty": ' + "9" * 5000 + "}")


def test_numbers_beyond_any_amount_are_refused_when_written() -> None:
    with pytest.raises(jsonio.BodyError, match="too large"):
        jsonio.dumps({"total": Decimal("1E+100000")})
    with pytest.raises(jsonio.BodyError, match="too large"):
        jsonio.dumps({"total": Decimal("Infinity")})


def test_a_document_nested_past_the_limit_is_refused_with_the_limit_named() -> None:
    limit = jsonio.MAX_DEPTH
    assert jsonio.loads("[" * limit + "]" * limit) is not None
    for text in ("[" * (limit + 1) + "]" * (limit + 1), '{"a": ' * (limit + 1) + "1" + "}" * (limit + 1)):
        with pytest.raises(jsonio.BodyError, match=f"nested deeper than {limit} levels"):
            jsonio.loads(text)


def test_brackets_inside_text_do_not_count_as_nesting() -> None:
    text = json.dumps({"note": "[" * 5000 + '\\"{' * 100})
    assert jsonio.loads(text)["note"].startswith("[[[")


def test_a_document_nested_past_what_python_parses_is_a_body_error() -> None:
    with pytest.raises(jsonio.BodyError, match="nested deeper"):
        jsonio.loads("[" * 100_000 + "]" * 100_000)
