"""Profiles: their rules, the profiles file (atomic, never overwritten when broken) and their secrets."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from orderdesk.config.credentials import KeyringUnavailable, SecretRejected
from orderdesk.config.profiles import (
    HTTPS_MESSAGE,
    ConfigError,
    Profile,
    ProfileError,
    ProfileStore,
    UnknownProfile,
    make_profile,
)
from tests.fixtures_keyring import PrivateSecretService

SECRET = "bc-token-a81f0c2d9e"


def _dropday(name: str = "live", base_url: str = "", account_id: str = "4711") -> Profile:
    return make_profile(name, "dropday", base_url, account_id=account_id)


def _config(home: Path) -> Path:
    return home / "config" / "profiles.json"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("https://dropday.io/api/v1/", "https://dropday.io/api/v1"),
        ("  https://shop.example.com/api/order  ", "https://shop.example.com/api/order"),
        ("http://127.0.0.1:8765/dropday/api/v1", "http://127.0.0.1:8765/dropday/api/v1"),
        ("http://127.9.9.9/sandbox", "http://127.9.9.9/sandbox"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://[::1]:8000/centra/", "http://[::1]:8000/centra"),
        ("HTTPS://API.BIGCOMMERCE.COM", "HTTPS://API.BIGCOMMERCE.COM"),
    ],
)
def test_https_or_loopback_base_urls_are_kept_without_trailing_slash(typed: str, stored: str) -> None:
    assert _dropday(base_url=typed).base_url == stored


@pytest.mark.parametrize(
    "typed",
    [
        "http://dropday.io/api/v1",
        "http://127.0.0.1.example.com/",
        "http://10.0.0.5:8000",
        "ftp://dropday.io",
        "dropday.io/api",
    ],
)
def test_plain_http_away_from_loopback_is_refused_with_the_reason(typed: str) -> None:
    with pytest.raises(ProfileError) as refused:
        _dropday(base_url=typed)

    assert refused.value.problems == {"base_url": HTTPS_MESSAGE}
    assert HTTPS_MESSAGE == (
        "Base URL must start with https:// (plain http is only allowed for the local sandbox on 127.0.0.1)"
    )


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("https://user:pw@dropday.io", "must not contain a user name or password"),
        ("https://dropday.io/api?key=1", r"without spaces, '\?' or '#'"),
        ("https://dropday.io:port", "not a valid address"),
    ],
)
def test_base_urls_with_secrets_or_extras_are_refused(typed: str, words: str) -> None:
    with pytest.raises(ProfileError, match=words):
        _dropday(base_url=typed)


def test_an_empty_base_url_means_the_apis_own_and_centra_has_none() -> None:
    assert _dropday().base_url == "https://dropday.io/api/v1"
    assert make_profile("bc", "bigcommerce", store_hash="abc123").base_url == "https://api.bigcommerce.com"
    with pytest.raises(ProfileError) as refused:
        make_profile("eu", "centra")
    assert refused.value.problems["base_url"].startswith("Base URL is required for Centra")


@pytest.mark.parametrize(
    ("fields", "problems"),
    [
        ({"target": "dropday"}, {"account_id": "Account id is required for Dropday"}),
        ({"target": "bigcommerce"}, {"store_hash": "Store hash is required for BigCommerce"}),
        ({"target": "feedbackcompany"}, {"client_id": "Client id is required for Feedback Company"}),
        (
            {"target": "centra", "base_url": "https://x.example", "store_hash": "abc"},
            {"store_hash": "Store hash is only used by BigCommerce"},
        ),
        (
            {"target": "bigcommerce", "store_hash": "abc/def"},
            {"store_hash": "Store hash: only letters and digits (it is part of the API's address)"},
        ),
        (
            {"target": "dropday", "account_id": "12 34"},
            {"account_id": "Account id: at most 200 characters, without spaces"},
        ),
        (
            {"target": "shopify", "base_url": "https://x.example"},
            {"target": "Unknown API 'shopify'; OrderDesk knows dropday, centra, bigcommerce, feedbackcompany"},
        ),
    ],
)
def test_each_api_needs_its_own_setting_and_no_other(fields: dict[str, str], problems: dict[str, str]) -> None:
    with pytest.raises(ProfileError) as refused:
        make_profile("p", **fields)

    assert refused.value.problems == problems


@pytest.mark.parametrize("name", ["", " ", "a/b", "-lead", "x" * 65, "tab\there"])
def test_names_are_short_and_plain(name: str) -> None:
    with pytest.raises(ProfileError) as refused:
        _dropday(name=name)

    assert set(refused.value.problems) == {"name"}


def test_profiles_are_frozen() -> None:
    with pytest.raises(ValueError, match="frozen"):
        _dropday().name = "other"  # type: ignore[misc]


def test_no_file_means_no_profiles(orderdesk_home: Path) -> None:
    assert ProfileStore().load() == []
    assert ProfileStore().path == _config(orderdesk_home)


def test_the_file_holds_settings_only_and_round_trips(orderdesk_home: Path) -> None:
    store = ProfileStore()
    store.add(_dropday())
    store.add(make_profile("Test store", "bigcommerce", "http://127.0.0.1:9000/bigcommerce", store_hash="abc123"))

    assert json.loads(_config(orderdesk_home).read_text(encoding="utf-8")) == {
        "version": 1,
        "profiles": [
            {"name": "live", "target": "dropday", "base_url": "https://dropday.io/api/v1", "account_id": "4711"},
            {
                "name": "Test store",
                "target": "bigcommerce",
                "base_url": "http://127.0.0.1:9000/bigcommerce",
                "store_hash": "abc123",
            },
        ],
    }
    assert [profile.name for profile in ProfileStore().load()] == ["live", "Test store"]
    assert ProfileStore().get("TEST STORE").settings["store_hash"] == "abc123"
    assert sorted(path.name for path in _config(orderdesk_home).parent.iterdir()) == ["profiles.json"]


def test_names_are_unique_ignoring_case() -> None:
    store = ProfileStore()
    store.add(_dropday("Live"))

    with pytest.raises(ProfileError) as refused:
        store.add(_dropday("live"))
    assert refused.value.problems == {"name": "A profile called 'Live' already exists"}


def test_an_unknown_name_lists_the_known_ones() -> None:
    store = ProfileStore()
    store.add(_dropday("live"))

    with pytest.raises(UnknownProfile) as missing:
        store.get("test")
    assert str(missing.value) == "No profile is called 'test' (profiles: live)."
    assert isinstance(missing.value, KeyError)


BROKEN_FILES = [
    ('{"profiles": [', "is not valid JSON (line 1, column 15: Expecting value)"),
    ("[]", 'must hold a JSON object like {"version": 1, "profiles": [...]}'),
    ('{"profiles": {"live": {}}}', "'profiles' must be a list"),
    ('{"version": 2, "profiles": []}', "has version 2; this OrderDesk reads version 1"),
    ('{"profile": []}', "has an unknown entry 'profile' (only 'version' and 'profiles' belong there)"),
    ('{"profiles": ["live"]}', "profile 1 must be a JSON object"),
    (
        '{"profiles": [{"name": "live", "target": "shopify", "base_url": "https://x.example"}]}',
        "profile 1 ('live'): Unknown API 'shopify'; OrderDesk knows dropday, centra, bigcommerce, feedbackcompany",
    ),
    (
        '{"profiles": [{"name": "a", "target": "centra", "base_url": "https://x.example"},'
        ' {"name": "A", "target": "centra", "base_url": "https://y.example"}]}',
        "two profiles are called 'A' (names must differ, ignoring case)",
    ),
    ('{"profiles": [{"name": "live", "target": "centra"}]}', "profile 1 ('live'): Base URL is required"),
    (
        '{"profiles": [{"name": "live", "target": "centra", "base_url": "http://shop.example"}]}',
        f"profile 1 ('live'): {HTTPS_MESSAGE}",
    ),
]


@pytest.mark.parametrize(("text", "problem"), BROKEN_FILES)
def test_a_broken_file_names_itself_and_the_problem(orderdesk_home: Path, text: str, problem: str) -> None:
    path = _config(orderdesk_home)
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ConfigError) as broken:
        ProfileStore().load()

    assert broken.value.path == path
    assert broken.value.problem == problem
    assert str(broken.value) == f"{path}: {problem}"


def test_a_secret_typed_into_the_file_is_pointed_out_but_never_repeated(orderdesk_home: Path) -> None:
    path = _config(orderdesk_home)
    path.parent.mkdir(parents=True)
    entry = {
        "name": "live",
        "target": "dropday",
        "base_url": "https://dropday.io/api/v1",
        "account_id": "1",
        "api_key": SECRET,
    }
    path.write_text(json.dumps({"profiles": [entry]}), encoding="utf-8")

    with pytest.raises(ConfigError) as broken:
        ProfileStore().load()

    assert broken.value.problem == (
        "profile 1 ('live'): unknown setting 'api_key' "
        "(secrets never belong in this file: they live in the system keyring)"
    )
    assert SECRET not in str(broken.value)


def test_settings_are_read_flat_or_nested_and_written_flat_as_every_version_reads_them(orderdesk_home: Path) -> None:
    path = _config(orderdesk_home)
    path.parent.mkdir(parents=True)
    flat = {"name": "live", "target": "dropday", "base_url": "https://dropday.io/api/v1", "account_id": "1"}
    nested = {
        "name": "test",
        "target": "bigcommerce",
        "base_url": "https://api.bigcommerce.com",
        "settings": {"store_hash": "abc123"},
    }
    path.write_text(json.dumps({"version": 1, "profiles": [flat, nested]}), encoding="utf-8")

    live, test = ProfileStore().load()
    assert (live.settings, test.settings) == ({"account_id": "1"}, {"store_hash": "abc123"})
    ProfileStore().update(make_profile("test", "bigcommerce", store_hash="def456"))

    written = json.loads(path.read_text(encoding="utf-8"))["profiles"]
    assert written == [flat, {**{key: nested[key] for key in ("name", "target", "base_url")}, "store_hash": "def456"}]


def test_a_setting_of_another_api_or_of_none_is_refused_by_its_field(orderdesk_home: Path) -> None:
    with pytest.raises(ProfileError) as foreign:
        make_profile("live", "dropday", account_id="1", client_id="c")
    assert foreign.value.problems == {"client_id": "Client id is only used by Feedback Company"}
    path = _config(orderdesk_home)
    path.parent.mkdir(parents=True)
    entry = {"name": "x", "target": "centra", "base_url": "https://shop.example", "settings": {"shop_id": "7"}}
    path.write_text(json.dumps({"profiles": [entry]}), encoding="utf-8")
    with pytest.raises(ConfigError) as undeclared:
        ProfileStore().load()
    assert undeclared.value.problem == "profile 1 ('x'): unknown setting 'shop_id'"


def test_a_file_that_is_not_utf8_is_named(orderdesk_home: Path) -> None:
    path = _config(orderdesk_home)
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"profiles": [{"name": "caf\xe9"}]}')

    with pytest.raises(ConfigError, match="is not UTF-8 text"):
        ProfileStore().load()


def test_a_file_saved_with_a_byte_order_mark_is_read(orderdesk_home: Path) -> None:
    path = _config(orderdesk_home)
    path.parent.mkdir(parents=True)
    path.write_text(
        '{"profiles": [{"name": "eu", "target": "centra", "base_url": "https://x.example"}]}', encoding="utf-8-sig"
    )

    assert ProfileStore().get("eu").base_url == "https://x.example"


def test_a_broken_file_is_never_overwritten(orderdesk_home: Path) -> None:
    path = _config(orderdesk_home)
    path.parent.mkdir(parents=True)
    path.write_text('{"profiles": [ {"name": "live", ', encoding="utf-8")

    with pytest.raises(ConfigError):
        ProfileStore().add(_dropday("new"))

    assert path.read_text(encoding="utf-8") == '{"profiles": [ {"name": "live", '


_WRITER = """
import json
from orderdesk.config.profiles import ProfileStore, write_atomically

