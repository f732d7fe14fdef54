"""What an API client is handed: the profile's settings it reads, and where its secret is kept.

Clients live beside their API's rules and must not know how the app keeps profiles (a JSON
file) or secrets (the OS keyring): ``orderdesk.config`` provides objects of these shapes, and
a test may pass any object that has them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class ClientProfile(Protocol):
    """One account of one API as its client reads it (``config.profiles.Profile`` is one).

    Its ``settings`` hold the non-secret ids its API's ``Connection`` declares, by field.
    """

    @property
    def name(self) -> str:
        """The profile's name: the key of its secret and cached token."""
        ...

    @property
    def base_url(self) -> str:
        """Where the API answers, without a trailing slash."""
        ...

    @property
    def secret_kind(self) -> str:
        """Which of the profile's secrets the client reads (``api-key`` ...)."""
        ...

    @property
    def settings(self) -> Mapping[str, str]:
        """The API's non-secret ids by field (``store_hash`` ...), each one its ``Connection`` declares."""
        ...


class SecretStoreError(Exception):
    """The secret store cannot read or keep a value right now; the message says why."""


class SecretSource(Protocol):
    """What the clients need from the secret store; tests may pass any object with these methods.

    Each method may raise ``SecretStoreError`` (the keyring is locked, gone, or refuses the value).
    """

    def get_secret(self, profile_name: str, kind: str) -> str | None:
        """The stored secret, or None when there is none."""
        ...

    def get_token(self, profile_name: str) -> tuple[str, float] | None:
        """The cached access token and its expiry (epoch seconds), or None."""
        ...

    def set_token(self, profile_name: str, token: str, expires_at: float) -> None:
        """Cache an access token until ``expires_at`` (epoch seconds)."""
        ...

    def clear_token(self, profile_name: str) -> None:
        """Forget the cached access token."""
        ...
