"""OrderDraft <-> Feedback Company body: round trips, empty inputs, extras and carried values."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderdesk.core import jsonio
from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.feedbackcompany.convert import from_draft, to_draft


def round_trip(body: dict[str, Any]) -> Any:
    """The body after to_draft and from_draft, as JSON would carry it."""
    return jsonio.loads(jsonio.dumps(from_draft(to_draft(body))))


def test_the_docs_example_round_trips(body: dict[str, Any]) -> None:
    assert round_trip(body) == body


def test_the_example_reads_into_the_draft(body: dict[str, Any]) -> None:
    draft = to_draft(body)
    assert draft.external_id == "08b747cb-e20a-4644-9900-7db115e2f249"
    assert draft.customer == Customer(name="John Appleseed", email="appleseed@example.com")
    assert draft.lines == [
        Line(
            external_id="c17b8994-7a31-4dda-b710-a1bb5cd97e55", sku="rd001", ean="0075678164124",
            name="Red Delicious", url="https://www.example.com/producs/red-delicious",
            image_url="https://www.example.com/images/red-delicious.jpeg",
        )
    ]
    assert draft.extras == {
        "feedbackcompany": {"delay_unit": "days", "delay_amount": 0, "reminder_unit": "days",
                            "reminder_amount": 7, "filtercode": "filtercode1234"}
    }
    assert draft.carry == {}


def test_the_body_of_a_complete_draft(draft: OrderDraft) -> None:
    assert from_draft(draft) == {
        "external_id": "PHONE-0001",
        "customer": {"email": "anna@example.nl", "fullname": "Anna de Vries"},
        "invitation": {"delay": {"unit": "days", "amount": 3}, "reminder": {"unit": "weekdays", "amount": 10}},
        "products": [
            {"external_id": "TEA-01", "sku": "TEA-01", "gtin": "8712345678906", "name": "Teapot",
             "url": "https://shop.example.nl/teapot", "image_url": "https://shop.example.nl/teapot.jpg"},
            {"external_id": "TEA-02", "name": "Tea", "url": "https://shop.example.nl/tea"},
        ],
        "filtercode": "phone",
    }


def test_a_draft_round_trips_through_the_body(draft: OrderDraft) -> None:
    again = to_draft(jsonio.loads(jsonio.dumps(from_draft(draft))))
    assert again.external_id == draft.external_id
    assert (again.customer.name, again.customer.email) == (draft.customer.name, draft.customer.email)
    assert again.extras == draft.extras
    for before, after in zip(draft.lines, again.lines, strict=True):
        kept = ("external_id", "sku", "ean", "name", "url", "image_url")
        assert [getattr(after, key) for key in kept] == [getattr(before, key) for key in kept]
    assert again.carry == {}


def test_an_empty_draft_gives_an_empty_body() -> None:
    assert from_draft(OrderDraft()) == {}


def test_empty_inputs_are_left_out() -> None:
    draft = OrderDraft(
        customer=Customer(email="a@example.com"),
        lines=[Line(name="Tea")],
        extras={"feedbackcompany": {"delay_unit": "", "delay_amount": None, "filtercode": ""}},
    )
    assert from_draft(draft) == {"customer": {"email": "a@example.com"}, "products": [{"name": "Tea"}]}


def test_quantities_and_prices_are_not_sent(draft: OrderDraft) -> None:
    assert all(set(product) <= {"external_id", "sku", "gtin", "name", "url", "image_url"}
               for product in from_draft(draft)["products"])


def test_fullname_falls_back_to_the_shipping_name() -> None:
    draft = OrderDraft(customer=Customer(email="a@example.com"), shipping=Address(first_name="Anna", last_name="de Vries"))
    assert from_draft(draft)["customer"] == {"email": "a@example.com", "fullname": "Anna de Vries"}
    draft.shipping.first_name = ""
    assert from_draft(draft)["customer"]["fullname"] == "de Vries"
    draft.customer.name = "A. de Vries"
    assert from_draft(draft)["customer"]["fullname"] == "A. de Vries"


def test_a_body_without_fullname_round_trips(body: dict[str, Any]) -> None:
    del body["customer"]["fullname"]
    assert round_trip(body) == body


def test_a_zero_delay_is_sent_and_no_reminder_means_none() -> None:
    draft = OrderDraft(extras={"feedbackcompany": {"delay_unit": "minutes", "delay_amount": 0}})
    assert from_draft(draft) == {"invitation": {"delay": {"unit": "minutes", "amount": 0}}}


def test_half_a_delay_is_sent_as_typed_for_validation_to_point_at() -> None:
    draft = OrderDraft(extras={"feedbackcompany": {"reminder_amount": 7}})
    assert from_draft(draft) == {"invitation": {"reminder": {"amount": 7}}}


@pytest.mark.parametrize("part", ["invitation", "products", "filtercode"])
def test_optional_parts_left_out_stay_out(body: dict[str, Any], part: str) -> None:
    del body[part]
    assert round_trip(body) == body


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["external_id"], 42),
        (["external_id"], ""),
        (["customer", "email"], None),
        (["customer", "fullname"], ""),
        (["customer", "phone"], "020 123"),
        (["invitation", "delay", "amount"], "0"),
        (["invitation", "delay", "unit"], 3),
        (["invitation", "reminder", "amount"], True),
        (["invitation", "reminder", "at"], "09:00"),
        (["invitation", "note"], "x"),
        (["products", 0, "gtin"], 75678164124),
        (["products", 0, "sku"], ""),
        (["products", 0, "quantity"], 2),
        (["filtercode"], ""),
        (["filtercode"], None),
        (["shop"], {"id": 1}),
    ],
)
def test_what_the_draft_cannot_hold_is_carried_and_comes_back(body: dict[str, Any], path: list[Any], value: Any) -> None:
    target: Any = body
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    assert round_trip(body) == body


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("customer", "appleseed@example.com"),
        ("customer", {}),
        ("invitation", {}),
        ("invitation", {"delay": {}}),
        ("invitation", {"delay": None}),
        ("invitation", "tomorrow"),
        ("products", []),
        ("products", {"name": "apple"}),
        ("products", [{"name": "apple"}, "pear"]),
    ],
)
def test_odd_shapes_are_kept_whole(body: dict[str, Any], key: str, value: Any) -> None:
    body[key] = value
    assert round_trip(body) == body


def test_an_edit_replaces_a_carried_value(body: dict[str, Any]) -> None:
    body["invitation"]["delay"]["amount"] = "0"
    body["customer"]["fullname"] = ""
    draft = to_draft(body)
    draft.extras["feedbackcompany"]["delay_amount"] = 1
    draft.customer.name = "John"
    again = from_draft(draft)
    assert again["invitation"]["delay"] == {"unit": "days", "amount": 1}
    assert again["customer"]["fullname"] == "John"


def test_carried_values_sit_where_they_came_from(body: dict[str, Any]) -> None:
    body["invitation"]["reminder"]["amount"] = "7"
    body["products"][0]["quantity"] = 2
    draft = to_draft(body)
    assert draft.carry == {"feedbackcompany": {"invitation": {"reminder": {"amount": "7"}}}}
    assert "reminder_amount" not in draft.extras["feedbackcompany"]
    assert draft.lines[0].carry == {"feedbackcompany": {"quantity": 2}}


def test_a_line_without_anything_feedback_company_knows_is_an_empty_product() -> None:
    assert from_draft(OrderDraft(lines=[Line(quantity=Decimal(1), unit_price=Decimal(2))]))["products"] == [{}]


SCALARS = st.none() | st.booleans() | st.integers() | st.decimals(allow_nan=False, places=2) | st.text("ab@.1 ", max_size=3)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=2) | st.dictionaries(st.sampled_from("abc"), children, max_size=2),
    max_leaves=6,
)
DELAYS = st.fixed_dictionaries({}, optional={"unit": VALUES, "amount": VALUES, "x": VALUES}) | VALUES
BODIES = st.fixed_dictionaries(
    {},
    optional={
        "external_id": VALUES,
        "customer": st.fixed_dictionaries({}, optional={"email": VALUES, "fullname": VALUES, "x": VALUES}) | VALUES,
        "invitation": st.fixed_dictionaries({}, optional={"delay": DELAYS, "reminder": DELAYS, "x": VALUES}) | VALUES,
        "products": st.lists(st.fixed_dictionaries({}, optional={"name": VALUES, "gtin": VALUES, "x": VALUES}), max_size=2)
        | VALUES,
        "filtercode": VALUES,
        "x": VALUES,
    },
)


@settings(max_examples=100, deadline=None)
@given(BODIES)
def test_any_object_goes_through_to_draft_and_back_unchanged(body: dict[str, Any]) -> None:
    assert from_draft(to_draft(body)) == body
