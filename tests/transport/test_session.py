"""Tests for orderdesk.transport: retry policy, Retry-After, pacing, redaction, and the session on real loopback HTTP."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from orderdesk.transport.pacing import Pacer, QuotaHeaders, parse_retry_after, rate_limit_wait
from orderdesk.transport.redaction import Redactor, one_line, snippet
from orderdesk.transport.replies import Delivery, Reply, TransportError
from orderdesk.transport.session import ApiSession
from orderdesk.transport.settings import HttpSettings, RetryPolicy, Timeouts
from tests.client_support import Scripted, free_port, scripted_server

SECRET = "s3cr3t/key+with=odd&chars"


# --- pure parts ---------------------------------------------------------------------------


def test_backoff_doubles_and_is_capped() -> None:
    policy = RetryPolicy(backoff=0.5, max_delay=3.0)
    assert [policy.delay(n) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3", 3.0), (" 1.5 ", 1.5), ("-4", 0.0), ("", None), (None, None), ("soon", None)],
)
def test_retry_after_in_seconds(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_retry_after_as_http_date() -> None:
    now = datetime(2026, 1, 5, 12, 0, 0, tzinfo=timezone.utc)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, now=now.timestamp()) == pytest.approx(30)
    earlier = format_datetime(now - timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(earlier, now=now.timestamp()) == 0.0


QUOTA = QuotaHeaders(requests_left="X-Left", reset_ms="X-Reset-Ms")
"""The quota headers of a made-up API: the session reads whichever headers the API's client declares."""


def test_rate_limit_wait_prefers_retry_after_then_the_declared_reset_header() -> None:
    assert rate_limit_wait({"Retry-After": "2", "X-Reset-Ms": "9000"}, QUOTA) == 2.0
    assert rate_limit_wait({"X-Reset-Ms": "1500"}, QUOTA) == 1.5
    assert rate_limit_wait({"X-Reset-Ms": "1500"}) is None  # an API that declares no quota headers
    assert rate_limit_wait({}, QUOTA) is None


