"""Fixtures every target's tests share: the API's own request examples, and a client on the sandbox.

A test's API is the package it lives in (``tests/targets/dropday`` tests Dropday), and its
examples are the JSON files in that package's ``examples`` folder.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from orderdesk.config.profiles import Profile
from orderdesk.core import jsonio
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.submit import OrderClient, open_client
from tests.client_support import FAST, MemorySecrets, profile_for, secrets_for


@pytest.fixture
def example(request: pytest.FixtureRequest) -> Callable[[str], dict[str, Any]]:
    """A fresh copy of one transcribed example of the test's API: ``example("create-order")``."""
    folder = request.path.parent / "examples"

    def load(name: str) -> dict[str, Any]:
        body = jsonio.read_body(folder / f"{name}.json")
        assert isinstance(body, dict)
        return body

    return load


@pytest.fixture
def body(example: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """The API's own "create an order" request example."""
    return example("create-order")


@pytest.fixture
def profile(request: pytest.FixtureRequest, sandbox: RunningSandbox) -> Profile:
    """A profile of the test's API pointing at the sandbox."""
    return profile_for(sandbox, request.path.parent.name)


@pytest.fixture
def secrets(profile: Profile) -> MemorySecrets:
    """In-memory secrets holding the one the sandbox accepts for ``profile``."""
    return secrets_for(profile)


@pytest.fixture
def client(profile: Profile, secrets: MemorySecrets) -> OrderClient:
    """The test's API client for ``profile``, with short timeouts and tiny backoff."""
    return open_client(profile, secrets, FAST)
