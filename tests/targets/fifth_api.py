"""A fifth order API made from the tests alone: "Parcel Post", the least an API must declare.

It shows that an API is its declaration: nothing in ``orderdesk`` names it, yet once it is
registered (``targets.registry.registered``, ``sandbox.handlers.registered``) profiles,
sending, the journal, the cURL export and the sandbox all know it.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from orderdesk.core.order import Line, OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.sandbox.api import SECRET, SandboxApi
from orderdesk.sandbox.messages import Reply as SandboxReply
from orderdesk.sandbox.messages import Request, json_reply
from orderdesk.sandbox.state import SandboxState
from orderdesk.targets.answers import check_from_reply, common_outcome, unexpected_outcome
from orderdesk.targets.base import Target
from orderdesk.targets.client_base import ApiClient
from orderdesk.targets.connection import Connection, ProfileSetting
from orderdesk.targets.declaration import ApiDeclaration
from orderdesk.targets.paths import PathMap
from orderdesk.transport.pacing import QuotaHeaders
from orderdesk.transport.replies import ConnectionCheck, Lookup
from orderdesk.transport.session import wire_text, with_query

NAME = "parcelpost"


class ParcelLine(BaseModel):
    """One parcel line."""

    model_config = ConfigDict(extra="forbid")
    sku: str
    quantity: int


class ParcelOrder(BaseModel):
    """Parcel Post's whole order body."""

    model_config = ConfigDict(extra="forbid")
    reference: str
    email: str
    lines: list[ParcelLine]


class ParcelConversions:
    """Draft <-> body: a reference, an email and lines of SKU and quantity."""

    def from_draft(self, draft: OrderDraft) -> dict[str, Any]:
        lines = [{"sku": line.sku, "quantity": int(line.quantity or 0)} for line in draft.lines]
        return {"reference": draft.external_id, "email": draft.customer.email, "lines": lines}

    def to_draft(self, body: Mapping[str, Any]) -> OrderDraft:
        draft = OrderDraft(external_id=str(body.get("reference", "")))
        draft.customer.email = str(body.get("email", ""))
        draft.lines = [Line(sku=line["sku"], quantity=line["quantity"]) for line in body.get("lines", [])]
        return draft


CONNECTION = Connection(
    default_base_url="https://parcelpost.invalid/api",
    base_url_help="Parcel Post's API address.",
    secret_kind="parcel-key",
    secret_help="Your Parcel Post key.",
    secret_label="parcel key",
    secret_header="X-Parcel-Key",
    secret_placeholder="$PARCELPOST_API_KEY",
    setting=ProfileSetting("depot", "Depot", "The depot that ships your parcels."),
    refused="the API key is wrong.",
)


class ParcelTarget(Target):
    """Parcel Post's body, paths and conversions."""

    name = NAME
    title = "Parcel Post"
    connection = CONNECTION
    paths = PathMap(
        [
            ("reference", "external_id"),
            ("email", "customer.email"),
            ("lines.*.sku", "lines.*.sku"),
            ("lines.*.quantity", "lines.*.quantity"),
            ("lines", "lines"),
        ]
    )
    body_model = ParcelOrder
    conversions = ParcelConversions()


class ParcelClient(ApiClient):
    """Parcel Post's client: ``POST <base>/depots/<depot>/parcels``, looked up by reference."""

    api = ParcelTarget.title
    secret_label = CONNECTION.secret_label
    secret_header = CONNECTION.secret_header
    rate_limit_headers = QuotaHeaders("X-Parcels-Left", "X-Parcels-Reset-Ms")

    def create_request(self, body: dict[str, Any]) -> tuple[str, str]:
        return "POST", self._parcels_url()

    def submit(self, body: dict[str, Any]) -> Outcome:
        result = self._session.request("POST", self._parcels_url(), body=wire_text(body), idempotent=True)
        answered = common_outcome(result, self.api, idempotent=True, quota=self.rate_limit_headers)
        if isinstance(answered, Outcome):
            return answered
        answer = answered.json_object()
        if answered.status == HTTPStatus.CREATED and answer is not None:
            return Outcome(OutcomeKind.CREATED, reference=str(answer["parcel"]), status=answered.status)
        return unexpected_outcome(answered, self.api, idempotent=True)

    def lookup(self, body: dict[str, Any]) -> Lookup:
        result = self._ask(with_query(self._parcels_url(), {"reference": str(body.get("reference", ""))}))
        if isinstance(result, Lookup):
            return result
        found = result.json_object() if result.status == HTTPStatus.OK else None
        if found is None:
            return self._unclear(result)
        return Lookup(bool(found.get("parcels")), reference=str((found.get("parcels") or [""])[0]))

    def check(self) -> ConnectionCheck:
        return check_from_reply(self._session.request("GET", self._parcels_url(), idempotent=True), self.api)

    def _parcels_url(self) -> str:
        return f"{self._profile.base_url}/depots/{self._profile.settings['depot']}/parcels"


DECLARATION = ApiDeclaration(target=ParcelTarget(), load_client=lambda: ParcelClient, identity_field="reference")


class ParcelSandbox(SandboxApi):
    """Parcel Post as the sandbox speaks it: one depot path, parcels numbered from 5001."""

    name: ClassVar[str] = NAME
    base_path: ClassVar[str] = "/parcelpost/api"
    first_order_number: ClassVar[int] = 5001

    def handle(self, request: Request, state: SandboxState) -> SandboxReply:
        if request.header("x-parcel-key") != SECRET:
            return self.error(401, "Unknown key")
        if not request.path.startswith("/depots/") or not request.path.endswith("/parcels"):
            return self.not_found(request)
        book = state.books[NAME]
        if request.method == "GET":
            wanted = request.query.get("reference")
            return json_reply(200, {"parcels": [o.number for o in book.orders() if o.body["reference"] == wanted]})
        order, _ = book.add(request.json(), key=request.json()["reference"])
        return json_reply(201, {"parcel": order.number}, {"X-Parcels-Left": "40", "X-Parcels-Reset-Ms": "1000"})

    def error_body(self, status: int, message: str) -> Any:
        return {"problem": message}

    def creates_order(self, request: Request) -> bool:
        return request.method == "POST"

    def rejection(self, field: str, message: str) -> SandboxReply:
        return json_reply(422, {"problem": f"{field}: {message}"})


SANDBOX = ParcelSandbox()
