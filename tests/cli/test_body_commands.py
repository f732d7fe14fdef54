"""``orderdesk validate`` and ``orderdesk convert`` as a terminal user runs them."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderdesk.cli import main
from orderdesk.core.jsonio import MAX_DEPTH
from orderdesk.targets.registry import TARGET_NAMES

EXAMPLES = Path(__file__).resolve().parent.parent / "targets"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def examples_of(target: str) -> list[Path]:
    """The API's own request examples (error bodies and fragments kept beside them are not requests)."""
    return sorted(
        path
        for path in (EXAMPLES / target / "examples").glob("*.json")
        if not path.name.startswith("error") and ".fragment." not in path.name
    )


@pytest.mark.parametrize("target", TARGET_NAMES)
def test_every_api_example_validates_without_errors(target: str) -> None:
    examples = examples_of(target)
    assert examples, f"no example bodies for {target}"
    for example in examples:
        code, out, _ = _run("validate", str(example), "--target", target)
        assert code == 0, f"{example.name}: {out}"
        assert all(line.startswith("warning: ") for line in out.splitlines())


@pytest.mark.parametrize("target", TARGET_NAMES)
def test_converting_an_example_to_its_own_api_gives_the_same_body(target: str) -> None:
    for example in examples_of(target):
        original = json.loads(example.read_text(encoding="utf-8"))
        if target == "centra" and "products" not in original:
            continue  # a batch is several orders; convert takes one
        code, out, err = _run("convert", str(example), "--from", target, "--to", target)
        assert code == 0, err
        assert json.loads(out) == original, example.name


def test_errors_are_listed_with_the_files_own_paths(tmp_path: Path) -> None:
    body = json.loads(examples_of("dropday")[0].read_text(encoding="utf-8"))
    del body["products"][0]["price"]
    path = tmp_path / "order.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    code, out, _ = _run("validate", str(path), "--target", "dropday")
    assert code == 1
    assert "products.0.price: Required" in out.splitlines()
    code, out, _ = _run("validate", str(path), "--target", "dropday", "--json")
    report = json.loads(out)
    assert set(report) == {"errors", "warnings"}
    assert report["errors"]["products.0.price"] == ["Required"]


def test_a_file_that_is_not_json_exits_2_and_says_where(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"external_id": "A1",\n "total": }', encoding="utf-8")
    code, out, err = _run("validate", str(path), "--target", "dropday")
    assert code == 2 and out == ""
    assert "line 2, column 11" in err


def test_a_missing_file_exits_2(tmp_path: Path) -> None:
    code, _, err = _run("validate", str(tmp_path / "nope.json"), "--target", "centra")
    assert code == 2 and "cannot be read" in err


def test_the_console_script_runs_from_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "order.json"
    path.write_text("[1, 2]", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "orderdesk", "validate", str(path), "--target", "feedbackcompany", "--json"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["errors"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25,
)
keys = st.sampled_from(
    ["external_id", "products", "shipping_address", "customer", "billing_address", "invoiceAddress", "qty", "email"]
)
order_like = st.dictionaries(keys, json_values, max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.one_of(json_values, order_like), target=st.sampled_from(TARGET_NAMES), as_json=st.booleans())
def test_any_json_gives_exit_0_1_or_2_with_a_message_never_a_traceback(body: object, target: str, as_json: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "body.json"
        path.write_text(json.dumps(body), encoding="utf-8")
        argv = ["validate", str(path), "--target", target] + (["--json"] if as_json else [])
        code, out, err = _run(*argv)
    assert code in (0, 1, 2)
    if code == 1:
        assert out.strip(), "errors found but nothing printed"
    if as_json and code != 2:
        assert set(json.loads(out)) == {"errors", "warnings"}
    assert "Traceback" not in out + err



def test_a_number_too_large_to_send_is_an_error_in_validate_and_convert(tmp_path: Path) -> None:
    body = json.loads(examples_of("dropday")[0].read_text(encoding="utf-8"))
    body["total"] = "TOTAL"
    path = tmp_path / "order.json"
    path.write_text(json.dumps(body).replace('"TOTAL"', "1e400"), encoding="utf-8")
    code, out, err = _run("validate", str(path), "--target", "dropday")
    assert code == 1
    assert "total: Too large" in out.splitlines()
    code, out, err = _run("convert", str(path), "--from", "dropday", "--to", "dropday")
    assert code == 1 and out == ""
    assert err.startswith(f"{path}: cannot be written as a dropday body:") and "too large" in err


@pytest.mark.parametrize("target", ["dropday", "centra", "feedbackcompany", "bigcommerce"])
def test_a_body_nested_past_the_limit_exits_2_and_one_within_it_converts(tmp_path: Path, target: str) -> None:
    example = next(path for path in examples_of(target) if "products" in json.loads(path.read_text(encoding="utf-8")))
    text = example.read_text(encoding="utf-8").rstrip().removesuffix("}")
    path = tmp_path / "deep.json"
    for depth, expected in ((900, 2), (MAX_DEPTH - 2, 0)):
        path.write_text(f'{text}, "zz_unknown": {"[" * depth}{"]" * depth}}}', encoding="utf-8")
        code, out, err = _run("convert", str(path), "--from", target, "--to", target)
        assert code == expected, err
        assert "Traceback" not in err
        if expected == 2:
            assert err.startswith(f"{path}: ") and f"nested deeper than {MAX_DEPTH} levels" in err
        else:
            assert json.loads(out)["zz_unknown"] == json.loads("[" * depth + "]" * depth)


def test_a_file_holding_json_null_is_a_body_not_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "null.json"
    path.write_text("null", encoding="utf-8")
    code, out, err = _run("validate", str(path), "--target", "dropday")
    assert code == 1 and out.strip(), err
    code, out, err = _run("convert", str(path), "--from", "dropday", "--to", "centra")
    assert (code, out) == (1, "") and err == f"{path}: an order body must be a JSON object\n"
