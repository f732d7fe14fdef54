"""Talking HTTP to one order API: timeouts, retries only where safe, rate-limit pacing, no secret leaks.

Every request an order client makes goes through an ``ApiSession``. It never raises for a
network problem: a request ends as a ``Reply`` (the server answered) or a ``TransportError``
that says how far the request got, because that decides whether sending again could create
the order twice. Retrying is the session's job, but only within what the caller declares
safe (``idempotent``); a 429 is always safe to wait out, since the server did not take the
order. Secrets (keys, tokens, client secrets) are scrubbed from every log line, reason and
body excerpt by a ``Redactor``. What an answer means for the order is ``orderdesk.targets.answers``'s job.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from dataclasses import replace
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode, urlsplit

import requests
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from orderdesk import __version__
from orderdesk.core import jsonio
from orderdesk.transport.pacing import Pacer, QuotaHeaders, rate_limit_wait
from orderdesk.transport.redaction import LIBRARY_LOG_FILTER, Redactor, snippet
from orderdesk.transport.replies import Delivery, Reply, Result, TransportError
from orderdesk.transport.settings import HttpSettings

_log = logging.getLogger(__name__)


USER_AGENT = f"OrderDesk/{__version__}"


UNSENDABLE_HEADER = (
    "A header of the request (the API key or access token) holds a character no request can carry, "
    "such as a pasted “…”, or starts with a space, so nothing was sent. Enter the key again in the profile"
)


"""Why a request that could not even be written failed; it never quotes the header."""


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
        quota: QuotaHeaders | None = None,
    ) -> None:
        self.quota = quota
        self.settings = settings or HttpSettings()
        self.redactor = redactor
        LIBRARY_LOG_FILTER.watch(redactor)
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
            asked = rate_limit_wait(result.headers, self.quota)
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
        if self.quota is not None:
            self.pacer.observe(response.headers, self.quota)
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


def with_query(url: str, params: Mapping[str, str]) -> str:
    """``url`` with ``params`` as its query string, as the request sends it."""
    return f"{url}?{urlencode(params)}" if params else url


def wire_text(body: Any) -> str:
    """The exact JSON text sent for ``body`` (and journaled): compact, ``Decimal`` values as JSON numbers."""
    return jsonio.dumps(body, indent=None)


def _never_connected(exc: requests.ConnectionError) -> bool:
    """True when the socket was never connected, so the request cannot have been received."""
    cause: BaseException | None = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
    reason = getattr(cause, "reason", None)
    return isinstance(reason, NewConnectionError | ConnectTimeoutError) or isinstance(
        cause, NewConnectionError | ConnectTimeoutError
    )
