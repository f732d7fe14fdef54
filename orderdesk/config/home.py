"""Where OrderDesk keeps its config and data.

``ORDERDESK_HOME`` puts both under one folder (portable installs, tests); otherwise the
OS's own places from platformdirs. Secrets are never here: they live in the keyring.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "OrderDesk"
HOME_VARIABLE = "ORDERDESK_HOME"


def config_dir() -> Path:
    """The folder of ``profiles.json`` and other settings; created on first use."""
    return _ensure(_home() / "config" if _home() else Path(platformdirs.user_config_dir(APP_NAME, False)))


def data_dir() -> Path:
    """The folder of the journal (drafts, orders, attempts); created on first use."""
    return _ensure(_home() / "data" if _home() else Path(platformdirs.user_data_dir(APP_NAME, False)))


def _home() -> Path | None:
    value = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
