"""The Centra target as the window and the CLI use it: draft validation and required inputs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.base import Target
from orderdesk.targets.centra import TARGET, CentraTarget
from orderdesk.targets.centra.rules import NOT_SENT


def good_draft() -> OrderDraft:
    return OrderDraft(
        customer=Customer(name="Ann Berg", email="ann@example.com"),
        shipping=Address(address1="Storgatan 1", postcode="111 22", city="Stockholm", country="SE"),
        lines=[Line(sku="TSHIRT-M", quantity=Decimal("1"), unit_price=Decimal("19.95"))],
    )


def test_the_target() -> None:
    assert isinstance(TARGET, CentraTarget) and isinstance(TARGET, Target)
    assert (TARGET.name, TARGET.title) == ("centra", "Centra")
    assert TARGET.extra_fields


def test_a_good_draft_has_no_finding() -> None:
    assert not TARGET.validate_draft(good_draft())


def test_a_missing_quantity_is_shown_on_the_line() -> None:
    draft = good_draft()
    draft.lines.append(Line(sku="CAP"))
    assert TARGET.validate_draft(draft).errors == {"lines.1.quantity": ["Required"]}


def test_a_missing_quantity_on_the_first_line() -> None:
    draft = good_draft()
    draft.lines[0].quantity = None
    assert TARGET.validate_draft(draft).errors == {"lines.0.quantity": ["Required"]}


def test_a_missing_country_is_shown_on_the_shipping_country() -> None:
    draft = good_draft()
    draft.shipping.country = ""
    assert TARGET.validate_draft(draft).errors == {"shipping.country": ["Required"]}


def test_separate_addresses_show_errors_on_their_own_inputs() -> None:
    draft = good_draft()
    draft.billing_same_as_shipping = False
    draft.billing = Address(city="Oslo", country="Norway")
    draft.shipping.country = ""
    assert TARGET.validate_draft(draft).errors == {
        "billing.country": ["Not an ISO 3166 two-letter country code (NL, US...)"],
        "shipping.country": ["Required"],
    }


def test_a_missing_email_is_shown_on_the_customer_email() -> None:
    draft = good_draft()
    draft.customer.email = ""
    assert TARGET.validate_draft(draft).errors == {"customer.email": ["Required"]}


def test_an_empty_address_is_shown_on_the_shipping_group() -> None:
    draft = OrderDraft(lines=[Line(sku="A", quantity=Decimal("1"))])
    assert TARGET.validate_draft(draft).errors == {
        "shipping": ["Required for a B2C order (or invoiceAddress and deliveryAddress)"]
    }


def test_line_errors_and_warnings_reach_the_line_inputs() -> None:
    draft = good_draft()
    draft.lines.append(Line(quantity=Decimal("1.5"), unit_price=Decimal("9.999"), name="Cap", url="https://x.example"))
    findings = TARGET.validate_draft(draft)
    assert findings.errors == {
        "lines.1.quantity": ["Must be a whole number"],
        "lines.1.unit_price": ["At most two decimals"],
        "lines.1.sku": ["Either id, ean or sku is required"],
    }
    assert findings.warnings == {"lines.1.url": [NOT_SENT]}


def test_a_wrong_extra_is_shown_on_the_extra_input() -> None:
    draft = good_draft()
    draft.extras = {"centra": {"orderNumber": "A-12", "sendEmail": "yes"}}
    assert TARGET.validate_draft(draft).errors == {"extras.centra.orderNumber": ["Must be a whole number"]}


def test_carried_problems_without_an_input_go_to_order_level() -> None:
    draft = good_draft()
    draft.carry = {"centra": {"payment": {"auth": {"status": 9, "amount": 1}}}}
    findings = TARGET.validate_draft(draft)
    assert findings.errors == {"": ["payment.auth.status: Must be 0 (pending), 1 (success) or 2 (failed)"]}


def test_required_draft_paths() -> None:
    assert TARGET.required_draft_paths() == {"lines", "lines.*.quantity", "shipping.country", "customer.email"}


def test_the_target_validates_both_shapes(single_example: dict[str, Any], batch_example: dict[str, Any]) -> None:
    assert not TARGET.validate_body(single_example)
    assert not TARGET.validate_body(batch_example)
    assert set(TARGET.validate_body({**batch_example, "a1": {}}).errors) == {"a1.products", "a1.address"}


def test_the_target_converts_both_ways(single_example: dict[str, Any]) -> None:
    assert TARGET.from_draft(TARGET.to_draft(single_example)) == single_example
