"""Outcome kinds become the outbox's states."""

from __future__ import annotations

from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import OutboxState, state_of


def test_state_of_each_outcome() -> None:
    assert state_of(None) is OutboxState.SENDING
    assert state_of(OutcomeKind.CREATED) is OutboxState.SENT
    assert state_of(OutcomeKind.DUPLICATE) is OutboxState.SENT
    for kind in (OutcomeKind.REJECTED, OutcomeKind.UNAUTHORIZED, OutcomeKind.FAILED, OutcomeKind.UNKNOWN):
        assert state_of(kind).value == kind.value
