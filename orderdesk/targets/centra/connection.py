"""How a profile connects to Centra: the shop's own Order API plugin URL and its ``API-Authorization`` key."""

from __future__ import annotations

from orderdesk.targets.connection import Connection

CONNECTION = Connection(
    default_base_url="",
    base_url_help="The URL of your shop's Order API plugin in Centra; the plugin needs \"Allow Order Create\" "
    "turned on.",
    secret_kind="api-key",
    secret_help="The API key of that Order API plugin, sent as the API-Authorization header.",
    secret_label="API key",
    secret_header="API-Authorization",
    secret_placeholder="$CENTRA_API_KEY",
    setting=None,
    refused="the API key is wrong, or is not the key of this Order API plugin.",
    wrong_address="check the base URL: it is your Order API plugin's URL.",
)
