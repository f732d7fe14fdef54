"""The contract every registered API keeps: each part declared once, and everything that reads it agrees.

A new API's package fails here until it declares every part: its client speaking with the
declared secret, an identity field the draft knows, its sandbox handler, its place in the
import contracts.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from orderdesk.sandbox.handlers import HANDLERS
from orderdesk.targets.client_base import ApiClient
from orderdesk.targets.declaration import ApiDeclaration
from orderdesk.targets.registry import APIS, TARGETS, batch_support, get_api

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _independent_packages() -> list[str]:
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    [independence] = [contract for contract in contracts if contract["type"] == "independence"]
    return list(independence["modules"])


@pytest.mark.parametrize("api", list(APIS.values()), ids=list(APIS))
def test_every_api_declares_every_part_once(api: ApiDeclaration) -> None:
    declared = importlib.import_module(f"orderdesk.targets.{api.name}.declaration").DECLARATION
    assert declared is api and TARGETS[api.name] is api.target
    assert api.title and api.connection is api.target.connection

    assert issubclass(api.client, ApiClient) and api.client.api == api.title
    secret = api.connection
    assert (api.client.secret_header, api.client.secret_label) == (secret.secret_header, secret.secret_label)
    assert secret.secret_kind and secret.secret_help and secret.refused and secret.base_url_help
    assert "$" in secret.secret_placeholder

    assert api.target.paths.to_draft(api.identity_field) is not None
    if api.batch is not None:
        assert callable(api.client.batch_request) and callable(api.client.submit_batch)  # type: ignore[attr-defined]
    if api.rate_limit_headers is not None:
        assert api.rate_limit_headers.requests_left and api.rate_limit_headers.reset_ms

    assert HANDLERS[api.name].name == api.name
    assert f"orderdesk.targets.{api.name}" in _independent_packages()


def test_the_sandbox_speaks_exactly_the_registered_apis_each_in_its_own_number_range() -> None:
    assert list(HANDLERS) == list(APIS)
    numbers = [handler.first_order_number for handler in HANDLERS.values()]
    assert len(set(numbers)) == len(numbers)


def test_an_unknown_api_names_the_known_ones_and_takes_no_batches() -> None:
    with pytest.raises(KeyError, match="unknown API 'shopify'; known: dropday, centra"):
        get_api("shopify")
    assert batch_support("shopify") is None  # a journal row of an API that is no longer registered
    assert [name for name in APIS if batch_support(name) is not None] == ["centra"]


def test_reading_the_registry_loads_no_client_until_one_is_asked_for() -> None:
    probe = (
        "import sys; from orderdesk.targets.registry import APIS; "
        "before = 'requests' in sys.modules; [api.title for api in APIS.values()]; "
        "listed = 'requests' in sys.modules; [api.client for api in APIS.values()]; "
        "print(before, listed, 'requests' in sys.modules)"
    )
    printed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert printed.stdout.split() == ["False", "False", "True"]
