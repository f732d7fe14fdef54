"""Tests for ``orderdesk submit``: outcomes, exit statuses, batches, conversion, and nothing secret printed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from orderdesk.cli import main
from orderdesk.config.profiles import ProfileStore
from orderdesk.journal import Journal, JournalError
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from tests.client_support import free_port, inject, profile_for, received

EXAMPLES = Path(__file__).parent.parent / "targets"


def example(target: str, name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((EXAMPLES / target / "examples" / name).read_text(encoding="utf-8"))
    return loaded


def write(tmp_path: Path, body: Any, name: str = "order.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(body), encoding="utf-8")
    return str(path)


@pytest.fixture
def profiles(secret_service: Any, sandbox: RunningSandbox) -> ProfileStore:
    """A profile per API on the sandbox, named after the API, each with the sandbox's secret in the keyring."""
    store = ProfileStore()
    for target in ("dropday", "centra", "bigcommerce", "feedbackcompany"):
        store.add(profile_for(sandbox, target, name=target), SECRET)
    store.add(profile_for(sandbox, "dropday", name="wrong-key"), "not-the-key")
    return store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["submit", *argv])
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err and "not-the-key" not in captured.out + captured.err
    return status, captured.out, captured.err


def test_created_exits_0_and_is_journaled(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, example("dropday", "create-order.json"))
    status, out, _ = run(capsys, path, "--profile", "dropday")
    assert (status, out) == (0, "Created — reference 1001\n")
    with Journal() as journal:
        [row] = journal.list_outbox()
    assert (row.profile, row.state, row.reference) == ("dropday", "sent", "1001")


def test_duplicate_exits_0(profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, example("dropday", "create-order.json"))
    run(capsys, path, "--profile", "dropday")
    status, out, _ = run(capsys, path, "--profile", "dropday", "--force")
    first, second = out.splitlines()[:2]
    assert status == 0 and first.startswith("Sending anyway (--force): the journal's order 1 at dropday is sent")
    assert second.startswith("Already there — reference 1001 (sent before, not created twice) (Dropday already had an order")


@pytest.mark.parametrize(
    ("target", "example_file", "key"),
    [
        ("bigcommerce", "guide_minimum.json", None),
        ("bigcommerce", "guide_minimum.json", ("external_order_id", "BC-77")),
        ("centra", "create-order.json", ("orderNumber", 7701)),
        ("dropday", "create-order.json", ("external_id", "DD-77")),
    ],
)
def test_submitting_one_file_again_never_makes_a_second_order(
    profiles: ProfileStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    sandbox: RunningSandbox,
    target: str,
    example_file: str,
    key: tuple[str, Any] | None,
) -> None:
    body = example(target, example_file)
    if key is not None:
        body[key[0]] = key[1]
    path = write(tmp_path, body)
    status, out, _ = run(capsys, path, "--profile", target)
    assert status == 0 and out.startswith("Created — reference "), out
    reference = out.split()[3]

    for _ in range(2):
        status, out, _ = run(capsys, path, "--profile", target)
        assert status == 0 and out.startswith(f"already created as {reference} at {target} (order 1"), out
        assert "nothing was sent" in out
    assert len(received(sandbox, target)) == 1

    status, out, _ = run(capsys, path, "--profile", target, "--force")
    assert status in (0, 3) and out.startswith("Sending anyway (--force)"), out
    with Journal() as journal:
        assert len(journal.list_outbox()) == 2


@pytest.mark.parametrize("fault", ["drop", "invalid_json"])
def test_submitting_again_after_a_lost_answer_finds_the_stored_order(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], sandbox: RunningSandbox, fault: str
) -> None:
    path = write(tmp_path, example("bigcommerce", "guide_minimum.json"))
    inject(sandbox, "bigcommerce", fault)
    status, out, _ = run(capsys, path, "--profile", "bigcommerce")
    assert status == 3 and out.startswith("Unknown"), out
    [stored] = received(sandbox, "bigcommerce")  # the sandbox stored it, then lost the answer

    status, out, _ = run(capsys, path, "--profile", "bigcommerce")
    assert status == 0 and "Created — reference" in out and "the earlier attempt created it" in out, out
    status, out, _ = run(capsys, path, "--profile", "bigcommerce")
    assert status == 0 and out.startswith("already created as "), out

    assert received(sandbox, "bigcommerce") == [stored]
    with Journal() as journal:
        [row] = journal.list_outbox()
        methods = [attempt.method for attempt in journal.attempts_for(row.order_key)]
    assert row.state == "sent" and methods == ["POST", "GET"]


