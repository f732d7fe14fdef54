"""Tests for ``orderdesk outbox``: list, show, retry, resolve and curl, their exit statuses, and no secret printed."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from orderdesk.cli import main
from orderdesk.config.profiles import Profile, ProfileStore
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, JournalError, OutboxState
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.submit import open_client, submit
from tests.client_support import FAST, inject, profile_for, received, secrets_for
from tests.outbox.support import crashed_order, example_draft, journal_order, order_key_of, unknown_order

TARGETS = ("dropday", "centra", "bigcommerce", "feedbackcompany")


@pytest.fixture
def journal() -> Iterator[Journal]:
    """The journal the commands use (in the test's ORDERDESK_HOME)."""
    with Journal() as opened:
        yield opened


@pytest.fixture
def sandbox_profiles(sandbox: RunningSandbox) -> dict[str, Profile]:
    """A profile per API on the sandbox, named after the API (not stored anywhere yet)."""
    return {target: profile_for(sandbox, target, name=target) for target in TARGETS}


@pytest.fixture
def stored_profiles(secret_service: Any, sandbox_profiles: dict[str, Profile]) -> dict[str, Profile]:
    """The sandbox profiles in the profiles file, each with the sandbox's secret in the keyring."""
    store = ProfileStore()
    for profile in sandbox_profiles.values():
        store.add(profile, SECRET)
    return sandbox_profiles


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["outbox", *argv])
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err
    return status, captured.out, captured.err


# list


