"""What a connection profile of one API needs, declared once in that API's package.

The Profiles dialog builds its form from these, ``profiles add --help`` prints the same help,
and the profiles file's rules read them: an API's address, its one non-secret id and its
secret are described where the API is, not in each place that asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileSetting:
    """An API's non-secret id a profile keeps (its key in ``Profile.settings``).

    Attributes:
        field: its key in the profile's settings (``account_id``, ``store_hash``, ``client_id``).
        label: how a person calls it.
        help: one line: what it is and where it comes from, as the API's documentation says.
        alphanumeric: only letters and digits (it becomes part of the API's address).
    """

    field: str
    label: str
    help: str
    alphanumeric: bool = False


@dataclass(frozen=True)
class Connection:
    """How a profile talks to one API.

    Attributes:
        default_base_url: the documented base URL; empty where each shop has its own (Centra).
        base_url_help: one line on what to enter as the base URL.
        secret_kind: the keyring kind of the one secret it needs (``api-key`` ...).
        secret_help: one line: what the secret is and where it comes from.
        secret_label: how a person calls the secret in a message ("API key").
        secret_header: the request header that carries it: never journaled, never exported.
        secret_placeholder: what stands for that header's value in an exported cURL command.
        setting: the non-secret id it needs, or None.
        refused: what it means when the API refuses the credentials, finishing "The credentials were refused: ...".
        wrong_address: what to check when something answers at the address but not as this API.
        caches_token: whether the secret buys an access token kept beside it, which a change of
            the profile's address or settings makes useless.
    """

    default_base_url: str
    base_url_help: str
    secret_kind: str
    secret_help: str
    secret_label: str
    secret_header: str
    secret_placeholder: str
    setting: ProfileSetting | None
    refused: str
    wrong_address: str = "check the base URL."
    caches_token: bool = False

    @property
    def settings(self) -> tuple[ProfileSetting, ...]:
        """The schema of a profile's ``settings``: every non-secret id the API needs."""
        return (self.setting,) if self.setting is not None else ()
