"""BigCommerce V2 orders as documented: ``X-Auth-Token``, error arrays, a rate limit per store.

Facts from reference/bc-orders.v2.oas2.yml, bc-orders-guide.mdx and reference/README.md:
paths ``/stores/{store_hash}/v2/orders``; errors are a JSON array of ``{status, message}``;
``status_id`` defaults to 1; every answer carries ``X-Rate-Limit-Requests-Left``,
``-Requests-Quota``, ``-Time-Reset-Ms`` and ``-Time-Window-Ms`` for a 30 s window per store
and answers 429 once the quota is used. ``GET /v2/orders?external_order_id=`` finds orders
by the id of another system (the OAS's query parameter); ``GET /v2/orders/count`` counts
them by status. The store's catalogue (V3) is ``orderdesk.sandbox.catalogue``'s.

Two choices where the OAS and the live API differ: a created order answers 201 (the OAS
lists 200), and a list with no match answers 204 with no body, as the live V2 API does.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from email.utils import format_datetime
from typing import Any, ClassVar

from orderdesk.core import jsonio
from orderdesk.sandbox import catalogue
from orderdesk.sandbox.api import REQUIRED, SECRET, SandboxApi
from orderdesk.sandbox.faults import Fault
from orderdesk.sandbox.messages import Reply, Request, json_reply
from orderdesk.sandbox.state import RateState, SandboxState, StoredOrder
from orderdesk.targets.bigcommerce import TARGET

_STORE_PATH = re.compile(r"/stores/(?P<store>[^/]+)(?P<version>/v2|/v3)(?P<rest>/.*)?")
_ORDER_PATH = re.compile(r"/orders/(?P<id>\d+)")
_LIMIT, _MAX_LIMIT = 50, 250

STATUSES = (
    (0, "Incomplete"),
    (1, "Pending"),
    (7, "Awaiting Payment"),
    (11, "Awaiting Fulfillment"),
    (9, "Awaiting Shipment"),
    (8, "Awaiting Pickup"),
    (3, "Partially Shipped"),
    (10, "Completed"),
    (2, "Shipped"),
    (5, "Cancelled"),
    (6, "Declined"),
    (4, "Refunded"),
    (13, "Disputed"),
    (12, "Manual Verification Required"),
    (14, "Partially Refunded"),
)
"""Order statuses by id, in the OAS's sort order."""
_STATUS_NAMES = dict(STATUSES)


