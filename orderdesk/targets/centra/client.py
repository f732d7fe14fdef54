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
    Result,
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
from orderdesk.outcome import Outcome, OutcomeKind
from orderdesk.profiles import Profile
from orderdesk.targets.centra import DUPLICATE_CODE, TARGET, failure_code, failure_findings, is_success

API = "Centra"
SECRET_HEADER = "API-Authorization"


class CentraClient:
    """One Centra profile's connection: the plugin's key in ``API-Authorization``."""

    def __init__(
        self,
        profile: Profile,
        secrets: SecretSource,
        settings: HttpSettings | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        """Read the profile's API key; ``MissingSecret`` when none is stored."""
        key = secrets.get_secret(profile.name, profile.secret_kind)
        if not key:
            raise MissingSecret(profile.name, "API key")
        self.redactor = Redactor([key])
        self._base = profile.base_url
        self._session = ApiSession({SECRET_HEADER: key}, self.redactor, settings, pacer)

    def close(self) -> None:
        """Release the connection pool."""
        self._session.close()

    def create_request(self, body: dict[str, Any]) -> tuple[str, str]:
        """Method and URL that create one order (for the journal)."""
        return "POST", f"{self._base}/order"

    def batch_request(self) -> tuple[str, str]:
        """Method and URL that create a batch (for the journal)."""
        return "POST", f"{self._base}/orders"

    def journal_headers(self) -> dict[str, str]:
        """The request headers that may be stored: everything but the key."""
        return {"Content-Type": "application/json", **self._session.public_headers(SECRET_HEADER)}

    def prepare(self, body: dict[str, Any]) -> dict[str, Any]:
        """The body as it is: an ``orderNumber`` is the shop's to choose, never invented here."""
        return body

    def idempotent(self, body: Mapping[str, Any]) -> bool:
        """True when the order carries an ``orderNumber``, so Centra refuses a repeat (code -5)."""
        return _order_number(body) is not None

    def submit(self, body: dict[str, Any]) -> Outcome:
        """Create one order and read Centra's ``status``."""
        idempotent = self.idempotent(body)
        method, url = self.create_request(body)
        result = self._session.request(method, url, body=wire_text(body), idempotent=idempotent)
        whole = self._whole_request_outcome(result, idempotent)
        if whole is not None:
            return whole
        assert isinstance(result, Reply)
        answer = result.json_object()
        if answer is None or "status" not in answer:
            return unexpected_outcome(result, API, idempotent)
        return self._order_outcome(answer, body, result, idempotent)

    def submit_batch(self, bodies: Mapping[str, dict[str, Any]]) -> dict[str, Outcome]:
        """Create several orders in one request; each key gets its own outcome.

        A batch is repeated after an unclear failure only when every order has an
        ``orderNumber``; a key missing from Centra's answer is ``unknown``.
        """
        idempotent = all(self.idempotent(body) for body in bodies.values())
        method, url = self.batch_request()
        result = self._session.request(method, url, body=wire_text(dict(bodies)), idempotent=idempotent)
        whole = self._whole_request_outcome(result, idempotent)
        if whole is not None:
            return {key: whole for key in bodies}
        assert isinstance(result, Reply)
        answers = result.json_object()
        if answers is None:
            return {key: unexpected_outcome(result, API, idempotent) for key in bodies}
        if "status" in answers and not any(key in answers for key in bodies):
            # One answer for the batch as a whole, not per key: it applies to every order alike.
            return {key: self._order_outcome(answers, body, result, idempotent) for key, body in bodies.items()}
        outcomes: dict[str, Outcome] = {}
        for key, body in bodies.items():
            answer = answers.get(key)
            if isinstance(answer, dict) and "status" in answer:
                outcomes[key] = self._order_outcome(answer, body, result, self.idempotent(body))
            else:
                outcomes[key] = _missing_from_batch(result, key, self.idempotent(body))
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
        url = with_query(f"{self._base}/orders", {"order": str(number)})
        result = self._session.request("GET", url, idempotent=True)
        if isinstance(result, TransportError):
            return Lookup(None, reason=result.reason)
        answer = result.json_object() if result.status == HTTPStatus.OK else None
        if answer is None or answer.get("status") != "ok" or not isinstance(answer.get("orders"), list):
            return Lookup(None, reason=f"Centra answered the lookup with {result.status}: {result.snippet}")
        for order in answer["orders"]:
            if isinstance(order, dict) and str(order.get("orderId", "")) == str(number):
                return Lookup(True, reference=str(order["orderId"]), url=url)
        return Lookup(False, url=url)

    def check(self) -> ConnectionCheck:
        """A cheap authenticated request: one order of the list."""
        result = self._session.request("GET", f"{self._base}/orders", params={"limit": "1"}, idempotent=True)
        return check_from_reply(result, API)

    def _whole_request_outcome(self, result: Result, idempotent: bool) -> Outcome | None:
        """The outcome when the request as a whole failed; ``None`` when Centra's answer must be read."""
        if isinstance(result, TransportError):
            return transport_outcome(result, API, idempotent)
        if result.status in (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN):
            answer = result.json_object()
            detail = answer.get("msg") if answer else None
            return unauthorized_outcome(result, API, detail if isinstance(detail, str) else "")
        if result.status == HTTPStatus.TOO_MANY_REQUESTS:
            return rate_limited_outcome(result, API)
        if result.status >= 500:
            return server_error_outcome(result, API, idempotent)
        return None

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
