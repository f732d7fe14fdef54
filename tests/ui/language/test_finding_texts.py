"""What the APIs' rules say about an order reads Dutch in a Dutch window, values and all."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.registry import TARGETS
from orderdesk.ui.language.finding_texts import finding_text


def findings_of(draft: OrderDraft) -> set[str]:
    texts = set()
    for target in TARGETS.values():
        found = target.validate_draft(draft)
        for bucket in (found.errors, found.warnings):
            texts |= {text for messages in bucket.values() for text in messages}
    return texts


def wrong_order() -> OrderDraft:
    """An order with a mistake of most kinds the rules know."""
    return OrderDraft(
        external_id="X" * 300,
        customer=Customer(name="Anna", email="not-an-e-mail"),
        shipping=Address(first_name="A" * 300, country="XX", city="Amsterdam"),
        lines=[Line(name="Mug", quantity=Decimal(-1), unit_price=Decimal("1.234"), url="nope", ean="123")],
        shipping_cost=Decimal(-5),
        extras={"dropday": {"delivery_date": "2025-11-07"},
                "feedbackcompany": {"delay_unit": "days", "delay_amount": 1, "reminder_unit": "hours",
                                    "reminder_amount": 2}},
    )


def test_every_rule_message_about_these_orders_reads_dutch(speak: Callable[[str], None]) -> None:
    said = findings_of(OrderDraft()) | findings_of(wrong_order())
    assert len(said) > 8
    speak("nl")
    untranslated = {text for text in said if finding_text(text) == text}
    assert untranslated == set()


def test_a_message_with_a_value_keeps_the_value_and_a_servers_own_words_stay(speak: Callable[[str], None]) -> None:
    speak("nl")
    assert finding_text("At most 250 characters") == "Hoogstens 250 tekens"
    assert finding_text("Required when wrapping_id is given") == "Verplicht als wrapping_id is ingevuld"
    assert finding_text("Required") == "Verplicht"
    assert finding_text("We do not deliver there") == "We do not deliver there"
