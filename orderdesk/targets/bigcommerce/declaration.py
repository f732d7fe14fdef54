"""BigCommerce as the rest of the app sees it: the one place the registry reads about this API."""

from __future__ import annotations

from orderdesk.targets.bigcommerce import TARGET
from orderdesk.targets.bigcommerce.client import BigCommerceClient
from orderdesk.targets.declaration import ApiDeclaration

DECLARATION = ApiDeclaration(
    target=TARGET,
    client=BigCommerceClient,
    identity_field="external_order_id",
)
"""What the registry lists for this API."""