class BigCommerce(SandboxApi):
    """The BigCommerce V2 orders API under ``/bigcommerce`` (its base URL's host part)."""

    name: ClassVar[str] = "bigcommerce"
    base_path: ClassVar[str] = "/bigcommerce"
    first_order_number: ClassVar[int] = 3001

    def handle(self, request: Request, state: SandboxState) -> Reply:
        """Count the request against its store's window, check the token, then route."""
        match = _STORE_PATH.fullmatch(request.path)
        if match is None:
            return self.not_found(request)
        store = match["store"]
        config = state.config
        rate = state.rates.hit(store, config.bigcommerce_quota, config.bigcommerce_window_ms)
        headers = rate_headers(rate)
        if not rate.allowed:
            return self.error(429, "You have exceeded the rate limit for this store.", headers)
        if request.header("X-Auth-Token") != SECRET:
            return self.error(401, "You are not authorized to access this store: check the X-Auth-Token.", headers)
        if match["version"] == "/v3" or match["rest"] == "/store":
            reply = self._route_catalogue(request, store, match["version"] + (match["rest"] or ""))
        else:
            reply = self._route(request, state, store, match["rest"] or "")
        return Reply(reply.status, reply.body, reply.content_type, {**reply.headers, **headers})

    def error_body(self, status: int, message: str) -> Any:
        """``[{"status": s, "message": ...}]``, BigCommerce's error array."""
        return [{"status": status, "message": message}]

    def creates_order(self, request: Request) -> bool:
        """``POST /stores/{store_hash}/v2/orders``."""
        match = _STORE_PATH.fullmatch(request.path)
        where = (match["version"], match["rest"]) if match is not None else None
        return request.method == "POST" and where == ("/v2", "/orders")

    def rejection(self, field: str, message: str) -> Reply:
        """A 422 error array whose message names the field, as BigCommerce's own messages do."""
        return json_reply(422, [{"status": 422, "message": _worded(field, message)}])

    def fault_headers(self, fault: Fault, state: SandboxState) -> dict[str, str]:
        """An injected 429 says the window is used up until ``retry_after`` has passed."""
        config = state.config
        return rate_headers(
            RateState(False, 0, config.bigcommerce_quota, fault.retry_after * 1000, config.bigcommerce_window_ms)
        )

    def _route(self, request: Request, state: SandboxState, store: str, rest: str) -> Reply:
        if rest == "/orders":
            if request.method == "POST":
                return self._create(request, state, store)
            if request.method == "GET":
                return _list(request, state, store)
        elif rest == "/orders/count":
            if request.method == "GET":
                return _count(state)
        elif (found := _ORDER_PATH.fullmatch(rest)) is not None:
            if request.method == "GET":
                order = state.books["bigcommerce"].get(int(found["id"]))
                if order is None:
                    return self.error(404, "The requested resource was not found.")
                return json_reply(200, _order(order, request, store))
        else:
            return self.not_found(request)
        return self.error(405, f"The method {request.method} is not allowed here.")

    def _route_catalogue(self, request: Request, store: str, path: str) -> Reply:
        """The V3 catalogue and the V2 store information (``orderdesk.sandbox.catalogue``); GET only."""
        if path not in ("/v3/catalog/products", "/v2/store"):
            return self.not_found(request)
        if request.method != "GET":
            return self.error(405, f"The method {request.method} is not allowed here.")
        return catalogue.list_products(request) if path.startswith("/v3") else catalogue.store_information(store)

    def _create(self, request: Request, state: SandboxState, store: str) -> Reply:
        try:
            body = request.json()
        except jsonio.BodyError as exc:
            return self.error(400, f"The request body is {exc}.")
        if not isinstance(body, dict):
            return self.error(400, "The request body must be a JSON object.")
        findings = TARGET.validate_body(body)
        if findings.errors:
            errors = [
                {"status": 422, "message": _worded(path, message)}
                for path, messages in findings.errors.items()
                for message in messages
            ]
            return json_reply(422, errors)
        order, _ = state.books["bigcommerce"].add(body)
        return json_reply(201, _order(order, request, store))


def rate_headers(rate: RateState) -> dict[str, str]:
    """BigCommerce's four rate-limit headers for one answer."""
    return {
        "X-Rate-Limit-Requests-Left": str(rate.left),
        "X-Rate-Limit-Requests-Quota": str(rate.quota),
        "X-Rate-Limit-Time-Reset-Ms": str(rate.reset_ms),
        "X-Rate-Limit-Time-Window-Ms": str(rate.window_ms),
    }


def _worded(path: str, message: str) -> str:
    if message == REQUIRED:
        return f"The required field '{path}' was not supplied."
    return f"The field '{path}' is invalid: {message}" if path else message


def _list(request: Request, state: SandboxState, store: str) -> Reply:
    wanted = request.query.get("external_order_id")
    try:
        limit = min(max(int(request.query.get("limit", _LIMIT)), 1), _MAX_LIMIT)
        page = max(int(request.query.get("page", 1)), 1)
    except ValueError:
        return json_reply(400, [{"status": 400, "message": "page and limit must be whole numbers."}])
    matches = [
        order
        for order in state.books["bigcommerce"].orders()
        if wanted is None or str(order.body.get("external_order_id", "")) == wanted
    ]
    chosen = matches[(page - 1) * limit : page * limit]
    if not chosen:
        return Reply(204)
    return json_reply(200, [_order(order, request, store) for order in chosen])


