"""``orderdesk about``: the facts support asks for first, and the packaged build's keyring check."""

from __future__ import annotations

import argparse
import platform
import sys
from typing import Any

from orderdesk import __version__
from orderdesk.config import home
from orderdesk.config.credentials import KeyringUnavailable, system_backend

EXIT_KEYRING = 3


def register(subparsers: Any) -> None:
    """Add ``about`` to the command line."""
    about = subparsers.add_parser(
        "about", help="print the version, the keyring backend in use and where data is kept"
    )
    about.set_defaults(run=run_about)


def run_about(args: argparse.Namespace) -> int:
    """Print one ``key: value`` line per fact; never a secret. 3 when the keyring backend cannot be loaded."""
    try:
        backend = system_backend()
        in_use = f"{type(backend).__module__}.{type(backend).__name__} (priority {_priority(backend)})"
        problem = ""
    except KeyringUnavailable as exc:
        in_use, problem = "cannot be loaded", str(exc)
    print(f"orderdesk: {__version__}")
    print(f"python: {platform.python_version()} ({sys.platform})")
    print(f"keyring: {in_use}")
    print(f"config: {home.config_dir()}")
    print(f"data: {home.data_dir()}")
    if problem:
        print(f"orderdesk: {problem}", file=sys.stderr)
        return EXIT_KEYRING
    return 0


def _priority(backend: Any) -> str:
    try:
        return str(backend.priority)
    except Exception as exc:  # a backend reports "not usable here" by raising from priority
        return f"unusable: {exc}"
