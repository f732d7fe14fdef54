"""Which request headers carry each API's secret, and what stands in for them outside the keyring.

The journal never stores these headers, whatever a caller passes, and an exported cURL
command puts a shell variable in their place. Both come from each API's declaration, so an
API cannot be added without them.
"""

from __future__ import annotations

from collections.abc import Mapping

from orderdesk.targets.registry import APIS, Derived

AUTH_HEADERS: Mapping[str, tuple[str, str]] = Derived(
    lambda api: (api.connection.secret_header, api.connection.secret_placeholder)
)
"""Per target: the header that carries the secret, and its value with a placeholder."""


def non_secret(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` without any header that carries a secret of any API (names compared case-blind)."""
    secret_names = {api.connection.secret_header.lower() for api in APIS.values()}
    return {name: value for name, value in headers.items() if name.lower() not in secret_names}
