"""Test connection in words, against the real sandbox: what was refused, or where to look."""

from __future__ import annotations

import pytest

from orderdesk.config.credentials import LOCKED_MESSAGE, KeyringUnavailable
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.connection_check import FormSecrets, Verdict, check_profile
from tests.client_support import FAST, MemorySecrets, free_port, inject, profile_for, secrets_for

TARGETS = ("dropday", "centra", "bigcommerce", "feedbackcompany")


@pytest.mark.parametrize("target", TARGETS)
def test_a_good_profile_is_ok(sandbox: RunningSandbox, target: str) -> None:
    profile = profile_for(sandbox, target)
    report = check_profile(profile, secrets_for(profile), settings=FAST)
    assert report.verdict is Verdict.OK
    assert report.text.startswith("OK: ")


@pytest.mark.parametrize(
    ("target", "says"),
    [
        ("dropday", "the API key is wrong or expired, or the account id does not belong to it"),
        ("centra", "the API key is wrong"),
        ("bigcommerce", "the access token is wrong"),
        ("feedbackcompany", "the client id or the client secret is wrong"),
    ],
)
def test_a_wrong_secret_says_what_was_refused(sandbox: RunningSandbox, target: str, says: str) -> None:
    profile = profile_for(sandbox, target)
    report = check_profile(profile, secrets_for(profile, "not-the-key"), settings=FAST)
    assert report.verdict is Verdict.REFUSED
    assert "refused" in report.text and says in report.text
    assert "not-the-key" not in report.text


def test_the_typed_secret_wins_over_the_stored_one(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "dropday")
    assert check_profile(profile, secrets_for(profile, "old-key"), SECRET, FAST).verdict is Verdict.OK
    assert check_profile(profile, secrets_for(profile), "typo-key", FAST).verdict is Verdict.REFUSED


def test_nothing_stored_and_nothing_typed_says_so(sandbox: RunningSandbox) -> None:
    report = check_profile(profile_for(sandbox, "dropday"), MemorySecrets(), settings=FAST)
    assert report.verdict is Verdict.NO_SECRET
    assert "API key" in report.text


def test_a_port_nothing_listens_on_is_unreachable(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "centra").model_copy(update={"base_url": f"http://127.0.0.1:{free_port()}/api"})
    report = check_profile(profile, secrets_for(profile), settings=FAST)
    assert report.verdict is Verdict.UNREACHABLE
    assert report.text.startswith(f"Centra cannot be reached at {profile.base_url}: ")
    assert report.text.endswith("Check the base URL and the network connection.")


def test_an_address_where_the_api_is_not_says_what_to_check(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    profile = profile.model_copy(update={"base_url": profile.base_url + "/nothing-here"})
    report = check_profile(profile, secrets_for(profile), settings=FAST)
    assert report.verdict is Verdict.WRONG_ADDRESS
    assert report.text.endswith("check the base URL and the store hash.")


def test_a_server_error_says_it_is_on_the_apis_side(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "dropday")
    inject(sandbox, "dropday", "500", count=3)  # FAST tries three times
    report = check_profile(profile, secrets_for(profile), settings=FAST)
    assert report.verdict is Verdict.SERVER_ERROR
    assert report.text == (
        "Dropday has a server error (500 Internal Server Error): the problem is on its side; test again later."
    )


class _LockedKeyring(MemorySecrets):
    def get_secret(self, profile_name: str, kind: str) -> str | None:
        raise KeyringUnavailable(LOCKED_MESSAGE)


def test_a_locked_keyring_is_said_as_such_and_nothing_is_sent(sandbox: RunningSandbox) -> None:
    report = check_profile(profile_for(sandbox, "dropday"), _LockedKeyring(), settings=FAST)
    assert report.verdict is Verdict.KEYRING and report.check is None
    assert report.text == f"{LOCKED_MESSAGE} The connection was not tested."


def test_a_test_keeps_its_access_token_in_memory(sandbox: RunningSandbox) -> None:
    profile = profile_for(sandbox, "feedbackcompany")
    stored = secrets_for(profile)
    assert check_profile(profile, stored, settings=FAST).verdict is Verdict.OK
    assert stored.token_writes == 0


def test_form_secrets_read_the_store_once() -> None:
    class Counting(MemorySecrets):
        reads = 0

        def get_secret(self, profile_name: str, kind: str) -> str | None:
            Counting.reads += 1
            return super().get_secret(profile_name, kind)

    secrets = FormSecrets(Counting({"p/api-key": "k"}))
    assert [secrets.get_secret("p", "api-key") for _ in range(3)] == ["k"] * 3
    assert Counting.reads == 1
