"""Requests and replies as the API modules see them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orderdesk.core.jsonio import BodyError
from orderdesk.sandbox.messages import Request, json_reply, text_reply


def _request(body: bytes) -> Request:
    return Request("POST", "/orders", {}, {"api-key": "sandbox"}, body, "http://127.0.0.1:1/dropday/api/v1")


def test_the_body_is_read_without_losing_a_cent() -> None:
    assert _request(b'{"price": 10.99}').json() == {"price": Decimal("10.99")}


@pytest.mark.parametrize("body", [b"{", b"\xff\xfe", b"NaN"])
def test_a_body_that_is_not_json_is_a_body_error(body: bytes) -> None:
    with pytest.raises(BodyError):
        _request(body).json()


def test_headers_are_found_by_their_lower_case_name() -> None:
    request = _request(b"")
    assert request.header("API-Key") == "sandbox"
    assert request.header("account-id") == ""


def test_a_json_reply_writes_amounts_as_numbers() -> None:
    reply = json_reply(201, {"total": Decimal("10.99"), "name": "Crème"}, {"X-Extra": "1"})
    assert reply.body == '{"total": 10.99, "name": "Crème"}'.encode()
    assert (reply.status, reply.content_type, reply.headers) == (201, "application/json", {"X-Extra": "1"})


def test_a_text_reply_keeps_its_content_type() -> None:
    reply = text_reply(502, "<h1>Bad</h1>", "text/html; charset=utf-8")
    assert (reply.body, reply.content_type) == (b"<h1>Bad</h1>", "text/html; charset=utf-8")
