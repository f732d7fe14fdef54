"""``orderdesk sandbox`` as a person runs it in a terminal: its lines, its service, Ctrl+C and kill."""

from __future__ import annotations

import queue
import signal
import socket
import subprocess
import sys
import threading
from typing import IO

import pytest
import requests

from orderdesk.sandbox.handlers import HANDLERS

COMMAND = [sys.executable, "-m", "orderdesk", "sandbox"]


def _read_lines(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_it_prints_the_credentials_and_one_line_per_api_then_serves_until_stopped(stop: signal.Signals) -> None:
    with subprocess.Popen(
        [*COMMAND, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        lines: queue.Queue[str] = queue.Queue()
        # Read on a thread, so a silent process fails the test instead of hanging it.
        reader = threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True)
        reader.start()
        try:
            printed: list[str] = []
            while not printed or "Ctrl+C" not in printed[-1]:
                printed.append(lines.get(timeout=30))
            urls = dict(line.split(" ", 1) for line in printed if line.split(" ", 1)[0] in HANDLERS)
            assert list(urls) == list(HANDLERS)
            assert urls["dropday"].startswith("http://127.0.0.1:") and urls["dropday"].endswith("/dropday/api/v1")
            assert urls["feedbackcompany"].endswith("/feedbackcompany/api/v2")
            assert any("'sandbox'" in line for line in printed)
            check = requests.get(urls["dropday"], headers={"api-key": "sandbox", "account-id": "1"}, timeout=5)
            assert check.status_code == 200
            process.send_signal(stop)
            assert process.wait(timeout=10) == 0
            reader.join(timeout=5)
            assert lines.get(timeout=5) == "Sandbox stopped."
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)
            reader.join(timeout=5)


def test_a_port_in_use_exits_1_with_the_reason() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([*COMMAND, "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert result.stdout == ""