def test_list_shows_orders_newest_first(
    journal: Journal, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    first = journal_order(journal, sandbox_profiles["dropday"], example_draft("dropday", "PH-1"), OutcomeKind.FAILED)
    second = journal_order(journal, sandbox_profiles["centra"], example_draft("centra", "PH-2"), OutcomeKind.CREATED)

    status, out, err = run(capsys, "list")

    assert status == 0 and err == ""
    header, *lines = out.splitlines()
    assert header.split() == ["ID", "STATE", "PROFILE", "EXTERNAL", "ID", "CUSTOMER", "LATEST", "ATTEMPTS", "DETAIL"]
    assert [line.split()[:4] for line in lines] == [
        [str(second), "sent", "centra", "PH-2"],
        [str(first), "failed", "dropday", "PH-1"],
    ]
    assert "journaled by the test" in lines[1]


def test_list_filters_by_state_and_profile(
    journal: Journal, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    journal_order(journal, sandbox_profiles["dropday"], example_draft("dropday", "A"), OutcomeKind.FAILED)
    journal_order(journal, sandbox_profiles["dropday"], example_draft("dropday", "B"), OutcomeKind.UNKNOWN)
    journal_order(journal, sandbox_profiles["centra"], example_draft("centra", "C"), OutcomeKind.FAILED)
    journal_order(journal, sandbox_profiles["dropday"], example_draft("dropday", "XYZ-D"), OutcomeKind.CREATED)

    def ids(*argv: str) -> list[str]:
        status, out, _ = run(capsys, "list", "--json", *argv)
        assert status == 0
        return [order["external_id"] for order in json.loads(out)["orders"]]

    assert ids("--state", "failed") == ["C", "A"]
    assert ids("--state", "failed", "--state", "unknown", "--profile", "dropday") == ["B", "A"]
    assert ids("--text", "xyz") == ["XYZ-D"]


def test_list_json_is_every_field_for_scripts(
    journal: Journal, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    key = journal_order(journal, sandbox_profiles["dropday"], example_draft("dropday", "PH-9"), OutcomeKind.FAILED)
    status, out, _ = run(capsys, "list", "--json")
    document = json.loads(out)
    [order] = document["orders"]
    assert status == 0 and document["total"] == 1
    assert order | {"latest_at": None} == {
        "order_id": key,
        "draft_id": journal.order(key).draft_id,
        "profile": "dropday",
        "target": "dropday",
        "state": "failed",
        "external_id": "PH-9",
        "customer": "John Doe",
        "email": "info@example.org",
        "latest_at": None,
        "attempts": 1,
        "reference": "",
        "status": None,
        "reason": "journaled by the test",
        "reach": "not_sent",
    }
    assert order["latest_at"].endswith("+00:00")


def test_list_limit_says_how_many_more_there_are(
    journal: Journal, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    for number in range(3):
        journal_order(journal, sandbox_profiles["dropday"], example_draft("dropday", f"L-{number}"))
    status, out, err = run(capsys, "list", "--limit", "2")
    assert status == 0 and len(out.splitlines()) == 3
    assert err == "Showing 2 of 3 orders; --limit 0 shows all.\n"
    status, out, _ = run(capsys, "list", "--limit", "0", "--json")
    assert json.loads(out)["total"] == 3 and len(json.loads(out)["orders"]) == 3


def test_list_with_no_orders(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "list") == (0, "No orders.\n", "")
    assert json.loads(run(capsys, "list", "--json")[1]) == {"total": 0, "orders": []}


def test_a_broken_journal_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with Journal() as journal:
        path = journal.path
    path.write_bytes(b"this is not a database" * 100)
    status, out, err = run(capsys, "list")
    assert status == 2 and out == "" and str(path) in err


# show and curl


def test_show_lists_the_attempts_of_one_order(
    journal: Journal, sandbox: RunningSandbox, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    draft = example_draft("bigcommerce", "S-1")
    key = unknown_order(journal, sandbox, sandbox_profiles["bigcommerce"], draft, created=False)
    [attempt] = journal.attempts_for(key)

    status, out, _ = run(capsys, "show", str(key))

    assert status == 0
    lines = out.splitlines()
    assert lines[0] == f"Order {key}: S-1 to bigcommerce, unknown"
    assert lines[2].split()[:5] == [str(attempt.attempt_id), *_local_parts(attempt), "POST", attempt.url]
    assert "unknown" in lines[2] and " 500 " in lines[2]
    assert lines[-1] == "Export one for a support ticket with: orderdesk outbox curl ATTEMPT"
    status, out, _ = run(capsys, "show", str(key), "--json")
    [shown] = json.loads(out)
    assert (shown["attempt_id"], shown["outcome"], shown["status"]) == (attempt.attempt_id, "unknown", 500)


def test_json_says_how_far_each_attempt_got(
    journal: Journal, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    profile = sandbox_profiles["dropday"]
    draft = example_draft("dropday", "REACH-1")
    draft_id = journal.save_draft(draft)
    outcomes = [
        Outcome(OutcomeKind.FAILED, reason="no connection", retryable=True),
        Outcome(OutcomeKind.UNKNOWN, reason="no answer"),
        Outcome(OutcomeKind.FAILED, reason="timed out", retryable=True, may_have_arrived=True),
        Outcome(OutcomeKind.REJECTED, reason="refused", status=422),
    ]
    for outcome in outcomes:
        attempt = journal.begin_attempt(draft_id, draft, profile.name, profile.target, "POST", profile.base_url, "{}")
        journal.finish_attempt(attempt, outcome, 5.0)
    key = order_key_of(journal, draft_id, profile.name)

    [order] = json.loads(run(capsys, "list", "--json")[1])["orders"]
    assert (order["state"], order["reach"]) == ("rejected", "answered")

    journal.begin_attempt(draft_id, draft, profile.name, profile.target, "POST", profile.base_url, "{}")
    [order] = json.loads(run(capsys, "list", "--json")[1])["orders"]
    assert (order["state"], order["reach"]) == ("sending", None)
    status, out, _ = run(capsys, "show", str(key), "--json")
    assert status == 0
    assert [attempt["reach"] for attempt in json.loads(out)] == ["not_sent", "no_answer", "no_answer", "answered", None]


def test_json_help_says_what_reach_means(capsys: pytest.CaptureFixture[str]) -> None:
    for action in ("list", "show"):
        with pytest.raises(SystemExit):
            main(["outbox", action, "--help"])
        words = " ".join(capsys.readouterr().out.split())
        for value in ('"reach"', '"answered"', '"no_answer"', '"not_sent"', "null"):
            assert value in words, (action, value)


def _local_parts(attempt: Any) -> list[str]:
    return attempt.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S").split()


def test_curl_prints_the_attempt_with_a_placeholder_for_the_secret(
    journal: Journal, sandbox: RunningSandbox, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    draft = example_draft("bigcommerce", "CURL-1")
    key = unknown_order(journal, sandbox, sandbox_profiles["bigcommerce"], draft, created=False)
    [attempt] = journal.attempts_for(key)

    status, out, _ = run(capsys, "curl", str(attempt.attempt_id))

    assert status == 0 and out.startswith(f"curl -X POST {attempt.url} ")
    assert '"X-Auth-Token: $BIGCOMMERCE_ACCESS_TOKEN"' in out
    assert "CURL-1" in out and out.count("\n") == 1


def test_an_id_the_journal_does_not_have_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "curl", "42") == (2, "", "orderdesk outbox: no attempt 42 in the journal\n")
    assert run(capsys, "show", "42") == (2, "", "orderdesk outbox: no order 42 in the journal\n")


# retry


def test_retry_by_id_sends_each_order_once_and_exits_0(
    journal: Journal, sandbox: RunningSandbox, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    keys = [
        journal_order(journal, profile, example_draft(profile.target, f"R-{profile.target}"))
        for profile in stored_profiles.values()
    ]

    status, out, err = run(capsys, "retry", *map(str, keys))

    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[:5] == [
        "4 orders will be sent:",
        "  dropday (Dropday): 1 order",
        "  centra (Centra): 1 order",
        "  bigcommerce (BigCommerce): 1 order",
        "  feedbackcompany (Feedback Company): 1 order",
    ]
    progress = [line.split(":")[0].split(" ", 1) for line in lines[5:9]]  # the four finish in any order
    assert [counter for counter, _ in progress] == ["[1/4]", "[2/4]", "[3/4]", "[4/4]"]
    assert sorted(order for _, order in progress) == sorted(
        f"order {key} (R-{profile}) to {profile}" for key, profile in zip(keys, TARGETS, strict=True)
    )
    assert all(": Created — reference " in line for line in lines[5:9])
    assert lines[9:] == ["Done: 4 created."]
    assert {row.state for row in journal.list_outbox()} == {OutboxState.SENT}
    assert all(len(received(sandbox, target)) == 1 for target in TARGETS)


def test_retry_by_state_and_profile(
    journal: Journal, sandbox: RunningSandbox, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    dropday = stored_profiles["dropday"]
    failed = [journal_order(journal, dropday, example_draft("dropday", f"F-{n}")) for n in range(3)]
    journal_order(journal, dropday, example_draft("dropday", "U-1"), OutcomeKind.UNAUTHORIZED)
    journal_order(journal, stored_profiles["centra"], example_draft("centra", "C-1"))

    status, out, _ = run(capsys, "retry", "--state", "failed", "--profile", "dropday")

    assert status == 0 and out.splitlines()[:2] == ["3 orders will be sent:", "  dropday (Dropday): 3 orders"]
    assert sorted(order["external_id"] for order in received(sandbox, "dropday")) == ["F-0", "F-1", "F-2"]
    assert [journal.order(key).state for key in failed] == [OutboxState.SENT] * 3
    assert received(sandbox, "centra") == []


def test_retry_exits_1_when_an_order_does_not_go_through(
    journal: Journal, sandbox: RunningSandbox, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    profile = stored_profiles["feedbackcompany"]
    unclear = unknown_order(journal, sandbox, profile, example_draft("feedbackcompany", "FB-1"), created=True)
    fine = journal_order(journal, stored_profiles["dropday"], example_draft("dropday", "OK-1"))

    status, out, _ = run(capsys, "retry", str(unclear), str(fine))

    assert status == 1
    assert "  feedbackcompany (Feedback Company): 1 order, 1 looked up first" in out
    said = "Unknown — no answer, the order may have arrived: Feedback Company offers no way to look an order up"
    assert f"order {unclear} (FB-1) to feedbackcompany: {said}" in out
    assert out.splitlines()[-1] in ("Done: 1 unknown, 1 created.", "Done: 1 created, 1 unknown.")
    assert len(received(sandbox, "feedbackcompany")) == 1


def test_retry_of_failed_orders_says_how_many_unknown_ones_it_left_and_how_to_resolve_them(
    sandbox: RunningSandbox, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    bigcommerce, dropday = stored_profiles["bigcommerce"], stored_profiles["dropday"]
    journal, arrived = crashed_order(Journal(), bigcommerce, example_draft("bigcommerce", "K-1"), created=True)
    journal.close()
    journal, lost = crashed_order(Journal(), dropday, example_draft("dropday", "K-2"), created=False)
    with journal:
        failed = journal_order(journal, dropday, example_draft("dropday", "K-3"))

    status, out, _ = run(capsys, "retry", "--state", "failed")

    assert status == 0, out
    assert out.splitlines()[-1] == (
        "2 orders are unknown (an earlier attempt may have created them) and were left alone: look them up "
        "and send what is missing with 'orderdesk outbox retry --state unknown'."
    )
    assert [order["external_id"] for order in received(sandbox, "dropday")] == ["K-3"]

    status, out, _ = run(capsys, "retry", "--state", "unknown")

    # Each was looked up before anything was sent: the one that arrived is found; the other may still be
    # being written at the API (the kill was a moment ago), so it stays unknown and says when to check.
    assert status == 1, out
    assert f"order {arrived} (K-1) to bigcommerce: Created — reference" in out
    assert f"order {lost} (K-2) to dropday: Unknown — no answer, the order may have arrived: Dropday does not show the order yet" in out
    assert "It can be checked from " in out
    assert len(received(sandbox, "bigcommerce")) == 1
    assert [order["external_id"] for order in received(sandbox, "dropday")] == ["K-3"]
    with Journal() as reopened:
        for key in (arrived, lost):
            assert [attempt.method for attempt in reopened.attempts_for(key)] == ["POST", "GET"]
        assert reopened.order(failed).state is OutboxState.SENT


def test_retry_points_unknown_orders_at_an_api_that_cannot_look_up_to_resolve(
    journal: Journal, sandbox: RunningSandbox, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    feedback, dropday = stored_profiles["feedbackcompany"], stored_profiles["dropday"]
    unknown_order(journal, sandbox, feedback, example_draft("feedbackcompany", "FB-U"), created=False)
    unknown_order(journal, sandbox, stored_profiles["bigcommerce"], example_draft("bigcommerce", "B-U"), created=False)
    journal_order(journal, dropday, example_draft("dropday", "D-F"))

    status, out, _ = run(capsys, "retry", "--state", "failed")

    assert status == 0, out
    assert out.splitlines()[-2:] == [
        "1 order is unknown (an earlier attempt may have created them) and was left alone: look them up "
        "and send what is missing with 'orderdesk outbox retry --state unknown'.",
        "1 order is unknown at an API that cannot look orders up and was left alone: check its dashboard, then "
        "record what you found with 'orderdesk outbox resolve ID --created REF' or '--not-created' (the IDs: "
        "'orderdesk outbox list --state unknown').",
    ]


def test_retry_leaves_orders_at_the_api_alone(
    journal: Journal, sandbox: RunningSandbox, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    sent = journal_order(journal, stored_profiles["dropday"], example_draft("dropday", "S-1"), OutcomeKind.CREATED)
    status, out, _ = run(capsys, "retry", str(sent))
    assert status == 0
    assert out.splitlines() == [
        "No order will be sent.",
        "1 order will not be sent: 1 already at the API.",
        f"  order {sent} (dropday): dropday has it already (reference not given).",
    ]
    assert received(sandbox, "dropday") == []


def test_retry_of_an_unchanged_rejected_order_exits_1(
    journal: Journal, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    rejected = journal_order(journal, stored_profiles["dropday"], example_draft("dropday", "R-1"), OutcomeKind.REJECTED)
    status, out, _ = run(capsys, "retry", str(rejected))
    assert status == 1 and "rejected and has not been changed since" in out


def test_retry_dry_run_sends_nothing(
    journal: Journal, sandbox: RunningSandbox, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    key = journal_order(journal, stored_profiles["dropday"], example_draft("dropday", "DRY"))
    status, out, _ = run(capsys, "retry", "--dry-run", str(key))
    assert (status, out) == (0, "1 order will be sent:\n  dropday (Dropday): 1 order\n")
    assert received(sandbox, "dropday") == [] and journal.order(key).state is OutboxState.FAILED


def test_retry_of_an_unknown_id_sends_nothing_and_exits_2(
    journal: Journal, sandbox: RunningSandbox, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    key = journal_order(journal, stored_profiles["dropday"], example_draft("dropday", "K-1"))
    status, out, err = run(capsys, "retry", str(key), "77")
    assert (status, out) == (2, "")
    assert err == "orderdesk outbox: There is no order 77 in the journal.\norderdesk outbox: Nothing was sent.\n"
    assert received(sandbox, "dropday") == []


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        ((), "name the orders to send again by ID, or choose them with --state"),
        (("1", "--state", "failed"), "name the orders to send again by ID, or choose them with --state"),
        (("1", "--profile", "dropday"), "--profile chooses orders together with --state"),
    ],
)
def test_retry_needs_ids_or_a_state(argv: tuple[str, ...], problem: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "retry", *argv)
    assert (status, out) == (2, "") and problem in err


def test_retry_without_a_keyring_exits_3_and_sends_nothing(
    journal: Journal, sandbox: RunningSandbox, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    ProfileStore().add(sandbox_profiles["dropday"])  # no secret: no keyring needed to add it
    key = journal_order(journal, sandbox_profiles["dropday"], example_draft("dropday", "NK-1"))
    status, out, err = run(capsys, "retry", str(key))
    assert status == 3 and "No system keyring" in err and err.endswith("Nothing was sent.\n")
    assert received(sandbox, "dropday") == [] and journal.order(key).attempt_count == 1


def test_retry_with_a_broken_profiles_file_exits_2(
    journal: Journal, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    key = journal_order(journal, sandbox_profiles["dropday"], example_draft("dropday", "BP-1"))
    store = ProfileStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{not json", encoding="utf-8")
    status, out, err = run(capsys, "retry", str(key))
    assert (status, out) == (2, "") and str(store.path) in err and "Nothing was sent." in err


@pytest.mark.parametrize(("failing", "argv"), [("order", ()), ("count_outbox", ("--state", "failed"))])
def test_retry_with_a_journal_failing_while_choosing_exits_2(
    journal: Journal, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, failing: str, argv: tuple[str, ...],
) -> None:
    # The journal stands in for a disk that fails mid-run: nothing else can make a healthy file fail.
    key = journal_order(journal, sandbox_profiles["dropday"], example_draft("dropday", "JF-1"), OutcomeKind.FAILED)

    def broken(opened: Journal, *args: Any, **kwargs: Any) -> None:
        raise JournalError(f"{opened.path}: disk I/O error")

    monkeypatch.setattr(Journal, failing, broken)
    status, out, err = run(capsys, "retry", *(argv or (str(key),)))
    assert (status, out) == (2, "")
    assert err.endswith("journal.sqlite3: disk I/O error\norderdesk outbox: Nothing was sent.\n")


def test_ctrl_c_stops_retry_after_the_orders_in_flight(
    sandbox: RunningSandbox, stored_profiles: dict[str, Profile], tmp_path: Path
) -> None:
    with Journal() as journal:
        dropday = stored_profiles["dropday"]
        keys = [journal_order(journal, dropday, example_draft("dropday", f"I-{n}")) for n in range(30)]
    inject(sandbox, "dropday", "latency", seconds=0.3, count=1000)
    log = tmp_path / "retry.out"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "orderdesk", "outbox", "retry", *map(str, keys)], stdout=output, stderr=output
        )
    try:
        deadline = time.monotonic() + 30
        while len(received(sandbox, "dropday")) < 4 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    text = log.read_text(encoding="utf-8")
    assert process.returncode == 1, text
    assert "Stopping after the orders in flight; no further order is sent." in text
    assert "orders were not sent because the run was stopped." in text
    with Journal() as journal:
        assert journal.recovered_attempts == 0  # every attempt that left was journaled to its end
        states = [journal.order(key).state for key in keys]
    assert states.count(OutboxState.SENT) == len(received(sandbox, "dropday")) < len(keys)
    assert set(states) == {OutboxState.SENT, OutboxState.FAILED}


# resolve


def dropped_order(journal: Journal, sandbox: RunningSandbox, profile: Profile, external_id: str) -> int:
    """A Feedback Company order the sandbox stored before it closed the connection unanswered: ``unknown``."""
    client = open_client(profile, secrets_for(profile), FAST)
    try:
        client.check()  # the token is fetched now, so the fault meets the order itself
        inject(sandbox, profile.target, "drop")
        draft = example_draft(profile.target, external_id)
        draft_id = journal.save_draft(draft)
        outcome = submit(draft, profile, secrets_for(profile), journal, draft_id=draft_id, client=client)
    finally:
        client.close()
    assert outcome.kind is OutcomeKind.UNKNOWN, outcome
    return order_key_of(journal, draft_id, profile.name)


def test_resolve_not_created_lets_retry_send_it_once_without_a_lookup(
    journal: Journal, sandbox: RunningSandbox, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    profile = stored_profiles["feedbackcompany"]
    key = unknown_order(journal, sandbox, profile, example_draft("feedbackcompany", "FB-N"), created=False)
    assert run(capsys, "retry", str(key))[0] == 1  # no lookup: it stays unknown and nothing is sent
    assert received(sandbox, "feedbackcompany") == []

    status, out, err = run(capsys, "resolve", str(key), "--not-created")

    assert (status, err) == (0, "")
    assert out == (
        f"Order {key} marked as not at feedbackcompany; it is failed and will be sent without a lookup: "
        f"orderdesk outbox retry {key}\n"
    )
    status, out, _ = run(capsys, "retry", str(key))
    assert status == 0, out
    assert "  feedbackcompany (Feedback Company): 1 order" in out.splitlines()
    assert len(received(sandbox, "feedbackcompany")) == 1
    assert journal.order(key).state is OutboxState.SENT
    methods = [(attempt.method, attempt.is_resolution) for attempt in journal.attempts_for(key)]
    assert methods == [("POST", False), ("", True), ("POST", False)]


def test_resolve_created_marks_a_dropped_order_sent_and_retry_never_sends_it(
    journal: Journal, sandbox: RunningSandbox, stored_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    profile = stored_profiles["feedbackcompany"]
    key = dropped_order(journal, sandbox, profile, "FB-D")
    assert len(received(sandbox, "feedbackcompany")) == 1

    status, out, _ = run(capsys, "resolve", str(key), "--created", "FB-DASH-9")

    assert status == 0
    assert out == f"Order {key} marked as at feedbackcompany (reference FB-DASH-9); it is sent.\n"
    status, out, _ = run(capsys, "retry", str(key))
    assert status == 0
    assert f"  order {key} (feedbackcompany): feedbackcompany has it already (reference FB-DASH-9)." in out
    assert len(received(sandbox, "feedbackcompany")) == 1

    status, out, _ = run(capsys, "show", str(key))
    assert status == 0
    resolution = out.splitlines()[-2].split()
    assert resolution[3:6] == ["resolved", "by", journal.attempts_for(key)[-1].resolved_by]
    assert resolution[6:8] == ["sent", "reference"]
    status, out, _ = run(capsys, "show", str(key), "--json")
    assert [attempt["resolved_by"] is not None for attempt in json.loads(out)] == [False, True]


def test_resolve_refuses_a_sent_order_an_unknown_id_and_an_empty_reference(
    journal: Journal, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    profile = sandbox_profiles["feedbackcompany"]
    sent = journal_order(journal, profile, example_draft("feedbackcompany", "S-1"), OutcomeKind.CREATED)
    assert run(capsys, "resolve", str(sent), "--not-created") == (
        1,
        "",
        f"orderdesk outbox: order {sent} is sent; only an unknown or failed order can be resolved. "
        "Nothing was changed.\n",
    )
    assert journal.order(sent).state is OutboxState.SENT
    assert run(capsys, "resolve", "42", "--created", "X") == (2, "", "orderdesk outbox: no order 42 in the journal\n")
    failed = journal_order(journal, profile, example_draft("feedbackcompany", "F-1"))
    assert run(capsys, "resolve", str(failed), "--created", " ")[0] == 2
    assert journal.order(failed).state is OutboxState.FAILED
    with pytest.raises(SystemExit) as usage:
        main(["outbox", "resolve", str(failed)])
    assert usage.value.code == 2
    assert "one of the arguments --created --not-created is required" in capsys.readouterr().err


def test_resolve_refuses_an_order_another_process_is_sending(
    journal: Journal, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    key = journal_order(journal, sandbox_profiles["feedbackcompany"], example_draft("feedbackcompany", "C-1"))
    latest = journal.order(key)
    assert journal.claim(key, journal.attempts_for(key)[-1].attempt_id, (latest.state,))

    status, out, err = run(capsys, "resolve", str(key), "--not-created")

    assert (status, out) == (1, "")
    assert err == f"orderdesk outbox: order {key} is being sent right now; wait for its outcome. Nothing was changed.\n"
    journal.release(key)
    assert journal.order(key).state is OutboxState.FAILED
    assert len(journal.attempts_for(key)) == 1


def test_curl_refuses_a_resolution_row(
    journal: Journal, sandbox_profiles: dict[str, Profile], capsys: pytest.CaptureFixture[str]
) -> None:
    key = journal_order(journal, sandbox_profiles["feedbackcompany"], example_draft("feedbackcompany", "R-1"))
    row = journal.resolve(key, None)
    status, out, err = run(capsys, "curl", str(row))
    assert (status, out) == (2, "")
    assert "is a person's resolution, not a request" in err
