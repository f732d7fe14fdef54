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

from orderdesk.core.jsonio import BodyError
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.targets.answers import (
    check_from_reply,
    common_outcome,
    rejected_outcome,
    unexpected_outcome,
)
from orderdesk.targets.bigcommerce import TARGET, server_findings
from orderdesk.targets.client_base import ApiClient
from orderdesk.targets.bigcommerce.connection import CONNECTION
from orderdesk.transport.pacing import QuotaHeaders
from orderdesk.transport.replies import ConnectionCheck, Lookup, Reply
from orderdesk.transport.session import wire_text, with_query

API = TARGET.title
SOURCE = "OrderDesk"
"""The ``external_source`` of an order that names none, so the store shows where it came from."""


class BigCommerceClient(ApiClient):
    """One BigCommerce store's connection: its ``X-Auth-Token`` on every request."""

    api = API
    secret_label = CONNECTION.secret_label
    secret_header = CONNECTION.secret_header
    rate_limit_headers = QuotaHeaders("X-Rate-Limit-Requests-Left", "X-Rate-Limit-Time-Reset-Ms")

    def create_request(self, body: dict[str, Any]) -> tuple[str, str]:
        """Method and URL that create the order (for the journal)."""
        return "POST", self._orders_url()

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
        result = self._session.request("POST", self._orders_url(), body=wire_text(body), idempotent=False)
        reply = common_outcome(
            result, API, idempotent=False, detail=_first_message, quota=self.rate_limit_headers
        )
        return reply if isinstance(reply, Outcome) else _outcome(reply)

    def lookup(self, body: dict[str, Any]) -> Lookup:
        """Find the order by its ``external_order_id``."""
        external_id = body.get("external_order_id")
        if not isinstance(external_id, str) or not external_id:
            return Lookup(None, reason="The order has no external_order_id to look it up by.")
        url = with_query(self._orders_url(), {"external_order_id": external_id})
        result = self._ask(url)
        if isinstance(result, Lookup):
            return result
        if result.status == HTTPStatus.NO_CONTENT:  # BigCommerce's answer to "no such orders"
            return Lookup(False, url=url)
        orders = _json_list(result) if result.status == HTTPStatus.OK else None
        if orders is None:
            return self._unclear(result)
        for order in orders:
            if isinstance(order, dict) and order.get("external_order_id") == external_id and "id" in order:
                return Lookup(True, reference=str(order["id"]), url=url)
        return Lookup(False, url=url)

    def check(self) -> ConnectionCheck:
        """A cheap authenticated request: one order of the list."""
        result = self._session.request("GET", self._orders_url(), params={"limit": "1"}, idempotent=True)
        return check_from_reply(result, API)

    def _orders_url(self) -> str:
        """Where the store's orders are created and listed."""
        return f"{self._profile.base_url}/stores/{self._profile.settings['store_hash']}/v2/orders"


def _outcome(reply: Reply) -> Outcome:
    if reply.status in (HTTPStatus.OK, HTTPStatus.CREATED):
        answer = reply.json_object()
        order_id = answer.get("id") if answer is not None else None
        if _is_order_id(order_id):
            return Outcome(OutcomeKind.CREATED, reference=str(order_id), status=reply.status)
        problem = "a body without the order's id" if answer is not None else ""
        return unexpected_outcome(reply, API, idempotent=False, problem=problem)
    if reply.status in (HTTPStatus.BAD_REQUEST, HTTPStatus.UNPROCESSABLE_ENTITY):
        errors = _json_list(reply)
        if errors:
            return rejected_outcome(server_findings(errors).mapped(TARGET.paths.to_draft), reply)
    return unexpected_outcome(reply, API, idempotent=False)


def _is_order_id(value: Any) -> bool:
    """Whether an answer's ``id`` is what the OpenAPI document promises: a positive integer.

    Anything else is not a reference to keep; the order may still exist, so the outcome is
    ``unknown`` and the lookup by ``external_order_id`` decides.
    """
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _first_message(reply: Reply) -> str:
    """BigCommerce's own words in an error list, ``[{"status": 401, "message": "..."}]``."""
    messages = [item.get("message") for item in _json_list(reply) or [] if isinstance(item, dict)]
    return next((message for message in messages if isinstance(message, str)), "")


def _json_list(reply: Reply) -> list[Any] | None:
    try:
        value = reply.json()
    except BodyError:
        return None
    return value if isinstance(value, list) else None
