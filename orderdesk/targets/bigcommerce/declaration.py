"""BigCommerce as the rest of the app sees it: the one place the registry reads about this API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from orderdesk.targets.bigcommerce import TARGET
from orderdesk.targets.declaration import ApiDeclaration

if TYPE_CHECKING:
    from orderdesk.targets.client_base import ApiClient


def _client() -> type[ApiClient]:
    from orderdesk.targets.bigcommerce.client import BigCommerceClient  # the HTTP stack loads when something is sent

    return BigCommerceClient


DECLARATION = ApiDeclaration(
    target=TARGET,
    load_client=_client,
    identity_field="external_order_id",
)
"""What the registry lists for this API."""
