"""How a profile connects to BigCommerce: ``https://api.bigcommerce.com/stores/{store_hash}/v2`` and ``X-Auth-Token``.

The profile keeps the gateway and the store hash apart, so the same profile also reaches the
store's V3 catalogue (``/stores/{store_hash}/v3``).
"""

from __future__ import annotations

from orderdesk.targets.connection import Connection, ProfileSetting

CONNECTION = Connection(
    default_base_url="https://api.bigcommerce.com",
    base_url_help="BigCommerce's API gateway; orders go to <base URL>/stores/<store hash>/v2/orders.",
    secret_kind="access-token",
    secret_help="The access token of your store's API account, with the Orders \"modify\" scope "
    "(and Products \"read-only\" to pull the catalogue); sent as the X-Auth-Token header.",
    secret_label="access token",
    secret_header="X-Auth-Token",
    secret_placeholder="$BIGCOMMERCE_ACCESS_TOKEN",
    setting=ProfileSetting(
        "store_hash",
        "Store hash",
        "Your store's permanent ID: the {store_hash} in https://api.bigcommerce.com/stores/{store_hash}/v2.",
        alphanumeric=True,
    ),
    refused="the access token is wrong, or its API account lacks the Orders scope.",
    wrong_address="check the base URL and the store hash.",
)