class FakeClock:
    """A clock that only moves when something sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_pacer_waits_for_the_window_when_the_quota_runs_low() -> None:
    clock = FakeClock()
    pacer = Pacer(reserve=2, clock=clock, sleep=clock.sleep)
    pacer.observe({"X-Left": "10", "X-Reset-Ms": "4000"}, QUOTA)
    assert pacer.wait() == 0.0
    pacer.observe({"X-Rate-Limit-Requests-Left": "2", "X-Rate-Limit-Time-Reset-Ms": "4000"}, QUOTA)
    assert pacer.wait() == 0.0  # another API's headers mean nothing here
    pacer.observe({"X-Left": "2", "X-Reset-Ms": "4000"}, QUOTA)
    assert pacer.wait() == pytest.approx(4.0)
    assert pacer.wait() == 0.0
    assert clock.slept == [pytest.approx(4.0)]


def test_pacer_ignores_missing_or_garbled_headers() -> None:
    clock = FakeClock()
    pacer = Pacer(reserve=2, clock=clock, sleep=clock.sleep)
    pacer.observe({"X-Left": "0"}, QUOTA)
    pacer.observe({"X-Left": "none", "X-Reset-Ms": "100"}, QUOTA)
    assert pacer.pending() == 0.0


def test_pacer_hold_keeps_the_latest_deadline() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    pacer.hold(5)
    pacer.hold(1)
    assert pacer.pending() == 5


def test_redactor_removes_plain_and_url_encoded_secrets() -> None:
    redactor = Redactor([SECRET, "", None])  # type: ignore[list-item]
    encoded = "s3cr3t%2Fkey%2Bwith%3Dodd%26chars"
    text = f"key={SECRET} url=/token?client_secret={encoded} q={encoded}"
    cleaned = redactor.redact(text)
    assert "s3cr3t" not in cleaned
    assert cleaned.count("[secret]") == 3
    redactor.add("tok-123")
    assert redactor.redact("Bearer tok-123") == "Bearer [secret]"


def test_snippet_is_one_short_line() -> None:
    body = b"<html>\n  <body>" + b"x" * 1000 + b"</body></html>"
    text = snippet(body, limit=40)
    assert text.startswith("<html> <body>xxx")
    assert len(text) == 40 and text.endswith("…")
    assert snippet(b"\xff\xfeok") == "\ufffd\ufffdok"


def test_one_line_folds_white_space_and_cuts_long_text() -> None:
    assert one_line(" a\n\tb  c ", 10) == "a b c"
    assert one_line("abcdefghij", 10) == "abcdefghij"
    assert one_line("abcdefghijk", 10) == "abcdefghi…"


# --- the session on a scripted loopback server -------------------------------------------


@pytest.fixture
def scripted() -> Iterator[Scripted]:
    with scripted_server() as server:
        yield server


FAST = HttpSettings(
    timeouts=Timeouts(connect=1.0, read=0.3),
    retry=RetryPolicy(attempts=3, backoff=0.01, max_delay=0.02, budget=2.0),
)


def _session(settings: HttpSettings = FAST) -> ApiSession:
    return ApiSession({"api-key": SECRET}, Redactor([SECRET]), settings)


def test_sends_json_text_with_headers_and_parses_the_answer(scripted: Scripted) -> None:
    scripted.script = [(201, {"Content-Type": "application/json"}, b'{"price": 10.99}')]
    reply = _session().request("POST", f"{scripted.url}/orders", body='{"total": 10.99}')
    assert isinstance(reply, Reply) and reply.status == 201
    assert str(reply.json()["price"]) == "10.99"
    method, path, headers, body = scripted.received[0]
    assert (method, path, body) == ("POST", "/orders", b'{"total": 10.99}')
    assert headers["Content-Type"] == "application/json" and headers["Accept"] == "application/json"
    assert headers["api-key"] == SECRET


def test_5xx_is_retried_only_when_idempotent(scripted: Scripted) -> None:
    error = (500, {}, b'{"message": "Internal Server Error"}')
    scripted.script = [error, (200, {}, b"{}")]
    reply = _session().request("POST", f"{scripted.url}/orders", body="{}", idempotent=True)
    assert isinstance(reply, Reply) and reply.status == 200 and reply.tries == 2

    scripted.script = [error, (200, {}, b"{}")]
    once = _session().request("POST", f"{scripted.url}/orders", body="{}", idempotent=False)
    assert isinstance(once, Reply) and once.status == 500 and once.tries == 1
    assert len(scripted.received) == 3


def test_retries_stop_after_the_attempts_allowed(scripted: Scripted) -> None:
    scripted.script = [(503, {}, b"")] * 5
    reply = _session().request("POST", f"{scripted.url}/orders", body="{}", idempotent=True)
    assert isinstance(reply, Reply) and reply.status == 503 and reply.tries == 3
    assert len(scripted.received) == 3


def test_429_is_waited_out_even_when_not_idempotent(scripted: Scripted) -> None:
    scripted.script = [(429, {"Retry-After": "0.05"}, b""), (201, {}, b"{}")]
    started = time.monotonic()
    reply = _session().request("POST", f"{scripted.url}/orders", body="{}", idempotent=False)
    assert isinstance(reply, Reply) and reply.status == 201
    assert time.monotonic() - started >= 0.05


def test_429_asking_longer_than_the_budget_is_returned_at_once(scripted: Scripted) -> None:
    scripted.script = [(429, {"Retry-After": "3600"}, b"")]
    started = time.monotonic()
    reply = _session().request("POST", f"{scripted.url}/orders", body="{}")
    assert isinstance(reply, Reply) and reply.status == 429
    assert time.monotonic() - started < 1


def test_read_timeout_may_have_been_sent_and_is_not_repeated(scripted: Scripted) -> None:
    scripted.script = [("sleep", 1.0)]
    error = _session().request("POST", f"{scripted.url}/orders", body="{}")
    assert isinstance(error, TransportError) and error.delivery is Delivery.MAYBE_SENT
    assert "did not answer within 0.3 s" in error.reason
    assert len(scripted.received) == 1


def test_dropped_connection_is_retried_when_idempotent(scripted: Scripted) -> None:
    scripted.script = ["drop", (200, {}, b"{}")]
    reply = _session().request("POST", f"{scripted.url}/orders", body="{}", idempotent=True)
    assert isinstance(reply, Reply) and reply.status == 200 and reply.tries == 2

    scripted.script = ["drop"]
    error = _session().request("POST", f"{scripted.url}/orders", body="{}")
    assert isinstance(error, TransportError) and error.delivery is Delivery.MAYBE_SENT


def test_refused_connection_was_not_sent_and_is_retried() -> None:
    error = _session().request("POST", f"http://127.0.0.1:{free_port()}/orders", body="{}")
    assert isinstance(error, TransportError) and error.delivery is Delivery.NOT_SENT
    assert error.tries == 3 and "nothing was sent" in error.reason


def test_invalid_address_is_not_sent() -> None:
    error = _session().request("GET", "not a url")
    assert isinstance(error, TransportError) and error.delivery is Delivery.NOT_SENT


def test_redirects_are_not_followed(scripted: Scripted) -> None:
    scripted.script = [(302, {"Location": "/elsewhere"}, b"")]
    reply = _session().request("POST", f"{scripted.url}/orders", body="{}")
    assert isinstance(reply, Reply) and reply.status == 302
    assert len(scripted.received) == 1


def test_pacing_from_the_declared_rate_limit_headers_delays_the_next_request(scripted: Scripted) -> None:
    low = {"X-Left": "1", "X-Reset-Ms": "150"}
    scripted.script = [(200, low, b"{}"), (200, {}, b"{}")]
    session = ApiSession({"api-key": SECRET}, Redactor([SECRET]), FAST, quota=QUOTA)
    session.request("GET", f"{scripted.url}/orders")
    started = time.monotonic()
    session.request("GET", f"{scripted.url}/orders")
    assert time.monotonic() - started >= 0.15


def test_no_secret_in_logs_snippets_or_reasons(scripted: Scripted, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # urllib3 too: it logs each request line with its query string
    scripted.script = [(500, {}, f"error for key {SECRET}".encode()), "drop"]
    session = _session()
    reply = session.request("GET", f"{scripted.url}/token", params={"client_secret": SECRET})
    assert isinstance(reply, Reply) and SECRET not in reply.snippet and "[secret]" in reply.snippet
    error = session.request("GET", f"{scripted.url}/token", params={"client_secret": SECRET})
    assert isinstance(error, TransportError) and "s3cr3t" not in error.reason
    library_lines = [record.getMessage() for record in caplog.records if record.name == "urllib3.connectionpool"]
    assert any("client_secret=" in line for line in library_lines)
    assert all("s3cr3t" not in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("key", [f"{SECRET}\N{HORIZONTAL ELLIPSIS}", f" {SECRET}"])
def test_a_header_no_request_can_carry_is_not_sent_and_not_retried(scripted: Scripted, key: str) -> None:
    scripted.script = [(201, {}, b"{}")]
    session = ApiSession({"api-key": key}, Redactor([key]), FAST)
    error = session.request("POST", f"{scripted.url}/orders", body="{}")
    assert isinstance(error, TransportError) and error.delivery is Delivery.NOT_SENT
    assert error.tries == 1 and not error.repeatable
    assert "nothing was sent" in error.reason and SECRET not in error.reason
    assert scripted.received == []

