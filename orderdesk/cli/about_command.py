"""``orderdesk about``: the facts support asks for first, and the packaged build's keyring check."""

from __future__ import annotations

import argparse
import platform
import sys
from typing import Any

from orderdesk import __version__
from orderdesk.config import home
from orderdesk.config.credentials import KeyringUnavailable, system_backend
from orderdesk.config.team import desk_name
from orderdesk.journal.errors import JournalError
from orderdesk.journal.opening import journal_choice
from orderdesk.journal.store import JOURNAL_FILE

EXIT_KEYRING = 3


def register(subparsers: Any) -> None:
    """Add ``about`` to the command line."""
    about = subparsers.add_parser(
        "about", help="print the version, the keyring backend in use, where data is kept and which journal is used"
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
    print(f"journal: {_journal()}")
    if problem:
        print(f"orderdesk: {problem}", file=sys.stderr)
        return EXIT_KEYRING
    return 0


def _journal() -> str:
    """Which journal this desk uses and where it is, password masked."""
    try:
        choice = journal_choice()
    except JournalError as exc:
        return f"cannot be used: {exc}"
    if not choice.is_shared:
        return f"sqlite {home.data_dir() / JOURNAL_FILE}"
    return f"postgresql {choice.masked()} (desk {desk_name()}; from the {choice.source})"


def _priority(backend: Any) -> str:
    try:
        return str(backend.priority)
    except Exception as exc:  # a backend reports "not usable here" by raising from priority
        return f"unusable: {exc}"
