"""Sending orders to Dropday (``POST <base>/orders``) and finding them again.

Dropday identifies an order by its ``external_id``: posting the same one again answers
"Order already exists". That makes every send safe to repeat, so timeouts, dropped
connections and 5xx answers are retried with backoff, and a repeat that arrives after all
counts as a duplicate with the existing reference.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from orderdesk.core.findings import Findings
from orderdesk.core.order import ORDER_LEVEL
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.targets.answers import (
    add_field_errors,
    check_from_reply,
    common_outcome,
    rejected_outcome,
    said_at,
    unexpected_outcome,
)
from orderdesk.targets.client_base import ApiClient
from orderdesk.targets.dropday.connection import CONNECTION
from orderdesk.targets.access import ClientProfile
from orderdesk.targets.dropday import TARGET
from orderdesk.transport.replies import ConnectionCheck, Lookup, Reply
from orderdesk.transport.session import wire_text, with_query

API = TARGET.title
_EXISTS = "already exists"
LOOKUP_PAGES = 10
"""Pages of 100 partial matches read before a lookup gives up and says it cannot tell."""
_ERROR = said_at("error")
"""Dropday's own words when it refuses the credentials."""


class DropdayClient(ApiClient):
    """One Dropday profile's connection: ``api-key`` and ``account-id`` headers on every request.

    ``prepare`` leaves the body as it is: its required ``external_id`` already makes it
    idempotent and findable.
    """

    api = API
    secret_label = CONNECTION.secret_label
    secret_header = CONNECTION.secret_header

    def headers(self, profile: ClientProfile, secret: str) -> dict[str, str]:
        """The API key and the profile's account id."""
        return {**super().headers(profile, secret), "account-id": profile.settings["account_id"]}

    def create_request(self, body: dict[str, Any]) -> tuple[str, str]:
        """Method and URL of the request that creates ``body``'s order (for the journal)."""
        return "POST", f"{self._profile.base_url}/orders"

    def submit(self, body: dict[str, Any]) -> Outcome:
        """Create the order; repeats after unclear failures are safe and retried."""
        method, url = self.create_request(body)
        result = self._session.request(method, url, body=wire_text(body), idempotent=True)
        answered = common_outcome(result, API, idempotent=True, detail=_ERROR)
        return answered if isinstance(answered, Outcome) else self._outcome(answered, body)

    def lookup(self, body: dict[str, Any]) -> Lookup:
        """Find the order by its ``external_id`` (``GET <base>/orders?external_id=``).

        The filter matches partially ("ORD-1" finds "ORD-10"), so only an exact match counts
        and further pages are read, up to ``LOOKUP_PAGES``.
        """
        external_id = body.get("external_id")
        if not isinstance(external_id, str) or not external_id:
            return Lookup(None, reason="The order has no external_id to look it up by.")
        orders_url = f"{self._profile.base_url}/orders"
        query = {"external_id": external_id, "include_test": "true", "per_page": "100"}
        first_url = with_query(orders_url, query)
        for page_number in range(1, LOOKUP_PAGES + 1):
            url = with_query(orders_url, {**query, "page": str(page_number)}) if page_number > 1 else first_url
            result = self._ask(url)
            if isinstance(result, Lookup):
                return result
            page = result.json_object() if result.status == HTTPStatus.OK else None
            if page is None or not isinstance(page.get("data"), list):
                return self._unclear(result)
            for order in page["data"]:
                if isinstance(order, dict) and order.get("external_id") == external_id:
                    reference = _text(order.get("reference")) or _text(order.get("id"))
                    return Lookup(True, reference=reference, url=first_url)
            meta = page.get("meta")
            last_page = meta.get("last_page") if isinstance(meta, dict) else None
            if not isinstance(last_page, int) or page_number >= last_page:
                return Lookup(False, url=first_url)
        return Lookup(None, reason=f"More than {LOOKUP_PAGES * 100} Dropday orders match '{external_id}' in part.")

    def check(self) -> ConnectionCheck:
        """Dropday's documented connection test: ``GET <base>`` with both headers."""
        return check_from_reply(self._session.request("GET", self._profile.base_url, idempotent=True), API)

    def _outcome(self, reply: Reply, body: dict[str, Any]) -> Outcome:
        answer = reply.json_object()
        if reply.status in (HTTPStatus.OK, HTTPStatus.CREATED) and answer is not None:
            message = answer.get("message")
            reference = _text(answer.get("reference"))
            if isinstance(message, str) and _EXISTS in message.lower():
                return self._duplicate(reply, body, reference)
            if reference:
                return Outcome(OutcomeKind.CREATED, reference=reference, status=reply.status)
        if reply.status == HTTPStatus.UNPROCESSABLE_ENTITY and answer is not None:
            return rejected_outcome(_field_errors(answer).mapped(TARGET.paths.to_draft), reply)
        return unexpected_outcome(reply, API, idempotent=True)

    def _duplicate(self, reply: Reply, body: dict[str, Any], reference: str) -> Outcome:
        """The order was there already; its reference, asked for when the answer lacks it."""
        if not reference:
            found = self.lookup(body)
            reference = found.reference if found.found else ""
        reason = "Dropday already had an order with this external_id; nothing new was created."
        if reply.tries > 1:
            reason += " An earlier try of this same submission may have arrived after all."
        return Outcome(OutcomeKind.DUPLICATE, reference=reference, reason=reason, status=reply.status)


def _field_errors(answer: dict[str, Any]) -> Findings:
    """Dropday's 422 body, ``{"message": ..., "errors": {"field": ["..."]}}``, by body path."""
    findings = Findings()
    errors = answer.get("errors")
    if isinstance(errors, dict):
        add_field_errors(errors, findings)
    if not findings.errors:
        message = answer.get("message")
        findings.error(ORDER_LEVEL, message if isinstance(message, str) and message else "Dropday refused the order")
    return findings


def _text(value: Any) -> str:
    """A reference as text (Dropday sends it as a number or a string); ``""`` for none."""
    if value is None or isinstance(value, bool | dict | list):
        return ""
    return str(value)
