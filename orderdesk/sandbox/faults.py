"""Misbehaviour on request: the failures a client must survive, for tests and demos.

``POST /_sandbox/faults`` with ``{"api": "dropday", "fault": "500", "count": 1, "seconds": 0,
"retry_after": 1}`` makes the next ``count`` requests to that API fail that way; then normal
service resumes. Faults queue in the order they were posted.

Whether the order is stored matters for reconciling, so each kind says so:

- ``500``, ``429``, ``html``: answered instead of the API; nothing is stored.
- ``reject``: the next ``count`` orders (requests that create one; a token request or a
  lookup passes untouched) are refused for ``field``, a path of that API's own body, with
  ``message``, in the API's documented error shape; nothing is stored. Dropday answers 422
  ``{"message": "Errors", "errors": {field: [message]}}``, BigCommerce 422 ``[{"status":
  422, "message": "The field '<field>' is invalid: <message>"}]``, Feedback Company 422
  ``{"success": false, "error": "<field>: <message>"}``, Centra 200 ``{"status": "no",
  "code": -7, "msg": "<field>: <message>"}`` (its documented shape has no field of its own:
  the path is only in the words). This lets a trainer show a server's field error that the
  window's own checks would never let through.
- ``invalid_json``, ``empty``: the order is processed, the answer is a 200 whose body is
  cut in half or empty (the client cannot know what happened).
- ``drop``: the order is processed, then the connection is closed without an answer
  (``"partial": true`` sends the headers and half the body first).
- ``latency``: the order is processed, the answer waits ``seconds`` (read-timeout tests).

``seconds`` delays any kind. Optional keys: ``plain`` (``500`` as text instead of the
API's JSON error body), ``status`` (the ``html`` page's status, 502 by default),
``partial`` (``drop``), ``field`` (required with ``reject``) and ``message`` (``reject``).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from orderdesk.sandbox.messages import JSON, Reply, json_reply, text_reply

FAULT_KINDS = ("500", "429", "html", "reject", "invalid_json", "empty", "drop", "latency")
_ANSWERED_INSTEAD = frozenset({"500", "429", "html", "reject"})
_KEYS = frozenset({"api", "fault", "count", "seconds", "retry_after", "plain", "status", "partial", "field", "message"})
REJECT_MESSAGE = "The value is not accepted."
"""What a ``reject`` fault says when it is given no ``message``."""

_HTML_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>{status} {reason}</title></head>\n"
    "<body><h1>{status} {reason}</h1><p>The upstream server did not answer.</p></body></html>\n"
)
_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


@dataclass(frozen=True)
class Fault:
    """One kind of failure, as posted to ``/_sandbox/faults``.

    Attributes:
        kind: one of ``FAULT_KINDS``.
        seconds: how long to wait before answering (or dropping).
        retry_after: the ``Retry-After`` of a ``429``, in whole seconds.
        plain: a ``500`` answers plain text instead of the API's JSON error body.
        status: the status of the ``html`` page.
        partial: a ``drop`` sends the headers and half the body first.
        field: the body path a ``reject`` refuses, in the API's own spelling.
        message: what a ``reject`` says about ``field``.
    """

    kind: str
    seconds: float = 0.0
    retry_after: int = 1
    plain: bool = False
    status: int = 502
    partial: bool = False
    field: str = ""
    message: str = ""

    @property
    def processes_request(self) -> bool:
        """Whether the API still handles the request (and may store the order)."""
        return self.kind not in _ANSWERED_INSTEAD

    @property
    def orders_only(self) -> bool:
        """Whether only a request that creates an order meets this fault (a ``reject`` refuses orders)."""
        return self.kind == "reject"


def parse_fault(data: Any, apis: Collection[str]) -> tuple[str, Fault, int]:
    """``(api, fault, count)`` from a control request body; ``ValueError`` says what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ValueError(f"unknown keys: {', '.join(unknown)}")
    api, kind = data.get("api"), data.get("fault")
    if api not in apis:
        raise ValueError(f"api must be one of {', '.join(apis)}")
    if kind not in FAULT_KINDS:
        raise ValueError(f"fault must be one of {', '.join(FAULT_KINDS)}")
    count = _whole(data, "count", 1, minimum=1)
    seconds = data.get("seconds", 0)
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 <= seconds <= 600:
        raise ValueError("seconds must be a number from 0 to 600")
    fault = Fault(
        kind=kind,
        seconds=float(seconds),
        retry_after=_whole(data, "retry_after", 1, minimum=0),
        plain=_flag(data, "plain"),
        status=_whole(data, "status", 502, minimum=100, maximum=599),
        partial=_flag(data, "partial"),
        field=_text(data, "field", ""),
        message=_text(data, "message", REJECT_MESSAGE if kind == "reject" else ""),
    )
    if kind == "reject" and not fault.field:
        raise ValueError("a reject fault needs field: the path of the API's body it refuses")
    if kind != "reject" and ("field" in data or "message" in data):
        raise ValueError("field and message go with the reject fault only")
    return api, fault, count


