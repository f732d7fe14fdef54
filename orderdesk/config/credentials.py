"""API keys and tokens in the operating system's keyring, and nowhere else.

Each profile's secrets are keyring entries under the service ``orderdesk`` with the user
name ``<profile>/<kind>``: one entry per profile and secret. A backend that keeps secrets in
a file (keyrings.alt) or has nowhere to keep them (keyring's fail backend) is refused with
plain words saying what to install or unlock; there is never a silent plaintext fallback.
No message raised from here ever contains a secret.
"""

from __future__ import annotations

import functools
import json
import math
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, TypeVar

# The clients declare what they need from a secret store (``SecretSource``, the errors it may
# raise); ``Credentials`` is that store, and the rest of the app names the protocol from here.
from orderdesk.targets.access import SecretSource as SecretSource
from orderdesk.targets.access import SecretStoreError

from orderdesk.targets.registry import APIS, Derived

# keyring (and on Linux secretstorage with its cryptography) is imported on first use, not when
# the window starts: most sessions touch the keyring only when an order is sent.
if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "orderdesk"

SECRET_KIND: Mapping[str, str] = Derived(lambda api: api.connection.secret_kind)
"""The one secret each target needs, by target name, as each API's package declares it."""

class _SecretLabels(Mapping[str, str]):
    """How a person calls each kind of secret, read from the registered APIs on each access."""

    def __getitem__(self, kind: str) -> str:
        return self._labels()[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels())

    def __len__(self) -> int:
        return len(self._labels())

    @staticmethod
    def _labels() -> dict[str, str]:
        declared = {api.connection.secret_kind: api.connection.secret_label for api in APIS.values()}
        return {**declared, **_OWN_LABELS}


_OWN_LABELS = {"database-password": "database password"}
"""Secrets of OrderDesk's own rather than of an API: the team journal's (config/team.py)."""


SECRET_LABEL: Mapping[str, str] = _SecretLabels()
"""How a person calls each kind of secret, as the APIs declare it."""

TOKEN_KIND = "token-cache"
"""Feedback Company's cached access token and its expiry, as one JSON entry."""


MAX_SECRET_LENGTH = 1280
"""Windows Credential Manager keeps at most 2,560 bytes of UTF-16 per entry."""

_T = TypeVar("_T")
_PROBE_USERNAME = "availability-check"  # no "/", so never one of a profile's entries

if sys.platform.startswith("linux"):
    _INSTALL_HINT = (
        "Install and start a Secret Service: GNOME Keyring (sudo apt install gnome-keyring dbus-user-session), "
        "KDE's KWallet (sudo apt install kwalletmanager libkf5wallet-bin) or KeePassXC with its Secret Service "
        "integration turned on; then log out and in to your desktop again."
    )
    _UNLOCK_HINT = (
        "Unlock the \"Login\" keyring in Passwords and Keys (seahorse) or in KWallet Manager, or log out and in "
        "to your desktop again, then try again."
    )
elif sys.platform == "darwin":
    _INSTALL_HINT = "OrderDesk uses the macOS Keychain; make sure you are logged in to a normal desktop session."
    _UNLOCK_HINT = "Unlock the login keychain in Keychain Access (or log in to your Mac again), then try again."
else:
    _INSTALL_HINT = (
        "OrderDesk uses the Windows Credential Locker; make sure you are logged in to a normal desktop session."
    )
    _UNLOCK_HINT = (
        "Sign in to Windows with your own account (the Credential Locker opens with it), then try again."
    )

_SYSTEM_BACKEND = {
    "darwin": "keyring.backends.macOS.Keyring",
    "win32": "keyring.backends.Windows.WinVaultKeyring",
}.get(sys.platform, "keyring.backends.SecretService.Keyring")

NO_KEYRING_MESSAGE = (
    "No system keyring is available, so OrderDesk cannot store API keys "
    f"(it never keeps them in a file). {_INSTALL_HINT}"
)
LOCKED_MESSAGE = (
    "The system keyring is locked and was not unlocked: the unlock prompt was cancelled, refused or could not "
    f"be shown. {_UNLOCK_HINT}"
)
UNREACHABLE_MESSAGE = (
    "The system keyring cannot be reached: no Secret Service is running on this desktop session's D-Bus. "
    f"{_INSTALL_HINT}"
)


class KeyringUnavailable(SecretStoreError):
    """No usable system keyring right now; the message says what to install or unlock."""


class SecretRejected(SecretStoreError, ValueError):
    """A secret that cannot be stored or sent as given: empty, too long, with white space around it,
    or with characters a request header cannot carry."""


