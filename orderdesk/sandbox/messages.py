"""One request in, one reply out: the plain values the API modules work with.

The API modules never touch sockets; the server turns bytes into a ``Request`` and a
``Reply`` into bytes, which keeps every API's rules testable as plain functions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from orderdesk.core import jsonio

JSON = "application/json"


@dataclass(frozen=True)
class Request:
    """What a client sent to one API.

    Attributes:
        method: ``GET``, ``POST``...
        path: the path below the API's prefix (``/orders``; ``""`` for the prefix itself).
        query: query parameters, the first value of each.
        headers: request headers by lower-case name (``header()`` takes any case).
        body: the raw body.
        base_url: the API's sandbox base URL, for links in answers.
    """

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    base_url: str

    def header(self, name: str) -> str:
        """The header's value, ``""`` when absent."""
        return self.headers.get(name.lower(), "")

    def json(self) -> Any:
        """The body as JSON (numbers as int/Decimal); a ``jsonio.BodyError`` when it is not."""
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError:
            raise jsonio.BodyError("not UTF-8 text") from None
        return jsonio.loads(text)


@dataclass(frozen=True)
class Reply:
    """What the server answers: status, body bytes and any extra headers."""

    status: int
    body: bytes = b""
    content_type: str = JSON
    headers: Mapping[str, str] = field(default_factory=dict)


def json_reply(status: int, data: Any, headers: Mapping[str, str] | None = None) -> Reply:
    """A JSON answer; ``Decimal`` amounts are written as JSON numbers."""
    body = jsonio.dumps(data, indent=None).encode("utf-8")
    return Reply(status, body, JSON, dict(headers or {}))


def text_reply(status: int, text: str, content_type: str = "text/plain; charset=utf-8") -> Reply:
    """A non-JSON answer (plain text, an HTML error page)."""
    return Reply(status, text.encode("utf-8"), content_type)
