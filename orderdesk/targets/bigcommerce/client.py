"""Sending orders to BigCommerce's V2 Orders API (``POST <base>/stores/{store_hash}/v2/orders``).

BigCommerce has no idempotency key: a request that may have arrived (a read timeout, a
dropped connection, a 5xx) is never repeated, and its outcome is ``unknown`` until the order
is looked up by its ``external_order_id`` (``GET .../v2/orders?external_order_id=``, the
parameter the OpenAPI document names). Every body is therefore sent with an
``external_order_id`` and ``external_source``. The store's request quota, shared by every
app, is respected from ``X-Rate-Limit-Requests-Left`` and ``X-Rate-Limit-Time-Reset-Ms``.
"""

from __future__ import annotations

import uuid
from http import HTTPStatus
from typing import Any

from orderdesk.credentials import SecretSource
from orderdesk.http import (
    ApiSession,
    ConnectionCheck,
    HttpSettings,
    Lookup,
    MissingSecret,
    Pacer,
    Redactor,
    Reply,
    TransportError,
    check_from_reply,
    rate_limited_outcome,
    rejected_outcome,
    server_error_outcome,
    transport_outcome,
    unauthorized_outcome,
    unexpected_outcome,
    wire_text,
    with_query,
)
from orderdesk.jsonio import BodyError
from orderdesk.outcome import Outcome, OutcomeKind
from orderdesk.profiles import Profile
from orderdesk.targets.bigcommerce import TARGET, server_findings

API = "BigCommerce"
SECRET_HEADER = "X-Auth-Token"
SOURCE = "OrderDesk"
"""The ``external_source`` of an order that names none, so the store shows where it came from."""


class BigCommerceClient:
    """One BigCommerce store's connection: its ``X-Auth-Token`` on every request."""

    def __init__(
        self,
        profile: Profile,
        secrets: SecretSource,
        settings: HttpSettings | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        """Read the profile's access token; ``MissingSecret`` when none is stored."""
        token = secrets.get_secret(profile.name, profile.secret_kind)
        if not token:
            raise MissingSecret(profile.name, "access token")
        self.redactor = Redactor([token])
        self._orders_url = f"{profile.base_url}/stores/{profile.store_hash}/v2/orders"
        self._session = ApiSession({SECRET_HEADER: token}, self.redactor, settings, pacer)

    def close(self) -> None:
        """Release the connection pool."""
        self._session.close()

    def create_request(self, body: dict[str, Any]) -> tuple[str, str]:
        """Method and URL that create the order (for the journal)."""
        return "POST", self._orders_url

    def journal_headers(self) -> dict[str, str]:
        """The request headers that may be stored: everything but the token."""
        return {"Content-Type": "application/json", **self._session.public_headers(SECRET_HEADER)}

    def prepare(self, body: dict[str, Any]) -> dict[str, Any]:
        """The body to send: with an ``external_order_id`` (generated when empty) to look it up by.

        Without one, an order whose answer was lost could never be found again. The
        journal keeps the body as sent, so a later lookup uses the same id.
        """
        prepared = dict(body)
        if not prepared.get("external_order_id"):
            prepared["external_order_id"] = f"orderdesk-{uuid.uuid4().hex[:20]}"
        if not prepared.get("external_source"):
            prepared["external_source"] = SOURCE
        return prepared

    def submit(self, body: dict[str, Any]) -> Outcome:
        """Create the order; only a 429 or a connection never made is tried again."""
        result = self._session.request("POST", self._orders_url, body=wire_text(body), idempotent=False)
        if isinstance(result, TransportError):
            return transport_outcome(result, API, idempotent=False)
        return _outcome(result)

    def lookup(self, body: dict[str, Any]) -> Lookup:
        """Find the order by its ``external_order_id``."""
        external_id = body.get("external_order_id")
        if not isinstance(external_id, str) or not external_id:
            return Lookup(None, reason="The order has no external_order_id to look it up by.")
        url = with_query(self._orders_url, {"external_order_id": external_id})
        result = self._session.request("GET", url, idempotent=True)
        if isinstance(result, TransportError):
            return Lookup(None, reason=result.reason)
        if result.status == HTTPStatus.NO_CONTENT:  # BigCommerce's answer to "no such orders"
            return Lookup(False, url=url)
        orders = _json_list(result) if result.status == HTTPStatus.OK else None
        if orders is None:
            return Lookup(None, reason=f"BigCommerce answered the lookup with {result.status}: {result.snippet}")
        for order in orders:
            if isinstance(order, dict) and order.get("external_order_id") == external_id and "id" in order:
                return Lookup(True, reference=str(order["id"]), url=url)
        return Lookup(False, url=url)

    def check(self) -> ConnectionCheck:
        """A cheap authenticated request: one order of the list."""
        result = self._session.request("GET", self._orders_url, params={"limit": "1"}, idempotent=True)
        return check_from_reply(result, API)


def _outcome(reply: Reply) -> Outcome:
    if reply.status in (HTTPStatus.OK, HTTPStatus.CREATED):
        answer = reply.json_object()
        if answer is not None and answer.get("id") is not None:
            return Outcome(OutcomeKind.CREATED, reference=str(answer["id"]), status=reply.status)
        return unexpected_outcome(reply, API, idempotent=False)
    if reply.status in (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN):
        messages = [item.get("message") for item in _json_list(reply) or [] if isinstance(item, dict)]
        said = next((message for message in messages if isinstance(message, str)), "")
        return unauthorized_outcome(reply, API, said)
    if reply.status == HTTPStatus.TOO_MANY_REQUESTS:
        return rate_limited_outcome(reply, API)
    if reply.status >= 500:
        return server_error_outcome(reply, API, idempotent=False)
    if reply.status in (HTTPStatus.BAD_REQUEST, HTTPStatus.UNPROCESSABLE_ENTITY):
        errors = _json_list(reply)
        if errors:
            return rejected_outcome(server_findings(errors).mapped(TARGET.paths.to_draft), reply)
    return unexpected_outcome(reply, API, idempotent=False)


def _json_list(reply: Reply) -> list[Any] | None:
    try:
        value = reply.json()
    except BodyError:
        return None
    return value if isinstance(value, list) else None