def _count(state: SandboxState) -> Reply:
    counts: dict[int, int] = {}
    for order in state.books["bigcommerce"].orders():
        status_id = _status_id(order.body)
        counts[status_id] = counts.get(status_id, 0) + 1
    statuses = [
        {
            "id": status_id,
            "name": name,
            "system_label": name,
            "custom_label": name,
            "count": counts.get(status_id, 0),
            "sort_order": position,
        }
        for position, (status_id, name) in enumerate(STATUSES)
    ]
    return json_reply(200, {"statuses": statuses, "count": sum(counts.values())})


def _status_id(body: dict[str, Any]) -> int:
    status_id = body.get("status_id", 1)
    return status_id if status_id in _STATUS_NAMES else 1


def _order(order: StoredOrder, request: Request, store: str) -> dict[str, Any]:
    """The order object of the OAS's ``order_Resp`` for a stored request body."""
    body = order.body
    subtotal_ex, subtotal_inc, items = Decimal(0), Decimal(0), 0
    for product in body.get("products") or []:
        quantity = int(_amount(product.get("quantity")))
        ex, inc = product.get("price_ex_tax"), product.get("price_inc_tax")
        subtotal_ex += quantity * _amount(ex if ex is not None else inc)
        subtotal_inc += quantity * _amount(inc if inc is not None else ex)
        items += quantity
    subtotal_ex = _amount(body.get("subtotal_ex_tax", subtotal_ex))
    subtotal_inc = _amount(body.get("subtotal_inc_tax", subtotal_inc))
    shipping_ex = _amount(body.get("shipping_cost_ex_tax", 0))
    shipping_inc = _amount(body.get("shipping_cost_inc_tax", shipping_ex))
    total_ex = _amount(body.get("total_ex_tax", subtotal_ex + shipping_ex))
    total_inc = _amount(body.get("total_inc_tax", subtotal_inc + shipping_inc))
    status_id = _status_id(body)
    created = format_datetime(order.created_at)
    resources = f"{request.base_url}/stores/{store}/v2/orders/{order.number}"
    return {
        "id": order.number,
        "customer_id": body.get("customer_id", 0),
        "date_created": body.get("date_created", created),
        "date_modified": created,
        "date_shipped": "",
        "status_id": status_id,
        "status": _STATUS_NAMES[status_id],
        "custom_status": _STATUS_NAMES[status_id],
        "subtotal_ex_tax": _money(subtotal_ex),
        "subtotal_inc_tax": _money(subtotal_inc),
        "subtotal_tax": _money(subtotal_inc - subtotal_ex),
        "base_shipping_cost": _money(_amount(body.get("base_shipping_cost", shipping_inc))),
        "shipping_cost_ex_tax": _money(shipping_ex),
        "shipping_cost_inc_tax": _money(shipping_inc),
        "total_ex_tax": _money(total_ex),
        "total_inc_tax": _money(total_inc),
        "total_tax": _money(total_inc - total_ex),
        "items_total": items,
        "items_shipped": 0,
        "payment_method": body.get("payment_method", ""),
        "staff_notes": body.get("staff_notes", ""),
        "customer_message": body.get("customer_message", ""),
        "billing_address": {**body["billing_address"], "form_fields": []},
        "order_source": "external",
        "channel_id": body.get("channel_id", 1),
        "external_source": body.get("external_source"),
        "external_id": None,
        "external_order_id": body.get("external_order_id", ""),
        "products": {"url": f"{resources}/products", "resource": f"/orders/{order.number}/products"},
        "shipping_addresses": {
            "url": f"{resources}/shipping_addresses",
            "resource": f"/orders/{order.number}/shipping_addresses",
        },
        "coupons": {"url": f"{resources}/coupons", "resource": f"/orders/{order.number}/coupons"},
    }


def _amount(value: Any) -> Decimal:
    """A number or number-as-text (the OAS's "Float-As-String") as a Decimal; 0 when it is neither."""
    if isinstance(value, bool) or value is None:
        return Decimal(0)
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return Decimal(0)
    return number if number.is_finite() else Decimal(0)


def _money(value: Decimal) -> str:
    return f"{value:.4f}"


API = BigCommerce()
