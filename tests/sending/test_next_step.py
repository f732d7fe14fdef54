"""Tests for orderdesk.sending.next_step: Retry only where sending again can help without making an order twice."""

from __future__ import annotations

import pytest

from orderdesk.config.profiles import make_profile
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.sending.next_step import next_step

PROFILES = {
    "dropday": make_profile("Drop", "dropday", account_id="1"),
    "centra": make_profile("Shop", "centra", "https://shop.example.com/api/order"),
    "bigcommerce": make_profile("Big", "bigcommerce", store_hash="abc"),
    "feedbackcompany": make_profile("Reviews", "feedbackcompany", client_id="c"),
}


@pytest.mark.parametrize("target", ["dropday", "centra", "bigcommerce"])
def test_an_unknown_order_at_an_api_that_looks_orders_up_can_be_retried(target: str) -> None:
    assert next_step(Outcome(OutcomeKind.UNKNOWN), PROFILES[target]).retry


def test_an_unknown_order_at_an_api_without_lookup_gets_advice_instead_of_retry() -> None:
    step = next_step(Outcome(OutcomeKind.UNKNOWN), PROFILES["feedbackcompany"])
    assert not step.retry
    assert "Check the Feedback Company dashboard, then say what you found with Outbox ▸ Mark resolved…" in step.advice
    assert "'orderdesk outbox resolve ID --created REF' or '--not-created'" in step.advice
    assert "'orderdesk submit FILE --profile Reviews --force'" in step.advice


@pytest.mark.parametrize(
    ("kind", "retry"),
    [(OutcomeKind.FAILED, True), (OutcomeKind.UNAUTHORIZED, True), (OutcomeKind.REJECTED, False),
     (OutcomeKind.CREATED, False), (OutcomeKind.DUPLICATE, False)],
)
def test_other_outcomes_at_an_api_without_lookup_follow_the_usual_rule(kind: OutcomeKind, retry: bool) -> None:
    assert next_step(Outcome(kind), PROFILES["feedbackcompany"]) == next_step(Outcome(kind), PROFILES["dropday"])
    assert next_step(Outcome(kind), PROFILES["feedbackcompany"]).retry is retry
