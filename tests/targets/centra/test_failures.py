"""Reading Centra's failure answers into order-level findings."""

from __future__ import annotations

from typing import Any

import pytest

from orderdesk.targets.centra.failures import (
    CODE_MEANINGS,
    DUPLICATE_CODE,
    failure_code,
    failure_findings,
    is_success,
)
from orderdesk.targets.centra.paths import PATHS


def test_the_documented_codes() -> None:
    assert sorted(CODE_MEANINGS) == [-7, -6, -5, -4, -3, -2, -1]
    assert DUPLICATE_CODE == -5


@pytest.mark.parametrize(
    ("answer", "ok"),
    [
        ({"status": "ok", "orders": [1234]}, True),
        ({"status": "ok", "order": 1234}, True),
        ({"status": "no", "code": -7, "msg": "x"}, False),
        ({"orders": [1]}, False),
        ("ok", False),
        (None, False),
    ],
)
def test_only_status_ok_is_success(answer: Any, ok: bool) -> None:
    assert is_success(answer) is ok


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ({"status": "no", "code": -5}, -5),
        ({"status": "no", "msg": "x"}, None),
        ({"code": "-5"}, None),
        ({"code": True}, None),
        ([], None),
    ],
)
def test_failure_code(answer: Any, code: int | None) -> None:
    assert failure_code(answer) == code


def test_a_missing_field_failure_is_one_order_level_error() -> None:
    findings = failure_findings({"status": "no", "code": -4, "msg": "Missing field country"})
    assert findings.errors == {
        "": ["Centra refused the order: One or more required fields are missing (code -4): Missing field country"]
    }
    assert findings.warnings == {}


def test_an_order_level_failure_stays_at_order_level_as_draft_paths() -> None:
    findings = failure_findings({"status": "no", "code": -7, "msg": "Message about why the order failed."})
    assert findings.mapped(PATHS.to_draft).errors == findings.errors
    assert list(findings.errors) == [""]


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ({"status": "no", "msg": "Out of stock"}, "Centra refused the order: Out of stock"),
        ({"status": "no", "code": -9}, "Centra refused the order: Unknown error (code -9)"),
        (
            {"status": "no", "code": -5, "msg": " "},
            "Centra refused the order: An order with this order number already exists (code -5)",
        ),
        ("gateway error", "Centra refused the order"),
    ],
)  # fmt: skip
def test_failures_without_code_or_message(answer: Any, message: str) -> None:
    assert failure_findings(answer).errors == {"": [message]}