class Credentials:
    """The profiles' secrets in the system keyring (service ``orderdesk``).

    Every call raises ``KeyringUnavailable`` with plain words when the keyring is missing,
    locked, unreachable or one that would keep secrets in a file.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        """Use ``backend``, or whatever ``keyring.get_keyring()`` gives at the time of each call."""
        self._backend = backend

    def check_backend(self) -> None:
        """Make sure a secret could be stored now: a trusted backend that answers a read."""
        _read(self._usable_backend(), _PROBE_USERNAME)

    def get_secret(self, profile_name: str, kind: str) -> str | None:
        """The stored secret of that kind, or None when there is none."""
        return _read(self._usable_backend(), _username(profile_name, _known_kind(kind)))

    def has_secret(self, profile_name: str, kind: str) -> bool:
        """Whether a secret of that kind is stored, without handing it to the caller."""
        return self.get_secret(profile_name, kind) is not None

    def set_secret(self, profile_name: str, kind: str, value: str) -> None:
        """Store (or replace) one secret; a value the keyring could not hold is refused first."""
        _check_secret(SECRET_LABEL.get(_known_kind(kind), "secret"), value)
        _write(self._usable_backend(), _username(profile_name, kind), value)

    def delete_secret(self, profile_name: str, kind: str) -> None:
        """Remove one secret; removing one that is not there is fine."""
        _delete(self._usable_backend(), _username(profile_name, _known_kind(kind)))

    def delete_profile(self, profile_name: str) -> None:
        """Remove every secret of the profile, whatever its target."""
        backend = self._usable_backend()
        for kind in _kinds():
            _delete(backend, _username(profile_name, kind))

    def rename_profile(self, old: str, new: str) -> None:
        """Move every secret of ``old`` to ``new``; all are copied before any is deleted.

        Entries left under ``new`` by an earlier profile of that name are removed, so the
        renamed profile has exactly the secrets it had before. A change of case only deletes
        first: Windows Credential Manager ignores case, so "Live/api-key" and "live/api-key"
        are one entry there, and deleting the old name last would delete the copy.
        """
        if old == new:
            return
        backend = self._usable_backend()
        values = {kind: _read(backend, _username(old, kind)) for kind in _kinds()}
        stored = [kind for kind, value in values.items() if value is not None]
        case_only = old.casefold() == new.casefold()
        if case_only:
            for kind in stored:
                _delete(backend, _username(old, kind))
        for kind, value in values.items():
            if value is None:
                _delete(backend, _username(new, kind))
            else:
                _write(backend, _username(new, kind), value)
        if not case_only:
            for kind in stored:
                _delete(backend, _username(old, kind))

    def get_token(self, profile_name: str) -> tuple[str, float] | None:
        """The cached access token and its expiry (epoch seconds); None when absent or unreadable."""
        stored = _read(self._usable_backend(), _username(profile_name, TOKEN_KIND))
        if stored is None:
            return None
        try:
            cached = json.loads(stored)
            token, expires_at = cached["token"], float(cached["expires_at"])
        except (ValueError, TypeError, KeyError):
            return None
        if not isinstance(token, str) or not token or not math.isfinite(expires_at):
            return None
        return token, expires_at

    def set_token(self, profile_name: str, token: str, expires_at: float) -> None:
        """Cache an access token with its expiry (epoch seconds) as one keyring entry."""
        if not math.isfinite(expires_at):
            raise SecretRejected("The access token's expiry is not a time.")
        _check_secret("access token", token)
        value = json.dumps({"token": token, "expires_at": expires_at})
        _check_secret("cached access token", value)
        _write(self._usable_backend(), _username(profile_name, TOKEN_KIND), value)

    def clear_token(self, profile_name: str) -> None:
        """Forget the cached access token (after a 401, or when the profile changes)."""
        _delete(self._usable_backend(), _username(profile_name, TOKEN_KIND))

    def _usable_backend(self) -> KeyringBackend:
        backend = self._backend if self._backend is not None else system_backend()
        problem = refusal(backend)
        if problem is not None:
            raise KeyringUnavailable(problem)
        return backend


def system_backend() -> KeyringBackend:
    """keyring's backend for this session; one that cannot even be loaded raises ``KeyringUnavailable``.

    keyring loads the backend named by ``PYTHON_KEYRING_BACKEND`` (or its config file) on first
    use and lets whatever that raises through: an import error, a missing class, a ``RuntimeError``.
    """
    import keyring

    try:
        return keyring.get_keyring()
    except Exception as exc:
        raise KeyringUnavailable(_load_failure(exc)) from exc


def _load_failure(exc: Exception) -> str:
    why = f"{type(exc).__name__}: {exc}"
    named = os.environ.get("PYTHON_KEYRING_BACKEND")
    if named is None:
        return f"The system keyring could not be loaded ({why}); check keyring's keyringrc.cfg. {_INSTALL_HINT}"
    return (
        f"The keyring backend named by PYTHON_KEYRING_BACKEND ({named!r}) cannot be loaded ({why}). "
        f"Unset PYTHON_KEYRING_BACKEND, or set it to an installed system keyring such as {_SYSTEM_BACKEND}."
    )


def refusal(backend: KeyringBackend) -> str | None:
    """Why OrderDesk will not keep secrets in ``backend``, or None when it will."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return NO_KEYRING_MESSAGE
        return next((problem for problem in map(refusal, chained) if problem is not None), None)
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if type(backend).__module__.startswith("keyrings.alt"):
        return (
            f"The keyring in use ({name}) keeps secrets in a file, which OrderDesk does not allow. "
            "Uninstall the keyrings.alt package, or set PYTHON_KEYRING_BACKEND to your system keyring. "
            f"{_INSTALL_HINT}"
        )
    if isinstance(backend, fail.Keyring | null.Keyring):
        return NO_KEYRING_MESSAGE
    try:
        priority = backend.priority
    except Exception as exc:  # keyring reports an unusable backend by raising from ``priority``
        return _failure_message(exc) or UNREACHABLE_MESSAGE
    if priority < 1:
        return (
            f"The keyring in use ({name}) is not a system keyring, so OrderDesk will not store secrets in it. "
            f"{_INSTALL_HINT}"
        )
    return None


