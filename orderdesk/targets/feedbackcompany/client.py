"""Sending orders to Feedback Company (``POST <base>/orders``) with an OAuth access token.

The token comes from ``GET <base>/oauth2/token`` with the client id and secret, and is
cached in the keyring until it expires, so the secret travels as rarely as possible. A 401
on an order means the token went stale: it is dropped, fetched again and the order is sent
once more (a 401 order was not taken). Feedback Company documents no idempotency key and no
way to look an order up, so an order that may have arrived is never sent again by itself.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timezone
from decimal import Decimal
from http import HTTPStatus
from typing import Any

from orderdesk.core.findings import Findings
from orderdesk.core.order import ORDER_LEVEL
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.targets.answers import (
    add_field_errors,
    common_outcome,
    rate_limited_outcome,
    rejected_outcome,
    said_at,
    server_error_outcome,
    unauthorized_outcome,
    unexpected_outcome,
)
from orderdesk.targets.client_base import ApiClient
from orderdesk.targets.feedbackcompany.connection import CONNECTION
from orderdesk.targets.access import ClientProfile, SecretStoreError
from orderdesk.targets.feedbackcompany import TARGET
from orderdesk.transport.redaction import snippet
from orderdesk.transport.replies import (
    ConnectionCheck,
    ConnectionState,
    Lookup,
    Reply,
    TransportError,
)
from orderdesk.transport.session import wire_text

_log = logging.getLogger(__name__)

API = TARGET.title
TOKEN_API = "Feedback Company (getting an access token)"
EXPIRY_MARGIN = 300.0
"""A cached token this close to its expiry is replaced before use, not after a 401."""
DEFAULT_LIFETIME = 3600.0
"""How long a token is trusted when the answer gives no expiry."""
_ERROR = said_at("error")
"""Feedback Company's own words when it refuses the token."""


class FeedbackCompanyClient(ApiClient):
    """One Feedback Company profile's connection: a bearer token from its client id and secret.

    The token is cached with the secrets, until it expires. ``prepare`` leaves the body as
    it is: Feedback Company has no lookup an added key would serve.
    """

    api = API
    looks_up_orders = False
    secret_label = CONNECTION.secret_label
    secret_header = CONNECTION.secret_header

    def headers(self, profile: ClientProfile, secret: str) -> dict[str, str]:
        """None of its own: the secret only ever goes to the token request, the token per request."""
        return {}

    def create_request(self, body: dict[str, Any]) -> tuple[str, str]:
        """Method and URL that create the order (for the journal)."""
        return "POST", f"{self._profile.base_url}/orders"

    def submit(self, body: dict[str, Any]) -> Outcome:
        """Create the order with the cached token; on a 401, once more with a fresh one."""
        cached = self._cached_token()
        token = cached if cached is not None else self._fetch_token()
        if isinstance(token, Outcome):
            return token
        method, url = self.create_request(body)
        text = wire_text(body)
        result = self._post(url, text, token)
        if isinstance(result, Reply) and result.status == HTTPStatus.UNAUTHORIZED:
            _log.info("access token refused; fetching a new one and sending once more")
            self._forget_token()
            token = self._fetch_token()
            if isinstance(token, Outcome):
                return token
            result = self._post(url, text, token)
        reply = common_outcome(result, API, idempotent=False, detail=_ERROR)
        return reply if isinstance(reply, Outcome) else _outcome(reply, body)

    def lookup(self, body: dict[str, Any]) -> Lookup:
        """Feedback Company documents no way to find an order, so this can never tell."""
        return Lookup(
            None,
            reason="Feedback Company offers no way to look an order up; check its dashboard for the order "
            "before sending it again.",
        )

    def check(self) -> ConnectionCheck:
        """Fetch a fresh token: the one authenticated request this API has that creates nothing."""
        token = self._fetch_token()
        if not isinstance(token, Outcome):
            return ConnectionCheck(ConnectionState.VALID, f"{API} accepted the client id and secret", HTTPStatus.OK)
        if token.kind is OutcomeKind.UNAUTHORIZED:
            return ConnectionCheck(ConnectionState.INVALID, token.reason, token.status)
        return ConnectionCheck(ConnectionState.UNREACHABLE, token.reason, token.status)

    def _post(self, url: str, text: str, token: str) -> Reply | TransportError:
        return self._session.request(
            "POST", url, body=text, headers={"Authorization": f"Bearer {token}"}, idempotent=False
        )

    def _cached_token(self) -> str | None:
        try:
            cached = self._secrets.get_token(self._profile.name)
        except SecretStoreError as exc:
            _log.warning("could not read the cached access token: %s", exc)
            return None
        if cached is None:
            return None
        token, expires_at = cached
        if expires_at - EXPIRY_MARGIN <= time.time():
            return None
        self.redactor.add(token)
        return token

    def _forget_token(self) -> None:
        try:
            self._secrets.clear_token(self._profile.name)
        except SecretStoreError as exc:
            _log.warning("could not clear the cached access token: %s", exc)

    def _fetch_token(self) -> str | Outcome:
        """A new access token, cached in the keyring; or the outcome that ends the submission (nothing was sent)."""
        params = {
            "client_id": self._profile.settings["client_id"],
            "client_secret": self._secret,
            "grant_type": "authorization_code",
        }
        url = f"{self._profile.base_url}/oauth2/token"
        result = self._session.request("GET", url, params=params, idempotent=True)
        if isinstance(result, TransportError):
            reason = f"{result.reason}; no access token, so the order was not sent."
            return Outcome(OutcomeKind.FAILED, reason=reason, retryable=True)
        answer = result.json_object() or {}
        refused = answer.get("error") not in (None, False)
        token = answer.get("access_token")
        if isinstance(token, str) and token:
            # First, whatever the answer: a refused or odd one keeps its snippet in the outcome,
            # which was cut before this token was known.
            self.redactor.add(token)
            result = replace(result, snippet=snippet(result.body, redactor=self.redactor))
        if result.status == HTTPStatus.OK and not refused and isinstance(token, str) and token:
            try:
                self._secrets.set_token(self._profile.name, token, token_expiry(answer, time.time()))
            except SecretStoreError as exc:
                _log.warning("the access token could not be cached: %s", exc)
            return token
        # A rate limit or server error carries an "error" too; it says nothing about the credentials.
        if result.status == HTTPStatus.TOO_MANY_REQUESTS:
            return rate_limited_outcome(result, TOKEN_API)
        if result.status >= 500:
            return server_error_outcome(result, TOKEN_API, idempotent=True)
        if result.status in (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN) or refused:
            said = (answer.get(key) for key in ("message", "error_description", "error"))
            detail = next((text for text in said if isinstance(text, str)), "")
            return unauthorized_outcome(result, API, detail)
        return unexpected_outcome(result, TOKEN_API, idempotent=True)


