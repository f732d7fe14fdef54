"""What a connection profile of one API needs, declared once in that API's package.

The Profiles dialog builds its form from these, ``profiles add --help`` prints the same help,
and the profiles file's rules read them: an API's address, its one non-secret id and its
secret are described where the API is, not in each place that asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileSetting:
    """An API's one non-secret id a profile keeps (its field in ``Profile``).

    Attributes:
        field: the ``Profile`` field holding it (``account_id``, ``store_hash``, ``client_id``).
        label: how a person calls it.
        help: one line: what it is and where it comes from, as the API's documentation says.
    """

    field: str
    label: str
    help: str


@dataclass(frozen=True)
class Connection:
    """How a profile talks to one API.

    Attributes:
        default_base_url: the documented base URL; empty where each shop has its own (Centra).
        base_url_help: one line on what to enter as the base URL.
        secret_kind: the keyring kind of the one secret it needs (``api-key`` ...).
        secret_help: one line: what the secret is and where it comes from.
        setting: the non-secret id it needs, or None.
        refused: what it means when the API refuses the credentials, finishing "The credentials were refused: ...".
        wrong_address: what to check when something answers at the address but not as this API.
    """

    default_base_url: str
    base_url_help: str
    secret_kind: str
    secret_help: str
    setting: ProfileSetting | None
    refused: str
    wrong_address: str = "check the base URL."
