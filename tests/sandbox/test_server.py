"""The server itself: base URLs, keep-alive with Content-Length, routing, concurrency, stopping."""

from __future__ import annotations

import http.client
import json
import socket
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
import requests

from orderdesk.sandbox import dropday
from orderdesk.sandbox.messages import Reply, Request
from orderdesk.sandbox.server import RunningSandbox, start_sandbox
from orderdesk.sandbox.state import SandboxState
from tests.sandbox.examples import dropday_order

DROPDAY = {"api-key": "sandbox", "account-id": "101", "Content-Type": "application/json"}


def _connection(sandbox: RunningSandbox) -> http.client.HTTPConnection:
    address = urlsplit(sandbox.url)
    return http.client.HTTPConnection(address.hostname or "", address.port, timeout=5)


def test_every_api_has_its_documented_base_url(sandbox: RunningSandbox) -> None:
    assert sandbox.base_url("dropday") == f"{sandbox.url}/dropday/api/v1"
    assert sandbox.base_url("centra") == f"{sandbox.url}/centra"
    assert sandbox.base_url("bigcommerce") == f"{sandbox.url}/bigcommerce"
    assert sandbox.base_url("feedbackcompany") == f"{sandbox.url}/feedbackcompany/api/v2"
    assert sandbox.url.startswith("http://127.0.0.1:")
    with pytest.raises(KeyError, match="known: dropday"):
        sandbox.base_url("shopify")


def test_one_connection_serves_many_requests_each_with_a_content_length(sandbox: RunningSandbox) -> None:
    connection = _connection(sandbox)
    requests_to_make = [
        ("POST", "/dropday/api/v1/orders", json.dumps(dropday_order()), DROPDAY),
        ("POST", "/dropday/api/v1/orders", "{}", DROPDAY),
        ("POST", "/dropday/api/v1/orders", "{}", {}),
        ("GET", "/nowhere", None, {}),
        ("GET", "/_sandbox/received/dropday", None, {}),
    ]
    statuses = []
    try:
        for method, path, body, headers in requests_to_make:
            connection.request(method, path, body=body, headers=headers)
            socket_used = connection.sock
            response = connection.getresponse()
            content = response.read()
            assert response.getheader("Content-Length") == str(len(content))
            assert connection.sock is socket_used, "the server closed a keep-alive connection"
            statuses.append(response.status)
    finally:
        connection.close()
    assert statuses == [200, 422, 401, 404, 200]


def test_a_path_outside_every_api_lists_the_base_paths(sandbox: RunningSandbox) -> None:
    reply = requests.get(f"{sandbox.url}/api/v1/orders", timeout=5)
    assert reply.status_code == 404
    assert "/dropday/api/v1" in reply.json()["error"]


def test_a_chunked_body_is_refused_with_411(sandbox: RunningSandbox) -> None:
    chunks = iter([b'{"external_id": ', b'"X"}'])
    reply = requests.post(f"{sandbox.base_url('dropday')}/orders", data=chunks, headers=DROPDAY, timeout=5)
    assert reply.status_code == 411


def test_concurrent_clients_each_get_their_own_reference(sandbox: RunningSandbox) -> None:
    url = f"{sandbox.base_url('dropday')}/orders"

    def send(worker: int) -> list[int]:
        with requests.Session() as session:
            replies = [
                session.post(url, json=dropday_order(external_id=f"W{worker}-{n}"), headers=DROPDAY, timeout=5)
                for n in range(25)
            ]
        return [reply.json()["reference"] for reply in replies]

    with ThreadPoolExecutor(max_workers=8) as pool:
        references = [reference for batch in pool.map(send, range(8)) for reference in batch]
    assert sorted(references) == list(range(1001, 1201))


def test_a_sandbox_bug_answers_500_instead_of_dropping_the_connection(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(request: Request, state: SandboxState) -> Reply:
        raise RuntimeError("bug in the sandbox")

    monkeypatch.setattr(dropday.API, "handle", broken)
    reply = requests.post(f"{sandbox.base_url('dropday')}/orders", json={}, headers=DROPDAY, timeout=5)
    assert reply.status_code == 500
    assert "sandbox itself failed" in reply.text
    assert "RuntimeError: bug in the sandbox" in capsys.readouterr().err


def test_stop_releases_the_port() -> None:
    running = start_sandbox()
    port = urlsplit(running.url).port
    assert requests.get(f"{running.url}/_sandbox/config", timeout=5).status_code == 200
    running.stop()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port or 0))


def test_a_second_sandbox_has_its_own_memory(sandbox: RunningSandbox) -> None:
    with start_sandbox() as other:
        requests.post(f"{other.base_url('dropday')}/orders", json=dropday_order(), headers=DROPDAY, timeout=5)
        assert len(other.state.books["dropday"].orders()) == 1
    assert sandbox.state.books["dropday"].orders() == []
