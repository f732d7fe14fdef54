"""The ``/_sandbox`` endpoints tests and demos use to steer the sandbox (no API has them).

- ``POST /_sandbox/faults``: queue a fault (see ``faults``).
- ``POST /_sandbox/reset``: forget orders, tokens, rate windows, faults and settings.
- ``GET /_sandbox/received/<api>``: the order bodies that API accepted, in order.
- ``POST /_sandbox/hold``, ``POST /_sandbox/release``: keep every API request waiting (at most
  ``state.HOLD_LIMIT_SECONDS``), then let them through, so tests can make clients overlap.
- ``GET`` or ``POST /_sandbox/config``: read or change the settings (see ``state.Config``).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from orderdesk.sandbox.faults import parse_fault
from orderdesk.sandbox.messages import Reply, Request, json_reply
from orderdesk.sandbox.handlers import HANDLERS
from orderdesk.sandbox.state import SandboxState

BASE_PATH = "/_sandbox"


def handle(request: Request, state: SandboxState) -> Reply:
    """Answer one control request; ``request.path`` is below ``/_sandbox``."""
    route = (request.method, request.path)
    try:
        if route == ("POST", "/faults"):
            api, fault, count = parse_fault(_body(request), tuple(HANDLERS))
            state.faults.add(api, fault, count)
            return json_reply(200, {"api": api, "fault": fault.kind, "pending": state.faults.remaining(api)})
        if route == ("POST", "/reset"):
            state.reset()
            return json_reply(200, {"reset": True})
        if route == ("POST", "/hold"):
            state.hold()
            return json_reply(200, {"held": True})
        if route == ("POST", "/release"):
            state.release()
            return json_reply(200, {"held": False})
        if route == ("POST", "/config"):
            changes = _body(request)
            if not isinstance(changes, dict):
                raise ValueError("the body must be a JSON object")
            return json_reply(200, asdict(state.configure(changes)))
        if route == ("GET", "/config"):
            return json_reply(200, asdict(state.config))
    except ValueError as exc:
        return json_reply(400, {"error": str(exc)})
    api = request.path.removeprefix("/received/")
    if request.method == "GET" and api in HANDLERS and request.path.startswith("/received/"):
        return json_reply(200, [order.body for order in state.books[api].orders()])
    return json_reply(404, {"error": f"no control endpoint {request.method} {BASE_PATH}{request.path}"})


def _body(request: Request) -> Any:
    try:
        return json.loads(request.body or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"the body is not JSON: {exc}") from None
