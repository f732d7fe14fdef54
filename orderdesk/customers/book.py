"""Earlier customers with their addresses, as the person on the phone is found again by name, e-mail or phone.

An entry is one customer at one shipping address (with the billing that went with it). The
same customer at a new address makes a second entry, newer, so it is offered first: the
newest address wins, and the older ones stay to choose from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from orderdesk.catalogue.folding import fold
from orderdesk.core.order import Address, Customer


@dataclass(frozen=True)
class CustomerEntry:
    """One customer at one address, as last typed.

    Attributes:
        billing: ``None`` when billing was the same as shipping.
        used_at: epoch seconds of the newest draft with this customer and address.
    """

    customer: Customer
    shipping: Address
    billing: Address | None
    used_at: float

    def summary(self) -> str:
        """One line for a suggestion list: who, how to reach them, where."""
        place = ", ".join(part for part in (self.shipping.address1, self.shipping.postcode, self.shipping.city) if part)
        reach = " · ".join(part for part in (self.customer.email, self.customer.phone) if part)
        return " — ".join(part for part in (self.customer.name, reach, place) if part)


def entries_from(drafts: Iterable[tuple[float, dict[str, Any]]]) -> list[CustomerEntry]:
    """Entries from ``(saved at, draft JSON)`` pairs, newest first, one per customer and address.

    Drafts with no customer name, e-mail or phone are left out; so is an entry whose address
    is empty when the same customer has one with an address.
    """
    newest: dict[tuple[str, tuple[str, ...]], CustomerEntry] = {}
    for used_at, body in drafts:
        entry = _entry(used_at, body)
        if entry is None:
            continue
        key = (_identity(entry.customer), _place(entry.shipping))
        if key not in newest or newest[key].used_at < used_at:
            newest[key] = entry
    with_address = {identity for identity, place in newest if any(place)}
    kept = [entry for (identity, place), entry in newest.items() if any(place) or identity not in with_address]
    return sorted(kept, key=lambda entry: entry.used_at, reverse=True)


def matching(entries: list[CustomerEntry], text: str, limit: int = 8) -> list[CustomerEntry]:
    """The entries whose name words, e-mail or phone start with what was typed (or hold its digits), newest first."""
    folded = fold(text)
    digits = "".join(char for char in text if char.isdigit())
    typed_words = folded.split()
    if not typed_words:
        return []
    found: list[CustomerEntry] = []
    for entry in entries:
        customer = entry.customer
        name_words = fold(customer.name).split()
        by_name = all(any(word.startswith(typed) for word in name_words) for typed in typed_words)
        by_email = customer.email.casefold().startswith(text.strip().casefold())
        phone = "".join(char for char in customer.phone or entry.shipping.phone if char.isdigit())
        by_phone = len(digits) >= 3 and digits in phone
        if by_name or by_email or by_phone:
            found.append(entry)
            if len(found) >= limit:
                break
    return found


def _entry(used_at: float, body: dict[str, Any]) -> CustomerEntry | None:
    try:
        customer = Customer.model_validate(body.get("customer") or {})
        shipping = Address.model_validate(body.get("shipping") or {})
        same = body.get("billing_same_as_shipping", True) is not False
        billing = None if same else Address.model_validate(body.get("billing") or {})
    except ValueError:  # pydantic's ValidationError: a draft from another version, skipped
        return None
    if not (customer.name.strip() or customer.email.strip() or customer.phone.strip()):
        return None
    return CustomerEntry(customer, shipping, billing, used_at)


def _identity(customer: Customer) -> str:
    """Who the customer is: the e-mail when typed, else name and phone."""
    email = customer.email.strip().casefold()
    return f"email:{email}" if email else f"name:{fold(customer.name)}|{''.join(filter(str.isdigit, customer.phone))}"


def _place(address: Address) -> tuple[str, ...]:
    return tuple(fold(getattr(address, name)) for name in ("address1", "address2", "postcode", "city", "country"))
