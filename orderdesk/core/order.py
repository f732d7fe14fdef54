"""The neutral order a person types once, before any API's shape is applied.

The draft is deliberately lenient: every field may be empty or half-typed, because it
is saved on every keystroke. The documented rules live in each target; the draft only
holds values. Money and quantities are ``Decimal`` so nothing is lost to floats.

Two escape hatches keep conversions lossless without the draft knowing any API:
``extras[target][key]`` holds the per-target settings a person may edit (each target
declares them), ``carry[target]`` holds fields of an imported body that the draft does
not model, kept verbatim so converting back to that API gives the same body.
"""

from __future__ import annotations

from decimal import Decimal, DecimalException
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

ORDER_LEVEL = ""
"""The path of an error that belongs to the order as a whole, not to one input."""


class DraftModel(BaseModel):
    """Base of every draft model: lenient, assignable, and strict about unknown keys."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Customer(DraftModel):
    """Who placed the order: the contact for e-mails and review invitations."""

    name: str = ""
    email: str = ""
    phone: str = ""


class Address(DraftModel):
    """A postal address; ``email`` and ``phone`` are per-address overrides of the customer's."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    address1: str = ""
    address2: str = ""
    postcode: str = ""
    city: str = ""
    state: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""

    def is_empty(self) -> bool:
        """True when nothing was typed into any field."""
        return not any(getattr(self, name) for name in type(self).model_fields)


class Line(DraftModel):
    """One product line of the order."""

    external_id: str = ""
    sku: str = ""
    ean: str = ""
    name: str = ""
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    url: str = ""
    image_url: str = ""
    brand: str = ""
    category: str = ""
    supplier: str = ""
    custom: dict[str, str] = Field(default_factory=dict)
    carry: dict[str, dict[str, Any]] = Field(default_factory=dict)

    @property
    def total(self) -> Decimal:
        """Quantity times unit price; an empty value counts as zero.

        An absurd product (past Decimal's range, from an imported body) is Infinity, which
        every target then reports as not a number, instead of an exception mid-validation.
        """
        try:
            return (self.quantity or Decimal(0)) * (self.unit_price or Decimal(0))
        except DecimalException:  # Overflow
            return Decimal("Infinity")


class OrderDraft(DraftModel):
    """The whole order as typed: one source for every target's body.

    Attributes:
        stated_total: the total an imported body stated, kept so a conversion gives it
            back; ``None`` means the total is computed from the lines.
        extras: per-target settings, ``extras[target][key]``, declared by each target.
        carry: per-target fields of an imported body that the draft does not model.
    """

    external_id: str = ""
    source: str = ""
    test: bool = False
    customer: Customer = Field(default_factory=Customer)
    shipping: Address = Field(default_factory=Address)
    billing_same_as_shipping: bool = True
    billing: Address = Field(default_factory=Address)
    lines: list[Line] = Field(default_factory=list)
    shipping_cost: Decimal | None = None
    stated_total: Decimal | None = None
    notes: str = ""
    extras: dict[str, dict[str, Any]] = Field(default_factory=dict)
    carry: dict[str, dict[str, Any]] = Field(default_factory=dict)

    @property
    def subtotal(self) -> Decimal:
        """The sum of the line totals."""
        try:
            return sum((line.total for line in self.lines), Decimal(0))
        except DecimalException:  # Infinity + -Infinity, or an overflow
            return Decimal("NaN")

    @property
    def computed_total(self) -> Decimal:
        """Subtotal plus shipping cost."""
        try:
            return self.subtotal + (self.shipping_cost or Decimal(0))
        except DecimalException:
            return Decimal("NaN")

    @property
    def total(self) -> Decimal:
        """The total to send: the stated one when an import gave it, else the computed one."""
        return self.stated_total if self.stated_total is not None else self.computed_total

    @property
    def effective_billing(self) -> Address:
        """The billing address to send: the shipping address when "same as shipping"."""
        return self.shipping if self.billing_same_as_shipping else self.billing

    def extra(self, target: str, key: str, default: Any = None) -> Any:
        """One per-target setting, or ``default`` when it was never set."""
        return self.extras.get(target, {}).get(key, default)


def sendable(draft: OrderDraft) -> OrderDraft:
    """The draft as it is checked and sent: empty lines at the end (the row the form keeps for typing) left out.

    The one rule for every way an order is checked or sent (the form, ``orderdesk submit``,
    Send again): the draft as typed and journaled keeps its lines. Only trailing lines are
    dropped, so every other line keeps its row number and an error about ``lines.3`` still
    points at the fourth row of the table. ``draft`` itself is returned when nothing is dropped.
    """
    end = len(draft.lines)
    while end and draft.lines[end - 1] == Line():
        end -= 1
    if end == len(draft.lines):
        return draft
    return draft.model_copy(update={"lines": draft.lines[:end]})
