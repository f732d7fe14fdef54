"""What every API client shares: the secret read once, kept out of the journal, and lookups that cannot tell."""

from __future__ import annotations

import pytest

from orderdesk.config.profiles import Profile
from orderdesk.targets.client_base import ApiClient
from orderdesk.transport.replies import Lookup, MissingSecret, Reply
from tests.client_support import FAST, MemorySecrets, free_port


class ExampleClient(ApiClient):
    """A client of an API that wants its key in ``X-Key``."""

    api = "Example"
    secret_label = "API key"
    secret_header = "X-Key"


def _profile(base_url: str = "http://127.0.0.1:9") -> Profile:
    return Profile(name="shop", target="centra", base_url=base_url)


def _client(profile: Profile) -> ExampleClient:
    return ExampleClient(profile, MemorySecrets({"shop/api-key": "k3y"}), FAST)


def test_a_missing_secret_is_named_before_anything_is_sent() -> None:
    with pytest.raises(MissingSecret, match="No API key is stored for profile 'shop'"):
        ExampleClient(_profile(), MemorySecrets(), FAST)


def test_the_secret_travels_in_its_header_and_stays_out_of_the_journal() -> None:
    client = _client(_profile())
    assert client.headers(_profile(), "k3y") == {"X-Key": "k3y"}
    assert "X-Key" not in client.journal_headers()
    assert client.journal_headers()["Content-Type"] == "application/json"
    assert client.redactor.redact("key k3y") == "key [secret]"
    body = {"a": 1}
    assert client.prepare(body) is body
    client.close()


def test_a_lookup_without_an_answer_or_with_an_undocumented_one_cannot_tell() -> None:
    client = _client(_profile(f"http://127.0.0.1:{free_port()}"))
    unanswered = client._ask(f"http://127.0.0.1:{free_port()}/orders")
    assert isinstance(unanswered, Lookup) and unanswered.found is None and "connect" in unanswered.reason
    unclear = client._unclear(Reply(status=500, headers={}, body=b"<html>", snippet="<html>"))
    assert unclear.found is None and unclear.reason == "Example answered the lookup with 500: <html>"
    client.close()
