"""Which journal this desk uses, and the desk's name: settings of team mode.

One desk keeps its journal in a SQLite file (the default). A team points every desk at one
PostgreSQL database: ``ORDERDESK_JOURNAL=postgresql://user@host/db`` (the environment wins),
or ``orderdesk journal use URL``, kept in ``journal.json`` next to the profiles. A password
never goes into that file: it lives in the keyring like every other secret, and the file only
says that there is one.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from orderdesk.config.credentials import Credentials
from orderdesk.config.home import config_dir
from orderdesk.config.profiles import ConfigError, write_atomically

JOURNAL_VARIABLE = "ORDERDESK_JOURNAL"
DESK_VARIABLE = "ORDERDESK_DESK"
LEASE_VARIABLE = "ORDERDESK_JOURNAL_LEASE"
DEFAULT_LEASE_SECONDS = 30.0
SETTINGS_FILENAME = "journal.json"
SQLITE = "sqlite"
SCHEMES = ("postgresql", "postgres")

PASSWORD_OWNER = "@journal"
"""The keyring entry's owner: a profile name can never start with '@', so no profile shares it."""
PASSWORD_KIND = "database-password"


class JournalChoiceError(ValueError):
    """A journal URL that cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class JournalChoice:
    """Where the journal is.

    Attributes:
        url: the PostgreSQL URL; empty for the desk's own SQLite file.
        source: where the choice came from: ``environment``, ``config file`` or ``default``.
        password_in_keyring: the config file's URL has its password in the keyring.
    """

    url: str = ""
    source: str = "default"
    password_in_keyring: bool = False

    @property
    def is_shared(self) -> bool:
        """True for a PostgreSQL journal shared by a team."""
        return bool(self.url)

    def masked(self) -> str:
        """The URL with any password shown as ``***``; fit for ``orderdesk about`` and messages."""
        return masked_url(self.url)

    def password(self, secrets: Credentials | None = None) -> str | None:
        """The database password kept in the keyring, when the config file says there is one."""
        if not self.password_in_keyring:
            return None
        return (secrets or Credentials()).get_secret(PASSWORD_OWNER, PASSWORD_KIND)


def desk_name() -> str:
    """This desk's name: ``ORDERDESK_DESK``, else the host name."""
    return os.environ.get(DESK_VARIABLE, "").strip() or socket.gethostname() or "desk"


def lease_seconds() -> float:
    """How long a desk may go silent before its attempts in flight are taken for lost: ``ORDERDESK_JOURNAL_LEASE``.

    Default 30 seconds; at least 1. A value that is not a number is the default: a typo must not
    make live desks look dead.
    """
    try:
        value = float(os.environ.get(LEASE_VARIABLE, "") or DEFAULT_LEASE_SECONDS)
    except ValueError:
        return DEFAULT_LEASE_SECONDS
    return max(value, 1.0) if value == value else DEFAULT_LEASE_SECONDS  # NaN is no number


def settings_path() -> Path:
    """The file keeping ``orderdesk journal use``'s choice."""
    return config_dir() / SETTINGS_FILENAME


def chosen_journal() -> JournalChoice:
    """The journal this desk uses now: the environment's URL, else the config file's, else SQLite.

    Raises:
        JournalChoiceError: the URL in the environment or the file is not a PostgreSQL URL.
        ConfigError: the config file cannot be read.
    """
    from_environment = os.environ.get(JOURNAL_VARIABLE, "").strip()
    if from_environment:
        if from_environment.casefold() == SQLITE:
            return JournalChoice(source="environment")
        return JournalChoice(check_url(from_environment, JOURNAL_VARIABLE), "environment")
    path = settings_path()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return JournalChoice()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(path, f"cannot be read ({exc})") from None
    url = document.get("url", "") if isinstance(document, dict) else ""
    if not url:
        return JournalChoice(source="config file")
    return JournalChoice(check_url(str(url), str(path)), "config file", bool(document.get("password_in_keyring")))


def use_journal(url: str, password: str | None = None, secrets: Credentials | None = None) -> JournalChoice:
    """Keep ``url`` (or ``sqlite``) as this desk's journal; ``password`` goes to the keyring.

    Raises:
        JournalChoiceError: not a PostgreSQL URL, or one with a password in it.
        SecretStoreError: the keyring refused the password.
    """
    if url.strip().casefold() == SQLITE:
        write_atomically(settings_path(), json.dumps({"url": ""}, indent=2) + "\n")
        return JournalChoice(source="config file")
    checked = without_password(check_url(url.strip(), "the URL"))
    if password:
        (secrets or Credentials()).set_secret(PASSWORD_OWNER, PASSWORD_KIND, password)
    document = {"url": checked, "password_in_keyring": bool(password)}
    write_atomically(settings_path(), json.dumps(document, indent=2) + "\n")
    return JournalChoice(checked, "config file", bool(password))


def check_url(url: str, where: str) -> str:
    """``url`` when it is a PostgreSQL URL naming a host and a database.

    Raises:
        JournalChoiceError: anything else, in words that name ``where`` it came from.
    """
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES or not parts.hostname or not parts.path.strip("/"):
        raise JournalChoiceError(
            f"{where}: {masked_url(url)!r} is not a PostgreSQL URL; write postgresql://user@host/database "
            "(or 'sqlite' for this desk's own journal file)"
        )
    return url


def without_password(url: str) -> str:
    """``url`` when it holds no password: one kept in the config file would be kept in plain text.

    Raises:
        JournalChoiceError: it holds one; the message says where a password goes instead.
    """
    if urlsplit(url).password is not None:
        raise JournalChoiceError(
            "The URL holds a password, which the config file would keep in plain text. Give the URL without it "
            "and the password with --password-stdin: it is kept in the system keyring."
        )
    return url


def masked_url(url: str) -> str:
    """``url`` with its password (if any) replaced by ``***``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = unquote(parts.username or "")
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}{port}"))