@pytest.mark.parametrize("fault", ["drop", "invalid_json"])
def test_a_centra_order_without_a_number_is_never_sent_twice_after_a_lost_answer(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], sandbox: RunningSandbox, fault: str
) -> None:
    body = example("centra", "create-order.json")
    body.pop("orderNumber", None)
    path = write(tmp_path, body)
    inject(sandbox, "centra", fault)
    status, out, _ = run(capsys, path, "--profile", "centra")
    assert len(received(sandbox, "centra")) == 1, out

    for _ in range(2):
        status, out, _ = run(capsys, path, "--profile", "centra")
        assert len(received(sandbox, "centra")) == 1, out
        assert status == 3 and "Sent before (order 1" in out and "Without an order number" in out, out


def test_rejected_exits_1_and_prints_errors_as_validate_does(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], sandbox: RunningSandbox
) -> None:
    body = example("dropday", "create-order.json")
    del body["shipping_address"]["first_name"]
    body["products"][1]["quantity"] = "two"
    status, out, _ = run(capsys, write(tmp_path, body), "--profile", "dropday")
    assert status == 1
    first, said, *errors = out.splitlines()
    assert errors == ["shipping.first_name: Required", "lines.1.quantity: Must be a number"]
    assert first == "Rejected: 2 problems" and said.startswith("Not sent")
    assert received(sandbox, "dropday") == []


@pytest.mark.parametrize(
    ("content", "words"),
    [(None, "cannot be read"), ("{not json", "not valid JSON"), ("[1, 2]", "must be a JSON object")],
)
def test_unusable_input_exits_2(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, words: str
) -> None:
    path = tmp_path / "order.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    status, out, err = run(capsys, str(path), "--profile", "dropday")
    assert status == 2 and out == "" and words in err and "Nothing was sent." in err


def test_unknown_profile_exits_2(profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, write(tmp_path, {}), "--profile", "nope")
    assert status == 2 and "No profile is called 'nope'" in err


def test_unauthorized_exits_3(profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, write(tmp_path, example("dropday", "create-order.json")), "--profile", "wrong-key")
    assert status == 3
    assert out.startswith("Not authorised: Dropday refused the credentials of this profile")
    assert "  answer: HTTP 401: " in out


def test_failed_exits_3_with_status_and_answer(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "dropday", "429", retry_after=3600)
    status, out, _ = run(capsys, write(tmp_path, example("dropday", "create-order.json")), "--profile", "dropday")
    assert status == 3
    assert out.startswith("Failed — the API answered with an error (can be sent again): Dropday is limiting the number")
    assert "  answer: HTTP 429: " in out


def test_unknown_exits_3(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], sandbox: RunningSandbox
) -> None:
    inject(sandbox, "bigcommerce", "html")
    body = example("bigcommerce", "custom_product.json")
    status, out, _ = run(capsys, write(tmp_path, body), "--profile", "bigcommerce")
    assert status == 3
    assert out.startswith("Unknown — the API answered with an error: BigCommerce had a server error: 502 Bad Gateway with an HTML page")
    assert "  answer: HTTP 502: <!DOCTYPE html>" in out


def test_a_centra_batch_prints_each_key(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = {"address": {"email": "ann@example.com", "country": "SE"}, "products": [{"qty": 1, "sku": "A"}]}
    bad = {"address": {"email": "bob@example.com", "country": "Sweden"}, "products": [{"qty": 1, "sku": "B"}]}
    status, out, _ = run(capsys, write(tmp_path, {"first": good, "second": bad}), "--profile", "centra")
    assert status == 1
    lines = out.splitlines()
    assert lines[0] == "first: Created — reference 2001"
    assert lines[1] == "second: Rejected: 1 problem" and lines[2].startswith("Not sent")
    assert lines[3].startswith("second.shipping.country: Not an ISO 3166 two-letter country code")


def test_a_centra_batch_sent_again_sends_only_what_is_not_there_yet(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], sandbox: RunningSandbox
) -> None:
    first = {"address": {"email": "ann@example.com", "country": "SE"}, "products": [{"qty": 1, "sku": "A"}]}
    second = {"address": {"email": "cy@example.com", "country": "SE"}, "products": [{"qty": 2, "sku": "C"}]}
    run(capsys, write(tmp_path, {"first": first}, "one.json"), "--profile", "centra")

    status, out, _ = run(capsys, write(tmp_path, {"first": first, "second": second}), "--profile", "centra")

    assert status == 0, out
    lines = out.splitlines()
    assert lines[0].startswith("first: already created as 2001 at centra (order 1 in the journal); nothing was sent")
    assert lines[1] == "second: Created — reference 2002"
    assert [order["address"]["email"] for order in received(sandbox, "centra")] == ["ann@example.com", "cy@example.com"]


