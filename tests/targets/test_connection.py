"""Each API's connection declaration fits the profiles file and the keyring it is used with."""

from __future__ import annotations

import pytest

from orderdesk.config.credentials import SECRET_KIND, SECRET_LABEL
from orderdesk.config.profiles import SETTING_LABEL, TARGET_SETTINGS, make_profile, normalize_base_url
from orderdesk.targets.registry import TARGETS


@pytest.mark.parametrize("name", TARGETS)
def test_a_declared_connection_is_one_a_profile_can_hold(name: str) -> None:
    connection = TARGETS[name].connection
    if connection.default_base_url:
        assert connection.default_base_url.startswith("https://")
        assert normalize_base_url(connection.default_base_url) == connection.default_base_url
    assert connection.secret_kind in SECRET_LABEL
    if connection.setting is not None:
        profile = make_profile("a", name, "https://api.example", **{connection.setting.field: "id42"})
        assert profile.settings == {connection.setting.field: "id42"} and profile.setting == "id42"
    for text in (connection.base_url_help, connection.secret_help, connection.refused, connection.wrong_address):
        assert text and "\n" not in text  # one line each


def test_the_profile_tables_are_built_from_the_registry() -> None:
    assert list(TARGET_SETTINGS) == list(TARGETS)
    assert SECRET_KIND == {name: target.connection.secret_kind for name, target in TARGETS.items()}
    assert SETTING_LABEL == {"account_id": "Account id", "store_hash": "Store hash", "client_id": "Client id"}
    assert {name: settings.setting for name, settings in TARGET_SETTINGS.items()} == {
        "dropday": "account_id",
        "centra": None,
        "bigcommerce": "store_hash",
        "feedbackcompany": "client_id",
    }
