"""Secrets in a real Secret Service (a private gnome-keyring), and plain refusals where there is none."""

from __future__ import annotations

import time
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService

from orderdesk.config.credentials import (
    LOCKED_MESSAGE,
    MAX_SECRET_LENGTH,
    NO_KEYRING_MESSAGE,
    SECRET_KIND,
    UNREACHABLE_MESSAGE,
    Credentials,
    KeyringUnavailable,
    SecretRejected,
)
from tests.fixtures_keyring import PrivateSecretService

SECRET = "dd-live-7f3a9c2e5b1d4f60"


class _DictKeyring(KeyringBackend):
    """A keyring that keeps secrets in memory: stands in for backends OrderDesk must refuse."""

    priority = 0.5

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


class _FileKeyring(_DictKeyring):
    """Named like keyrings.alt's file backends, which keep secrets in a file next to the user's data."""

    priority = 1


_FileKeyring.__module__ = "keyrings.alt.file"


def test_store_read_and_delete_in_the_secret_service(secret_service: PrivateSecretService) -> None:
    credentials = Credentials()
    credentials.check_backend()
    credentials.set_secret("live", "api-key", SECRET)

    assert secret_service.entries() == {"live/api-key": SECRET}
    assert credentials.get_secret("live", "api-key") == SECRET
    assert credentials.has_secret("live", "api-key")
    assert credentials.get_secret("live", "access-token") is None

    credentials.delete_secret("live", "api-key")
    credentials.delete_secret("live", "api-key")  # a second time is fine

    assert secret_service.entries() == {}
    assert credentials.get_secret("live", "api-key") is None


def test_replacing_a_secret_keeps_one_entry(secret_service: PrivateSecretService) -> None:
    credentials = Credentials()
    credentials.set_secret("live", "api-key", "first")
    credentials.set_secret("live", "api-key", "second")

    assert secret_service.entries() == {"live/api-key": "second"}


def test_rename_moves_every_secret_of_the_profile(secret_service: PrivateSecretService) -> None:
    credentials = Credentials()
    credentials.set_secret("test store", "client-secret", SECRET)
    credentials.set_token("test store", "tok-1", 1_900_000_000.0)
    credentials.set_secret("other", "api-key", "other-key")

    credentials.rename_profile("test store", "staging")

    assert secret_service.entries() == {
        "staging/client-secret": SECRET,
        "staging/token-cache": '{"token": "tok-1", "expires_at": 1900000000.0}',
        "other/api-key": "other-key",
    }
    assert credentials.get_token("staging") == ("tok-1", 1_900_000_000.0)


def test_rename_drops_what_an_earlier_profile_of_the_new_name_left(secret_service: PrivateSecretService) -> None:
    credentials = Credentials()
    credentials.set_secret("old", "api-key", SECRET)
    credentials.set_secret("new", "access-token", "left behind")

    credentials.rename_profile("old", "new")

    assert secret_service.entries() == {"new/api-key": SECRET}


def test_delete_profile_removes_every_kind(secret_service: PrivateSecretService) -> None:
    credentials = Credentials()
    for kind in set(SECRET_KIND.values()):
        credentials.set_secret("gone", kind, f"{kind}-value")
    credentials.set_token("gone", "tok", time.time() + 60)
    credentials.set_secret("kept", "api-key", "kept-value")

    credentials.delete_profile("gone")

    assert secret_service.entries() == {"kept/api-key": "kept-value"}


def test_token_cache_is_one_entry_with_its_expiry(secret_service: PrivateSecretService) -> None:
    credentials = Credentials()
    expires_at = time.time() + 3600

    credentials.set_token("fbc", "access-123", expires_at)

    assert credentials.get_token("fbc") == ("access-123", expires_at)
    assert list(secret_service.entries()) == ["fbc/token-cache"]
    credentials.clear_token("fbc")
    assert credentials.get_token("fbc") is None
    assert secret_service.entries() == {}


@pytest.mark.parametrize("stored", ["not json", '{"token": "t"}', '{"token": "", "expires_at": 1}', '["t", 1]'])
def test_an_unreadable_token_cache_counts_as_none(secret_service: PrivateSecretService, stored: str) -> None:
    keyring.set_password("orderdesk", "fbc/token-cache", stored)

    assert Credentials().get_token("fbc") is None


@pytest.mark.parametrize(
    ("value", "length"),
    [("x" * (MAX_SECRET_LENGTH + 1), MAX_SECRET_LENGTH + 1), ("\N{GRINNING FACE}" * 641, 1282)],
)
def test_a_secret_longer_than_windows_holds_is_refused_before_storing(
    secret_service: PrivateSecretService, value: str, length: int
) -> None:
    with pytest.raises(SecretRejected) as refused:
        Credentials().set_secret("live", "api-key", value)

    assert str(refused.value) == (
        f"The API key is {length} characters long; a system keyring entry holds at most 1280 "
        "(the limit of the Windows Credential Manager)."
    )
    assert secret_service.entries() == {}