class FaultQueue:
    """The faults still to apply, per API, in the order they were posted. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, deque[list[Any]]] = {}

    def add(self, api: str, fault: Fault, count: int) -> None:
        """Apply ``fault`` to the next ``count`` requests of ``api`` (after those queued before)."""
        with self._lock:
            self._pending.setdefault(api, deque()).append([fault, count])

    def take(self, api: str, creates_order: bool = True) -> Fault | None:
        """The fault for this request of ``api``, counted as used; ``None`` for normal service.

        A fault meant for orders (``reject``) waits at the head of the queue while other
        requests (a token, a lookup) pass, so it meets the order it was posted for.
        """
        with self._lock:
            queue = self._pending.get(api)
            if not queue or (queue[0][0].orders_only and not creates_order):
                return None
            entry = queue[0]
            entry[1] -= 1
            if entry[1] == 0:
                queue.popleft()
            return entry[0]

    def remaining(self, api: str) -> int:
        """How many requests of ``api`` will still fail."""
        with self._lock:
            return sum(count for _, count in self._pending.get(api, ()))

    def clear(self) -> None:
        """Forget every pending fault."""
        with self._lock:
            self._pending.clear()


def answer_instead(
    fault: Fault, error_body: Callable[[int, str], Any], headers: Mapping[str, str] | None = None
) -> Reply:
    """The reply of a fault that replaces the API's answer (``500``, ``429``, ``html``).

    ``error_body`` shapes the API's own error JSON; ``headers`` are added to a ``429``
    (BigCommerce's rate-limit headers).
    """
    if fault.kind == "500":
        if fault.plain:
            return text_reply(500, "Internal Server Error\n")
        return json_reply(500, error_body(500, "An unexpected error occurred. Please try again later."))
    if fault.kind == "429":
        extra = {"Retry-After": str(fault.retry_after), **(headers or {})}
        return json_reply(429, error_body(429, "Too Many Requests"), extra)
    if fault.kind == "html":
        reason = _REASONS.get(fault.status, "Error")
        page = _HTML_PAGE.format(status=fault.status, reason=reason)
        return text_reply(fault.status, page, "text/html; charset=utf-8")
    raise ValueError(f"fault {fault.kind!r} does not replace the answer")


def spoil(fault: Fault, reply: Reply) -> Reply:
    """The API's reply as a processing fault delivers it (``invalid_json``, ``empty``, ``latency``)."""
    if fault.kind == "invalid_json":
        return Reply(200, reply.body[: len(reply.body) // 2] or b"{", JSON)
    if fault.kind == "empty":
        return Reply(200, b"", JSON)
    return reply


def _whole(data: Mapping[str, Any], key: str, default: int, minimum: int, maximum: int = 1_000_000) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise ValueError(f"{key} must be a whole number from {minimum} to {maximum}")
    return value


def _text(data: Mapping[str, Any], key: str, default: str) -> str:
    if key not in data:
        return default
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{key} must be a non-empty text")
    return value.strip()


def _flag(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false")
    return value
