"""``orderdesk submit``: send one API body (or a Centra batch) to a profile and say what happened.

The body is checked against the API's documented rules first, journaled before it leaves,
and its outcome printed. Exit statuses: 0 created or duplicate, 1 rejected (each error
printed as ``validate`` prints it), 2 the input cannot be used (unreadable file, not an order,
unknown profile, broken profiles file, a body that cannot be written out, a damaged journal), 3 unauthorized,
failed or unknown (also when the keyring or the journal cannot be used; when the journal
fails while sending, the order may or may not have arrived).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from orderdesk.config.credentials import Credentials, KeyringUnavailable
from orderdesk.config.profiles import ConfigError, ProfileStore, UnknownProfile
from orderdesk.core import jsonio
from orderdesk.core.findings import Findings
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, JournalDamaged, JournalError
from orderdesk.sending.submit import submit, submit_batch, submit_body
from orderdesk.targets.centra import is_batch
from orderdesk.targets.registry import TARGET_NAMES, get_target

EXIT_SENT, EXIT_REJECTED, EXIT_UNUSABLE, EXIT_NOT_SENT = 0, 1, 2, 3

_EXIT_OF: dict[OutcomeKind, int] = {
    OutcomeKind.CREATED: EXIT_SENT,
    OutcomeKind.DUPLICATE: EXIT_SENT,
    OutcomeKind.REJECTED: EXIT_REJECTED,
    OutcomeKind.UNAUTHORIZED: EXIT_NOT_SENT,
    OutcomeKind.FAILED: EXIT_NOT_SENT,
    OutcomeKind.UNKNOWN: EXIT_NOT_SENT,
}


def register(subparsers: Any) -> None:
    """Add ``submit`` to the command line."""
    command = subparsers.add_parser(
        "submit",
        help="send an order body to a profile's API and print what happened",
        description="Send FILE, one order body (or a Centra batch), to the API of profile NAME and print the "
        "outcome. Exit 0 created or duplicate, 1 rejected, 2 FILE or the profile cannot be used, "
        "3 unauthorized, failed or unknown.",
    )
    command.add_argument("file", metavar="FILE")
    command.add_argument("--profile", required=True, metavar="NAME", help="the profile to send to")
    command.add_argument(
        "--target-format",
        choices=TARGET_NAMES,
        metavar="API",
        help="the API whose body FILE is, when it is not the profile's own (it is converted first); "
        f"one of {', '.join(TARGET_NAMES)}",
    )
    command.set_defaults(run=run_submit)


def run_submit(args: argparse.Namespace) -> int:
    """Read, send, print; the exit status follows the outcome."""
    body = _read(args.file)
    if body is None:
        return EXIT_UNUSABLE
    try:
        profile = ProfileStore().get(args.profile)
    except (UnknownProfile, ConfigError) as exc:
        _complain(str(exc), "Nothing was sent.")
        return EXIT_UNUSABLE
    source = args.target_format or profile.target
    batch = source == profile.target == "centra" and is_batch(body)
    draft = None
    if source != profile.target:
        try:
            draft = get_target(source).to_draft(body)
        except ValueError as exc:
            _complain(f"{args.file}: {exc}", "Nothing was sent.")
            return EXIT_UNUSABLE
    secrets = Credentials()
    try:
        secrets.check_backend()
        journal = Journal()
    except (KeyringUnavailable, JournalError) as exc:
        _complain(str(exc), "Nothing was sent.")
        return EXIT_UNUSABLE if isinstance(exc, JournalDamaged) else EXIT_NOT_SENT
    with journal:
        try:
            if batch:
                outcomes = submit_batch(body, profile, secrets, journal)
                for key, outcome in outcomes.items():
                    _print_outcome(outcome, prefix=key)
                return max(_EXIT_OF[outcome.kind] for outcome in outcomes.values())
            if draft is None:
                outcome = submit_body(body, profile, secrets, journal)
            else:
                outcome = submit(draft, profile, secrets, journal)
        except jsonio.BodyError as exc:  # the body is written out before its attempt is journaled
            _complain(f"{args.file}: cannot be sent: {exc}", "Nothing was sent.")
            return EXIT_UNUSABLE
        except JournalError as exc:
            # Before the request, nothing left; after it, the answer is lost: only a look says which.
            _complain(
                str(exc),
                f"The order may or may not have reached {profile.name}: look it up there, or with "
                "'orderdesk outbox list', before sending it again.",
            )
            return EXIT_NOT_SENT
    _print_outcome(outcome)
    return _EXIT_OF[outcome.kind]


def describe(outcome: Outcome) -> list[str]:
    """The lines a person reads for one outcome: what happened, then any errors as ``validate`` prints them."""
    kind = outcome.kind
    if kind in (OutcomeKind.CREATED, OutcomeKind.DUPLICATE):
        reference = f"reference {outcome.reference}" if outcome.reference else "no reference given"
        lines = [f"{kind.value}: {reference}" + (f" ({outcome.reason})" if outcome.reason else "")]
    else:
        label = "failed (can be sent again)" if kind is OutcomeKind.FAILED and outcome.retryable else kind.value
        lines = [f"{label}: {outcome.reason}" if outcome.reason else label]
    lines.extend(outcome.errors.lines())
    if outcome.status is not None and kind not in (OutcomeKind.CREATED, OutcomeKind.DUPLICATE, OutcomeKind.REJECTED):
        answer = f"  answer: HTTP {outcome.status}"
        lines.append(f"{answer}: {outcome.response_text}" if outcome.response_text else answer)
    return lines


def _print_outcome(outcome: Outcome, prefix: str = "") -> None:
    """Print ``describe``'s lines; a batch key prefixes the first line and each error's path."""
    if not prefix:
        lines = describe(outcome)
    else:
        errors = Findings()
        errors.extend(Findings(errors=outcome.errors.errors), prefix=prefix)
        head, *rest = describe(replace(outcome, errors=Findings()))
        lines = [f"{prefix}: {head}", *errors.lines(), *rest]
    for line in lines:
        print(line)


def _read(path: str) -> dict[str, Any] | None:
    try:
        body = jsonio.read_body(path)
    except jsonio.BodyError as exc:
        _complain(str(exc), "Nothing was sent.")
        return None
    if not isinstance(body, dict):
        _complain(f"{path}: an order body must be a JSON object", "Nothing was sent.")
        return None
    return body


def _complain(*lines: str) -> None:
    for line in lines:
        print(f"orderdesk: {line}", file=sys.stderr)
