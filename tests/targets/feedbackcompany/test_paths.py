"""Feedback Company body paths <-> draft paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from orderdesk.core import jsonio
from orderdesk.targets.feedbackcompany.paths import PATHS
from tests.targets.body_support import leaf_paths

EXAMPLES = Path(__file__).parent / "examples"


@pytest.mark.parametrize(
    ("body_path", "draft_path"),
    [
        ("external_id", "external_id"),
        ("customer", "customer.email"),
        ("customer.email", "customer.email"),
        ("customer.fullname", "customer.name"),
        ("products", "lines"),
        ("products.3", "lines.3"),
        ("products.0.external_id", "lines.0.external_id"),
        ("products.0.name", "lines.0.name"),
        ("products.0.url", "lines.0.url"),
        ("products.0.sku", "lines.0.sku"),
        ("products.7.gtin", "lines.7.ean"),
        ("products.0.image_url", "lines.0.image_url"),
        ("products.0.quantity", "lines.0.quantity"),
        ("invitation", "extras.feedbackcompany.delay_unit"),
        ("invitation.delay", "extras.feedbackcompany.delay_unit"),
        ("invitation.delay.unit", "extras.feedbackcompany.delay_unit"),
        ("invitation.delay.amount", "extras.feedbackcompany.delay_amount"),
        ("invitation.reminder", "extras.feedbackcompany.reminder_amount"),
        ("invitation.reminder.unit", "extras.feedbackcompany.reminder_unit"),
        ("invitation.reminder.amount", "extras.feedbackcompany.reminder_amount"),
        ("filtercode", "extras.feedbackcompany.filtercode"),
    ],
)
def test_body_paths_map_to_draft_paths(body_path: str, draft_path: str) -> None:
    assert PATHS.to_draft(body_path) == draft_path


@pytest.mark.parametrize(
    ("draft_path", "body_path"),
    [
        ("customer.email", "customer.email"),
        ("customer.name", "customer.fullname"),
        ("lines.2.ean", "products.2.gtin"),
        ("extras.feedbackcompany.delay_unit", "invitation.delay.unit"),
        ("extras.feedbackcompany.reminder_amount", "invitation.reminder.amount"),
        ("extras.feedbackcompany.filtercode", "filtercode"),
    ],
)
def test_draft_paths_map_to_body_fields(draft_path: str, body_path: str) -> None:
    assert PATHS.to_body(draft_path) == body_path


def test_every_field_of_the_example_has_a_draft_path() -> None:
    body = jsonio.read_body(EXAMPLES / "create-order.json")
    assert [path for path in leaf_paths(body) if PATHS.to_draft(path) is None] == []


def test_paths_outside_the_body_do_not_map() -> None:
    assert PATHS.to_draft("shop") is None
