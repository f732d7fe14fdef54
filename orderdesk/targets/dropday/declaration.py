"""Dropday as the rest of the app sees it: the one place the registry reads about this API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from orderdesk.targets.declaration import ApiDeclaration
from orderdesk.targets.dropday import TARGET

if TYPE_CHECKING:
    from orderdesk.targets.client_base import ApiClient


def _client() -> type[ApiClient]:
    from orderdesk.targets.dropday.client import DropdayClient  # the HTTP stack loads when something is sent

    return DropdayClient


DECLARATION = ApiDeclaration(
    target=TARGET,
    load_client=_client,
    identity_field="external_id",
)
"""What the registry lists for this API."""