def token_expiry(answer: Mapping[str, Any], now: float) -> float:
    """When a token expires (epoch seconds), from ``expires_on`` (a time) or ``expires_in`` (seconds).

    ``expires_on`` may be epoch seconds, an ISO 8601 time, or the ``Nov, 28 2025 15:39:00 UTC``
    shape integrations parse; a time without a zone is read as UTC. A 401 fetches a new token
    anyway, so a wrong guess costs one request, never an order.
    """
    expires_on = answer.get("expires_on")
    if isinstance(expires_on, str):
        expires_on = _time_from_text(expires_on)
    if isinstance(expires_on, int | float | Decimal) and not isinstance(expires_on, bool) and expires_on > 0:
        return float(expires_on)
    expires_in = answer.get("expires_in")
    if isinstance(expires_in, int | Decimal) and not isinstance(expires_in, bool) and expires_in > 0:
        return now + float(expires_in)
    return now + DEFAULT_LIFETIME


_MONTHS = {name: number for number, name in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
"""English month names, whatever the process locale (Qt sets it from the desktop)."""
_WORDY_TIME = re.compile(r"([A-Za-z]{3})\w*,? (\d{1,2}),? (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?: (?:UTC|GMT|Z))?")


def _time_from_text(text: str) -> float | None:
    text = text.strip()
    try:
        return float(text)
    except ValueError:
        pass
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        match = _WORDY_TIME.fullmatch(text)
        month = _MONTHS.get(match[1].title()) if match else None
        if match is None or month is None:
            return None
        day, year, hour, minute, second = (int(part) for part in match.groups()[1:])
        try:
            when = datetime(year, month, day, hour, minute, second)
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def _outcome(reply: Reply, body: Mapping[str, Any]) -> Outcome:
    answer = reply.json_object()
    if answer is not None and answer.get("success") is True and 200 <= reply.status < 300:
        return Outcome(OutcomeKind.CREATED, reference=_reference(answer, body), status=reply.status)
    if answer is not None and answer.get("success") is False and 400 <= reply.status < 500:
        return rejected_outcome(failure_findings(answer).mapped(TARGET.paths.to_draft), reply)
    return unexpected_outcome(reply, API, idempotent=False)


def failure_findings(answer: Mapping[str, Any]) -> Findings:
    """``{"success": false, "error": ...}`` by body path.

    The error may be an object of fields, a list, or one message; a message made of
    ``path: message`` parts joined by ``; `` names its fields, and each part whose path is a
    field of the body lands there. Anything else stays with the order.
    """
    findings = Findings()
    error = answer.get("error")
    if isinstance(error, dict):
        add_field_errors(error, findings)
    elif isinstance(error, list):
        for message in error:
            findings.error(ORDER_LEVEL, str(message))
    elif isinstance(error, str) and error.strip():
        for part in error.split("; "):
            path, separator, message = part.partition(": ")
            if separator and TARGET.paths.to_draft(path.strip()) is not None:
                findings.error(path.strip(), message.strip())
            else:
                findings.error(ORDER_LEVEL, part.strip())
    if not findings.errors:
        findings.error(ORDER_LEVEL, "Feedback Company refused the order without saying why")
    return findings


def _reference(answer: Mapping[str, Any], body: Mapping[str, Any]) -> str:
    """The created order's id when the answer has one, else the ``external_id`` it was sent with."""
    order = answer.get("order")
    if isinstance(order, dict) and order.get("id") is not None:
        return str(order["id"])
    external_id = body.get("external_id")
    return str(external_id) if external_id is not None else ""