def document(prefix):
    profiles = [
        {"name": f"{prefix}{number}", "target": "dropday", "base_url": "https://dropday.io/api/v1", "account_id": "1"}
        for number in range(_COUNT)
    ]
    return json.dumps({"version": 1, "profiles": profiles}, indent=2)

texts = [document("a"), document("b")]
path = ProfileStore().path
write_atomically(path, texts[0])
print("ready", flush=True)
while True:
    for text in texts:
        write_atomically(path, text)
""".replace("_COUNT", "1000")


def test_a_kill_during_writing_never_leaves_a_broken_file(tmp_path: Path) -> None:
    """Kill processes that keep rewriting a large profiles file; whenever they die, it holds one whole version."""
    writers = []
    for number in range(4):
        home = tmp_path / f"writer-{number}"
        environment = os.environ | {"ORDERDESK_HOME": str(home)}
        process = subprocess.Popen([sys.executable, "-c", _WRITER], stdout=subprocess.PIPE, text=True, env=environment)
        writers.append((process, home))
    for number, (process, home) in enumerate(writers):
        assert process.stdout is not None
        assert process.stdout.readline() == "ready\n"
        time.sleep(0.02 * number)
        assert process.poll() is None, "the writer ended before it was killed"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        process.stdout.close()
        names = {profile.name[0] for profile in ProfileStore(_config(home)).load()}
        assert names in ({"a"}, {"b"})


def test_add_with_a_secret_stores_it_in_the_keyring_only(
    secret_service: PrivateSecretService, orderdesk_home: Path
) -> None:
    store = ProfileStore()
    store.add(make_profile("bc live", "bigcommerce", store_hash="abc123"), f"  {SECRET}\n")

    assert secret_service.entries() == {"bc live/access-token": SECRET}
    assert store.secrets.get_secret("bc live", "access-token") == SECRET
    _assert_secret_in_no_file(orderdesk_home, SECRET)


def test_add_refuses_an_empty_secret_and_writes_nothing(
    secret_service: PrivateSecretService, orderdesk_home: Path
) -> None:
    with pytest.raises(SecretRejected, match="The API key is empty"):
        ProfileStore().add(_dropday(), "   ")

    assert not _config(orderdesk_home).exists()
    assert secret_service.entries() == {}


def test_add_without_a_keyring_writes_nothing(orderdesk_home: Path) -> None:
    with pytest.raises(KeyringUnavailable, match="No system keyring is available"):
        ProfileStore().add(_dropday(), SECRET)

    assert [path for path in orderdesk_home.rglob("*") if path.is_file()] == []


def test_rename_moves_the_secrets_and_the_settings(secret_service: PrivateSecretService, orderdesk_home: Path) -> None:
    store = ProfileStore()
    store.add(
        make_profile("fbc test", "feedbackcompany", "http://127.0.0.1:9/feedbackcompany/api/v2", client_id="c1"), SECRET
    )
    store.secrets.set_token("fbc test", "tok", 2_000_000_000.0)

    store.rename("FBC TEST", "fbc staging")

    assert [profile.name for profile in store.load()] == ["fbc staging"]
    assert set(secret_service.entries()) == {"fbc staging/client-secret", "fbc staging/token-cache"}
    assert store.secrets.get_secret("fbc staging", "client-secret") == SECRET


def test_rename_to_a_taken_name_changes_nothing(secret_service: PrivateSecretService) -> None:
    store = ProfileStore()
    store.add(_dropday("live"), "one")
    store.add(_dropday("test"), "two")

    with pytest.raises(ProfileError, match="A profile called 'test' already exists"):
        store.rename("live", "TEST")

    assert secret_service.entries() == {"live/api-key": "one", "test/api-key": "two"}


def test_rename_changing_only_case_keeps_the_secrets(secret_service: PrivateSecretService) -> None:
    store = ProfileStore()
    store.add(_dropday("live"), SECRET)

    store.rename("live", "Live")

    assert store.get("live").name == "Live"
    assert secret_service.entries() == {"Live/api-key": SECRET}


def test_remove_deletes_the_profile_and_its_secrets(secret_service: PrivateSecretService) -> None:
    store = ProfileStore()
    store.add(_dropday("live"), SECRET)
    store.add(_dropday("test"), "other")

    store.remove("live")

    assert [profile.name for profile in store.load()] == ["test"]
    assert secret_service.entries() == {"test/api-key": "other"}


def test_remove_without_a_keyring_keeps_the_profile(orderdesk_home: Path) -> None:
    store = ProfileStore()
    store.add(_dropday("live"))

    with pytest.raises(KeyringUnavailable):
        store.remove("live")
    assert [profile.name for profile in store.load()] == ["live"]


def test_update_replaces_the_secret_and_forgets_the_cached_token(secret_service: PrivateSecretService) -> None:
    store = ProfileStore()
    fbc = make_profile("fbc", "feedbackcompany", client_id="c1")
    store.add(fbc, "first")
    store.secrets.set_token("fbc", "tok", 2_000_000_000.0)

    store.update(fbc, "second")

    assert secret_service.entries() == {"fbc/client-secret": "second"}


def test_update_of_a_plain_setting_needs_no_keyring() -> None:
    store = ProfileStore()
    store.add(_dropday("live", account_id="1"))

    store.update(_dropday("live", account_id="2"))

    assert store.get("live").settings["account_id"] == "2"


def test_moving_a_profile_to_another_api_needs_that_apis_secret(secret_service: PrivateSecretService) -> None:
    store = ProfileStore()
    store.add(_dropday("shop"), SECRET)
    bigcommerce = make_profile("shop", "bigcommerce", store_hash="abc")

    with pytest.raises(ProfileError) as refused:
        store.update(bigcommerce)
    assert refused.value.problems == {
        "secret": "Enter the access token of the BigCommerce account: the profile now talks to another API"
    }
    assert store.get("shop").target == "dropday"

    store.update(bigcommerce, "bc-token")
    assert store.get("shop").target == "bigcommerce"
    assert secret_service.entries() == {"shop/access-token": "bc-token"}


def test_save_creates_with_a_secret_and_edits_with_or_without_one(secret_service: PrivateSecretService) -> None:
    store = ProfileStore()
    with pytest.raises(ProfileError, match="Enter the API key of this Dropday account"):
        store.save(_dropday("live"), "")

    store.save(_dropday("live"), SECRET)
    store.save(_dropday("live shop", account_id="99"), "", original_name="live")

    assert store.get("live shop").settings["account_id"] == "99"
    assert secret_service.entries() == {"live shop/api-key": SECRET}


def _assert_secret_in_no_file(home: Path, secret: str) -> None:
    files = [path for path in home.rglob("*") if path.is_file()]
    assert files, "nothing was written: the check would prove nothing"
    for path in files:
        content = path.read_bytes()
        for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
            assert encoded not in content, f"the secret is in {path}"
