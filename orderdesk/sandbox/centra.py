"""Centra's Order API as documented: ``API-Authorization``, ``status: no`` with codes, batch per key.

Facts from reference/centra-create-order.md, centra-create-orders.md and
centra-get-orders.md: ``POST /order`` answers 200 ``{"status": "ok", "orders": [n]}``
(``{"status": "ok", "order": n}`` with ``createOnly``); a failure is also HTTP 200,
``{"status": "no", "code": c, "msg": ...}`` (-3 order is empty, -4 required fields missing,
-5 the order number exists, -7 anything else). ``POST /orders`` takes named orders and
answers per name, so some may succeed while others fail. ``GET /orders?order=N`` returns
``{"status": "ok", "orders": [...]}``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from orderdesk.core import jsonio
from orderdesk.sandbox.api import SECRET, SandboxApi, lacks_required, summary
from orderdesk.sandbox.messages import Reply, Request, json_reply
from orderdesk.sandbox.state import SandboxState, StoredOrder
from orderdesk.targets.centra import TARGET

_LIMIT = 20


class Centra(SandboxApi):
    """The Centra Order API plugin under ``/centra``."""

    name: ClassVar[str] = "centra"
    base_path: ClassVar[str] = "/centra"
    first_order_number: ClassVar[int] = 2001

    def handle(self, request: Request, state: SandboxState) -> Reply:
        """Check the plugin key, then route."""
        if request.header("API-Authorization") != SECRET:
            return self.error(401, "Invalid API-Authorization key")
        route = (request.method, request.path)
        if route == ("POST", "/order"):
            return self._create_single(request, state)
        if route == ("POST", "/orders"):
            return self._create_batch(request, state)
        if route == ("GET", "/orders"):
            return _list(request, state)
        if request.path in ("/order", "/orders"):
            return self.error(405, "Method not allowed")
        return self.not_found(request)

    def error_body(self, status: int, message: str) -> Any:
        """``{"status": "no", "msg": ...}``, the failure shape every Centra answer uses."""
        return {"status": "no", "msg": message}

    def creates_order(self, request: Request) -> bool:
        """``POST /order`` and the batch ``POST /orders``."""
        return request.method == "POST" and request.path in ("/order", "/orders")

    def rejection(self, field: str, message: str) -> Reply:
        """A failure, HTTP 200 with code -7 ("see message for details"): Centra's shape has no field of its own."""
        return json_reply(200, _failure(-7, f"{field}: {message}"))

    def _create_single(self, request: Request, state: SandboxState) -> Reply:
        try:
            body = request.json()
        except jsonio.BodyError as exc:
            return json_reply(200, _failure(-7, f"The request body is {exc}"))
        return json_reply(200, _create(body, state))

    def _create_batch(self, request: Request, state: SandboxState) -> Reply:
        try:
            body = request.json()
        except jsonio.BodyError as exc:
            return json_reply(200, _failure(-7, f"The request body is {exc}"))
        if not isinstance(body, dict):
            return json_reply(200, _failure(-7, "A batch must be a JSON object of named orders"))
        return json_reply(200, {name: _create(order, state) for name, order in body.items()})


def _create(order: Any, state: SandboxState) -> dict[str, Any]:
    """One order's result, as the single and the batch endpoint both report it."""
    if not isinstance(order, dict):
        return _failure(-7, "An order must be a JSON object")
    if not order.get("products"):
        return _failure(-3, "Order is empty")
    findings = TARGET.validate_body(order)
    if lacks_required(findings):
        return _failure(-4, f"One or more required fields are missing: {summary(findings)}")
    if findings.errors:
        return _failure(-7, summary(findings))
    number = order.get("orderNumber")
    stored, created = state.books["centra"].add(order, number=None if number is None else int(number))
    if not created:
        return _failure(-5, "An order with the provided order number already exists")
    if order.get("createOnly") is True:
        return {"status": "ok", "order": stored.number}
    return {"status": "ok", "orders": [stored.number]}


def _failure(code: int, message: str) -> dict[str, Any]:
    return {"status": "no", "code": code, "msg": message}


def _list(request: Request, state: SandboxState) -> Reply:
    try:
        limit = int(request.query.get("limit", _LIMIT))
        offset = int(request.query.get("offset", 0))
        wanted = int(request.query["order"]) if "order" in request.query else None
    except ValueError:
        return json_reply(200, _failure(-7, "limit, offset and order must be whole numbers"))
    book = state.books["centra"]
    if wanted is not None:
        found = book.get(wanted)
        orders = [found] if found is not None else []
    else:
        orders = book.orders()[offset : offset + max(limit, 0)]
    return json_reply(200, {"status": "ok", "orders": [_order(order) for order in orders]})


def _order(order: StoredOrder) -> dict[str, Any]:
    """The documented Get Orders object for a stored request body."""
    body = order.body
    shared = body.get("address") or {}
    delivery = body.get("deliveryAddress") or shared
    invoice = body.get("invoiceAddress") or shared
    return {
        "orderId": str(order.number),
        "orderStatus": "pending",
        "selectionId": f"{order.number:032x}",
        "orderDate": body.get("orderDate") or order.created_at.strftime("%Y-%m-%d %H:%M:%S"),
        **_address("delivery", delivery, fallback_email=invoice.get("email", "")),
        **_address("billing", invoice, fallback_email=""),
        "poNumber": body.get("poNumber", ""),
        "shippingList": body.get("shippingList", ""),
        "shippingValue": body.get("shippingValue", 0),
        "voucherValue": body.get("voucherValue", 0),
        "internalComment": body.get("internalComment", ""),
        "otherComment": body.get("comment", ""),
        "products": [_line(order.number * 100 + index, line) for index, line in enumerate(body["products"])],
    }


def _address(prefix: str, address: dict[str, Any], fallback_email: str) -> dict[str, Any]:
    name = " ".join(part for part in (address.get("firstName"), address.get("lastName")) if part)
    return {
        f"{prefix}Name": name,
        f"{prefix}Company": address.get("company", ""),
        f"{prefix}Email": address.get("email", fallback_email),
        f"{prefix}Tele": address.get("tele", ""),
        f"{prefix}Cell": address.get("cell", ""),
        f"{prefix}Address": address.get("address", ""),
        f"{prefix}Coaddress": address.get("coaddress", ""),
        f"{prefix}Zipcode": address.get("zipcode", ""),
        f"{prefix}City": address.get("city", ""),
        f"{prefix}State": address.get("state", ""),
        f"{prefix}Country": address.get("country", ""),
    }


def _line(line_id: int, product: dict[str, Any]) -> dict[str, Any]:
    text = product.get("itemText") or {}
    price = product.get("unitPrice")
    return {
        "lineId": str(line_id),
        "sku": product.get("sku") or text.get("sku", ""),
        "ean": product.get("ean", ""),
        "name": text.get("product", ""),
        "variant": text.get("variant", ""),
        "brand": text.get("brand", ""),
        "size": text.get("size", ""),
        "qty": product.get("qty"),
        "originalPrice": product.get("originalPrice", price),
        "price": price,
        "comment": product.get("comment", ""),
    }


API = Centra()
