"""``orderdesk journal use`` and ``orderdesk journal migrate``: point a desk at the team's journal, and bring its history.

``use URL`` keeps a PostgreSQL URL as this desk's journal (``use sqlite`` goes back to the
desk's own file); the URL is tried first, and a password is never taken in it: it comes on
standard input and is kept in the keyring. ``migrate --to URL`` copies the desk's SQLite
history into the team's database once. Exit statuses are the ``journal`` group's: 0 done,
1 nothing to do, 2 unusable.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

import psycopg

from orderdesk.config.credentials import SecretStoreError
from orderdesk.config.home import data_dir
from orderdesk.config.team import (
    JOURNAL_VARIABLE,
    SQLITE,
    JournalChoiceError,
    check_url,
    desk_name,
    masked_url,
    use_journal,
    without_password,
)
from orderdesk.journal.errors import JournalError
from orderdesk.journal.opening import journal_choice
from orderdesk.journal.postgres.copy import copy_history
from orderdesk.journal.postgres.store import CONNECT_SECONDS, PostgresJournal
from orderdesk.journal.store import JOURNAL_FILE, Journal

EXIT_OK, EXIT_NOTHING, EXIT_UNUSABLE = 0, 1, 2


def register_use(actions: Any) -> None:
    """Add ``journal use``."""
    use = actions.add_parser(
        "use",
        help="use the team's PostgreSQL journal (URL), or this desk's own file (sqlite)",
        description="Keep URL (postgresql://user@host/database) as this desk's journal, after trying it; 'sqlite' "
        f"goes back to this desk's own journal file. {JOURNAL_VARIABLE}, when set, wins over this setting. A "
        "password is refused in the URL: give it with --password-stdin and it is kept in the system keyring. "
        "Exit 0 kept, 2 the URL cannot be used (nothing kept).",
    )
    use.add_argument("url", metavar="URL", help="postgresql://user@host[:port]/database, or 'sqlite'")
    use.add_argument(
        "--password-stdin", action="store_true", help="read the database password from standard input (one line)"
    )
    use.set_defaults(run=run_use)


def register_migrate(actions: Any) -> None:
    """Add ``journal migrate``."""
    migrate = actions.add_parser(
        "migrate",
        help="copy this desk's journal file into the team's PostgreSQL journal, once",
        description="Copy every draft, order and attempt of this desk's journal file into the PostgreSQL journal "
        "at URL, in one transaction. A file already copied there is not copied again. Exit 0 copied, 1 copied "
        "before or no journal file, 2 the file or the database cannot be used.",
    )
    migrate.add_argument("--to", required=True, metavar="URL", help="postgresql://user@host[:port]/database")
    migrate.add_argument(
        "--from", dest="source", type=Path, metavar="FILE", help="the journal file (default: this desk's)"
    )
    migrate.set_defaults(run=run_migrate)


def run_use(args: argparse.Namespace) -> int:
    """Try the URL, then keep it (and the password, in the keyring) as this desk's journal."""
    if args.url.strip().casefold() == SQLITE:
        use_journal(SQLITE)
        print(f"This desk's journal: {data_dir() / JOURNAL_FILE}")
        return _overridden(EXIT_OK)
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    try:
        url = without_password(check_url(args.url.strip(), "URL"))
        _try(url, password)
        use_journal(url, password)
    except (JournalChoiceError, JournalError, SecretStoreError) as exc:
        print(f"orderdesk: {exc}", file=sys.stderr)
        print("orderdesk: nothing was changed.", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"This desk's journal: {masked_url(url)} (desk {desk_name()})")
    return _overridden(EXIT_OK)


def run_migrate(args: argparse.Namespace) -> int:
    """Copy the desk's journal file into the team's database, unless it was copied there before."""
    source: Path = args.source or data_dir() / JOURNAL_FILE
    if not source.exists():
        print(f"orderdesk: no journal file at {source}: nothing to copy.", file=sys.stderr)
        return EXIT_NOTHING
    try:
        url = check_url(args.to.strip(), "--to")
        password = _password_for(url)
        with Journal(source):  # brings an older file to the current version, and settles its attempts in flight
            pass
        _try(url, password)  # creates or upgrades the team's schema
        with psycopg.connect(url, autocommit=True, **_arguments(password)) as connection:
            report = copy_history(source, connection, desk_name())
    except (JournalChoiceError, JournalError, SecretStoreError) as exc:
        print(f"orderdesk: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except psycopg.Error as exc:
        print(f"orderdesk: {masked_url(url)}: the copy failed, nothing was copied ({exc})", file=sys.stderr)
        return EXIT_UNUSABLE
    if report.already_copied:
        print(f"{source} was copied into {masked_url(url)} before: nothing copied again.")
        return EXIT_NOTHING
    print(
        f"Copied {report.drafts} drafts, {report.orders} orders and {report.attempts} attempts "
        f"from {source} into {masked_url(url)}."
    )
    return EXIT_OK


def _try(url: str, password: str | None) -> None:
    """Open and close the team journal once: reachable, and its schema is one this OrderDesk can use."""
    PostgresJournal(url, where=masked_url(url), desk=desk_name(), password=password).close()


def _password_for(url: str) -> str | None:
    """The keyring's password when ``url`` is the journal this desk uses; else whatever the URL or libpq has."""
    choice = journal_choice()
    return choice.password() if choice.url == url else None


def _arguments(password: str | None) -> dict[str, Any]:
    arguments: dict[str, Any] = {"connect_timeout": int(CONNECT_SECONDS)}
    if password:
        arguments["password"] = password
    return arguments


def _overridden(status: int) -> int:
    """Say so when the environment chooses another journal than the one just kept."""
    if os.environ.get(JOURNAL_VARIABLE, "").strip():
        print(f"Note: {JOURNAL_VARIABLE} is set in this environment and wins over this setting.")
    return status
