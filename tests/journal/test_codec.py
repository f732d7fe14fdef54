"""Drafts survive the journal's JSON exactly: every digit, and the type of every untyped value."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from orderdesk.core.order import Line, OrderDraft
from orderdesk.journal.codec import draft_from_json, draft_to_json
from tests.journal.samples import make_draft


def test_typed_amounts_keep_their_digits() -> None:
    draft = make_draft()
    draft.stated_total = Decimal("21.1000")

    loaded = draft_from_json(draft_to_json(draft))

    assert loaded == draft
    assert str(loaded.lines[0].unit_price) == "7.950"
    assert str(loaded.stated_total) == "21.1000"


def test_untyped_extras_and_carry_keep_decimal_numbers() -> None:
    draft = OrderDraft(
        extras={"bigcommerce": {"status_id": 11, "discount": Decimal("2.50")}},
        carry={"dropday": {"weight": Decimal("1.50"), "gift": True, "tags": ["a", None]}},
        lines=[Line(carry={"centra": {"vat": Decimal("21.0"), "size": "XL"}})],
    )

    loaded = draft_from_json(draft_to_json(draft))

    assert loaded.carry["dropday"] == {"weight": Decimal("1.50"), "gift": True, "tags": ["a", None]}
    assert str(loaded.carry["dropday"]["weight"]) == "1.50"
    assert loaded.extras["bigcommerce"]["status_id"] == 11
    assert isinstance(loaded.extras["bigcommerce"]["discount"], Decimal)
    assert str(loaded.lines[0].carry["centra"]["vat"]) == "21.0"


def test_written_text_is_json_with_numbers_as_numbers() -> None:
    text = draft_to_json(OrderDraft(notes='Zeg "hoi" — bel om 9:00\n', shipping_cost=Decimal("1E+2")))

    plain = json.loads(text)

    assert plain["notes"] == 'Zeg "hoi" — bel om 9:00\n'
    assert plain["shipping_cost"] == 100
    assert "—" in text


def test_a_non_finite_amount_does_not_make_the_draft_unloadable() -> None:
    draft = OrderDraft(notes="keep me")
    draft.shipping_cost = Decimal("NaN")  # assignment is not validated, so this can happen

    loaded = draft_from_json(draft_to_json(draft))

    assert loaded.notes == "keep me"
    assert loaded.shipping_cost is None


def test_a_string_that_reads_like_the_encoders_marker_is_kept() -> None:
    # The fast path stands in a marker for each amount; text that looks like one takes the slow path.
    draft = OrderDraft(notes="\x00", carry={"dropday": {"x": ['"\x00', Decimal("2.50")]}}, shipping_cost=Decimal("1.0"))

    text = draft_to_json(draft)
    loaded = draft_from_json(text)

    assert loaded.notes == "\x00"
    assert loaded.carry["dropday"]["x"] == ['"\x00', Decimal("2.50")]
    assert str(loaded.carry["dropday"]["x"][1]) == "2.50"
    assert str(loaded.shipping_cost) == "1.0"
    assert json.loads(text)["notes"] == "\x00"


def test_a_float_that_json_cannot_hold_is_written_as_null() -> None:
    draft = OrderDraft(carry={"centra": {"ratio": float("inf"), "weight": 1.25, "count": 3}})

    loaded = draft_from_json(draft_to_json(draft))

    assert loaded.carry["centra"] == {"ratio": None, "weight": Decimal("1.25"), "count": 3}


@given(st.decimals(allow_nan=False, allow_infinity=False), st.text())
def test_any_finite_amount_keeps_its_exact_text(amount: Decimal, note: str) -> None:
    draft = OrderDraft(shipping_cost=amount, notes=note, carry={"centra": {"amount": amount, "note": note}})

    loaded = draft_from_json(draft_to_json(draft))

    assert loaded.shipping_cost == amount
    if not (amount.is_zero() and amount.is_signed()):  # JSON's integer -0 reads back as 0
        assert str(loaded.shipping_cost) == str(amount)
    carried = loaded.carry["centra"]["amount"]
    assert carried == amount
    assert not isinstance(carried, bool | str | float)
    assert loaded.notes == loaded.carry["centra"]["note"] == note
