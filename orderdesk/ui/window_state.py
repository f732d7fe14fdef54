"""What the window remembers between runs that is not part of an order: the ticked profiles, the language, the shop.

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


def _load(path: Path | None) -> dict[str, object]:
    try:
        data = json.loads((path or config_dir() / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(key: str, value: object, path: Path | None) -> None:
    """Set one key and keep the others, written atomically."""
    target = path or config_dir() / FILENAME
    data = _load(target)
    data[key] = value
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".window-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


def load_chosen(path: Path | None = None) -> list[str]:
    """The profile names ticked under "Send to" last time."""
    names = _load(path).get("send_to")
    if not isinstance(names, list):  # a value of another type is as good as none
        return []
    return [name for name in names if isinstance(name, str)]


def save_chosen(names: list[str], path: Path | None = None) -> None:
    """Remember the ticked profile names."""
    _save("send_to", names, path)


def load_language(path: Path | None = None) -> str | None:
    """The language chosen in the menu (``nl``, ``en``), ``None`` to follow the system."""
    language = _load(path).get("language")
    return language if isinstance(language, str) else None


def save_language(language: str | None, path: Path | None = None) -> None:
    """Remember the language chosen in the menu; ``None`` follows the system again."""
    _save("language", language, path)


def load_shops(path: Path | None = None) -> dict[str, object]:
    """What is remembered of the shops' orders (see ``order_page.shop_memory``); ``{}`` when nothing."""
    shops = _load(path).get("shops")
    return shops if isinstance(shops, dict) else {}


def save_shops(shops: dict[str, object], path: Path | None = None) -> None:
    """Remember the shops' defaults."""
    _save("shops", shops, path)
