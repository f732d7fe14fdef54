"""Pytest fixtures for the sandbox (see tests/conftest.py).

One sandbox server serves the whole session (starting a server per test would cost a
port and a thread each time); every test that asks for ``sandbox`` gets it emptied.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from orderdesk.sandbox.server import RunningSandbox


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[RunningSandbox]:
    """The session's sandbox on 127.0.0.1 (a free port), stopped at the end."""
    # Imported here so that collecting tests that never use the sandbox does not import every target.
    from orderdesk.sandbox.server import start_sandbox

    running = start_sandbox()
    yield running
    running.stop()


@pytest.fixture
def sandbox(sandbox_server: RunningSandbox) -> RunningSandbox:
    """The session's sandbox with no orders, tokens, faults or changed settings."""
    sandbox_server.reset()
    return sandbox_server
