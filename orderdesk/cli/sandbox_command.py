"""``orderdesk sandbox``: a local stand-in for the four order APIs, for demos, training and tests.

It prints the demo credentials it accepts and one ``<api> <base-url>`` line per API, so a
profile can point at it, then serves on 127.0.0.1 until Ctrl+C or SIGTERM. Exit statuses:
0 stopped, 1 the port cannot be used.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType
from typing import Any

from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.handlers import HANDLERS
from orderdesk.sandbox.server import start_sandbox
from orderdesk.targets.registry import APIS

DEFAULT_PORT = 8750
EXIT_OK, EXIT_PORT = 0, 1


def register(subparsers: Any) -> None:
    """Add ``sandbox`` to the command line."""
    sandbox = subparsers.add_parser(
        "sandbox",
        help="serve a local stand-in for the four order APIs on 127.0.0.1",
        description="Serve Dropday, Centra, BigCommerce and Feedback Company as their docs describe them, "
        "in memory, on 127.0.0.1, until Ctrl+C. Prints one '<api> <base-url>' line per API. "
        "Exit 0 when stopped (Ctrl+C or SIGTERM), 1 when the port cannot be used.",
    )
    sandbox.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"the port to listen on (default {DEFAULT_PORT}; 0: any free port)",
    )
    sandbox.set_defaults(run=run_sandbox)


def run_sandbox(args: argparse.Namespace) -> int:
    """Print the credentials and base URLs, then serve until interrupted."""
    try:
        running = start_sandbox(args.port)
    except OSError as exc:
        print(f"orderdesk sandbox: cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PORT
    # Ctrl+C and kill are caught from before the first line: a person (or a script) may stop the
    # sandbox the moment it says how, before this thread has begun to wait.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        print("OrderDesk sandbox: the order APIs as their docs describe them, in memory; nothing leaves this computer.")
        print(f"Demo credentials: the secret '{SECRET}' (API key, access token or client secret) with any")
        print(f"{_any_ids()}; any other secret gets 401.")
        for name in HANDLERS:
            print(f"{name} {running.base_url(name)}")
        print(f"Test controls under {running.url}/_sandbox/. Press Ctrl+C to stop.", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        print("Sandbox stopped.", flush=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        running.stop()
    return EXIT_OK


def _any_ids() -> str:
    """The non-secret ids the sandbox takes any value of: "Dropday account id, ... or ... client id"."""
    ids = [f"{api.title} {api.connection.setting.label.lower()}" for api in APIS.values() if api.connection.setting]
    return ", ".join(ids[:-1]) + f" or {ids[-1]}" if len(ids) > 1 else "".join(ids)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """``kill`` (SIGTERM) stops the sandbox as cleanly as Ctrl+C."""
    raise KeyboardInterrupt
