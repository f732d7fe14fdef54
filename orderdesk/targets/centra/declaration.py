"""Centra as the rest of the app sees it: the one place the registry reads about this API."""

from __future__ import annotations

from orderdesk.targets.centra import TARGET, is_batch
from orderdesk.targets.centra.client import CentraClient
from orderdesk.targets.declaration import ApiDeclaration, BatchSupport

DECLARATION = ApiDeclaration(
    target=TARGET,
    client=CentraClient,
    identity_field="orderNumber",
    batch=BatchSupport(is_batch),
)
"""What the registry lists for this API."""
