"""How a profile connects to Dropday: ``api-key`` and ``account-id`` headers on ``https://dropday.io/api/v1``."""

from __future__ import annotations

from orderdesk.targets.connection import Connection, ProfileSetting

CONNECTION = Connection(
    default_base_url="https://dropday.io/api/v1",
    base_url_help="Dropday's API address as its documentation gives it; change it only to try the local sandbox.",
    secret_kind="api-key",
    secret_help="The API key of your Dropday account, sent as the api-key header.",
    secret_label="API key",
    secret_header="api-key",
    secret_placeholder="$DROPDAY_API_KEY",
    setting=ProfileSetting(
        "account_id",
        "Account id",
        "Your Dropday account id, sent as the account-id header with every request; it must belong to the API key.",
    ),
    refused="the API key is wrong or expired, or the account id does not belong to it "
    "(Dropday answers both the same way).",
)
