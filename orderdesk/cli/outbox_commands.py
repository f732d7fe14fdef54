"""``orderdesk outbox``: find failed orders, send them again, and export an attempt for a support ticket.

``list`` shows orders by state and profile (``--json`` for scripts), ``show`` one order's
attempts (``--json`` too; both carry each attempt's ``reach``, how far its request got),
``retry`` sends orders again as the window's bulk resubmission does (an order an
earlier attempt may have created is looked up first, Centra's go in batches, Ctrl+C stops
after the orders in flight, an order another process has claimed is left to it, and the
``unknown`` orders not chosen are counted with the command that resolves them), ``resolve``
records what a person found at the API for an order nobody can look up, and ``curl`` prints an
attempt as a cURL command with its secret replaced by a placeholder. Exit statuses:
0 done (``retry``: every order is now at its API), 1 (``retry``) some order did not go
through or was left alone (``resolve``: the order is not unknown or failed, or is being
sent), 2 an order or attempt id, the
profiles file or the journal cannot be used (nothing was sent), 3 no usable system keyring
(nothing was sent).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from orderdesk.cli.submit_command import outcome_lines
from orderdesk.config.credentials import Credentials, KeyringUnavailable
from orderdesk.config.profiles import ConfigError
from orderdesk.core.outcome import Reach
from orderdesk.journal import (
    AttemptRow,
    JournalError,
    JournalStore,
    NotResolvable,
    OutboxRow,
    OutboxState,
    curl_command,
    open_journal,
)
from orderdesk.outbox import (
    RETRYABLE_STATES,
    BulkReport,
    BulkResubmit,
    Progress,
    RetryPlan,
    SkipReason,
    plan_retry,
)
from orderdesk.outbox.resend import claimant
from orderdesk.sending.submit import can_look_up

EXIT_OK, EXIT_NOT_THROUGH, EXIT_UNUSABLE, EXIT_KEYRING = 0, 1, 2, 3

REACH_HELP = (  # the JSON's "reach", in the --json help of list and show; {whose}: which attempt
    '"reach" says how far {whose} request got: "answered" (the API answered; "status" says how), '
    '"no_answer" (it went out and no answer came back: the API may have the order), "not_sent" (it never '
    "reached the API), or null (in flight, a person's resolution, or an older journal could not tell)"
)

DEFAULT_LIMIT = 50
_PAGE = 500
_DETAIL_CHARS = 70


def register(subparsers: Any) -> None:
    """Add ``outbox`` and its actions to the command line."""
    outbox = subparsers.add_parser(
        "outbox",
        help="list failed orders, send them again, export an attempt as cURL",
        description="Every order sent, and every attempt, as the journal keeps them. Exit 0 when done "
        "(retry: every order is now at its API), 1 when retry left an order that did not go through, 2 when "
        "an id, the profiles file or the journal cannot be used, 3 when no system keyring is usable.",
    )
    actions = outbox.add_subparsers(dest="outbox_action", metavar="ACTION", required=True)
    _register_list(actions)
    _register_show(actions)
    _register_retry(actions)
    _register_resolve(actions)
    _register_curl(actions)


def _register_list(actions: Any) -> None:
    listing = actions.add_parser(
        "list",
        help="list orders, newest first",
        description="List orders (one per draft and profile), newest latest attempt first.",
    )
    listing.add_argument(
        "--state",
        action="append",
        choices=[state.value for state in OutboxState],
        help="only orders in this state (repeat for several)",
    )
    listing.add_argument("--profile", metavar="NAME", help="only orders sent to this profile")
    listing.add_argument(
        "--text", metavar="TEXT", help="only orders whose external id, customer or e-mail contains TEXT"
    )
    listing.add_argument(
        "--limit",
        type=_whole,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most N orders (default {DEFAULT_LIMIT}; 0: all)",
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help='print {"total": N, "orders": [...]} for scripts; in each order, '
        + REACH_HELP.format(whose="its latest attempt's"),
    )
    listing.set_defaults(run=_with_journal(_run_list))


def _register_show(actions: Any) -> None:
    show = actions.add_parser(
        "show", help="show the attempts of one order", description="Show every attempt of order ID, oldest first."
    )
    show.add_argument("order_id", type=int, metavar="ID")
    show.add_argument(
        "--json",
        action="store_true",
        help="print the attempts as JSON for scripts; in each attempt, " + REACH_HELP.format(whose="its"),
    )
    show.set_defaults(run=_with_journal(_run_show))


def _register_retry(actions: Any) -> None:
    retry = actions.add_parser(
        "retry",
        help="send orders again",
        description="Send orders again: the ones named by ID, or every order in a state. An order that an "
        "earlier attempt may have created is looked up first and sent only if it is not there; orders at "
        "the API already, or being sent by another process, are left alone; unknown orders not chosen are "
        "counted, with how to resolve them. Exit 0 only when every order is now at its API.",
    )
    retry.add_argument("order_ids", type=int, nargs="*", metavar="ID", help="orders to send again (see 'outbox list')")
    retry.add_argument(
        "--state",
        action="append",
        choices=[state.value for state in RETRYABLE_STATES],
        help="every order in this state (repeat for several), instead of IDs",
    )
    retry.add_argument("--profile", metavar="NAME", help="with --state: only orders sent to this profile")
    retry.add_argument("--dry-run", action="store_true", help="say what would be sent, send nothing")
    retry.set_defaults(run=_run_retry)


def _register_resolve(actions: Any) -> None:
    resolve = actions.add_parser(
        "resolve",
        help="record what you found at the API for an unknown or failed order",
        description="After checking the API's dashboard, record whether it has order ID: --created REF (it "
        "is there; the order becomes sent) or --not-created (it is not; the order becomes failed, and retry "
        "sends it without looking the earlier attempts up). Your user and computer name are recorded. Exit 0 "
        "done, 1 the order is not unknown or failed or is being sent, 2 unknown id.",
    )
    resolve.add_argument("order_id", type=int, metavar="ID")
    found = resolve.add_mutually_exclusive_group(required=True)
    found.add_argument("--created", metavar="REF", help="the API has the order, under this reference")
    found.add_argument("--not-created", action="store_true", help="the API does not have the order")
    resolve.set_defaults(run=_with_journal(_run_resolve))


def _register_curl(actions: Any) -> None:
    curl = actions.add_parser(
        "curl",
        help="print an attempt as a cURL command, secrets as placeholders",
        description="Print attempt ATTEMPT_ID as one cURL command for a support ticket. The API's secret "
        "is never in it: its header reads a variable such as $DROPDAY_API_KEY.",
    )
    curl.add_argument("attempt_id", type=int, metavar="ATTEMPT_ID")
    curl.set_defaults(run=_with_journal(_run_curl))


# list


def _run_list(args: argparse.Namespace, journal: JournalStore) -> int:
    filters = {"state": args.state, "profile": args.profile, "text": args.text}
    total = journal.count_outbox(**filters)
    rows = list(_rows(journal, args.limit or total, **filters))
    if args.json:
        print(json.dumps({"total": total, "orders": [_row_json(row) for row in rows]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("No orders.")
        return EXIT_OK
    table = [
        (
            str(row.order_key),
            row.state.value,
            row.profile,
            row.external_id or "-",
            row.customer or "-",
            _local(row.latest_at),
            str(row.attempt_count),
            _short(f"reference {row.reference}" if row.state is OutboxState.SENT else row.reason),
        )
        for row in rows
    ]
    _print_table(("ID", "STATE", "PROFILE", "EXTERNAL ID", "CUSTOMER", "LATEST", "ATTEMPTS", "DETAIL"), table)
    if len(rows) < total:
        print(f"Showing {len(rows)} of {total} orders; --limit 0 shows all.", file=sys.stderr)
    return EXIT_OK


def _rows(journal: JournalStore, limit: int, **filters: Any) -> Iterator[OutboxRow]:
    """Up to ``limit`` matching orders, newest first, read a page at a time."""
    offset = 0
    while offset < limit:
        page = journal.list_outbox(**filters, limit=min(_PAGE, limit - offset), offset=offset)
        yield from page
        if len(page) < _PAGE:
            return
        offset += len(page)


def _row_json(row: OutboxRow) -> dict[str, Any]:
    return {
        "order_id": row.order_key,
        "draft_id": row.draft_id,
        "profile": row.profile,
        "target": row.target,
        "state": row.state.value,
        "external_id": row.external_id,
        "customer": row.customer,
        "email": row.email,
        "latest_at": row.latest_at.isoformat(),
        "attempts": row.attempt_count,
        "reference": row.reference,
        "status": row.status,
        "reason": row.reason,
        "reach": _reach_json(row.reach),
    }


# show


def _run_show(args: argparse.Namespace, journal: JournalStore) -> int:
    order = journal.order(args.order_id)
    attempts = journal.attempts_for(args.order_id)
    if args.json:
        print(json.dumps([_attempt_json(attempt) for attempt in attempts], ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Order {order.order_key}: {order.external_id or 'no external id'} to {order.profile}, {order.state.value}")
    table = [
        (
            str(attempt.attempt_id),
            _local(attempt.started_at),
            f"resolved by {attempt.resolved_by}" if attempt.is_resolution else f"{attempt.method} {attempt.url}",
            attempt.state.value if attempt.outcome is not None else "in flight",
            "" if attempt.status is None else str(attempt.status),
            _short(f"reference {attempt.reference}" if attempt.reference else attempt.reason),
        )
        for attempt in attempts
    ]
    _print_table(("ATTEMPT", "STARTED", "REQUEST", "OUTCOME", "HTTP", "DETAIL"), table)
    print("Export one for a support ticket with: orderdesk outbox curl ATTEMPT")
    return EXIT_OK


def _attempt_json(attempt: AttemptRow) -> dict[str, Any]:
    return {
        "attempt_id": attempt.attempt_id,
        "order_id": attempt.order_key,
        "started_at": attempt.started_at.isoformat(),
        "finished_at": None if attempt.finished_at is None else attempt.finished_at.isoformat(),
        "method": attempt.method,
        "url": attempt.url,
        "outcome": None if attempt.outcome is None else attempt.outcome.value,
        "status": attempt.status,
        "reference": attempt.reference,
        "reason": attempt.reason,
        "errors": attempt.errors.as_json()["errors"],
        "duration_ms": attempt.duration_ms,
        "reach": _reach_json(attempt.reach),
        "resolved_by": attempt.resolved_by,
    }


def _reach_json(reach: Reach | None) -> str | None:
    """How far an attempt got, as the journal keeps it (see ``REACH_HELP``)."""
    return None if reach is None else reach.value


# resolve


def _run_resolve(args: argparse.Namespace, journal: JournalStore) -> int:
    if args.created is not None and not args.created.strip():
        return _complain("--created needs the reference the API shows for the order.")
    try:
        journal.resolve(args.order_id, args.created)
    except NotResolvable as exc:
        print(f"orderdesk outbox: {exc} Nothing was changed.", file=sys.stderr)
        return EXIT_NOT_THROUGH
    order = journal.order(args.order_id)
    if args.created is not None:
        print(f"Order {order.order_key} marked as at {order.profile} (reference {order.reference}); it is sent.")
    else:
        print(
            f"Order {order.order_key} marked as not at {order.profile}; it is failed and will be sent "
            f"without a lookup: orderdesk outbox retry {order.order_key}"
        )
    return EXIT_OK


# curl


def _run_curl(args: argparse.Namespace, journal: JournalStore) -> int:
    attempt = journal.attempt(args.attempt_id)
    if attempt.is_resolution:
        return _complain(f"attempt {args.attempt_id} is a person's resolution, not a request: nothing to repeat.")
    print(curl_command(attempt))
    return EXIT_OK


# retry


def _run_retry(args: argparse.Namespace) -> int:
    if bool(args.order_ids) == bool(args.state):
        return _complain("name the orders to send again by ID, or choose them with --state (not both).")
    if args.profile and not args.state:
        return _complain("--profile chooses orders together with --state; IDs name orders already.")
    try:
        journal = open_journal()
    except JournalError as exc:
        return _complain(str(exc), "Nothing was sent.")
    with journal:
        try:
            keys = args.order_ids or _keys_in_state(journal, args.state, args.profile)
            plan = plan_retry(journal, keys)
        except (ConfigError, JournalError) as exc:
            return _complain(str(exc), "Nothing was sent.")
        missing = [skipped for skipped in plan.skipped if skipped.reason is SkipReason.NOT_IN_JOURNAL]
        if missing:
            return _complain(*(skipped.detail for skipped in missing), "Nothing was sent.")
        _print_plan(plan)
        left_unknown = _unknown_left(journal, plan, args.profile)
        if args.dry_run or not plan.items:
            _print_unknown_left(left_unknown)
            return EXIT_NOT_THROUGH if any(skipped.blocking for skipped in plan.skipped) else EXIT_OK
        secrets = Credentials()
        try:
            secrets.check_backend()
        except KeyringUnavailable as exc:
            _complain(str(exc), "Nothing was sent.")
            return EXIT_KEYRING
        report = _send(plan, journal, secrets)
    _print_report(report)
    if journal.damage is not None:  # found while sending: the orders it stopped are in the report
        return _complain(str(journal.damage))
    _print_unknown_left(left_unknown)
    blocked = any(skipped.blocking for skipped in plan.skipped)
    return EXIT_OK if report.all_sent and not blocked else EXIT_NOT_THROUGH


def _keys_in_state(journal: JournalStore, states: list[str], profile: str | None) -> list[int]:
    """Every order in ``states`` (at ``profile``), oldest first: the order they failed in."""
    rows = list(_rows(journal, journal.count_outbox(state=states, profile=profile), state=states, profile=profile))
    return [row.order_key for row in reversed(rows)]


@dataclass(frozen=True)
class UnknownLeft:
    """How many ``unknown`` orders a run left alone: at APIs that can look orders up, and at those that cannot."""

    lookable: int
    not_lookable: int


def _unknown_left(journal: JournalStore, plan: RetryPlan, profile: str | None) -> UnknownLeft:
    """The ``unknown`` orders (at ``profile``) this run leaves alone because it did not choose them."""
    chosen = {item.order_key for item in plan.items} | {skipped.order_key for skipped in plan.skipped}
    state = OutboxState.UNKNOWN.value
    unknown = _rows(journal, journal.count_outbox(state=state, profile=profile), state=state, profile=profile)
    left = [row for row in unknown if row.order_key not in chosen]
    lookable = sum(1 for row in left if can_look_up(row.target))
    return UnknownLeft(lookable=lookable, not_lookable=len(left) - lookable)


def _print_unknown_left(left: UnknownLeft) -> None:
    """Never leave unclear orders silently: an earlier attempt may have created them, and only a lookup tells.

    An API that cannot look orders up never settles them on a retry: the person checks its
    dashboard and records what they found.
    """
    if left.lookable:
        orders = "order is" if left.lookable == 1 else "orders are"
        print(
            f"{left.lookable} {orders} unknown (an earlier attempt may have created them) and {_were(left.lookable)} "
            "left alone: "
            "look them up and send what is missing with 'orderdesk outbox retry --state unknown'."
        )
    if left.not_lookable:
        orders = "order is" if left.not_lookable == 1 else "orders are"
        print(
            f"{left.not_lookable} {orders} unknown at an API that cannot look orders up and {_were(left.not_lookable)} "
            "left alone: "
            "check its dashboard, then record what you found with 'orderdesk outbox resolve ID --created REF' "
            "or '--not-created' (the IDs: 'orderdesk outbox list --state unknown')."
        )


def _were(count: int) -> str:
    return "was" if count == 1 else "were"


def _print_plan(plan: RetryPlan) -> None:
    for line in plan.summary():
        print(line)
    for skipped in plan.skipped:
        print(f"  order {skipped.order_key} ({skipped.profile_name}): {skipped.detail}")


def _send(plan: RetryPlan, journal: JournalStore, secrets: Credentials) -> BulkReport:
    """Run the bulk resubmission on a worker thread, printing each outcome; Ctrl+C stops it cleanly.

    The main thread waits on an event rather than ``Thread.join``: on Python 3.11 a join cut
    short by Ctrl+C can report the thread finished while it still runs.
    """
    bulk = BulkResubmit(plan, journal, secrets, on_progress=_print_progress)
    reports: list[BulkReport] = []
    done = threading.Event()

    def run() -> None:
        try:
            reports.append(bulk.run())
        finally:
            done.set()

    threading.Thread(target=run, name="orderdesk-outbox-retry").start()
    try:
        while not done.wait(0.2):
            pass
    except KeyboardInterrupt:
        print("Stopping after the orders in flight; no further order is sent.", file=sys.stderr, flush=True)
        bulk.cancel()
        done.wait()
    return reports[0]


def _print_progress(progress: Progress) -> None:
    item = progress.result.item
    head, *rest = outcome_lines(progress.result.outcome)
    if progress.result.left_to_another:
        head, rest = f"being sent by {claimant(progress.result.outcome)}; left to it", []
    named = f"order {item.order_key}" + (f" ({item.external_id})" if item.external_id else "")
    print(f"[{progress.done}/{progress.total}] {named} to {item.profile.name}: {head}")
    for line in rest:
        print(f"    {line}")
    sys.stdout.flush()


def _print_report(report: BulkReport) -> None:
    tally = ", ".join(f"{number} {kind.value}" for kind, number in report.tally().items()) or "nothing sent"
    print(f"Done: {tally}.")
    if report.left_to_others():
        print(f"{report.left_to_others()} orders were being sent by another process and were left to it.")
    if report.not_sent:
        print(f"{len(report.not_sent)} orders were not sent because the run was stopped.")


# shared


def _with_journal(run: Callable[[argparse.Namespace, JournalStore], int]) -> Callable[[argparse.Namespace], int]:
    """Open the journal for ``run``; an unusable journal or an id it does not have ends in exit 2."""

    def opened(args: argparse.Namespace) -> int:
        try:
            with open_journal() as journal:
                return run(args, journal)
        except JournalError as exc:
            return _complain(str(exc))

    return opened


def _print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _DETAIL_CHARS else text[: _DETAIL_CHARS - 1] + "…"


def _whole(text: str) -> int:
    number = int(text)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


def _complain(*lines: str) -> int:
    for line in lines:
        print(f"orderdesk outbox: {line}", file=sys.stderr)
    return EXIT_UNUSABLE
