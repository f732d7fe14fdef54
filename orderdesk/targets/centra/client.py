"""Sending orders to Centra's Order API, one (``POST <base>/order``) or a batch (``POST <base>/orders``).

Centra often refuses an order with HTTP 200, so the answer's ``status`` decides, never the
HTTP status alone. Its only protection against a second order is ``orderNumber``: with one,
a repeat is refused with code -5 and sending again is safe; without one, a request that may
have arrived is never repeated and the outcome is ``unknown`` until the order is looked up.
Lookups need the number too (``GET <base>/orders?order=``).
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.targets.answers import (
    check_from_reply,
    common_outcome,
    rejected_outcome,
    said_at,
    unexpected_outcome,
)
from orderdesk.targets.centra import (
    DUPLICATE_CODE,
    TARGET,
    failure_code,
    failure_findings,
    is_success,
)
from orderdesk.targets.client_base import ApiClient
from orderdesk.targets.centra.connection import CONNECTION
from orderdesk.transport.replies import ConnectionCheck, Lookup, Reply
from orderdesk.transport.session import wire_text, with_query

API = TARGET.title
_MSG = said_at("msg")
"""Centra's own words when it refuses the key."""


class CentraClient(ApiClient):
    """One Centra profile's connection: the plugin's key in ``API-Authorization``.

    ``prepare`` leaves the body as it is: an ``orderNumber`` is the shop's to choose, never
    invented here.
    """

    api = API
    secret_label = CONNECTION.secret_label
    secret_header = CONNECTION.secret_header

    def create_request(self, body: dict[str, Any]) -> tuple[str, str]:
        """Method and URL that create one order (for the journal)."""
        return "POST", f"{self._profile.base_url}/order"

    def batch_request(self) -> tuple[str, str]:
        """Method and URL that create a batch (for the journal)."""
        return "POST", f"{self._profile.base_url}/orders"

    def idempotent(self, body: Mapping[str, Any]) -> bool:
        """True when the order carries an ``orderNumber``, so Centra refuses a repeat (code -5)."""
        return _order_number(body) is not None

    def submit(self, body: dict[str, Any]) -> Outcome:
        """Create one order and read Centra's ``status``."""
        idempotent = self.idempotent(body)
        method, url = self.create_request(body)
        result = self._session.request(method, url, body=wire_text(body), idempotent=idempotent)
        reply = common_outcome(result, API, idempotent=idempotent, detail=_MSG)
        if isinstance(reply, Outcome):
            return reply
        answer = reply.json_object()
        if answer is None or "status" not in answer:
            return unexpected_outcome(reply, API, idempotent)
        return self._order_outcome(answer, body, reply, idempotent)

    def submit_batch(self, bodies: Mapping[str, dict[str, Any]]) -> dict[str, Outcome]:
        """Create several orders in one request; each key gets its own outcome.

        A batch is repeated after an unclear failure only when every order has an
        ``orderNumber``; a key missing from Centra's answer is ``unknown``.
        """
        idempotent = all(self.idempotent(body) for body in bodies.values())
        method, url = self.batch_request()
        result = self._session.request(method, url, body=wire_text(dict(bodies)), idempotent=idempotent)
        reply = common_outcome(result, API, idempotent=idempotent, detail=_MSG)
        if isinstance(reply, Outcome):
            return {key: reply for key in bodies}
        answers = reply.json_object()
        if answers is None:
            return {key: unexpected_outcome(reply, API, idempotent) for key in bodies}
        if "status" in answers and not any(key in answers for key in bodies):
            # One answer for the batch as a whole, not per key: it applies to every order alike.
            return {key: self._order_outcome(answers, body, reply, idempotent) for key, body in bodies.items()}
        outcomes: dict[str, Outcome] = {}
        for key, body in bodies.items():
            answer = answers.get(key)
            if isinstance(answer, dict) and "status" in answer:
                outcomes[key] = self._order_outcome(answer, body, reply, self.idempotent(body))
            else:
                outcomes[key] = _missing_from_batch(reply, key, self.idempotent(body))
        return outcomes

    def lookup(self, body: Mapping[str, Any]) -> Lookup:
        """Find the order by its ``orderNumber`` (``GET <base>/orders?order=``)."""
        number = _order_number(body)
        if number is None:
            return Lookup(
                None,
                reason="Without an order number Centra cannot look the order up; check Centra's order list "
                "before sending it again.",
            )
        url = with_query(f"{self._profile.base_url}/orders", {"order": str(number)})
        result = self._ask(url)
        if isinstance(result, Lookup):
            return result
        answer = result.json_object() if result.status == HTTPStatus.OK else None
        if answer is None or answer.get("status") != "ok" or not isinstance(answer.get("orders"), list):
            return self._unclear(result)
        for order in answer["orders"]:
            if isinstance(order, dict) and str(order.get("orderId", "")) == str(number):
                return Lookup(True, reference=str(order["orderId"]), url=url)
        return Lookup(False, url=url)

    def check(self) -> ConnectionCheck:
        """A cheap authenticated request: one order of the list."""
        url = f"{self._profile.base_url}/orders"
        return check_from_reply(self._session.request("GET", url, params={"limit": "1"}, idempotent=True), API)

    def _order_outcome(
        self, answer: Mapping[str, Any], body: Mapping[str, Any], reply: Reply, idempotent: bool
    ) -> Outcome:
        """One order's outcome from its ``{"status": ...}`` answer."""
        if is_success(answer):
            return Outcome(OutcomeKind.CREATED, reference=_created_reference(answer), status=reply.status)
        if answer.get("status") != "no":
            return unexpected_outcome(reply, API, idempotent, problem=f'the status "{answer.get("status")}"')
        if failure_code(answer) == DUPLICATE_CODE:
            return self._duplicate(body, reply)
        return rejected_outcome(failure_findings(answer).mapped(TARGET.paths.to_draft), reply)

    def _duplicate(self, body: Mapping[str, Any], reply: Reply) -> Outcome:
        """Code -5: an order with this number exists; its reference, confirmed by a lookup when possible."""
        number = _order_number(body)
        found = self.lookup(body)
        reference = found.reference if found.found else ("" if number is None else str(number))
        return Outcome(
            OutcomeKind.DUPLICATE,
            reference=reference,
            reason="Centra already has an order with this order number; nothing new was created.",
            status=reply.status,
        )


def _order_number(body: Mapping[str, Any]) -> int | None:
    number = body.get("orderNumber")
    return number if isinstance(number, int) and not isinstance(number, bool) else None


def _created_reference(answer: Mapping[str, Any]) -> str:
    """The order number(s) Centra created: ``orders`` (an order may be split), or ``order`` with createOnly."""
    orders = answer.get("orders")
    if isinstance(orders, list) and orders:
        return ", ".join(str(number) for number in orders)
    order = answer.get("order")
    return "" if order is None else str(order)


def _missing_from_batch(reply: Reply, key: str, idempotent: bool) -> Outcome:
    """A key Centra's batch answer does not mention: the request arrived, so the order may exist."""
    if idempotent:
        return Outcome(
            OutcomeKind.FAILED,
            reason=f"Centra's answer to the batch said nothing about '{key}'; it has an order number, "
            "so sending it again is safe.",
            retryable=True,
            status=reply.status,
            response_text=reply.snippet,
        )
    return Outcome(
        OutcomeKind.UNKNOWN,
        reason=f"Centra's answer to the batch said nothing about '{key}'; it may have been created: "
        "look it up before sending it again.",
        status=reply.status,
        response_text=reply.snippet,
    )
