"""What the window remembers between runs that is not part of an order: the ticked profiles.

Kept in ``config_dir()/window.json``; a missing or unreadable file simply means defaults,
since nothing in it is worth refusing to start over.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from orderdesk.config.home import config_dir

FILENAME = "window.json"


def load_chosen(path: Path | None = None) -> list[str]:
    """The profile names ticked under "Send to" last time."""
    try:
        data = json.loads((path or config_dir() / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    names = data.get("send_to") if isinstance(data, dict) else None
    if not isinstance(names, list):  # a value of another type is as good as none
        return []
    return [name for name in names if isinstance(name, str)]


def save_chosen(names: list[str], path: Path | None = None) -> None:
    """Remember the ticked profile names (written atomically)."""
    target = path or config_dir() / FILENAME
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".window-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump({"send_to": names}, stream)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
