"""Connection profiles: which API, where it answers, and the non-secret settings it needs.

A shop may talk to several APIs, or to two accounts of one API (a live and a test store);
each connection is a named profile. Profiles live in ``config_dir()/profiles.json``, written
atomically so a crash never leaves half a file. Their secrets live in the system keyring
(``orderdesk.config.credentials``) and never in this file: renaming or removing a profile moves or
deletes its secrets too. A broken file is reported as a ``ConfigError`` and never overwritten.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from orderdesk.config.credentials import (
    SECRET_KIND,
    SECRET_LABEL,
    Credentials,
    SecretRejected,
)
from orderdesk.config.home import config_dir
from orderdesk.targets.connection import Connection, ProfileSetting
from orderdesk.targets.registry import APIS, Derived

CONFIG_FILENAME = "profiles.json"
CONFIG_VERSION = 1


@dataclass(frozen=True)
class TargetSettings:
    """What a profile of one API needs besides its secret, as the API's own package declares it.

    Attributes:
        title: the API's name as a person reads it.
        connection: the API's declaration (``Target.connection``): default URL, the id it needs, help.
    """

    title: str
    connection: Connection

    @property
    def default_base_url(self) -> str:
        """The real API's base URL; empty where each shop has its own (Centra)."""
        return self.connection.default_base_url

    @property
    def base_url_help(self) -> str:
        """What to enter as the base URL."""
        return self.connection.base_url_help

    @property
    def setting(self) -> str | None:
        """The profile field of the API's one non-secret id (``account_id`` ...), or None."""
        return self.connection.setting.field if self.connection.setting is not None else None


TARGET_SETTINGS: Mapping[str, TargetSettings] = Derived(lambda api: TargetSettings(api.title, api.connection))
"""Every API a profile can talk to, by target name, in the order the window lists them."""

SETTINGS: dict[str, ProfileSetting] = {
    settings.connection.setting.field: settings.connection.setting
    for settings in TARGET_SETTINGS.values()
    if settings.connection.setting is not None
}
"""Each API's non-secret id by its profile field, with its label and help."""

SETTING_LABEL: dict[str, str] = {field: setting.label for field, setting in SETTINGS.items()}
"""How a person calls each non-secret setting."""

FIELD_LABEL: dict[str, str] = {"name": "Name", "target": "API", "base_url": "Base URL", **SETTING_LABEL}

HTTPS_MESSAGE = "Base URL must start with https:// (plain http is only allowed for the local sandbox on 127.0.0.1)"

_NAME = re.compile(r"[^\W_][\w .-]{0,63}")
_SECRET_LOOKING = re.compile(r"key|secret|token|password|passwd", re.IGNORECASE)


class ConfigError(Exception):
    """The profiles file cannot be used as it is; the message names the file and the problem.

    Attributes:
        path: the file.
        problem: what is wrong with it, in plain words.
        advice: what a person can do about it.
    """

    advice = (
        "Fix the file by hand, or move it away to start without profiles; "
        "OrderDesk will not change it while it is broken."
    )

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ProfileError(ValueError):
    """A profile that cannot be saved as given.

    Attributes:
        problems: a plain message per field (``name``, ``base_url``, ``secret`` ...);
            ``""`` for the profile as a whole.
    """

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("\n".join(self.problems.values()))