def test_a_body_of_another_api_is_converted_first(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], sandbox: RunningSandbox
) -> None:
    path = write(tmp_path, example("dropday", "create-order.json"))
    status, out, _ = run(capsys, path, "--profile", "centra", "--target-format", "dropday")
    assert (status, out) == (0, "Created — reference 2001\n")
    [order] = received(sandbox, "centra")
    assert order["products"][0]["sku"] == "PZZA00001"


def test_no_keyring_exits_3_and_sends_nothing(
    sandbox: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ProfileStore().add(profile_for(sandbox, "dropday", name="dropday"))  # no secret: no keyring needed to add it
    status, out, err = run(capsys, write(tmp_path, example("dropday", "create-order.json")), "--profile", "dropday")
    assert status == 3 and out == "" and "No system keyring" in err
    assert received(sandbox, "dropday") == []


# --- ``profiles test``: the connection check behind the profile, from the command line ----------
# (kept here until tests/cli/test_profile_commands.py exists; it uses the same profiles fixture)


@pytest.mark.parametrize(
    ("name", "status", "first_words"),
    [
        ("dropday", 0, "valid: Dropday accepted the credentials"),
        ("feedbackcompany", 0, "valid: Feedback Company accepted the client id and secret"),
        ("wrong-key", 1, "invalid: Dropday refused the credentials (401 Unauthorized)"),
    ],
)
def test_profiles_test_says_valid_or_invalid(
    profiles: ProfileStore, capsys: pytest.CaptureFixture[str], name: str, status: int, first_words: str
) -> None:
    assert main(["profiles", "test", name]) == status
    out = capsys.readouterr().out
    assert out.startswith(first_words) and SECRET not in out and "not-the-key" not in out


def test_profiles_test_says_unreachable(
    profiles: ProfileStore, sandbox: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox_down = profile_for(sandbox, "centra", name="down").model_copy(
        update={"base_url": f"http://127.0.0.1:{free_port()}/centra"}
    )
    profiles.add(sandbox_down, SECRET)
    assert main(["profiles", "test", "down"]) == 4
    assert capsys.readouterr().out.startswith("unreachable: Could not connect to 127.0.0.1:")


def test_profiles_test_of_an_unknown_profile(profiles: ProfileStore, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profiles", "test", "nope"]) == 1
    assert "No profile is called 'nope'" in capsys.readouterr().err


def test_a_body_that_cannot_be_written_out_exits_2_and_sends_nothing(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], sandbox: RunningSandbox
) -> None:
    # A zero written with an exponent beyond what jsonio writes passes validation (it is zero)
    # but cannot be written out as the request body.
    body = example("dropday", "create-order.json")
    body["shipping_cost"] = "ZERO"
    path = tmp_path / "order.json"
    path.write_text(json.dumps(body).replace('"ZERO"', "0E+400"), encoding="utf-8")
    status, out, err = run(capsys, str(path), "--profile", "dropday")
    assert (status, out) == (2, "")
    assert err.startswith(f"orderdesk: {path}: cannot be sent:") and err.endswith("Nothing was sent.\n")
    assert received(sandbox, "dropday") == []


@pytest.mark.parametrize("failing", ["begin_attempt", "finish_attempt"])
def test_a_journal_failing_while_sending_is_explained_not_a_traceback(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    failing: str,
) -> None:
    # The journal stands in for a disk that fails mid-run: nothing else can make a healthy file fail.
    def broken(journal: Journal, *args: Any) -> None:
        raise JournalError(f"{journal.path}: disk I/O error")

    monkeypatch.setattr(Journal, failing, broken)
    path = write(tmp_path, example("dropday", "create-order.json"))
    status, out, err = run(capsys, path, "--profile", "dropday")
    assert (status, out) == (3, "")
    assert "journal.sqlite3: disk I/O error" in err and "Traceback" not in err
    assert "may or may not have reached dropday" in err
