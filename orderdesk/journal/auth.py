"""Which request headers carry each API's secret, and what stands in for them outside the keyring.

The journal never stores these headers, whatever a caller passes, and an exported cURL
command puts a shell variable in their place.
"""

from __future__ import annotations

from collections.abc import Mapping

AUTH_HEADERS: dict[str, tuple[str, str]] = {
    "dropday": ("api-key", "$DROPDAY_API_KEY"),
    "centra": ("API-Authorization", "$CENTRA_API_KEY"),
    "bigcommerce": ("X-Auth-Token", "$BIGCOMMERCE_ACCESS_TOKEN"),
    "feedbackcompany": ("Authorization", "Bearer $FEEDBACKCOMPANY_ACCESS_TOKEN"),
}
"""Per target: the header that carries the secret, and its value with a placeholder."""

_SECRET_NAMES = frozenset(name.lower() for name, _ in AUTH_HEADERS.values())


def non_secret(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` without any header that carries a secret of any API (names compared case-blind)."""
    return {name: value for name, value in headers.items() if name.lower() not in _SECRET_NAMES}
