"""Sending 1,000 Dropday orders to the sandbox: OrderDesk's full path against a plain ``requests`` loop.

Figure: ``submit_1000_vs_plain``, OrderDesk's throughput as a ratio of the plain loop's (goal
at least 0.8). OrderDesk's path is ``sending.submit_all`` with bounded concurrency: each
body is checked against Dropday's documented rules, journaled before it leaves and after its
answer (SQLite in a temporary folder), sent with retries and pacing, and its answer read
into an outcome. The baseline posts the same bodies, already serialised, one after another
over one ``requests.Session`` to the same sandbox in the same run, and reads nothing.

The sandbox runs as its own process (``orderdesk sandbox``), as a real API is never inside
the sending process: in-process, its request handling would share this interpreter's lock
with the client and the figure would weigh the sandbox's work against OrderDesk's.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

from orderdesk.config.credentials import SECRET_KIND
from orderdesk.config.profiles import Profile
from orderdesk.core import jsonio
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal
from orderdesk.sandbox.api import SECRET
from orderdesk.sending.submit import submit_all

ORDERS = 1000
WORKERS = 8
ROUNDS = 3
"""The best round of each side counts: these machines are shared and noisy."""
EXAMPLE = Path(__file__).resolve().parent.parent / "targets" / "dropday" / "examples" / "create-order.json"


class _Secrets:
    """The sandbox's API key, as a ``SecretSource``; the keyring is not what is measured."""

    def get_secret(self, profile_name: str, kind: str) -> str | None:
        return SECRET if kind == SECRET_KIND["dropday"] else None

    def get_token(self, profile_name: str) -> tuple[str, float] | None:
        return None

    def set_token(self, profile_name: str, token: str, expires_at: float) -> None:
        return None

    def clear_token(self, profile_name: str) -> None:
        return None


def _bodies(prefix: str) -> list[dict[str, Any]]:
    example = jsonio.read_body(EXAMPLE)
    bodies = []
    for number in range(ORDERS):
        body = copy.deepcopy(example)
        body["external_id"] = f"{prefix}-{number:05d}"
        bodies.append(body)
    return bodies


class _SandboxProcess:
    """``orderdesk sandbox --port 0`` in a child process, with the base URLs it printed."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "orderdesk", "sandbox", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self._urls: dict[str, str] = {}
        assert self._process.stdout is not None
        for line in self._process.stdout:
            name, _, url = line.strip().partition(" ")
            if url.startswith("http://"):
                self._urls[name] = url
            if line.startswith("Test controls"):
                break
        if "dropday" not in self._urls:
            self.stop()
            raise RuntimeError("the sandbox did not start")

    def base_url(self, api: str) -> str:
        return self._urls[api]

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


def _plain(sandbox: _SandboxProcess, bodies: list[dict[str, Any]]) -> float:
    """Seconds for a single ``requests.Session`` to post every body."""
    url = f"{sandbox.base_url('dropday')}/orders"
    headers = {"api-key": SECRET, "account-id": "101", "Content-Type": "application/json", "Accept": "application/json"}
    texts = [json.dumps(body, default=float).encode() for body in bodies]
    with requests.Session() as session:
        started = time.perf_counter()
        for text in texts:
            answer = session.post(url, data=text, headers=headers, timeout=30)
            answer.raise_for_status()
        return time.perf_counter() - started


def _orderdesk(sandbox: _SandboxProcess, bodies: list[dict[str, Any]], folder: Path) -> float:
    """Seconds for ``submit_all`` to send, journal and read every body."""
    profile = Profile(name="bench", target="dropday", base_url=sandbox.base_url("dropday"), account_id="101")
    with Journal(folder / "journal.sqlite3") as journal:
        started = time.perf_counter()
        outcomes = submit_all(bodies, profile, _Secrets(), journal, workers=WORKERS)
        elapsed = time.perf_counter() - started
    kinds = {outcome.kind for outcome in outcomes}
    if kinds != {OutcomeKind.CREATED}:
        raise RuntimeError(f"not every order was created: {sorted(kinds)}")
    return elapsed


def _folder(parent: str, name: str) -> Path:
    folder = Path(parent) / name
    folder.mkdir()
    return folder


def run() -> dict[str, float]:
    """Send 1,000 orders each way to one sandbox, ``ROUNDS`` times; the best round of each side counts."""
    sandbox = _SandboxProcess()
    try:
        with tempfile.TemporaryDirectory(prefix="orderdesk-bench-") as folder:
            _plain(sandbox, _bodies("WARM")[:50])  # imports, first connections, pydantic schemas
            _orderdesk(sandbox, _bodies("WARM-OD")[:50], _folder(folder, "warm"))
            plain, ours = [], []
            for round_number in range(ROUNDS):
                plain.append(_plain(sandbox, _bodies(f"PLAIN{round_number}")))
                ours.append(_orderdesk(sandbox, _bodies(f"OD{round_number}"), _folder(folder, f"round{round_number}")))
    finally:
        sandbox.stop()
    return {"submit_1000_vs_plain": min(plain) / min(ours)}


if __name__ == "__main__":
    print(json.dumps(run()))
