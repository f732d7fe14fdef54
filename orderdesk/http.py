"""Talking HTTP to one order API: timeouts, retries only where safe, rate-limit pacing, no secret leaks.

Every request an order client makes goes through an ``ApiSession``. It never raises for a
network problem: a request ends as a ``Reply`` (the server answered) or a ``TransportError``
that says how far the request got, because that decides whether sending again could create
the order twice. Retrying is the session's job, but only within what the caller declares
safe (``idempotent``); a 429 is always safe to wait out, since the server did not take the
order. Secrets (keys, tokens, client secrets) are scrubbed from every log line, reason and
body excerpt by a ``Redactor``. What an answer means for the order is ``orderdesk.answers``'s job.
"""

from __future__ import annotations

import email.utils
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import StrEnum
from http import HTTPStatus
from typing import Any
from urllib.parse import quote, quote_plus, urlencode, urlsplit

import requests
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from orderdesk import __version__, jsonio

_log = logging.getLogger(__name__)

USER_AGENT = f"OrderDesk/{__version__}"
SNIPPET_CHARS = 200
"""How much of an unexpected body an outcome keeps: enough for support to recognise it."""
REDACTED = "[secret]"
UNSENDABLE_HEADER = (
    "A header of the request (the API key or access token) holds a character no request can carry, "
    "such as a pasted “…”, or starts with a space, so nothing was sent. Enter the key again in the profile"
)
"""Why a request that could not even be written failed; it never quotes the header."""


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for a connection and, once sent, for each read of the answer."""

    connect: float = 5.0
    read: float = 30.0


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long a request may be tried again when that is safe.

    Attributes:
        attempts: tries in all, the first one included.
        backoff: the wait before the first retry; it doubles for each further one.
        max_delay: the longest single wait between tries.
        budget: the most seconds spent waiting in all (backoff and rate limits), so a
            person is never left staring at a spinner.
    """

    attempts: int = 4
    backoff: float = 0.5
    max_delay: float = 8.0
    budget: float = 60.0

    def delay(self, retry: int) -> float:
        """The wait before retry number ``retry`` (0 for the first retry)."""
        return min(self.max_delay, self.backoff * (2**retry))


@dataclass(frozen=True)
class HttpSettings:
    """Everything about a session that is not the API's own business.

    Attributes:
        timeouts: connect and read timeouts for every request.
        retry: the retry policy for requests the caller marks as safe to repeat.
        rate_limit_reserve: requests left in a rate-limit window at which the session
            stops and waits for the window to reset, so it never runs into a 429.
        sleep: how to wait; tests replace it to stay fast.
    """

    timeouts: Timeouts = field(default_factory=Timeouts)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    rate_limit_reserve: int = 2
    sleep: Callable[[float], None] = time.sleep


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
    """

    state: ConnectionState
    detail: str


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


_LIBRARY_LOG_FILTER = _RedactingFilter()
logging.getLogger("urllib3.connectionpool").addFilter(_LIBRARY_LOG_FILTER)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date); ``None`` if absent or unreadable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = datetime.now(timezone.utc).timestamp() if now is None else now
    return max(0.0, when.timestamp() - current)


def rate_limit_wait(headers: Mapping[str, str]) -> float | None:
    """Seconds a 429 asks for: ``Retry-After``, else BigCommerce's ``X-Rate-Limit-Time-Reset-Ms``."""
    seconds = parse_retry_after(headers.get("Retry-After"))
    if seconds is not None:
        return seconds
    reset_ms = _header_number(headers, "X-Rate-Limit-Time-Reset-Ms")
    return None if reset_ms is None else max(0.0, reset_ms / 1000)


