"""``orderdesk submit``: send one API body (or a Centra batch) to a profile and say what happened.

The body is checked against the API's documented rules first, journaled before it leaves,
and its outcome printed. The journal is asked first, as the window asks it: an order this
body already made at the profile (the same external id, or else the same body) is not sent
again; one an earlier attempt may have made is looked up first; ``--force`` sends anyway.
Exit statuses: 0 created, duplicate or already created (nothing sent), 1 rejected (each error
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
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import JournalDamaged, JournalError, open_journal
from orderdesk.outbox.resubmit import Sent, send_batch_once, send_once
from orderdesk.sending.submit import submit_body
from orderdesk.services.outcome_words import describe
from orderdesk.targets.registry import TARGET_NAMES, get_api, get_target

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
        "outcome. An order already sent there (the same external id, else the same body) is not sent again "
        "unless --force; one whose earlier outcome was unknown is looked up first. Exit 0 created, duplicate or "
        "already created, 1 rejected, 2 FILE or the profile cannot be used, or the journal is damaged (nothing "
        "sent), 3 unauthorized, failed or unknown, or no usable keyring.",
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
    command.add_argument(
        "--force",
        action="store_true",
        help="send even when the journal shows this order (same external id, else same body) was sent to "
        "the profile before: the API may then have it twice",
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
    batching = get_api(profile.target).batch
    batch = source == profile.target and batching is not None and batching.is_batch(body)
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
        journal = open_journal()
    except (KeyringUnavailable, JournalError) as exc:
        _complain(str(exc), "Nothing was sent.")
        return EXIT_UNUSABLE if isinstance(exc, JournalDamaged) else EXIT_NOT_SENT
    with journal:
        try:
            if batch:
                results = send_batch_once(journal, body, profile, secrets, force=args.force)
                for key, result in results.items():
                    _print_earlier(result, profile.name, prefix=key)
                    if not result.already_there:
                        _print_outcome(result.outcome, prefix=key)
                return max(_EXIT_OF[result.outcome.kind] for result in results.values())
            as_sent = body if draft is None else None
            draft = draft if draft is not None else _order_of(profile.target, body)
            if draft is None:  # not an order at all: the API's rules say why, nothing can repeat it
                outcome = submit_body(body, profile, secrets, journal)
            else:
                sent = send_once(journal, draft, None, profile, secrets, body=as_sent, force=args.force)
                _print_earlier(sent, profile.name)
                outcome = sent.outcome
                if sent.already_there:
                    return EXIT_SENT
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


def _order_of(target: str, body: dict[str, Any]) -> OrderDraft | None:
    """The draft ``body`` stands for, to find it in the journal; None when it is no order of ``target``'s."""
    try:
        return get_target(target).to_draft(body)
    except (ValueError, TypeError, AttributeError):
        return None


def _print_earlier(sent: Sent, profile_name: str, prefix: str = "") -> None:
    """Say what the journal knew: the order is there already, it was looked up, or ``--force`` sent it anyway."""
    earlier = sent.earlier
    if earlier is None:
        return
    lead = f"{prefix}: " if prefix else ""
    if sent.forced:
        reference = f" (reference {earlier.reference})." if earlier.reference else "."
        line = f"Sending anyway (--force): the journal's order {earlier.order_key} at {profile_name} is "
        print(f"{lead}{line}{earlier.state.value}{reference}")
    elif sent.already_there:
        print(
            f"{lead}already created as {sent.outcome.reference or 'an order without a reference'} at {profile_name} "
            f"(order {earlier.order_key} in the journal); nothing was sent. --force sends it again."
        )
    else:
        state = earlier.state.value
        print(f"{lead}Sent before (order {earlier.order_key} in the journal, {state}): handled as that order.")


def outcome_lines(outcome: Outcome) -> list[str]:
    """The lines printed for one outcome: ``services.outcome_words``'s sentence, what the API said, each field
    error as ``validate`` prints them, and the answer that explains a failure."""
    told = describe(outcome)
    lines = [told.sentence, *told.said, *told.errors]
    if told.answer:
        lines.append(f"  answer: {told.answer}")
    return lines


def _print_outcome(outcome: Outcome, prefix: str = "") -> None:
    """Print ``outcome_lines``; a batch key prefixes the first line and each error's path."""
    if not prefix:
        lines = outcome_lines(outcome)
    else:
        errors = Findings()
        errors.extend(Findings(errors=outcome.errors.errors), prefix=prefix)
        head, *rest = outcome_lines(replace(outcome, errors=errors))
        lines = [f"{prefix}: {head}", *rest]
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
