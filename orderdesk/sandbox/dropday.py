"""Dropday as documented: ``api-key``/``account-id`` headers, 422 field errors, idempotent by ``external_id``.

Facts from reference/dropday-orders-index.md and dropday-auth-index.md: ``POST /orders``
answers 200 ``{"message": "Order created", "reference": N}``, a repeated ``external_id``
answers 200 ``"Order already exists"``, field errors answer 422
``{"message": "Errors", "errors": {path: [messages]}}`` with the doc's own spelling
``shipping_address.firstname``; ``GET /orders`` lists orders (``external_id`` partial match,
test orders only with ``include_test=true``), ``GET /orders/{reference}`` shows one.
"""

from __future__ import annotations

import math
from typing import Any, ClassVar

from orderdesk.core import jsonio
from orderdesk.sandbox.api import REQUIRED, SECRET, SandboxApi, phrase
from orderdesk.sandbox.messages import Reply, Request, json_reply
from orderdesk.sandbox.state import SandboxState, StoredOrder
from orderdesk.targets.dropday import TARGET

UNAUTHORIZED = {"message": "Unauthorized", "error": "Invalid or missing api-key or account-id header"}

_DOC_SPELLING = {"shipping_address.first_name": "shipping_address.firstname"}
"""Field paths the real API reports under another name than the request's (its 422 example)."""

_PER_PAGE, _MAX_PER_PAGE = 50, 100
_ADDRESS_FIELDS = tuple("first_name last_name company_name phone address1 address2 city postcode state country".split())
_LINE_FIELDS = tuple(
    "external_id name ean13 reference quantity stock_quantity price purchase_price brand category image_url custom".split()
)


class Dropday(SandboxApi):
    """The Dropday orders API under ``/dropday/api/v1``."""

    name: ClassVar[str] = "dropday"
    base_path: ClassVar[str] = "/dropday/api/v1"
    first_order_number: ClassVar[int] = 1001

    def handle(self, request: Request, state: SandboxState) -> Reply:
        """Check the two headers, then route."""
        if request.header("api-key") != SECRET or not request.header("account-id"):
            return json_reply(401, UNAUTHORIZED)
        if request.path in ("", "/"):
            # The documented connection test: GET on the base URL with both headers.
            return json_reply(200, {"message": "Authenticated"}) if request.method == "GET" else self._not_allowed()
        if request.path == "/orders":
            if request.method == "POST":
                return _create(request, state)
            if request.method == "GET":
                return _list(request, state)
            return self._not_allowed()
        reference = request.path.removeprefix("/orders/")
        if reference != request.path and "/" not in reference:
            return _show(reference, state) if request.method == "GET" else self._not_allowed()
        return self.not_found(request)

    def error_body(self, status: int, message: str) -> Any:
        """``{"message": <reason>, "error": <detail>}``, the shape of the documented 401/404/500."""
        return {"message": phrase(status), "error": message}

    def creates_order(self, request: Request) -> bool:
        """``POST /orders``."""
        return (request.method, request.path) == ("POST", "/orders")

    def rejection(self, field: str, message: str) -> Reply:
        """The documented 422: ``{"message": "Errors", "errors": {field: [message]}}``."""
        return json_reply(422, {"message": "Errors", "errors": {field: [message]}})

    def _not_allowed(self) -> Reply:
        return self.error(405, "The method is not supported for this route.")


def _create(request: Request, state: SandboxState) -> Reply:
    try:
        body = request.json()
    except jsonio.BodyError:
        body = {}  # answered like an empty body: a 422 that names every required field
    findings = TARGET.validate_body(body)
    if findings.errors:
        errors: dict[str, list[str]] = {}
        for path, messages in findings.errors.items():
            shown = _DOC_SPELLING.get(path, path)
            errors.setdefault(shown, []).extend(_worded(shown, message) for message in messages)
        return json_reply(422, {"message": "Errors", "errors": errors})
    order, created = state.books["dropday"].add(body, key=str(body["external_id"]))
    message = "Order created" if created else "Order already exists"
    return json_reply(200, {"message": message, "reference": order.number})


def _worded(path: str, message: str) -> str:
    """A missing field in the API's own words ("The external id field is required.")."""
    if message != REQUIRED:
        return message
    # The doc's examples keep underscores in paths with a list index only.
    shown = path if any(part.isdigit() for part in path.split(".")) else path.replace("_", " ")
    return f"The {shown} field is required."


def _list(request: Request, state: SandboxState) -> Reply:
    wanted = request.query.get("external_id", "")
    include_test = request.query.get("include_test", "").lower() in ("1", "true")
    try:
        per_page = min(max(int(request.query.get("per_page", _PER_PAGE)), 1), _MAX_PER_PAGE)
        page = max(int(request.query.get("page", 1)), 1)
    except ValueError:
        return json_reply(422, {"message": "Errors", "errors": {"per_page": ["The per page must be an integer."]}})
    matches = [
        order
        for order in state.books["dropday"].orders()
        if wanted in str(order.body.get("external_id", "")) and (include_test or order.body.get("test") is not True)
    ]
    last_page = max(math.ceil(len(matches) / per_page), 1)
    chosen = matches[(page - 1) * per_page : page * per_page]
    path = f"{request.base_url}/orders"
    first_index = (page - 1) * per_page + 1
    return json_reply(
        200,
        {
            "current_page": page,
            "data": [_order(order) for order in chosen],
            "links": {
                "first": f"{path}?page=1",
                "last": f"{path}?page={last_page}",
                "prev": f"{path}?page={page - 1}" if page > 1 else None,
                "next": f"{path}?page={page + 1}" if page < last_page else None,
            },
            "meta": {
                "current_page": page,
                "from": first_index if chosen else None,
                "last_page": last_page,
                "path": path,
                "per_page": per_page,
                "to": first_index + len(chosen) - 1 if chosen else None,
                "total": len(matches),
            },
        },
    )


def _show(reference: str, state: SandboxState) -> Reply:
    order = state.books["dropday"].get(int(reference)) if reference.isdigit() else None
    if order is None:
        return json_reply(404, {"message": "Not Found", "error": f"Order with reference '{reference}' not found"})
    return json_reply(200, _order(order))


def _order(order: StoredOrder) -> dict[str, Any]:
    """The documented order object for a stored request body."""
    body = order.body
    address = body.get("shipping_address") or {}
    stamp = order.created_at.isoformat(timespec="microseconds").replace("+00:00", "Z")
    return {
        "id": order.number,
        "external_id": body.get("external_id"),
        "reference": str(order.number),
        "source": body.get("source"),
        "test": body.get("test", False),
        "blocked": False,
        "total": body.get("total"),
        "shipping_address": {"email": body.get("email"), **{key: address.get(key) for key in _ADDRESS_FIELDS}},
        "shipping": body.get("shipping"),
        "custom": None,
        "order_lines": [_line(order.number * 100 + index, line) for index, line in enumerate(body["products"])],
        "suppliers": [],
        "created_at": stamp,
        "updated_at": stamp,
    }


def _line(line_id: int, product: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": line_id,
        **{key: product.get(key) for key in _LINE_FIELDS},
        "current_status": "pending",
        "matched_supplier": None,
    }


API = Dropday()
