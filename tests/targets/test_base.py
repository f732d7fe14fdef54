"""What every target gets from ``Target``: conversions, and validation by its model and then its rules."""

from __future__ import annotations

from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.targets.base import Target
from orderdesk.targets.paths import PathMap
from orderdesk.targets.wire import NonEmptyText, WireModel


class Body(WireModel):
    """An order body of one required text."""

    ref: NonEmptyText


def _check(body: Mapping[str, Any], findings: Findings) -> None:
    if body.get("ref") == "TEST":
        findings.warn("ref", "Looks like a test order")


class ExampleTarget(Target):
    """A target whose body is ``{"ref": external_id}``."""

    name = "example"
    title = "Example"
    paths = PathMap([("ref", "external_id")])
    body_model = Body
    conversions = SimpleNamespace(
        from_draft=lambda draft: {"ref": draft.external_id},
        to_draft=lambda body: OrderDraft(external_id=body["ref"]),
    )
    rules = SimpleNamespace(check=_check)


class NoRulesTarget(ExampleTarget):
    """The same target with nothing beyond its model."""

    rules = None


def test_conversions_are_the_targets_own() -> None:
    target = ExampleTarget()
    assert target.from_draft(OrderDraft(external_id="A1")) == {"ref": "A1"}
    assert target.to_draft({"ref": "A1"}).external_id == "A1"


def test_a_body_that_is_no_object_is_one_order_level_error() -> None:
    assert ExampleTarget().validate_body([1]).errors == {"": ["An order must be a JSON object"]}


def test_the_model_and_then_the_rules_speak_on_the_same_body() -> None:
    findings = ExampleTarget().validate_body({"ref": "TEST", "extra": 1})
    assert findings.errors == {"extra": ["Not a field of this API"]}
    assert findings.warnings == {"ref": ["Looks like a test order"]}
    assert NoRulesTarget().validate_body({"ref": "TEST"}).warnings == {}


def test_draft_findings_are_by_draft_path() -> None:
    findings = ExampleTarget().validate_draft(OrderDraft(external_id=""))
    assert findings.errors == {"external_id": ["Must not be empty"]}
    assert ExampleTarget().required_draft_paths() == frozenset({"external_id"})
