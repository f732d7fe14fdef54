"""Centra as the rest of the app sees it: the one place the registry reads about this API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from orderdesk.targets.centra import TARGET, is_batch
from orderdesk.targets.declaration import ApiDeclaration, BatchSupport

if TYPE_CHECKING:
    from orderdesk.targets.client_base import ApiClient


def _client() -> type[ApiClient]:
    from orderdesk.targets.centra.client import CentraClient  # the HTTP stack loads when something is sent

    return CentraClient


DECLARATION = ApiDeclaration(
    target=TARGET,
    load_client=_client,
    identity_field="orderNumber",
    batch=BatchSupport(is_batch),
)
"""What the registry lists for this API."""