def test_a_secret_of_exactly_the_limit_is_stored(secret_service: PrivateSecretService) -> None:
    Credentials().set_secret("live", "access-token", "y" * MAX_SECRET_LENGTH)

    assert secret_service.entries() == {"live/access-token": "y" * MAX_SECRET_LENGTH}


@pytest.mark.parametrize(("value", "words"), [("", "is empty"), ("abc\ndef", "control character")])
def test_empty_or_multiline_secrets_are_refused(secret_service: PrivateSecretService, value: str, words: str) -> None:
    with pytest.raises(SecretRejected, match=words):
        Credentials().set_secret("live", "client-secret", value)
    assert secret_service.entries() == {}


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (SECRET + "\N{HORIZONTAL ELLIPSIS}", "cannot carry"),
        ("\N{LEFT DOUBLE QUOTATION MARK}" + SECRET + "\N{RIGHT DOUBLE QUOTATION MARK}", "cannot carry"),
        (" " + SECRET, "starts or ends with a space"),
        (SECRET + "\N{NO-BREAK SPACE}", "starts or ends with a space"),
    ],
)
def test_secrets_no_request_header_can_carry_are_refused_without_quoting_them(
    secret_service: PrivateSecretService, value: str, words: str
) -> None:
    with pytest.raises(SecretRejected, match=words) as refused:
        Credentials().set_secret("live", "api-key", value)
    assert SECRET not in str(refused.value) and str(refused.value).startswith("The API key ")
    assert secret_service.entries() == {}


def test_a_secret_within_latin_1_is_stored(secret_service: PrivateSecretService) -> None:
    Credentials().set_secret("live", "api-key", "cl\N{LATIN SMALL LETTER E WITH ACUTE}-123")
    assert secret_service.entries() == {"live/api-key": "cl\N{LATIN SMALL LETTER E WITH ACUTE}-123"}


def test_an_unknown_kind_is_a_programming_error(secret_service: PrivateSecretService) -> None:
    with pytest.raises(ValueError, match="unknown kind of secret 'password'"):
        Credentials().set_secret("live", "password", SECRET)


def test_fail_backend_is_refused_in_plain_words() -> None:
    """The tests start with keyring's fail backend: what a machine without any keyring gets."""
    credentials = Credentials()

    for attempt in (
        credentials.check_backend,
        lambda: credentials.set_secret("live", "api-key", SECRET),
        lambda: credentials.get_secret("live", "api-key"),
        lambda: credentials.delete_profile("live"),
    ):
        with pytest.raises(KeyringUnavailable) as refused:
            attempt()
        assert str(refused.value) == NO_KEYRING_MESSAGE
    assert "never keeps them in a file" in NO_KEYRING_MESSAGE
    assert "sudo apt install gnome-keyring" in NO_KEYRING_MESSAGE


def test_a_file_keyring_is_refused_and_nothing_is_written_to_it() -> None:
    backend = _FileKeyring()
    credentials = Credentials(backend)

    with pytest.raises(KeyringUnavailable, match=r"keeps secrets in a file.*Uninstall the keyrings.alt package"):
        credentials.set_secret("live", "api-key", SECRET)
    assert backend.stored == {}


def test_a_backend_below_priority_one_is_refused() -> None:
    backend = _DictKeyring()

    with pytest.raises(KeyringUnavailable, match="is not a system keyring"):
        Credentials(backend).set_secret("live", "api-key", SECRET)
    assert backend.stored == {}


def test_a_locked_collection_says_to_unlock(locked_secret_service: PrivateSecretService) -> None:
    credentials = Credentials()

    with pytest.raises(KeyringUnavailable) as refused:
        credentials.check_backend()
    assert str(refused.value) == LOCKED_MESSAGE
    with pytest.raises(KeyringUnavailable, match="is locked"):
        credentials.set_secret("live", "api-key", SECRET)


def test_a_session_without_secret_service_says_what_to_install(
    bus_without_secret_service: PrivateSecretService,
) -> None:
    with pytest.raises(KeyringUnavailable) as refused:
        Credentials().check_backend()

    assert str(refused.value) == UNREACHABLE_MESSAGE
    assert "gnome-keyring" in str(refused.value)


def test_no_dbus_at_all_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    credentials = Credentials(SecretService.Keyring())

    with pytest.raises(KeyringUnavailable) as refused:
        credentials.set_secret("live", "api-key", SECRET)
    assert str(refused.value) == UNREACHABLE_MESSAGE
