"""``send_once``: which earlier order a Submit repeats, for a window draft and for a body from a file."""

from __future__ import annotations

from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal
from orderdesk.outbox.resubmit import send_once
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.targets.registry import get_target
from tests.client_support import FAST, profile_for, received, secrets_for
from tests.outbox.support import example_draft, order_key_of


def test_a_window_draft_is_never_sent_as_another_drafts_order_with_the_same_number(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "dropday", "shop")
    secrets = secrets_for(profile)
    with Journal() as journal:
        first = example_draft("dropday", "PH-7")
        first_id = journal.save_draft(first)
        assert send_once(journal, first, first_id, profile, secrets, settings=FAST).outcome.kind is OutcomeKind.CREATED
        other = example_draft("dropday", "PH-7")
        other.customer.name = "Someone Else"
        other_id = journal.save_draft(other)

        sent = send_once(journal, other, other_id, profile, secrets, settings=FAST)

        assert sent.outcome.kind is OutcomeKind.REJECTED
        [message] = sent.outcome.errors.errors["external_id"]
        assert message.startswith("PH-7 is already the order number of another order at shop (outbox order ")
        assert journal.order_key_for(other_id, profile.name) is None
        first_key = order_key_of(journal, first_id, profile.name)
        assert len(journal.attempts_for(first_key)) == 1
    assert [body["external_id"] for body in received(sandbox, "dropday")] == ["PH-7"]


def test_a_body_from_a_file_with_the_same_number_is_the_same_order(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "dropday", "shop")
    secrets = secrets_for(profile)
    draft = example_draft("dropday", "PH-8")
    body = get_target("dropday").from_draft(draft)
    with Journal() as journal:
        first = send_once(journal, draft, None, profile, secrets, body=body, settings=FAST)
        again = send_once(journal, draft, None, profile, secrets, body=body, settings=FAST)

    assert first.outcome.kind is OutcomeKind.CREATED
    assert again.already_there and again.outcome.reference == first.outcome.reference
    assert len(received(sandbox, "dropday")) == 1
