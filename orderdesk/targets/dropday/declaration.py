"""Dropday as the rest of the app sees it: the one place the registry reads about this API."""

from __future__ import annotations

from orderdesk.targets.declaration import ApiDeclaration
from orderdesk.targets.dropday import TARGET
from orderdesk.targets.dropday.client import DropdayClient

DECLARATION = ApiDeclaration(
    target=TARGET,
    client=DropdayClient,
    identity_field="external_id",
)
"""What the registry lists for this API."""
