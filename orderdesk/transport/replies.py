"""What a request ends as: a server's reply or a transport error, and the checks and lookups built on them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from orderdesk.core import jsonio


class Delivery(StrEnum):
    """How far a request got when no answer came back."""

    NOT_SENT = "not_sent"
    """The connection was never made: the server cannot have seen the order."""
    MAYBE_SENT = "maybe_sent"
    """The request may have arrived: only an idempotent API may get it again."""


@dataclass(frozen=True)
class TransportError:
    """A request that got no usable answer.

    Attributes:
        delivery: whether the server may have received it.
        reason: plain words, with no secret in them.
        tries: how many times it was sent.
        repeatable: whether trying again unchanged could go differently; a request that
            cannot even be written (a header no request can carry) is not tried again.
    """

    delivery: Delivery
    reason: str
    tries: int = 1
    repeatable: bool = True


@dataclass(frozen=True)
class Reply:
    """An answer from the server, whatever its status.

    Attributes:
        status: the HTTP status code.
        headers: the response headers (case-insensitive).
        body: the raw body.
        snippet: the start of the body as text, secrets removed, for outcomes and support.
        tries: how many times the request was sent to get this answer.
    """

    status: int
    headers: Mapping[str, str]
    body: bytes
    snippet: str
    tries: int = 1

    def json(self) -> Any:
        """The body as JSON (numbers as int/Decimal); ``jsonio.BodyError`` when it is not JSON."""
        if not self.body.strip():
            raise jsonio.BodyError("the body is empty")
        try:
            text = self.body.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise jsonio.BodyError("the body is not UTF-8 text") from None
        return jsonio.loads(text)

    def json_object(self) -> dict[str, Any] | None:
        """The body when it is a JSON object, else ``None``."""
        try:
            value = self.json()
        except jsonio.BodyError:
            return None
        return value if isinstance(value, dict) else None


Result = Reply | TransportError


class ConnectionState(StrEnum):
    """What ``profiles test`` found."""

    VALID = "valid"
    INVALID = "invalid"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class ConnectionCheck:
    """The result of a cheap authenticated request: can this profile send orders?

    Attributes:
        state: valid (the API accepted the credentials), invalid (it refused them) or
            unreachable (no usable answer).
        detail: plain words for a person, no secret in them.
        status: the HTTP status of the answer that decided it; None when none arrived.
    """

    state: ConnectionState
    detail: str
    status: int | None = None


@dataclass(frozen=True)
class Lookup:
    """What looking an order up at its API found, before anything is sent again.

    Attributes:
        found: True (the order is there), False (it is not), None (could not tell).
        reference: the API's reference when found.
        reason: plain words when it could not tell.
        url: the URL asked, for the journal.
    """

    found: bool | None
    reference: str = ""
    reason: str = ""
    url: str = ""


class MissingSecret(Exception):
    """The profile has no secret stored, so nothing can be sent; the message says what to add."""

    def __init__(self, profile_name: str, label: str) -> None:
        super().__init__(f"No {label} is stored for profile '{profile_name}'. Add it to the profile first.")
