"""How a profile connects to Feedback Company: a client id and secret traded for an access token."""

from __future__ import annotations

from orderdesk.targets.connection import Connection, ProfileSetting

CONNECTION = Connection(
    default_base_url="https://www.feedbackcompany.com/api/v2",
    base_url_help="Feedback Company's API address as its documentation gives it; change it only to try the "
    "local sandbox.",
    secret_kind="client-secret",
    secret_help="The client secret that belongs to the client id; the access token it buys is kept in the "
    "keyring too.",
    secret_label="client secret",
    secret_header="Authorization",
    secret_placeholder="Bearer $FEEDBACKCOMPANY_ACCESS_TOKEN",
    setting=ProfileSetting(
        "client_id",
        "Client id",
        "The OAuth client id that, with the client secret, fetches an access token (oauth2/token).",
    ),
    refused="the client id or the client secret is wrong.",
    caches_token=True,
)
