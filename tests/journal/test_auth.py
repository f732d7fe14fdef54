"""Secret headers are recognised whatever their case, for every API."""

from __future__ import annotations

from orderdesk.journal.auth import AUTH_HEADERS, non_secret


def test_every_target_secret_header_is_dropped_in_any_case() -> None:
    headers = {name.upper(): "secret" for name, _ in AUTH_HEADERS.values()}
    headers |= {name.lower(): "secret" for name, _ in AUTH_HEADERS.values()}
    headers |= {"Accept": "application/json", "account-id": "12", "X-Auth-Client": "client-id"}

    assert non_secret(headers) == {"Accept": "application/json", "account-id": "12", "X-Auth-Client": "client-id"}


def test_every_api_has_a_placeholder_that_is_a_shell_variable() -> None:
    assert set(AUTH_HEADERS) == {"dropday", "centra", "bigcommerce", "feedbackcompany"}
    for _, placeholder in AUTH_HEADERS.values():
        assert placeholder.split()[-1].startswith("$")
