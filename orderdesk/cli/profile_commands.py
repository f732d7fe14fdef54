"""``orderdesk profiles``: add, list, rename, remove and test the connections to the order APIs.

A secret is read from a hidden prompt (or standard input with ``--secret-stdin``), stored in
the system keyring and never printed. Exit statuses: 0 done, 1 a profile or secret that cannot
be used as given (bad URL, name taken, no such profile; ``test``: credentials refused), 2 the
profiles file is unreadable or broken, 3 no usable system keyring (nothing was stored), 4
(``test`` only) the API could not be reached.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import sys
import textwrap
from collections.abc import Callable
from typing import Any

from orderdesk.config.credentials import (
    SECRET_LABEL,
    KeyringUnavailable,
    SecretRejected,
)
from orderdesk.config.profiles import (
    SETTING_LABEL,
    SETTINGS,
    TARGET_SETTINGS,
    ConfigError,
    Profile,
    ProfileError,
    ProfileStore,
    UnknownProfile,
    make_profile,
)
from orderdesk.sending.connection_check import Verdict, check_profile
from orderdesk.transport.replies import ConnectionState

EXIT_OK, EXIT_INVALID, EXIT_CONFIG, EXIT_KEYRING, EXIT_UNREACHABLE = 0, 1, 2, 3, 4

Run = Callable[[argparse.Namespace], int]


def register(subparsers: Any) -> None:
    """Add ``profiles`` and its actions to the command line."""
    profiles = subparsers.add_parser(
        "profiles",
        help="add, list, rename and remove connections to the order APIs",
        description="Manage connection profiles. Settings go to the profiles file; secrets go to the "
        "system keyring only. Exit 0 when done, 1 for a profile or secret that cannot be used as given, "
        "2 when the profiles file is broken, 3 when no system keyring is usable.",
    )
    actions = profiles.add_subparsers(dest="profiles_action", metavar="ACTION", required=True)
    for register_action in ACTIONS:
        register_action(actions)


def register_add(actions: Any) -> None:
    """``profiles add NAME --target API [--base-url URL] [--account-id|--store-hash|--client-id ..]``."""
    add = actions.add_parser(
        "add",
        help="add a profile; its secret is asked for without echo",
        description="Add a profile. The secret (API key, access token or client secret) is asked for "
        "without echo, or read from standard input with --secret-stdin, and stored in the system keyring.",
        epilog=_per_api_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--target", required=True, choices=tuple(TARGET_SETTINGS), help="the API this profile talks to")
    add.add_argument(
        "--base-url",
        default="",
        metavar="URL",
        help="where the API answers (https; http only for the sandbox on 127.0.0.1); "
        "default: the API's own address, where it has one (see each API below)",
    )
    for field, setting in SETTINGS.items():
        users = next(settings.title for settings in TARGET_SETTINGS.values() if settings.setting == field)
        add.add_argument(f"--{field.replace('_', '-')}", dest=field, default="", help=f"{users}: {setting.help}")
    add.add_argument(
        "--secret-stdin", action="store_true", help="read the secret from standard input instead of asking"
    )
    add.set_defaults(run=_guarded(run_add, "The profile was not added; nothing was stored."))


def register_list(actions: Any) -> None:
    """``profiles list``."""
    listing = actions.add_parser(
        "list",
        help="show every profile and whether its secret is stored (never the secret)",
        description="Show every profile and whether its secret is stored in the system keyring.",
    )
    listing.set_defaults(run=_guarded(run_list, ""))


def register_rename(actions: Any) -> None:
    """``profiles rename OLD NEW``."""
    rename = actions.add_parser(
        "rename", help="rename a profile, moving its secrets", description="Rename a profile and move its secrets."
    )
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    rename.set_defaults(run=_guarded(run_rename, "The profile was not renamed."))


def register_remove(actions: Any) -> None:
    """``profiles remove NAME``."""
    remove = actions.add_parser(
        "remove",
        help="remove a profile and its secrets",
        description="Remove a profile and delete its secrets from the system keyring.",
    )
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(run=_guarded(run_remove, "The profile was not removed."))


def register_test(actions: Any) -> None:
    """``profiles test NAME``."""
    test = actions.add_parser(
        "test",
        help="check that a profile's credentials work (one cheap request, nothing is created)",
        description="Make one cheap authenticated request to the profile's API and say whether the "
        "credentials are valid. Exit 0 valid, 1 invalid (refused or no secret stored), 2 the profiles file "
        "is broken, 3 no usable system keyring, 4 the API could not be reached.",
    )
    test.add_argument("name", metavar="NAME")
    test.set_defaults(run=_guarded(run_test, "The profile was not tested."))


ACTIONS: tuple[Callable[[Any], None], ...] = (
    register_add,
    register_list,
    register_rename,
    register_remove,
    register_test,
)
"""Each ``profiles`` action registers itself; a new action is a ``register_<action>`` function and one entry here."""


def run_add(args: argparse.Namespace) -> int:
    """Check everything that can be checked before asking for the secret, then store both."""
    settings = {field: getattr(args, field) for field in SETTINGS}
    profile = make_profile(args.name, args.target, args.base_url, **settings)
    store = ProfileStore()
    clash = store.find(profile.name)
    if clash is not None:
        raise ProfileError({"name": f"A profile called '{clash.name}' already exists"})
    store.secrets.check_backend()
    secret = _read_secret(profile, from_stdin=args.secret_stdin)
    if secret is None:
        _complain("Cancelled.", "The profile was not added.")
        return EXIT_INVALID
    store.add(profile, secret)
    label = SECRET_LABEL[profile.secret_kind]
    print(
        f"Added profile '{profile.name}' ({profile.title}, {profile.base_url}); its {label} is in the system keyring."
    )
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    """A table of the profiles; the secret column says only whether one is stored."""
    store = ProfileStore()
    profiles = store.load()
    if not profiles:
        print(f"No profiles yet. Add one with: orderdesk profiles add NAME --target API  (file: {store.path})")
        return EXIT_OK
    keyring_problem = ""
    rows = [("NAME", "API", "BASE URL", "SETTING", "SECRET")]
    for profile in profiles:
        secret_state = "unknown"
        if not keyring_problem:
            try:
                stored = store.secrets.has_secret(profile.name, profile.secret_kind)
                secret_state = f"{SECRET_LABEL[profile.secret_kind]} {'stored' if stored else 'missing'}"
            except KeyringUnavailable as exc:
                keyring_problem = str(exc)
        rows.append((profile.name, profile.title, profile.base_url, _setting_text(profile), secret_state))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1])
    if keyring_problem:
        _complain("Cannot tell which secrets are stored.", keyring_problem)
        return EXIT_KEYRING
    return EXIT_OK


def run_rename(args: argparse.Namespace) -> int:
    """Rename a profile; its secrets move with it."""
    store = ProfileStore()
    old = store.get(args.old)
    store.rename(old.name, args.new)
    new = store.get(args.new)
    print(f"Renamed profile '{old.name}' to '{new.name}'; its secrets moved with it.")
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    """Remove a profile and its secrets."""
    store = ProfileStore()
    profile = store.get(args.name)
    store.remove(profile.name)
    print(f"Removed profile '{profile.name}' and deleted its secrets from the system keyring.")
    return EXIT_OK


def run_test(args: argparse.Namespace) -> int:
    """Say whether the API accepts the profile's credentials, and what to check when not; never the secret."""
    store = ProfileStore()
    profile = store.get(args.name)
    store.secrets.check_backend()
    report = check_profile(profile, store.secrets)
    if report.check is None:
        _complain(report.text)
        return EXIT_KEYRING
    print(f"{report.check.state.value}: {report.check.detail}")
    if report.verdict is not Verdict.OK:
        print(report.text)
    return {ConnectionState.VALID: EXIT_OK, ConnectionState.INVALID: EXIT_INVALID}.get(
        report.check.state, EXIT_UNREACHABLE
    )