class Pacer:
    """Keeps one profile's requests under its rate limit, shared by every thread using it.

    After each answer it reads ``X-Rate-Limit-Requests-Left``; when only ``reserve`` requests
    are left it holds every further request until ``X-Rate-Limit-Time-Reset-Ms`` has passed,
    so the limit is not hit. A 429 holds requests for as long as the server asked.
    """

    def __init__(
        self,
        reserve: int = 2,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._reserve = reserve
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._until = 0.0

    def hold(self, seconds: float) -> None:
        """Let no request start for ``seconds`` from now."""
        with self._lock:
            self._until = max(self._until, self._clock() + seconds)

    def pending(self) -> float:
        """Seconds until a request may start."""
        with self._lock:
            return max(0.0, self._until - self._clock())

    def wait(self) -> float:
        """Sleep until a request may start; the seconds slept."""
        seconds = self.pending()
        if seconds > 0:
            self._sleep(seconds)
        return seconds

    def observe(self, headers: Mapping[str, str]) -> None:
        """Learn the remaining quota from an answer's headers."""
        left = _header_number(headers, "X-Rate-Limit-Requests-Left")
        reset_ms = _header_number(headers, "X-Rate-Limit-Time-Reset-Ms")
        if left is not None and reset_ms is not None and left <= self._reserve:
            self.hold(reset_ms / 1000)


class ApiSession:
    """One profile's ``requests.Session``: its headers, timeouts, pacing, retries and redaction.

    Not shared between threads; give each worker its own session and, for APIs with a
    shared quota, the same ``Pacer``.
    """

    def __init__(
        self,
        headers: Mapping[str, str],
        redactor: Redactor,
        settings: HttpSettings | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        self.settings = settings or HttpSettings()
        self.redactor = redactor
        _LIBRARY_LOG_FILTER.watch(redactor)
        self.pacer = pacer or Pacer(self.settings.rate_limit_reserve, sleep=self.settings.sleep)
        self._session = requests.Session()
        self._session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
        self._session.headers.update(headers)
        # requests re-reads the environment (proxies, CA bundle, ~/.netrc) on every request;
        # read it once per host instead. A .netrc never adds credentials to an API request.
        self._session.trust_env = False
        self._session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        self._proxies: dict[str, dict[str, str]] = {}

    def close(self) -> None:
        """Release the pooled connections."""
        self._session.close()

    def public_headers(self, *secret_names: str) -> dict[str, str]:
        """The session's headers without those named (the ones carrying secrets), for the journal."""
        hidden = {name.lower() for name in secret_names}
        return {name: value for name, value in self._session.headers.items() if name.lower() not in hidden}

    def request(
        self,
        method: str,
        url: str,
        *,
        body: str | None = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = False,
    ) -> Result:
        """Send one request, retrying only where that cannot create a second order.

        Args:
            method: the HTTP method.
            url: the full URL.
            body: JSON text to send, if any (sent as ``application/json``).
            params: query parameters.
            headers: per-request headers added to the session's own.
            idempotent: whether the server may receive this request twice without harm;
                only then are timeouts, dropped connections and 5xx answers retried.

        Returns:
            The final ``Reply`` (a 429 when waiting longer was not allowed) or ``TransportError``.
        """
        policy = self.settings.retry
        waited = 0.0
        tries = 0
        while True:
            waited += self.pacer.wait()
            tries += 1
            result = self._once(method, url, body, params, headers)
            result = replace(result, tries=tries)
            delay = self._retry_delay(result, idempotent, tries - 1)
            if delay is None or tries >= policy.attempts or waited + delay > policy.budget:
                return result
            _log.info("retrying %s %s in %.2f s (try %d)", method, self._safe_url(url), delay, tries + 1)
            if isinstance(result, Reply) and result.status == HTTPStatus.TOO_MANY_REQUESTS:
                self.pacer.hold(delay)  # every thread of this profile waits, not just this one
            else:
                self.settings.sleep(delay)
                waited += delay

    def _retry_delay(self, result: Result, idempotent: bool, retry: int) -> float | None:
        policy = self.settings.retry
        if isinstance(result, TransportError):
            safe = result.delivery is Delivery.NOT_SENT or idempotent
            return policy.delay(retry) if safe and result.repeatable else None
        if result.status == HTTPStatus.TOO_MANY_REQUESTS:
            asked = rate_limit_wait(result.headers)
            return policy.delay(retry) if asked is None else asked
        if result.status >= 500 and idempotent:
            return policy.delay(retry)
        return None

    def _once(
        self,
        method: str,
        url: str,
        body: str | None,
        params: Mapping[str, str] | None,
        headers: Mapping[str, str] | None,
    ) -> Result:
        extra = dict(headers or {})
        data = None
        if body is not None:
            extra["Content-Type"] = "application/json"
            data = body.encode("utf-8")
        timeouts = self.settings.timeouts
        started = time.perf_counter()
        try:
            response = self._session.request(
                method,
                url,
                data=data,
                params=params,
                headers=extra,
                timeout=(timeouts.connect, timeouts.read),
                allow_redirects=False,
                proxies=self._proxies_for(url),
            )
        except (requests.exceptions.InvalidHeader, UnicodeEncodeError):
            # requests refuses a header value with leading white space; http.client cannot
            # encode one beyond Latin-1. Both happen before a byte leaves. The exception's own
            # text quotes the header, secret included, so it is not kept.
            error = TransportError(Delivery.NOT_SENT, UNSENDABLE_HEADER, repeatable=False)
            _log.info("%s %s failed: %s", method, self._safe_url(url), error.reason)
            return error
        except requests.RequestException as exc:
            error = self._transport_error(exc, url)
            _log.info("%s %s failed: %s", method, self._safe_url(url), error.reason)
            return error
        elapsed_ms = (time.perf_counter() - started) * 1000
        _log.debug("%s %s -> %d in %.0f ms", method, self._safe_url(url), response.status_code, elapsed_ms)
        self.pacer.observe(response.headers)
        return Reply(
            status=response.status_code,
            headers=response.headers,
            body=response.content,
            snippet=snippet(response.content, redactor=self.redactor),
        )

    def _proxies_for(self, url: str) -> dict[str, str]:
        """The environment's proxies for ``url``'s host (``no_proxy`` respected), looked up once per host."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._proxies:
            self._proxies[key] = requests.utils.get_environ_proxies(key)
        return self._proxies[key]

    def _transport_error(self, exc: requests.RequestException, url: str) -> TransportError:
        host = urlsplit(url).netloc or url
        timeouts = self.settings.timeouts
        if isinstance(exc, requests.ConnectTimeout):
            return TransportError(
                Delivery.NOT_SENT, f"No connection to {host} within {timeouts.connect:g} s (nothing was sent)"
            )
        if isinstance(exc, requests.ReadTimeout):
            return TransportError(
                Delivery.MAYBE_SENT, f"{host} did not answer within {timeouts.read:g} s after the request was sent"
            )
        if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
            return TransportError(Delivery.NOT_SENT, f"The address {self._safe_url(url)} is not a valid URL")
        if isinstance(exc, requests.exceptions.InvalidSchema):
            return TransportError(Delivery.NOT_SENT, "The address must start with http:// or https://")
        if isinstance(exc, requests.exceptions.SSLError):
            return TransportError(Delivery.NOT_SENT, f"No secure connection to {host} (certificate or TLS problem)")
        if isinstance(exc, requests.ConnectionError) and _never_connected(exc):
            return TransportError(Delivery.NOT_SENT, f"Could not connect to {host} (nothing was sent)")
        return TransportError(
            Delivery.MAYBE_SENT, f"The connection to {host} broke off before a complete answer arrived"
        )

    def _safe_url(self, url: str) -> str:
        return self.redactor.redact(url)


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


def with_query(url: str, params: Mapping[str, str]) -> str:
    """``url`` with ``params`` as its query string, as the request sends it."""
    return f"{url}?{urlencode(params)}" if params else url


def wire_text(body: Any) -> str:
    """The exact JSON text sent for ``body`` (and journaled): compact, amounts as numbers."""
    return jsonio.dumps(body, indent=None)


def _never_connected(exc: requests.ConnectionError) -> bool:
    """True when the socket was never connected, so the request cannot have been received."""
    cause: BaseException | None = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
    reason = getattr(cause, "reason", None)
    return isinstance(reason, NewConnectionError | ConnectTimeoutError) or isinstance(
        cause, NewConnectionError | ConnectTimeoutError
    )


def _header_number(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None
