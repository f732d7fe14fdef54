"""The BigCommerce settings the window offers."""

from __future__ import annotations

from orderdesk.targets.bigcommerce.body import ORDER_STATUSES, OrderPost
from orderdesk.targets.bigcommerce.extras import BODY_FIELDS, EXTRA_FIELDS, TAX_RATE


def test_status_is_a_choice_of_every_documented_status() -> None:
    (status,) = (field for field in EXTRA_FIELDS if field.key == "status_id")
    assert status.kind == "choice"
    assert len(status.choices) == len(ORDER_STATUSES) == 15
    assert status.choices[11] == "11: Awaiting Fulfillment"


def test_every_extra_but_the_tax_rate_is_a_body_field() -> None:
    keys = {field.key for field in EXTRA_FIELDS}
    assert keys - set(BODY_FIELDS) == {TAX_RATE}
    assert set(BODY_FIELDS) <= set(OrderPost.model_fields)


def test_kinds_fit_the_values() -> None:
    kinds = {field.key: field.kind for field in EXTRA_FIELDS}
    assert kinds == {
        "status_id": "choice",
        "customer_id": "int",
        "payment_method": "text",
        "payment_provider_id": "text",
        "discount_amount": "decimal",
        TAX_RATE: "decimal",
        "staff_notes": "text",
    }
    assert all(field.label and field.help for field in EXTRA_FIELDS)
