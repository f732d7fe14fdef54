"""The ``orderdesk`` command: the window by default, and subcommands for terminals and scripts.

Each subcommand lives in its own module with a ``register(subparsers)`` function; this
module only assembles them, and only when a command line is parsed: starting the window
imports none of them. Exit statuses are documented per command.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

_COMMAND_MODULES = (
    "body_commands",
    "about_command",
    "profile_commands",
    "sandbox_command",
    "submit_command",
    "outbox_commands",
    "catalogue_commands",
    "journal_commands",
)
"""The subcommand modules under orderdesk.cli, imported only when a command line is parsed."""


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, one subparser per command."""
    parser = argparse.ArgumentParser(
        prog="orderdesk",
        description="Type a phone order once and send it to the order APIs your shop works with.",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start the real window, let it settle, print 'ok' and exit (for packaging and benchmarks)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        importlib.import_module(f"orderdesk.cli.{name}").register(subparsers)
    return parser


EXIT_BROKEN_PIPE = 141
"""A reader that stopped early (``| head``): what a shell reports for a tool ended by SIGPIPE."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command, or the window when none is given; the return value is the exit status.

    Output into a pipe whose reader has gone ends the command quietly, as other Unix tools do.
    """
    try:
        status = _run(argv)
        sys.stdout.flush()  # here, not at exit, where a broken pipe could only be reported
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    return status


def _discard_stdout() -> None:
    """Point standard output at the null device, so the final flush at exit has nowhere to fail.

    The recipe of Python's documentation on SIGPIPE.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # standard output is not a file (redirected in-process)
        pass


def _run(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments in ([], ["--self-test"]):
        # The window needs none of the subcommands' imports (requests, every target's client): skip them.
        from orderdesk.ui.app import run_app

        return run_app(self_test=bool(arguments))
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        from orderdesk.ui.app import (
            run_app,  # Qt is imported only when the window is wanted
        )

        return run_app(self_test=args.self_test)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
