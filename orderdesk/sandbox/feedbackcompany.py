"""Feedback Company as documented: a token from ``GET /oauth2/token``, orders with a Bearer token.

Facts from seeds/004 and reference/README.md: ``GET /oauth2/token?client_id=..&client_secret=..
&grant_type=authorization_code`` answers ``{"error": false, "access_token": ..., "expires_on":
...}``; ``POST /orders`` with ``Authorization: Bearer <token>`` answers 201 ``{"success":
true}``, failures ``{"success": false, "error": ...}``; an unknown or expired token answers
401, after which clients fetch a token again once.

Not documented, chosen here: ``expires_on`` is written as a public integration parses it
(PHP ``M, d Y H:i:s T``, e.g. ``Nov, 28 2025 15:39:00 UTC``); an invalid order answers 422;
bad client credentials answer 401 ``{"error": true, "message": ...}``; the same
``external_id`` sent twice is accepted twice (what the real API does is unknown).
"""

from __future__ import annotations

import time
from typing import Any, ClassVar

from orderdesk.core import jsonio
from orderdesk.sandbox.api import SECRET, SandboxApi, summary
from orderdesk.sandbox.messages import Reply, Request, json_reply
from orderdesk.sandbox.state import SandboxState
from orderdesk.targets.feedbackcompany import TARGET

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class FeedbackCompany(SandboxApi):
    """The Feedback Company API under ``/feedbackcompany/api/v2``."""

    name: ClassVar[str] = "feedbackcompany"
    base_path: ClassVar[str] = "/feedbackcompany/api/v2"
    first_order_number: ClassVar[int] = 4001

    def handle(self, request: Request, state: SandboxState) -> Reply:
        """Route to the token endpoint or the orders endpoint."""
        if request.path == "/oauth2/token":
            return _token(request, state) if request.method == "GET" else self.error(405, "Method not allowed")
        if request.path == "/orders":
            return self._create(request, state) if request.method == "POST" else self.error(405, "Method not allowed")
        return self.not_found(request)

    def error_body(self, status: int, message: str) -> Any:
        """``{"success": false, "error": ...}``."""
        return {"success": False, "error": message}

    def creates_order(self, request: Request) -> bool:
        """``POST /orders`` (not the token request)."""
        return (request.method, request.path) == ("POST", "/orders")

    def rejection(self, field: str, message: str) -> Reply:
        """``{"success": false, "error": "<field>: <message>"}`` with a 422, as its own refusals read."""
        return self.error(422, f"{field}: {message}")

    def _create(self, request: Request, state: SandboxState) -> Reply:
        scheme, _, token = request.header("Authorization").partition(" ")
        if scheme.lower() != "bearer" or not state.tokens.is_valid(token.strip()):
            return self.error(401, "The access token is invalid or has expired")
        try:
            body = request.json()
        except jsonio.BodyError as exc:
            return self.error(400, f"The request body is {exc}")
        findings = TARGET.validate_body(body)
        if findings.errors:
            return self.error(422, summary(findings))
        state.books["feedbackcompany"].add(body)
        return json_reply(201, {"success": True})


def _token(request: Request, state: SandboxState) -> Reply:
    if request.query.get("grant_type") != "authorization_code":
        return json_reply(400, {"error": True, "message": "grant_type must be authorization_code"})
    if not request.query.get("client_id") or request.query.get("client_secret") != SECRET:
        return json_reply(401, {"error": True, "message": "Invalid client_id or client_secret"})
    token, expires_at = state.tokens.issue(state.config.feedbackcompany_token_seconds)
    return json_reply(200, {"error": False, "access_token": token, "expires_on": expires_on(expires_at)})


def expires_on(epoch_seconds: float) -> str:
    """``Nov, 28 2025 15:39:00 UTC``: English month names whatever the process locale."""
    moment = time.gmtime(epoch_seconds)
    return f"{_MONTHS[moment.tm_mon - 1]}, {time.strftime('%d %Y %H:%M:%S', moment)} UTC"


API = FeedbackCompany()
