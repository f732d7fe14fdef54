"""The sandbox's HTTP server: one port on 127.0.0.1, a path prefix per API, faults on request.

Standard library only (``ThreadingHTTPServer``): a thread per connection, HTTP/1.1
keep-alive so a ``requests.Session`` reuses its connections, and a ``Content-Length`` on
every answer. The handler threads share ``SandboxState``, whose locks are held only for
dictionary work, so concurrent clients are limited by the client, not by the sandbox.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from orderdesk.sandbox import control
from orderdesk.sandbox.api import SandboxApi
from orderdesk.sandbox.faults import answer_instead, spoil
from orderdesk.sandbox.handlers import HANDLERS
from orderdesk.sandbox.messages import Reply, Request, json_reply, text_reply
from orderdesk.sandbox.state import SandboxState

HOST = "127.0.0.1"
MAX_BODY_BYTES = 10 * 1024 * 1024


class _Server(ThreadingHTTPServer):
    """A threading HTTP server that knows the shared state and its own URL."""

    daemon_threads = True  # a keep-alive connection left open never blocks shutdown
    request_queue_size = 128  # bursts of new connections from concurrent clients are not refused

    def __init__(self, port: int, state: SandboxState) -> None:
        super().__init__((HOST, port), _Handler)
        self.state = state
        self.url = f"http://{HOST}:{self.server_address[1]}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when a client went away (timeouts, dropped-connection tests); report anything else."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """Reads one request, lets the API module or the control endpoints answer, applies faults."""

    protocol_version = "HTTP/1.1"
    server_version = "OrderDeskSandbox"
    sys_version = ""
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    timeout = 120  # an idle keep-alive connection is closed after two minutes
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - the names http.server dispatches to
        """Serve a GET."""
        self._serve()

    def do_POST(self) -> None:  # noqa: N802
        """Serve a POST."""
        self._serve()

    def do_PUT(self) -> None:  # noqa: N802
        """Serve a PUT (answered 405 by the APIs)."""
        self._serve()

    def do_DELETE(self) -> None:  # noqa: N802
        """Serve a DELETE (answered 405 by the APIs)."""
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Log nothing: a demo terminal shows the base URLs, not a line per request."""

    def _serve(self) -> None:
        body = self._read_body()
        if body is None:
            return
        url = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(url.query, keep_blank_values=True).items()}
        headers = {key.lower(): value for key, value in self.headers.items()}
        state = self.server.state
        for base_path, api in _routes():
            if url.path == base_path or url.path.startswith(base_path + "/"):
                request = Request(
                    self.command, url.path[len(base_path) :], query, headers, body, self.server.url + base_path
                )
                if api is None:
                    self._send(_safely(control.handle, request, state))
                else:
                    self._serve_api(api, request, state)
                return
        known = ", ".join(api.base_path for api in HANDLERS.values())
        self._send(json_reply(404, {"error": f"no API at {url.path}; the APIs are under {known}"}))

    def _serve_api(self, api: SandboxApi, request: Request, state: SandboxState) -> None:
        state.wait_while_held()
        fault = state.faults.take(api.name, api.creates_order(request))
        if fault is not None and not fault.processes_request:
            time.sleep(fault.seconds)
            if fault.kind == "reject":
                self._send(api.rejection(fault.field, fault.message))
            else:
                self._send(answer_instead(fault, api.error_body, api.fault_headers(fault, state)))
            return
        reply = _safely(api.handle, request, state)
        if fault is None:
            self._send(reply)
            return
        time.sleep(fault.seconds)
        if fault.kind == "drop":
            self._drop(reply, fault.partial)
        else:
            self._send(spoil(fault, reply))

    def _read_body(self) -> bytes | None:
        """The request body, or ``None`` after answering a request whose body cannot be read."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            self._send(text_reply(411, "Send the body with a Content-Length.\n"))
            return None
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY_BYTES:
            self.close_connection = True
            self._send(text_reply(413 if length > 0 else 400, "The Content-Length is not usable.\n"))
            return None
        return self.rfile.read(length)

    def _send(self, reply: Reply) -> None:
        self._send_head(reply)
        self.wfile.write(reply.body)

    def _send_head(self, reply: Reply) -> None:
        self.send_response(reply.status)
        if reply.status != 204:  # a 204 has neither body nor length (RFC 9110)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()

    def _drop(self, reply: Reply, partial: bool) -> None:
        """Close the connection without a complete answer, as a crashed server or proxy does."""
        if partial and reply.body:
            self._send_head(reply)
            self.wfile.write(reply.body[: len(reply.body) // 2])
        self.close_connection = True


def _routes() -> list[tuple[str, SandboxApi | None]]:
    """Path prefixes and who answers below them (``None``: the control endpoints)."""
    return [(control.BASE_PATH, None), *((api.base_path, api) for api in HANDLERS.values())]


def _safely(handle: Callable[[Request, SandboxState], Reply], request: Request, state: SandboxState) -> Reply:
    """The handler's reply; a sandbox bug answers 500 and prints its traceback instead of dropping the connection."""
    try:
        return handle(request, state)
    except Exception:  # noqa: BLE001 - reported on the console and to the client, never swallowed
        traceback.print_exc()
        return text_reply(500, "The sandbox itself failed; see its console.\n")


class RunningSandbox:
    """A sandbox serving on a background thread until ``stop()``.

    Attributes:
        url: ``http://127.0.0.1:PORT``.
        state: what it remembers (tests may read or reset it directly).
    """

    def __init__(self, server: _Server, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread
        self.url = server.url
        self.state = server.state

    def base_url(self, api: str) -> str:
        """The base URL a profile for ``api`` points at (no trailing slash)."""
        try:
            return self.url + HANDLERS[api].base_path
        except KeyError:
            raise KeyError(f"unknown API {api!r}; known: {', '.join(HANDLERS)}") from None

    def reset(self) -> None:
        """Forget everything, as ``POST /_sandbox/reset`` does."""
        self.state.reset()

    def stop(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()


def start_sandbox(port: int = 0) -> RunningSandbox:
    """Serve the sandbox on 127.0.0.1 (``port=0``: a free port) on a background thread.

    It accepts the secret ``sandbox`` (``api.SECRET``) with any Dropday account id,
    BigCommerce store hash or Feedback Company client id, and answers 401 to any other.
    """
    server = _Server(port, SandboxState())
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="orderdesk-sandbox", daemon=True
    )
    thread.start()
    return RunningSandbox(server, thread)