class UnknownProfile(KeyError):
    """No profile has that name; the message lists the ones there are."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(name)
        known_text = ", ".join(known) if known else "there are none yet"
        self.message = f"No profile is called '{name}' (profiles: {known_text})."

    def __str__(self) -> str:
        return self.message


class Profile(BaseModel):
    """One connection: a named account of one API.

    Attributes:
        name: how the shop calls it ("Live store"); unique, ignoring case.
        target: the API (a name in the registry: ``dropday``, ``centra`` ...).
        base_url: where the API answers, without a trailing slash.
        settings: the API's non-secret ids by their field (``store_hash`` ...), as its
            ``Connection`` declares them; empty for an API that needs none.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str
    target: str
    base_url: str
    settings: dict[str, str] = Field(default_factory=dict, validate_default=True)

    @model_validator(mode="before")
    @classmethod
    def _gather_settings(cls, data: Any) -> Any:
        """Any key besides the profile's own is one of its settings: that is how profiles files kept them."""
        if not isinstance(data, dict):
            return data
        flat = {key: value for key, value in data.items() if key not in cls.model_fields}
        if not flat:
            return data
        nested = data.get("settings", {})
        gathered = {**flat, **nested} if isinstance(nested, dict) else nested
        return {**{key: value for key, value in data.items() if key in cls.model_fields}, "settings": gathered}

    @field_validator("name")
    @classmethod
    def _check_name(cls, name: str) -> str:
        if not name:
            raise PydanticCustomError("profile_name", "Name is required")
        if not _NAME.fullmatch(name):
            raise PydanticCustomError(
                "profile_name",
                "Name: at most 64 letters, digits, spaces, dots, dashes and underscores, "
                "starting with a letter or digit",
            )
        return name

    @field_validator("target")
    @classmethod
    def _check_target(cls, target: str) -> str:
        if target not in TARGET_SETTINGS:
            raise PydanticCustomError(
                "profile_target",
                "Unknown API '{target}'; OrderDesk knows {known}",
                {"target": target[:40], "known": ", ".join(TARGET_SETTINGS)},
            )
        return target

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, base_url: str) -> str:
        return normalize_base_url(base_url)

    @field_validator("settings")
    @classmethod
    def _check_settings(cls, settings: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        """The settings against the schema the profile's API declares; empty ones are left out."""
        given = {field: value for field, value in settings.items() if value}
        target = info.data.get("target")
        if target is None:  # the target itself was wrong; that is the message to show
            return given
        declared = TARGET_SETTINGS[target].connection.settings
        for field, value in given.items():
            _check_setting_value(field, value, declared)
        title = TARGET_SETTINGS[target].title
        for setting in declared:
            if setting.field not in given:
                raise PydanticCustomError(
                    "profile_setting",
                    "{label} is required for {title}",
                    {"label": setting.label, "title": title, "field": setting.field},
                )
        return given

    @property
    def title(self) -> str:
        """The API's name as a person reads it."""
        return TARGET_SETTINGS[self.target].title

    @property
    def secret_kind(self) -> str:
        """The keyring kind of this profile's secret (``api-key`` ...)."""
        return SECRET_KIND[self.target]

    @property
    def setting(self) -> str:
        """The value of this API's non-secret id, or "" when it has none."""
        field = TARGET_SETTINGS[self.target].setting
        return self.settings.get(field, "") if field else ""

    def to_file(self) -> dict[str, str]:
        """The profile as the profiles file keeps it: its settings as top-level keys, as every version reads."""
        return {"name": self.name, "target": self.target, "base_url": self.base_url, **self.settings}


def _check_setting_value(field: str, value: str, declared: tuple[ProfileSetting, ...]) -> None:
    """One setting against its API's schema: a declared field, without spaces, not too long."""
    setting = next((setting for setting in declared if setting.field == field), None)
    if setting is None:
        _refuse_undeclared(field)
    label = setting.label
    if len(value) > 200 or any(char.isspace() or unicodedata.category(char) == "Cc" for char in value):
        raise PydanticCustomError(
            "profile_setting", "{label}: at most 200 characters, without spaces", {"label": label, "field": field}
        )
    if setting.alphanumeric and not value.isalnum():
        raise PydanticCustomError(
            "profile_setting",
            "{label}: only letters and digits (it is part of the API's address)",
            {"label": label, "field": field},
        )


def _refuse_undeclared(field: str) -> NoReturn:
    """A setting the profile's API does not declare: another API's, or nobody's (a secret, often)."""
    users = [each.title for each in TARGET_SETTINGS.values() if field in {s.field for s in each.connection.settings}]
    if users:
        raise PydanticCustomError(
            "profile_setting",
            "{label} is only used by {users}",
            {"label": SETTING_LABEL.get(field, field), "users": ", ".join(users), "field": field},
        )
    secret = " (secrets never belong in this file: they live in the system keyring)"
    raise PydanticCustomError(
        "profile_setting",
        "unknown setting '{shown}'{hint}",
        {"shown": field[:40], "hint": secret if _SECRET_LOOKING.search(field) else "", "field": field},
    )


def normalize_base_url(base_url: str) -> str:
    """``base_url`` without a trailing slash, if it is https (or http on a loopback address)."""
    url = base_url.strip().rstrip("/")
    if not url:
        raise PydanticCustomError("base_url", "Base URL is required")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise PydanticCustomError("base_url", "Base URL is not a valid address") from None
    if parts.scheme not in ("http", "https") or not host:
        raise PydanticCustomError("base_url", HTTPS_MESSAGE)
    if parts.scheme == "http" and not _is_loopback(host):
        raise PydanticCustomError("base_url", HTTPS_MESSAGE)
    if parts.username or parts.password:
        raise PydanticCustomError(
            "base_url", "Base URL must not contain a user name or password (secrets go in the keyring)"
        )
    if parts.query or parts.fragment or any(char.isspace() for char in url):
        raise PydanticCustomError("base_url", "Base URL must be a plain address, without spaces, '?' or '#'")
    return url


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def make_profile(
    name: str,
    target: str,
    base_url: str = "",
    **settings: str,
) -> Profile:
    """A checked profile from what a person typed; an empty base URL means the API's real one.

    ``settings`` are the API's non-secret ids by field (``store_hash="abc"``); empty ones are left out.

    Raises:
        ProfileError: with a plain message per field that is wrong.
    """
    api = TARGET_SETTINGS.get(target)
    if not base_url.strip() and api is not None:
        if not api.default_base_url:
            raise ProfileError({"base_url": f"Base URL is required for {api.title}: {api.base_url_help}"})
        base_url = api.default_base_url
    try:
        return Profile(name=name, target=target, base_url=base_url, settings=settings)
    except ValidationError as exc:
        raise ProfileError(_problems(exc)) from None


def _problems(exc: ValidationError) -> dict[str, str]:
    """Plain messages by field; never the input, which may be anything a hand-edited file holds."""
    problems: dict[str, str] = {}
    for error in exc.errors(include_input=False, include_url=False):
        field = _field_of(error)
        if error["type"] == "missing":
            message = f"{FIELD_LABEL.get(field, field)} is required"
        elif error["type"] in ("string_type", "model_type"):
            message = f"{FIELD_LABEL.get(field, field)} must be text"
        else:
            message = error["msg"]
        problems.setdefault(field, message)
    return problems


def _field_of(error: ErrorDetails) -> str:
    """The input an error is about: a setting's own field rather than ``settings``."""
    named = error.get("ctx", {}).get("field")
    if named is not None:
        return str(named)
    location = error["loc"]
    if len(location) == 2 and location[0] == "settings":
        return str(location[1])
    return str(location[0]) if location else ""


class ProfileStore:
    """The profiles file, and the keyring entries that belong to each profile.

    Every change re-reads the file first, so two windows or a window and a terminal do not
    undo each other's work, and a broken file is never overwritten.
    """

    def __init__(self, path: Path | None = None, secrets: Credentials | None = None) -> None:
        """Use ``path`` (default ``config_dir()/profiles.json``) and ``secrets`` (default: the system keyring)."""
        self.path = path if path is not None else config_dir() / CONFIG_FILENAME
        self.secrets = secrets if secrets is not None else Credentials()

    def load(self) -> list[Profile]:
        """Every profile in the file, in its order; none when there is no file yet.

        Raises:
            ConfigError: the file cannot be read or is not a valid profiles file.
        """
        try:
            text = self.path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return []
        except UnicodeDecodeError:
            raise ConfigError(self.path, "is not UTF-8 text") from None
        except OSError as exc:
            raise ConfigError(self.path, f"cannot be read ({exc.strerror or type(exc).__name__})") from None
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(
                self.path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
            ) from None
        except RecursionError:
            raise ConfigError(self.path, "is not usable JSON: nested too deeply") from None
        return self._profiles_from(document)

    def get(self, name: str) -> Profile:
        """The profile called ``name`` (ignoring case).

        Raises:
            UnknownProfile: there is none.
        """
        profiles = self.load()
        found = _find(profiles, name)
        if found is None:
            raise UnknownProfile(name, [profile.name for profile in profiles])
        return found

    def find(self, name: str) -> Profile | None:
        """The profile called ``name`` (ignoring case), or None."""
        return _find(self.load(), name)

    def add(self, profile: Profile, secret: str | None = None) -> None:
        """Add a new profile, storing its secret in the keyring first when one is given.

        Raises:
            ProfileError: the name is taken.
            KeyringUnavailable, SecretRejected: the secret cannot be stored; nothing was written.
        """
        profiles = self.load()
        _require_free(profiles, profile.name)
        if secret is not None:
            secret = _clean_secret(profile, secret)
            self.secrets.delete_profile(profile.name)  # entries a hand-removed profile of that name left behind
            self.secrets.set_secret(profile.name, profile.secret_kind, secret)
        try:
            self._write([*profiles, profile])
        except ConfigError:
            if secret is not None:
                with contextlib.suppress(Exception):
                    self.secrets.delete_profile(profile.name)
            raise

    def update(self, profile: Profile, secret: str | None = None) -> None:
        """Change the settings of the profile with ``profile.name``; a new secret replaces the stored one.

        A profile moved to another API needs that API's secret; secrets of the old API and a
        cached access token are removed, so nothing stale is ever sent.

        Raises:
            UnknownProfile, ProfileError, KeyringUnavailable, SecretRejected
        """
        profiles = self.load()
        old = _find(profiles, profile.name)
        if old is None:
            raise UnknownProfile(profile.name, [each.name for each in profiles])
        profile = profile.model_copy(update={"name": old.name})
        secret = _clean_secret(profile, secret) if secret is not None else None
        _require_secret_for_target_change(old, profile, secret)
        if secret is not None:
            self.secrets.set_secret(profile.name, profile.secret_kind, secret)
            for kind in SECRET_LABEL:
                if kind != profile.secret_kind:
                    self.secrets.delete_secret(profile.name, kind)
        if secret is not None or _token_fields(old) != _token_fields(profile):
            self.secrets.clear_token(profile.name)
        self._write([profile if each is old else each for each in profiles])

    def rename(self, old: str, new: str) -> None:
        """Give a profile another name, moving its secrets in the keyring first.

        Raises:
            UnknownProfile, ProfileError, KeyringUnavailable
        """
        profiles = self.load()
        current = _find(profiles, old)
        if current is None:
            raise UnknownProfile(old, [each.name for each in profiles])
        renamed = make_profile(**(current.to_file() | {"name": new}))
        _require_free([each for each in profiles if each is not current], renamed.name)
        if renamed.name == current.name:
            return
        self.secrets.rename_profile(current.name, renamed.name)
        try:
            self._write([renamed if each is current else each for each in profiles])
        except ConfigError:
            with contextlib.suppress(Exception):
                self.secrets.rename_profile(renamed.name, current.name)
            raise

    def remove(self, name: str) -> None:
        """Remove a profile and every secret it has in the keyring.

        The secrets go first: if the keyring cannot be reached the profile stays, so its
        secrets are never left behind without a profile that names them.

        Raises:
            UnknownProfile, KeyringUnavailable
        """
        profiles = self.load()
        current = _find(profiles, name)
        if current is None:
            raise UnknownProfile(name, [each.name for each in profiles])
        self.secrets.delete_profile(current.name)
        self._write([each for each in profiles if each is not current])

    def save(self, profile: Profile, secret: str | None = None, original_name: str | None = None) -> None:
        """Create or edit a profile as the window's form does, in one call.

        Args:
            profile: the profile as the form shows it.
            secret: what the password field holds; empty keeps the stored secret.
            original_name: the name the profile had when the form opened it; None for a new one.

        Raises:
            UnknownProfile, ProfileError, KeyringUnavailable, SecretRejected
        """
        secret = (secret or "").strip() or None
        if original_name is None:
            if secret is None:
                label = SECRET_LABEL[profile.secret_kind]
                raise ProfileError({"secret": f"Enter the {label} of this {profile.title} account"})
            self.add(profile, secret)
            return
        profiles = self.load()
        old = _find(profiles, original_name)
        if old is None:
            raise UnknownProfile(original_name, [each.name for each in profiles])
        _require_free([each for each in profiles if each is not old], profile.name)
        _require_secret_for_target_change(old, profile, secret)
        if old.name != profile.name or secret is not None or _token_fields(old) != _token_fields(profile):
            self.secrets.check_backend()  # fail before the rename rather than halfway through the edit
        self.rename(old.name, profile.name)
        self.update(profile, secret)

    def _profiles_from(self, document: Any) -> list[Profile]:
        if not isinstance(document, dict):
            raise ConfigError(self.path, 'must hold a JSON object like {"version": 1, "profiles": [...]}')
        unknown = sorted(set(document) - {"version", "profiles"})
        if unknown:
            raise ConfigError(
                self.path, f"has an unknown entry '{unknown[0]}' (only 'version' and 'profiles' belong there)"
            )
        version = document.get("version", CONFIG_VERSION)
        if version != CONFIG_VERSION:
            raise ConfigError(self.path, f"has version {version!r}; this OrderDesk reads version {CONFIG_VERSION}")
        entries = document.get("profiles", [])
        if not isinstance(entries, list):
            raise ConfigError(self.path, "'profiles' must be a list")
        profiles: list[Profile] = []
        for number, entry in enumerate(entries, start=1):
            profile = self._profile_from(number, entry)
            clash = _find(profiles, profile.name)
            if clash is not None:
                raise ConfigError(
                    self.path, f"two profiles are called '{profile.name}' (names must differ, ignoring case)"
                )
            profiles.append(profile)
        return profiles

    def _profile_from(self, number: int, entry: Any) -> Profile:
        if not isinstance(entry, dict):
            raise ConfigError(self.path, f"profile {number} must be a JSON object")
        name = entry.get("name")
        where = f"profile {number} ('{name[:64]}')" if isinstance(name, str) and name.strip() else f"profile {number}"
        try:
            return Profile.model_validate(entry)
        except ValidationError as exc:
            message = next(iter(_problems(exc).values()))
            raise ConfigError(self.path, f"{where}: {message}") from None

    def _write(self, profiles: list[Profile]) -> None:
        document = {
            "version": CONFIG_VERSION,
            "profiles": [profile.to_file() for profile in profiles],
        }
        try:
            write_atomically(self.path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise ConfigError(self.path, f"cannot be written ({exc.strerror or type(exc).__name__})") from None


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a reader (or a crash) sees the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if os.name == "posix":  # make the rename itself durable
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _find(profiles: list[Profile], name: str) -> Profile | None:
    wanted = name.strip().casefold()
    return next((profile for profile in profiles if profile.name.casefold() == wanted), None)


def _require_free(profiles: list[Profile], name: str) -> None:
    clash = _find(profiles, name)
    if clash is not None:
        raise ProfileError({"name": f"A profile called '{clash.name}' already exists"})


def _require_secret_for_target_change(old: Profile, new: Profile, secret: str | None) -> None:
    if old.target != new.target and secret is None:
        label = SECRET_LABEL[new.secret_kind]
        raise ProfileError(
            {"secret": f"Enter the {label} of the {new.title} account: the profile now talks to another API"}
        )


def _clean_secret(profile: Profile, secret: str) -> str:
    cleaned = secret.strip()
    if not cleaned:
        raise SecretRejected(f"The {SECRET_LABEL[profile.secret_kind]} is empty.")
    return cleaned


def _token_fields(profile: Profile) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """What an access token was issued for; a change makes the cached token useless."""
    token_bound = TARGET_SETTINGS[profile.target].connection.caches_token
    return profile.target, profile.base_url, tuple(sorted(profile.settings.items())) if token_bound else ()
