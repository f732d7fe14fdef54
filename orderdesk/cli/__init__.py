"""The ``orderdesk`` command: the window by default, and subcommands for terminals and scripts.

Each subcommand lives in its own module with a ``register(subparsers)`` function; this
module only assembles them. Exit statuses are documented per command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from orderdesk.cli import (
    about_command,
    body_commands,
    outbox_commands,
    profile_commands,
    sandbox_command,
    submit_command,
)

_COMMAND_MODULES = (body_commands, about_command, profile_commands, sandbox_command, submit_command, outbox_commands)


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
    for module in _COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command, or the window when none is given; the return value is the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from orderdesk.ui.app import run_app  # Qt is imported only when the window is wanted

        return run_app(self_test=args.self_test)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
