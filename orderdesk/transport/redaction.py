"""Keeping secrets out of every log line, reason and body excerpt."""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

SNIPPET_CHARS = 200


"""How much of an unexpected body an outcome keeps: enough for support to recognise it."""


REDACTED = "[secret]"


class Redactor:
    """Removes known secrets from any text before it is logged, shown or stored.

    Each secret is also removed in its URL-encoded forms, because a token request may carry
    the client secret in its query string. Thread-safe: a token fetched on one thread is
    added while other threads redact.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._lock = threading.Lock()
        self._forms: tuple[str, ...] = ()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        """Remember one more secret; empty values are ignored."""
        if not secret:
            return
        with self._lock:
            forms = set(self._forms) | {secret, quote(secret, safe=""), quote_plus(secret)}
            self._forms = tuple(sorted(forms, key=len, reverse=True))

    def redact(self, text: str) -> str:
        """``text`` with every known secret replaced by ``[secret]``."""
        for form in self._forms:
            if form in text:
                text = text.replace(form, REDACTED)
        return text


class _RedactingFilter(logging.Filter):
    """Scrubs every live session's secrets from log records of libraries that log full URLs.

    urllib3 logs each request line at DEBUG, query string included, and Feedback Company's
    token request carries the client secret there.
    """

    def __init__(self) -> None:
        super().__init__()
        self._redactors: weakref.WeakSet[Redactor] = weakref.WeakSet()

    def watch(self, redactor: Redactor) -> None:
        self._redactors.add(redactor)

    def filter(self, record: logging.LogRecord) -> bool:
        redactors = list(self._redactors)
        if redactors:
            text = record.getMessage()
            for redactor in redactors:
                text = redactor.redact(text)
            record.msg, record.args = text, None
        return True


LIBRARY_LOG_FILTER = _RedactingFilter()


logging.getLogger("urllib3.connectionpool").addFilter(LIBRARY_LOG_FILTER)


def snippet(body: bytes, limit: int = SNIPPET_CHARS, redactor: Redactor | None = None) -> str:
    """The start of a body as one line of text, for a person to recognise it.

    With ``redactor``, its secrets are removed before the cut, so no part of one is left.
    """
    text = body[: limit * 4].decode("utf-8", errors="replace")
    return one_line(redactor.redact(text) if redactor else text, limit)


def one_line(text: str, limit: int) -> str:
    """``text`` with its white space folded, cut to ``limit`` characters (ending in "…") when longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
