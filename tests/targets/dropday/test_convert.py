"""OrderDraft <-> Dropday body: round trips, empty inputs, carried values, and edits."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderdesk.core import jsonio
from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.dropday.convert import from_draft, to_draft


def round_trip(body: dict[str, Any]) -> Any:
    """The body after to_draft and from_draft, as JSON would carry it."""
    return jsonio.loads(jsonio.dumps(from_draft(to_draft(body))))


@pytest.mark.parametrize("name", ["create-order", "create-order-with-shipping"])
def test_the_docs_examples_round_trip(example: Any, name: str) -> None:
    assert round_trip(example(name)) == example(name)


def test_the_example_with_empty_email_and_image_urls_round_trips(body: dict[str, Any]) -> None:
    # The braceless copy of the page (seed 000) shows "email": "" and "image_url": "".
    body["email"] = ""
    for product in body["products"]:
        product["image_url"] = ""
    assert round_trip(body) == body


def test_the_example_reads_into_the_draft(example: Any) -> None:
    draft = to_draft(example("create-order-with-shipping"))
    assert (draft.external_id, draft.source, draft.test) == ("L41223D", "Example Shop Dot Org", False)
    assert draft.stated_total == Decimal("435.45")
    assert draft.shipping_cost == Decimal("4.95")
    assert draft.customer.email == "info@example.org"
    assert draft.shipping == Address(
        first_name="John", last_name="Doe", company="Jeff", address1="Jumpstreet 23",
        postcode="4500", city="LA", country="US", phone="222 222",
    )
    assert draft.notes == "Please not at the neighbor, the dogs eat the packages"
    assert draft.extras == {
        "dropday": {"shipping_name": "DHL Group", "shipping_description": "Standard delivery",
                    "delivery_date": "07-11-2025"}
    }
    pizza = draft.lines[0]
    assert (pizza.external_id, pizza.ean, pizza.name, pizza.sku) == ("1", "87235211235464", "Pizza margerita", "PZZA00001")
    assert (pizza.quantity, pizza.unit_price) == (Decimal(2), Decimal("10.99"))
    assert (pizza.image_url, pizza.brand, pizza.category, pizza.supplier) == (
        "https://example.org/pizza.jpg", "Italian", "Pizza's", "Mario",
    )
    assert pizza.custom == {"toppings": "onions, olives", "customer_message": "No ananas/pineapple"}
    assert pizza.carry == {"dropday": {"stock_quantity": 424, "purchase_price": Decimal("5.95")}}


def test_a_draft_round_trips_through_the_body(draft: OrderDraft) -> None:
    again = to_draft(jsonio.loads(jsonio.dumps(from_draft(draft))))
    assert again.shipping == draft.shipping
    assert again.lines == draft.lines
    assert again.customer.email == draft.customer.email
    assert (again.external_id, again.source, again.test) == (draft.external_id, draft.source, draft.test)
    assert again.shipping_cost == draft.shipping_cost
    assert again.stated_total == draft.computed_total
    assert again.notes == draft.notes
    assert again.extras == draft.extras
    assert again.carry == {}


def test_the_body_of_a_complete_draft(draft: OrderDraft) -> None:
    body = from_draft(draft)
    assert body == {
        "external_id": "PHONE-0001",
        "source": "Phone order",
        "total": Decimal("34.35"),
        "shipping_cost": Decimal("4.95"),
        "shipping": {"name": "PostNL", "description": "Standard", "note": "Leave at the door",
                     "delivery_date": "07-11-2025"},
        "email": "anna@example.nl",
        "shipping_address": {
            "first_name": "Anna", "last_name": "de Vries", "company_name": "De Vries BV",
            "address1": "Keizersgracht 12", "address2": "2nd floor", "postcode": "1015 CX",
            "city": "Amsterdam", "state": "NH", "country": "NL", "phone": "+31 6 1234 5678",
        },
        "products": [
            {
                "external_id": "1", "ean13": "8712345678906", "name": "Teapot", "reference": "TEA-01",
                "quantity": 2, "price": Decimal("12.95"), "image_url": "https://shop.example.nl/teapot.jpg",
                "brand": "Brew", "category": "Kitchen", "supplier": "Brew BV", "custom": {"colour": "blue"},
            },
            {"external_id": "2", "name": "Tea", "quantity": 1, "price": Decimal("3.50")},
        ],
    }


def test_an_empty_draft_sends_only_the_computed_total() -> None:
    assert from_draft(OrderDraft()) == {"total": Decimal(0)}


def test_empty_inputs_are_left_out() -> None:
    draft = OrderDraft(shipping=Address(first_name="Anna"), lines=[Line(name="Tea")])
    assert from_draft(draft) == {
        "total": Decimal(0),
        "shipping_address": {"first_name": "Anna"},
        "products": [{"name": "Tea"}],
    }


def test_whole_quantities_become_integers_and_amounts_stay_decimal() -> None:
    draft = OrderDraft(lines=[
        Line(quantity=Decimal("2.000"), unit_price=Decimal("10.99")),
        Line(quantity=Decimal("1.5"), unit_price=Decimal(2)),
    ])
    first, second = from_draft(draft)["products"]
    assert first["quantity"] == 2 and type(first["quantity"]) is int
    assert second["quantity"] == Decimal("1.5") and isinstance(second["quantity"], Decimal)
    assert isinstance(first["price"], Decimal)
    assert jsonio.dumps(first) == '{\n  "quantity": 2,\n  "price": 10.99\n}'


def test_amounts_too_large_to_multiply_give_an_infinite_total_instead_of_raising() -> None:
    huge = Decimal("1E+999999")
    body = from_draft(OrderDraft(lines=[Line(quantity=huge, unit_price=huge)]))
    assert body["total"] == Decimal("Infinity")


def test_a_zero_price_and_quantity_are_sent() -> None:
    product = from_draft(OrderDraft(lines=[Line(quantity=Decimal(0), unit_price=Decimal(0))]))["products"][0]
    assert product == {"quantity": 0, "price": Decimal(0)}


def test_the_total_is_the_stated_one_else_the_computed_one(draft: OrderDraft) -> None:
    assert from_draft(draft)["total"] == Decimal(2) * Decimal("12.95") + Decimal("3.50") + Decimal("4.95")
    draft.stated_total = Decimal("99.99")
    assert from_draft(draft)["total"] == Decimal("99.99")


def test_the_receivers_email_and_phone_are_the_address_overrides_else_the_customers() -> None:
    draft = OrderDraft(customer=Customer(email="anna@example.nl", phone="020 123"))
    assert from_draft(draft)["email"] == "anna@example.nl"
    assert from_draft(draft)["shipping_address"] == {"phone": "020 123"}
    draft.shipping.email, draft.shipping.phone = "office@example.nl", "06 123"
    assert from_draft(draft)["email"] == "office@example.nl"
    assert from_draft(draft)["shipping_address"] == {"phone": "06 123"}


def test_the_shipping_object_is_sent_only_when_something_is_in_it() -> None:
    assert "shipping" not in from_draft(OrderDraft(shipping_cost=Decimal("4.95")))
    assert from_draft(OrderDraft(notes="Ring twice"))["shipping"] == {"note": "Ring twice"}
    draft = OrderDraft(extras={"dropday": {"shipping_name": "UPS", "delivery_date": ""}})
    assert from_draft(draft)["shipping"] == {"name": "UPS"}


def test_shipping_cost_inside_shipping_follows_the_drafts_cost(example: Any) -> None:
    draft = to_draft(example("create-order-with-shipping"))
    draft.shipping_cost = Decimal("6.95")
    body = from_draft(draft)
    assert body["shipping_cost"] == body["shipping"]["cost"] == Decimal("6.95")


def test_shipping_cost_given_only_inside_shipping_round_trips(example: Any) -> None:
    body = example("create-order-with-shipping")
    del body["shipping_cost"]
    draft = to_draft(body)
    assert draft.shipping_cost is None
    assert round_trip(body) == body


def test_two_different_shipping_costs_go_back_out_as_shipping_cost(example: Any) -> None:
    body = example("create-order-with-shipping")
    body["shipping"]["cost"] = Decimal("5.95")
    again = round_trip(body)
    assert again["shipping"]["cost"] == again["shipping_cost"] == Decimal("4.95")


@pytest.mark.parametrize("test", [True, False])
def test_test_round_trips_whether_true_or_false(body: dict[str, Any], test: bool) -> None:
    body["test"] = test
    assert to_draft(body).test is test
    assert round_trip(body) == body


def test_test_is_left_out_unless_set_or_imported(body: dict[str, Any]) -> None:
    assert "test" not in from_draft(OrderDraft())
    assert from_draft(OrderDraft(test=True))["test"] is True
    del body["test"]
    assert "test" not in round_trip(body)


def test_an_imported_false_test_follows_the_drafts_tick(body: dict[str, Any]) -> None:
    draft = to_draft(body)
    draft.test = True
    assert from_draft(draft)["test"] is True


def test_undocumented_and_unmodelled_fields_are_carried(body: dict[str, Any]) -> None:
    body["custom"] = {"gift_wrap": True}
    body["shipping_address"]["email"] = "john@example.org"
    body["products"][0]["purchase_price"] = Decimal("5.95")
    body["products"][1]["matched_supplier"] = {"id": 5}
    draft = to_draft(body)
    assert draft.carry["dropday"] == {
        "test": False, "custom": {"gift_wrap": True}, "shipping_address": {"email": "john@example.org"},
    }
    assert draft.lines[0].carry == {"dropday": {"stock_quantity": 424, "purchase_price": Decimal("5.95")}}
    assert draft.lines[1].carry == {"dropday": {"stock_quantity": 34, "matched_supplier": {"id": 5}}}
    assert round_trip(body) == body


def test_values_of_the_wrong_type_are_carried_and_come_back(body: dict[str, Any]) -> None:
    body["source"] = 42
    body["shipping_cost"] = "4.95"
    body["shipping_address"]["city"] = None
    body["shipping_address"]["phone"] = True
    body["products"][0]["price"] = "10.99"
    body["products"][0]["ean13"] = Decimal("1.5")
    draft = to_draft(body)
    assert (draft.source, draft.shipping_cost, draft.shipping.city, draft.shipping.phone) == ("", None, "", "")
    assert (draft.lines[0].unit_price, draft.lines[0].ean) == (None, "")
    assert round_trip(body) == body


def test_an_edit_replaces_a_carried_value(body: dict[str, Any]) -> None:
    body["email"] = ""
    body["products"][0]["price"] = "10.99"
    draft = to_draft(body)
    draft.customer.email = "john@example.org"
    draft.lines[0].unit_price = Decimal("11.99")
    again = from_draft(draft)
    assert again["email"] == "john@example.org"
    assert again["products"][0]["price"] == Decimal("11.99")


def test_a_total_that_is_no_number_is_carried_but_replaced_by_the_computed_one(body: dict[str, Any]) -> None:
    body["total"] = "435.45"
    draft = to_draft(body)
    assert draft.stated_total is None and draft.carry["dropday"]["total"] == "435.45"
    assert from_draft(draft)["total"] == draft.computed_total


def test_numeric_ean_and_phone_are_read_as_their_digits_and_sent_as_text(body: dict[str, Any]) -> None:
    body["products"][0]["ean13"] = 8712345678906
    body["shipping_address"]["phone"] = 612345678
    draft = to_draft(body)
    assert (draft.lines[0].ean, draft.shipping.phone) == ("8712345678906", "612345678")
    again = from_draft(draft)
    assert (again["products"][0]["ean13"], again["shipping_address"]["phone"]) == ("8712345678906", "612345678")


def test_an_integer_too_long_for_text_is_carried_as_it_is(body: dict[str, Any]) -> None:
    body["products"][0]["ean13"] = 10**5000
    draft = to_draft(body)
    assert draft.lines[0].ean == "" and draft.lines[0].carry["dropday"]["ean13"] == 10**5000


def test_custom_values_that_are_not_text_are_carried(body: dict[str, Any]) -> None:
    body["products"][0]["custom"] = {"toppings": "olives", "slices": 8, "extra": {"cheese": True}}
    draft = to_draft(body)
    assert draft.lines[0].custom == {"toppings": "olives"}
    assert draft.lines[0].carry["dropday"]["custom"] == {"slices": 8, "extra": {"cheese": True}}
    assert round_trip(body) == body


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("products", []),
        ("products", "pizza"),
        ("products", [{"name": "Pizza"}, "cola"]),
        ("shipping_address", {}),
        ("shipping_address", ["Jumpstreet 23"]),
        ("shipping", {}),
        ("shipping", "DHL"),
    ],
)
def test_odd_shapes_are_kept_whole(body: dict[str, Any], key: str, value: Any) -> None:
    body[key] = value
    assert round_trip(body) == body


def test_an_empty_custom_object_is_kept(body: dict[str, Any]) -> None:
    body["products"][0]["custom"] = {}
    assert round_trip(body) == body


def test_carried_objects_are_copied_not_shared(body: dict[str, Any]) -> None:
    body["custom"] = {"gift": {"wrap": True}}
    draft = to_draft(body)
    from_draft(draft)["custom"]["gift"]["wrap"] = False
    assert from_draft(draft)["custom"] == {"gift": {"wrap": True}}


def test_the_line_url_has_no_place_in_dropday() -> None:
    assert from_draft(OrderDraft(lines=[Line(url="https://shop.example.nl/p/1")]))["products"] == [{}]


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.decimals(allow_nan=False, places=2) | st.text("ab1 ", max_size=3)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=2) | st.dictionaries(st.sampled_from("abc"), children, max_size=2),
    max_leaves=6,
)
PRODUCTS = st.lists(
    st.fixed_dictionaries(
        {}, optional={key: JSON_VALUES for key in ("external_id", "ean13", "name", "quantity", "price", "custom", "y")}
    ),
    max_size=2,
)
BODIES = st.fixed_dictionaries(
    {},
    optional={
        key: JSON_VALUES | PRODUCTS
        for key in ("external_id", "test", "total", "shipping_cost", "shipping", "email", "shipping_address",
                    "products", "custom")
    },
)


@settings(max_examples=100, deadline=None)
@given(BODIES)
def test_to_draft_never_raises_and_from_draft_gives_a_body(body: dict[str, Any]) -> None:
    draft = to_draft(body)
    assert isinstance(from_draft(draft), dict)
