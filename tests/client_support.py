"""Helpers for the API client tests: in-memory secrets, sandbox profiles, fault injection.

The clients read secrets through the ``SecretSource`` protocol, so these tests pass an
in-memory source; the keyring itself is tested in tests/test_credentials.py.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import requests

from orderdesk.config.credentials import SECRET_KIND
from orderdesk.config.profiles import TARGET_SETTINGS, Profile
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.transport.settings import HttpSettings, RetryPolicy, Timeouts

FAST = HttpSettings(
    timeouts=Timeouts(connect=1.0, read=0.5),
    retry=RetryPolicy(attempts=3, backoff=0.01, max_delay=0.05, budget=3.0),
)
"""Short timeouts and tiny backoff, so retry and timeout tests take milliseconds."""

class MemorySecrets:
    """A ``SecretSource`` in memory: one secret per profile, and a token cache.

    Attributes:
        tokens: cached tokens by profile name, ``(token, expires_at)``.
        token_writes: how many times a token was cached.
    """

    def __init__(self, secrets: dict[str, str] | None = None) -> None:
        self._secrets = dict(secrets or {})
        self.tokens: dict[str, tuple[str, float]] = {}
        self.token_writes = 0

    def get_secret(self, profile_name: str, kind: str) -> str | None:
        return self._secrets.get(f"{profile_name}/{kind}")

    def get_token(self, profile_name: str) -> tuple[str, float] | None:
        return self.tokens.get(profile_name)

    def set_token(self, profile_name: str, token: str, expires_at: float) -> None:
        self.tokens[profile_name] = (token, expires_at)
        self.token_writes += 1

    def clear_token(self, profile_name: str) -> None:
        self.tokens.pop(profile_name, None)


SETTING = {name: api.setting for name, api in TARGET_SETTINGS.items() if api.setting is not None}
"""Each API's declared non-secret id, by target."""


def profile_for(sandbox: RunningSandbox, target: str, name: str = "test") -> Profile:
    """A profile of ``target`` pointing at the sandbox, with its declared setting filled in."""
    value = "store1" if target == "bigcommerce" else "101"
    settings = {SETTING[target]: value} if target in SETTING else {}
    return Profile(name=name, target=target, base_url=sandbox.base_url(target), settings=settings)


def secrets_for(profile: Profile, secret: str = SECRET) -> MemorySecrets:
    """Secrets holding ``secret`` (by default the one the sandbox accepts) for ``profile``."""
    return MemorySecrets({f"{profile.name}/{SECRET_KIND[profile.target]}": secret})


def inject(sandbox: RunningSandbox, api: str, fault: str, **options: Any) -> None:
    """Make the sandbox's next request(s) to ``api`` fail as ``fault`` (see orderdesk.sandbox.faults)."""
    answer = requests.post(f"{sandbox.url}/_sandbox/faults", json={"api": api, "fault": fault, **options}, timeout=5)
    answer.raise_for_status()


def configure(sandbox: RunningSandbox, **settings: Any) -> None:
    """Change the sandbox's settings (``bigcommerce_quota`` ...)."""
    requests.post(f"{sandbox.url}/_sandbox/config", json=settings, timeout=5).raise_for_status()


def received(sandbox: RunningSandbox, api: str) -> list[Any]:
    """The order bodies ``api`` accepted, in order."""
    answer = requests.get(f"{sandbox.url}/_sandbox/received/{api}", timeout=5)
    answer.raise_for_status()
    result: list[Any] = answer.json()
    return result


def free_port() -> int:
    """A loopback port nothing listens on (for "unreachable" tests)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


Step = tuple[int, dict[str, str], bytes] | tuple[str, float] | str
"""One scripted answer: ``(status, headers, body)``, ``("sleep", seconds)`` or ``"drop"``."""


@dataclass
class Scripted:
    """A loopback server answering from a script, for answers the sandbox cannot be asked for.

    Attributes:
        script: the answers still to give, in order; ``200 {}`` once it runs out.
        received: ``(method, path, headers, body)`` of every request.
        url: ``http://127.0.0.1:PORT``.
    """

    script: list[Step] = field(default_factory=list)
    received: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)
    url: str = ""


@contextmanager
def scripted_server() -> Iterator[Scripted]:
    """Serve a ``Scripted`` on a free loopback port until the block ends."""
    state = Scripted()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            state.received.append((self.command, self.path, dict(self.headers), body))
            step = state.script.pop(0) if state.script else (200, {}, b"{}")
            if step == "drop":
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            if isinstance(step, tuple) and step[0] == "sleep":
                time.sleep(float(step[1]))
                step = (200, {}, b"{}")
            status, headers, payload = step  # type: ignore[misc]
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
                self.close_connection = True

        do_GET = do_POST = _answer

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
