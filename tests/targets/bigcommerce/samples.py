"""Bodies and drafts the BigCommerce tests share: the OpenAPI examples, a phone order, random JSON."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from orderdesk.core import jsonio
from orderdesk.core.order import Address, Customer, Line, OrderDraft

EXAMPLES = Path(__file__).parent / "examples"
FEES_FRAGMENT = "create_an_order_with_fees.fragment"
"""The OpenAPI example that shows only ``fees``, "with rest of the payload" left to the reader."""


def example(name: str) -> dict[str, Any]:
    """One example body, freshly read."""
    body = jsonio.read_body(EXAMPLES / f"{name}.json")
    assert isinstance(body, dict)
    return body


def example_bodies() -> dict[str, dict[str, Any]]:
    """Every complete example, plus the fees fragment put into the custom product example."""
    bodies = {path.stem: example(path.stem) for path in sorted(EXAMPLES.glob("*.json")) if path.stem != FEES_FRAGMENT}
    bodies["custom_product_with_fees"] = {**example("custom_product"), **example(FEES_FRAGMENT)}
    return bodies


def valid_body() -> dict[str, Any]:
    """A complete body with no finding at all, to change one thing at a time."""
    return copy.deepcopy(example("custom_product"))


def as_json(value: Any) -> Any:
    """``value`` as it reads back from the JSON it is written as."""
    return jsonio.loads(jsonio.dumps(value))


def phone_order() -> OrderDraft:
    """A typed phone order: one address for both, two lines, shipping, every BigCommerce extra."""
    address = Address(
        first_name="Anna",
        last_name="de Vries",
        company="De Vries BV",
        address1="Keizersgracht 12",
        address2="2e etage",
        postcode="1015 CX",
        city="Amsterdam",
        state="Noord-Holland",
        country="NL",
    )
    return OrderDraft(
        external_id="PHONE-2026-0001",
        source="OrderDesk",
        customer=Customer(name="Anna de Vries", email="anna@example.nl", phone="+31 20 123 4567"),
        shipping=address,
        lines=[
            Line(sku="MUG-1", ean="8712345678906", name="Mug", quantity=Decimal(2), unit_price=Decimal("12.10")),
            Line(sku="TEE-M", name="T-shirt M", quantity=Decimal(1), unit_price=Decimal("24.20")),
        ],
        shipping_cost=Decimal("6.05"),
        notes="Leave at the neighbours",
        extras={
            "bigcommerce": {
                "status_id": "11: Awaiting Fulfillment",
                "customer_id": 7,
                "payment_method": "Manual",
                "payment_provider_id": "TX-991",
                "discount_amount": Decimal("5"),
                "tax_rate": Decimal("21"),
                "staff_notes": "Called at 10:05",
            }
        },
    )


_KNOWN_KEYS = (
    "billing_address", "shipping_addresses", "products", "consignments", "fees", "status_id", "customer_id",
    "shipping_cost_inc_tax", "shipping_cost_ex_tax", "total_inc_tax", "total_ex_tax", "subtotal_inc_tax",
    "subtotal_ex_tax", "discount_amount", "customer_message", "staff_notes", "external_order_id",
    "external_source", "payment_method", "payment_provider_id", "date_created", "id", "first_name",
    "last_name", "street_1", "street_2", "city", "state", "zip", "country", "country_iso2", "email", "phone",
    "name", "name_customer", "quantity", "price_inc_tax", "price_ex_tax", "sku", "upc", "product_id",
    "product_options", "wrapping_id", "pickups", "line_items", "pickup_method_id", "cost_exc_tax",
)  # fmt: skip

_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.decimals(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["", " ", "US", "us", "United States", "NL", "12.50", "-1", "1e3", "20 Nov 2012 10:00 +0000"])
)
_keys = st.sampled_from(_KNOWN_KEYS) | st.text(max_size=6)

json_values = st.recursive(
    _scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_keys, children, max_size=6),
    max_leaves=40,
)
"""Any JSON value (numbers as int, float or Decimal), keys mostly BigCommerce's own."""

_addresses = st.dictionaries(
    st.sampled_from(
        ["first_name", "last_name", "company", "street_1", "street_2", "city", "state", "zip", "country",
         "country_iso2", "phone", "email", "shipping_method", "form_fields"]
    ),
    _scalars,
    max_size=10,
)  # fmt: skip
_products = st.dictionaries(
    st.sampled_from(
        ["name", "name_customer", "quantity", "price_inc_tax", "price_ex_tax", "sku", "upc", "product_id",
         "product_options", "variant_id"]
    ),
    _scalars,
    max_size=8,
)  # fmt: skip

bodies = st.fixed_dictionaries(
    {},
    optional={
        "billing_address": _addresses | json_values,
        "shipping_addresses": st.lists(_addresses, max_size=3) | json_values,
        "products": st.lists(_products, max_size=3) | json_values,
        "status_id": st.integers(-2, 16) | _scalars,
        "customer_id": _scalars,
        "shipping_cost_inc_tax": _scalars,
        "shipping_cost_ex_tax": _scalars,
        "total_inc_tax": _scalars,
        "total_ex_tax": _scalars,
        "discount_amount": _scalars,
        "customer_message": _scalars,
        "external_order_id": _scalars,
        "external_source": _scalars,
        "payment_provider_id": _scalars,
        "fees": json_values,
        "consignments": json_values,
    },
).flatmap(lambda known: st.dictionaries(_keys, json_values, max_size=3).map(lambda other: {**other, **known}))
"""Order bodies shaped enough to reach every conversion, with any value in any field."""
