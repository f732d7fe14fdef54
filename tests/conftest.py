"""Shared fixtures: every test gets its own ORDERDESK_HOME and never touches the user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.fixtures_keyring", "tests.fixtures_postgres", "tests.fixtures_sandbox"]


@pytest.fixture(autouse=True)
def orderdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty ORDERDESK_HOME for each test."""
    home = tmp_path / "orderdesk-home"
    monkeypatch.setenv("ORDERDESK_HOME", str(home))
    yield home


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses qtbot as ``gui`` so ``-m "not gui"`` runs the core alone."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