def _read(backend: KeyringBackend, username: str) -> str | None:
    return _call(lambda: backend.get_password(SERVICE, username))


def _write(backend: KeyringBackend, username: str, value: str) -> None:
    _call(lambda: backend.set_password(SERVICE, username, value))


def _delete(backend: KeyringBackend, username: str) -> None:
    from keyring.errors import PasswordDeleteError

    try:
        _call(lambda: backend.delete_password(SERVICE, username))
    except PasswordDeleteError:
        # Backends say "no such entry" this way; make sure it really is gone.
        if _read(backend, username) is not None:
            raise KeyringUnavailable("The system keyring refused to delete a secret of OrderDesk.") from None


def _call(action: Callable[[], _T]) -> _T:
    """Run one keyring operation, turning backend failures into ``KeyringUnavailable``."""
    from keyring.errors import PasswordDeleteError

    try:
        return action()
    except PasswordDeleteError:
        raise
    except Exception as exc:
        message = _failure_message(exc)
        if message is None:
            raise
        raise KeyringUnavailable(message) from exc


@functools.cache
def _error_kinds() -> tuple[tuple[type[BaseException], ...], tuple[type[BaseException], ...]]:
    """The exception classes meaning "locked" and "unreachable", from keyring and, on Linux, secretstorage."""
    from keyring.errors import InitError, KeyringLocked

    locked: tuple[type[BaseException], ...] = (KeyringLocked,)
    unreachable: tuple[type[BaseException], ...] = (InitError, OSError)
    try:  # only on Linux does keyring install the Secret Service libraries
        from jeepney import DBusErrorResponse
        from secretstorage.exceptions import (
            LockedException,
            PromptDismissedException,
            SecretStorageException,
        )
    except ImportError:
        return locked, unreachable
    return locked + (LockedException, PromptDismissedException), unreachable + (SecretStorageException, DBusErrorResponse)


def _failure_message(exc: BaseException) -> str | None:
    """Plain words for a keyring failure; None for an error that is not the keyring's."""
    from keyring.errors import KeyringError, NoKeyringError

    locked, unreachable = _error_kinds()
    if isinstance(exc, NoKeyringError):
        return NO_KEYRING_MESSAGE
    if isinstance(exc, locked):
        return LOCKED_MESSAGE
    if isinstance(exc, unreachable):
        return UNREACHABLE_MESSAGE
    if isinstance(exc, KeyringError):
        name = type(exc).__name__
        return f"The system keyring refused the request ({name}). Try again, or restart your desktop session."
    return None


def _kinds() -> tuple[str, ...]:
    """Every kind of entry a profile may have: each registered API's secret, and the cached token."""
    return (*SECRET_LABEL, TOKEN_KIND)


def _known_kind(kind: str) -> str:
    known = _kinds()
    if kind not in known:
        raise ValueError(f"unknown kind of secret {kind!r}; known: {', '.join(known)}")
    return kind


def _username(profile_name: str, kind: str) -> str:
    if not profile_name or "/" in profile_name:
        raise ValueError("a profile name must be non-empty and contain no '/'")
    return f"{profile_name}/{kind}"


def _check_secret(label: str, value: str) -> None:
    if not value:
        raise SecretRejected(f"The {label} is empty.")
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise SecretRejected(f"The {label} contains a line break or another control character; paste it again.")
    length = len(value.encode("utf-16-le")) // 2
    if length > MAX_SECRET_LENGTH:
        raise SecretRejected(
            f"The {label} is {length} characters long; a system keyring entry holds at most "
            f"{MAX_SECRET_LENGTH} (the limit of the Windows Credential Manager)."
        )
    # Secrets travel in HTTP headers, which carry Latin-1 only and no white space at the start:
    # a key like that would be stored fine and then fail every request.
    if value != value.strip():
        raise SecretRejected(f"The {label} starts or ends with a space; paste it again without the space.")
    if any(ord(char) > 0xFF for char in value):
        raise SecretRejected(
            f"The {label} contains a character a request cannot carry (such as a typographic quote or "
            "“…”, often added when copying); copy it again from the API's own page."
        )
