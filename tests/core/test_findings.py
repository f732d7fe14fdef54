"""Findings: one shape for client-side and server errors, keyed by path."""

from __future__ import annotations

from orderdesk.core.findings import Findings, join_path


def test_messages_are_kept_once_per_path() -> None:
    findings = Findings()
    findings.error("products.0.price", "Required")
    findings.error("products.0.price", "Required")
    findings.warn("total", "Does not match the lines")
    assert findings.errors == {"products.0.price": ["Required"]}
    assert findings.warnings == {"total": ["Does not match the lines"]}


def test_extend_puts_paths_under_a_prefix() -> None:
    inner = Findings()
    inner.error("products.0.qty", "Required")
    inner.error("", "Order is empty")
    outer = Findings()
    outer.extend(inner, "x123")
    assert outer.errors == {"x123.products.0.qty": ["Required"], "x123": ["Order is empty"]}


def test_mapped_sends_unmappable_paths_to_order_level_without_dropping_them() -> None:
    findings = Findings()
    findings.error("shipping_address.firstname", "Required")
    findings.error("mystery", "Bad")
    mapped = findings.mapped(lambda path: "shipping.first_name" if path.startswith("shipping_address") else None)
    assert mapped.errors == {"shipping.first_name": ["Required"], "": ["mystery: Bad"]}


def test_lines_and_json_shapes() -> None:
    findings = Findings()
    findings.error("", "Order is empty")
    findings.warn("products.0.ean13", "Check digit is wrong")
    assert list(findings.lines()) == ["(order): Order is empty", "warning: products.0.ean13: Check digit is wrong"]
    assert findings.as_json() == {
        "errors": {"": ["Order is empty"]},
        "warnings": {"products.0.ean13": ["Check digit is wrong"]},
    }
    assert bool(findings) and not bool(Findings())


def test_join_path() -> None:
    assert join_path("", "a.b") == "a.b"
    assert join_path("x", "") == "x"
    assert join_path("x", "a") == "x.a"
