"""What every API target provides, so the window, the CLI and the clients treat them alike."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Protocol

from pydantic import BaseModel

from orderdesk.core.findings import Findings
from orderdesk.core.order import ORDER_LEVEL, OrderDraft
from orderdesk.targets.connection import Connection
from orderdesk.targets.paths import PathMap
from orderdesk.targets.wire import validate_into

ExtraKind = Literal["text", "int", "decimal", "bool", "choice", "date"]
"""``date`` is a calendar day held as ``DAY_HELD`` text; the window shows and reads it as the person's language
writes days, so only the window knows that language."""

DAY_HELD = "%d-%m-%Y"
"""How a ``date`` setting holds its day in the draft (``07-11-2025``), whatever the window's language."""


@dataclass(frozen=True)
class ExtraField:
    """A per-target setting the window shows when that target is chosen.

    Its value lives at ``draft.extras[target][key]``; its draft path is
    ``extras.<target>.<key>``.
    """

    key: str
    label: str
    kind: ExtraKind = "text"
    choices: tuple[str, ...] = ()
    help: str = ""
    placeholder: str = ""
    """A short hint shown in the empty input (the ``help`` is its tooltip)."""


class Conversions(Protocol):
    """A target's ``convert`` module: OrderDraft <-> one order's body."""

    def from_draft(self, draft: OrderDraft) -> dict[str, Any]:
        """The request body for ``draft``."""

    def to_draft(self, body: Mapping[str, Any]) -> OrderDraft:
        """A draft holding everything ``body`` says."""


class Rules(Protocol):
    """A target's ``rules`` module: what the body model cannot say, read from the raw body."""

    def check(self, body: Mapping[str, Any], findings: Findings) -> None:
        """Add the rules across fields (errors) and the plausibility checks (warnings) to ``findings``."""


class Target:
    """One order API: its documented body, conversions, rules and path map.

    Attributes:
        name: the short name used on the command line and in ``extras``/``carry``.
        title: the name a person reads.
        extra_fields: the per-target settings the window offers.
        connection: what a connection profile of this API needs, with help for each input.
        paths: body path <-> draft path.
        body_model: the pydantic model of one order's request body.
        conversions: draft <-> body, both ways losing nothing.
        rules: the checks ``validate_body`` adds to the body model's; ``None`` for none.
    """

    name: ClassVar[str]
    title: ClassVar[str]
    extra_fields: ClassVar[tuple[ExtraField, ...]] = ()
    connection: ClassVar[Connection]
    paths: ClassVar[PathMap]
    body_model: ClassVar[type[BaseModel]]
    conversions: Conversions
    rules: Rules | None = None

    def from_draft(self, draft: OrderDraft) -> dict[str, Any]:
        """The request body for ``draft``; empty inputs are left out, never invented."""
        return self.conversions.from_draft(draft)

    def to_draft(self, body: Mapping[str, Any]) -> OrderDraft:
        """A draft holding everything ``body`` says; what the draft cannot model goes to ``carry``."""
        return self.conversions.to_draft(body)

    def validate_body(self, body: Any) -> Findings:
        """Documented rules as errors, plausibility as warnings, keyed by the body's own paths.

        A body that is not a JSON object gets one order-level error; any other body is
        checked by ``body_model`` and then by ``rules``, which still speak when the model
        finds type errors, so a person sees every problem at once.
        """
        findings = Findings()
        if not isinstance(body, dict):
            findings.error(ORDER_LEVEL, "An order must be a JSON object")
            return findings
        validate_into(self.body_model, body, findings)
        if self.rules is not None:
            self.rules.check(body, findings)
        return findings

    def validate_draft(self, draft: OrderDraft) -> Findings:
        """The findings for what ``draft`` would send, keyed by draft paths."""
        findings = self.validate_body(self.from_draft(draft)).mapped(self.paths.to_draft)
        if draft.billing_same_as_shipping:
            findings = findings.mapped(_billing_to_shipping)
        return findings

    def required_draft_paths(self) -> frozenset[str]:
        """Draft paths (``*`` for a line index) that this API always requires."""
        found = set()
        for body_path in required_paths(self.body_model):
            draft_path = self.paths.to_draft(body_path)
            if draft_path is not None:
                found.add(draft_path)
        return frozenset(found)


def required_paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Every required field of ``model`` and its required nested models, ``*`` for list items."""
    found: list[str] = []
    for name, info in model.model_fields.items():
        if not info.is_required():
            continue
        path = f"{prefix}{name}"
        found.append(path)
        nested = _nested_model(info.annotation)
        if nested is not None:
            model_class, is_list = nested
            found.extend(required_paths(model_class, f"{path}.*." if is_list else f"{path}."))
    return found


def _nested_model(annotation: Any) -> tuple[type[BaseModel], bool] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    args = getattr(annotation, "__args__", ())
    origin = getattr(annotation, "__origin__", None)
    if origin is list and args and isinstance(args[0], type) and issubclass(args[0], BaseModel):
        return args[0], True
    return None


def _billing_to_shipping(path: str) -> str:
    if path == "billing" or path.startswith("billing."):
        return "shipping" + path[len("billing") :]
    return path
