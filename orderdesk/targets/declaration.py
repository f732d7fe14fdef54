"""What one order API declares about itself, once, in its own package (``<api>/declaration.py``).

Everything outside an API's package that needs a fact about it (which client sends to it,
where its secret travels, whether it takes batches) asks the registry for this declaration
instead of naming the API, so a fifth API is its package and one line in the registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from orderdesk.targets.base import Target
from orderdesk.targets.connection import Connection

if TYPE_CHECKING:
    from orderdesk.targets.client_base import ApiClient
    from orderdesk.transport.pacing import QuotaHeaders


@dataclass(frozen=True)
class BatchSupport:
    """An API that creates many orders in one request (its client has ``batch_request`` and ``submit_batch``).

    Attributes:
        is_batch: whether a body is a batch of orders (keyed by names we choose) rather than one order.
    """

    is_batch: Callable[[Any], bool]

    def only_order(self, body: Any) -> Any:
        """The order a batch of one key holds (a batch attempt is journaled as one); any other body as it is."""
        if isinstance(body, dict) and self.is_batch(body) and len(body) == 1:
            [order] = body.values()
            return order
        return body


@dataclass(frozen=True)
class ApiDeclaration:
    """One order API as the rest of the app sees it.

    Attributes:
        target: its body, conversions, rules, title and connection settings.
        load_client: imports and returns the class that sends to it (its secret header, lookups and
            rate-limit headers are the client's); called when first needed, so that checking and
            converting bodies never loads the HTTP stack.
        identity_field: the body field that names an order at the API: one order per value at one profile.
        batch: how it takes many orders in one request; None when it takes one at a time.
    """

    target: Target
    load_client: Callable[[], type[ApiClient]]
    identity_field: str
    batch: BatchSupport | None = None

    @property
    def client(self) -> type[ApiClient]:
        """The class that sends orders to this API."""
        return self.load_client()

    @property
    def name(self) -> str:
        """The short name used on the command line, in profiles and in the journal."""
        return self.target.name

    @property
    def title(self) -> str:
        """The API's name as a person reads it."""
        return self.target.title

    @property
    def connection(self) -> Connection:
        """What a profile of this API needs: address, secret, its non-secret id."""
        return self.target.connection

    @property
    def looks_up_orders(self) -> bool:
        """Whether the API can find an order, so an ``unknown`` outcome can ever be settled."""
        return self.client.looks_up_orders

    @property
    def rate_limit_headers(self) -> QuotaHeaders | None:
        """The answer headers that tell its remaining quota, or None when it sends none."""
        return self.client.rate_limit_headers