def _guarded(run: Run, not_done: str) -> Run:
    """Turn the expected failures into plain messages and exit statuses instead of tracebacks."""

    @functools.wraps(run)
    def guarded(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except ConfigError as exc:
            _complain(str(exc), exc.advice)
            return EXIT_CONFIG
        except KeyringUnavailable as exc:
            _complain(str(exc), not_done)
            return EXIT_KEYRING
        except ProfileError as exc:
            _complain(*exc.problems.values(), not_done)
            return EXIT_INVALID
        except (UnknownProfile, SecretRejected) as exc:
            _complain(str(exc), not_done)
            return EXIT_INVALID

    return guarded


def _read_secret(profile: Profile, from_stdin: bool) -> str | None:
    """The secret from standard input or a prompt without echo; None when the person cancels."""
    label = SECRET_LABEL[profile.secret_kind]
    if from_stdin:
        return sys.stdin.read().strip()
    try:
        return getpass.getpass(f"{label} for '{profile.name}' ({profile.title}; typing is not shown): ").strip()
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return None


def _per_api_help() -> str:
    """What each API needs, in the words the Profiles dialog shows under its inputs."""
    lines = ["what each API needs:"]
    for name, settings in TARGET_SETTINGS.items():
        connection = settings.connection
        lines.append(f"  {name} ({settings.title})")
        default = f"default {connection.default_base_url}. " if connection.default_base_url else ""
        entries = [f"--base-url: {default}{connection.base_url_help}"]
        if connection.setting is not None:
            entries.append(f"--{connection.setting.field.replace('_', '-')}: {connection.setting.help}")
        entries.append(f"{SECRET_LABEL[connection.secret_kind]}: {connection.secret_help}")
        lines += [textwrap.fill(entry, 100, initial_indent="    ", subsequent_indent="      ") for entry in entries]
    return "\n".join(lines)


def _setting_text(profile: Profile) -> str:
    field = TARGET_SETTINGS[profile.target].setting
    return f"{SETTING_LABEL[field].lower()} {profile.setting}" if field else "-"


def _complain(*lines: str) -> None:
    for line in filter(None, lines):
        print(f"orderdesk: {line}", file=sys.stderr)
