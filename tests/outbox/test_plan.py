"""Tests for orderdesk.outbox.plan: what a bulk resubmission will send, where, and what it leaves alone."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from orderdesk.config.profiles import Profile, ProfileStore
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal, OutboxState
from orderdesk.journal.postgres.store import PostgresJournal
from orderdesk.outbox import RetryPlan, SkipReason, plan_retry
from orderdesk.sandbox.server import RunningSandbox
from tests.client_support import profile_for
from tests.outbox.support import example_draft, journal_order, unknown_order


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal.sqlite3")


@pytest.fixture
def profiles(sandbox: RunningSandbox) -> dict[str, Profile]:
    return {target: profile_for(sandbox, target, name=target) for target in ("dropday", "centra", "bigcommerce")}


def test_counts_per_profile_for_the_confirmation(journal: Journal, profiles: dict[str, Profile]) -> None:
    keys = [journal_order(journal, profiles["dropday"], example_draft("dropday", f"D-{n}")) for n in range(3)]
    keys += [journal_order(journal, profiles["bigcommerce"], example_draft("bigcommerce", f"B-{n}")) for n in range(2)]

    plan = plan_retry(journal, keys, profiles=profiles.values())

    assert plan.counts() == {"dropday": 3, "bigcommerce": 2}
    assert [item.order_key for item in plan.items] == keys
    assert plan.summary() == [
        "5 orders will be sent:",
        "  dropday (Dropday): 3 orders",
        "  bigcommerce (BigCommerce): 2 orders",
    ]
    assert plan.skipped == ()


def test_every_failed_state_is_sent_again(journal: Journal, profiles: dict[str, Profile]) -> None:
    kinds = [OutcomeKind.FAILED, OutcomeKind.UNAUTHORIZED, OutcomeKind.UNKNOWN]
    keys = [journal_order(journal, profiles["dropday"], example_draft("dropday", kind.value), kind) for kind in kinds]
    plan = plan_retry(journal, keys, profiles=profiles.values())
    assert [item.state for item in plan.items] == [OutboxState.FAILED, OutboxState.UNAUTHORIZED, OutboxState.UNKNOWN]


def test_orders_at_the_api_or_in_flight_are_left_alone(journal: Journal, profiles: dict[str, Profile]) -> None:
    sent = journal_order(journal, profiles["dropday"], example_draft("dropday", "SENT"), OutcomeKind.CREATED)
    duplicate = journal_order(journal, profiles["dropday"], example_draft("dropday", "DUP"), OutcomeKind.DUPLICATE)
    draft = example_draft("dropday", "IN-FLIGHT")
    draft_id = journal.save_draft(draft)
    journal.begin_attempt(draft_id, draft, "dropday", "dropday", "POST", "http://127.0.0.1:1/orders", "{}")
    [in_flight] = [row.order_key for row in journal.list_outbox(state="sending")]

    plan = plan_retry(journal, [sent, duplicate, in_flight, 999], profiles=profiles.values())

    assert plan.items == ()
    reasons = [(skipped.order_key, skipped.reason, skipped.blocking) for skipped in plan.skipped]
    assert reasons == [
        (sent, SkipReason.SENT, False),
        (duplicate, SkipReason.SENT, False),
        (in_flight, SkipReason.SENDING, True),
        (999, SkipReason.NOT_IN_JOURNAL, True),
    ]
    assert plan.summary() == [
        "No order will be sent.",
        "4 orders will not be sent: 2 already at the API, 1 being sent right now, 1 not in the journal.",
    ]


def test_a_rejected_order_waits_until_it_is_changed(journal: Journal, profiles: dict[str, Profile]) -> None:
    draft = example_draft("dropday", "REJ-1")
    key = journal_order(journal, profiles["dropday"], draft, OutcomeKind.REJECTED)
    [skipped] = plan_retry(journal, [key], profiles=profiles.values()).skipped
    assert skipped.reason is SkipReason.UNCHANGED and "correct it first" in skipped.detail

    draft_id = journal.order(key).draft_id
    draft.shipping.first_name = "Corrected"
    journal.save_draft(draft, draft_id)

    [item] = plan_retry(journal, [key], profiles=profiles.values()).items
    assert (item.order_key, item.state) == (key, OutboxState.REJECTED)


def test_a_profile_removed_or_moved_to_another_api_is_not_guessed(journal: Journal, sandbox: RunningSandbox) -> None:
    gone = journal_order(journal, profile_for(sandbox, "dropday", name="old-shop"), example_draft("dropday", "G-1"))
    moved = journal_order(journal, profile_for(sandbox, "dropday", name="shop"), example_draft("dropday", "M-1"))
    now = [profile_for(sandbox, "bigcommerce", name="Shop")]

    plan = plan_retry(journal, [gone, moved], profiles=now)

    assert [(skipped.reason, skipped.profile_name) for skipped in plan.skipped] == [
        (SkipReason.NO_PROFILE, "old-shop"),
        (SkipReason.OTHER_API, "shop"),
    ]


def test_profile_names_match_ignoring_case_and_the_profiles_file_is_the_default(
    journal: Journal, sandbox: RunningSandbox, secret_service: object
) -> None:
    profile = profile_for(sandbox, "dropday", name="Live Shop")
    ProfileStore().add(profile, "sandbox")
    key = journal_order(journal, profile.model_copy(update={"name": "live shop"}), example_draft("dropday", "C-1"))
    [item] = plan_retry(journal, [key]).items
    assert item.profile == profile


def test_repeated_keys_count_once(journal: Journal, profiles: dict[str, Profile]) -> None:
    key = journal_order(journal, profiles["dropday"], example_draft("dropday", "R-1"))
    assert plan_retry(journal, [key, key, key], profiles=profiles.values()).counts() == {"dropday": 1}


def test_unknown_attempts_are_looked_up_first_by_what_they_sent(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile]
) -> None:
    profile = profiles["bigcommerce"]
    key = unknown_order(journal, sandbox, profile, example_draft("bigcommerce"), created=False)
    [item] = plan_retry(journal, [key], profiles=profiles.values()).items
    [sent] = [attempt.request_body for attempt in journal.attempts_for(key)]
    assert item.unclear_requests == (sent,) and json.loads(sent)["external_order_id"].startswith("orderdesk-")
    assert item.looked_up_first
    assert plan_retry(journal, [key], profiles=profiles.values()).summary()[1] == (
        "  bigcommerce (BigCommerce): 1 order, 1 looked up first"
    )


def test_an_unknown_attempt_stays_to_be_looked_up_after_later_failures(
    journal: Journal, sandbox: RunningSandbox, profiles: dict[str, Profile]
) -> None:
    profile = profiles["bigcommerce"]
    draft = example_draft("bigcommerce", "BC-9")
    key = unknown_order(journal, sandbox, profile, draft, created=True)
    journal_order(journal, profile, draft, OutcomeKind.FAILED, draft_id=journal.order(key).draft_id)

    [item] = plan_retry(journal, [key], profiles=profiles.values()).items

    assert item.state is OutboxState.FAILED
    [unclear] = item.unclear_requests
    assert json.loads(unclear)["external_order_id"] == "BC-9"


def test_centra_orders_share_batches_and_the_rest_go_one_by_one(
    journal: Journal, profiles: dict[str, Profile]
) -> None:
    centra = [journal_order(journal, profiles["centra"], example_draft("centra", f"C-{n}")) for n in range(5)]
    dropday = journal_order(journal, profiles["dropday"], example_draft("dropday", "D-1"))
    lone = journal_order(journal, profiles["centra"], example_draft("centra", "C-unknown"), OutcomeKind.UNKNOWN)

    plan = plan_retry(journal, [centra[0], dropday, *centra[1:], lone], profiles=profiles.values(), batch_size=2)

    assert [[item.order_key for item in unit] for unit in plan.units()] == [
        [centra[0], centra[1]],
        [dropday],
        [centra[2], centra[3]],
        [centra[4]],
        [lone],
    ]
    assert plan.summary()[1] == "  centra (Centra): 6 orders in 2 batch requests, 1 looked up first"


def test_a_batch_size_below_one_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        plan_retry(journal, [], profiles=[], batch_size=0)


def test_an_empty_plan(journal: Journal) -> None:
    plan = plan_retry(journal, [], profiles=[])
    assert plan == RetryPlan((), ()) and plan.units() == [] and plan.counts() == {}


def test_a_rejected_order_whose_draft_cannot_be_read_is_left_to_the_run_to_report(
    journal: Journal, profiles: dict[str, Profile]
) -> None:
    key = journal_order(journal, profiles["dropday"], example_draft("dropday", "DAMAGED"), OutcomeKind.REJECTED)
    with sqlite3.connect(journal.path) as other:
        other.execute("UPDATE drafts SET body = '{' WHERE id = ?", (journal.order(key).draft_id,))
    [item] = plan_retry(journal, [key], profiles=profiles.values()).items
    assert item.order_key == key


def test_a_person_who_found_nothing_settles_the_unclear_attempts_before_it(
    journal: Journal, profiles: dict[str, Profile]
) -> None:
    profile = profiles["dropday"]
    draft = example_draft("dropday", "DD-5")
    key = journal_order(journal, profile, draft, OutcomeKind.UNKNOWN)
    journal.resolve(key, None, by="anna@desk1")

    [item] = plan_retry(journal, [key], profiles=profiles.values()).items

    assert item.state is OutboxState.FAILED
    assert (item.unclear_requests, item.unclear_since, item.looked_up_first) == ((), None, False)
    journal_order(journal, profile, draft, OutcomeKind.UNKNOWN, draft_id=journal.order(key).draft_id)
    [later] = plan_retry(journal, [key], profiles=profiles.values()).items
    assert len(later.unclear_requests) == 1  # an unclear attempt after the person's word is looked up again


def test_an_order_another_desk_is_sending_names_that_desk(postgres_url: str, profiles: dict[str, Profile]) -> None:
    with (
        PostgresJournal(postgres_url, where="team", desk="desk-a") as desk_a,
        PostgresJournal(postgres_url, where="team", desk="desk-b") as desk_b,
    ):
        key = journal_order(desk_a, profiles["dropday"], example_draft("dropday", "D-1"))
        assert desk_a.claim(key, desk_a.attempts_for(key)[-1].attempt_id, (OutboxState.FAILED,))

        plan = plan_retry(desk_b, [key], profiles=profiles.values())

        [skipped] = plan.skipped
        assert skipped.reason is SkipReason.SENDING
        assert skipped.detail == "It is being sent by desk desk-a; wait for its outcome."
