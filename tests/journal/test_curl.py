"""Exported cURL commands: valid shell, the same request, and no secret in them."""

from __future__ import annotations

import os
import shlex
import subprocess

import pytest

from orderdesk.journal import AttemptRow, Journal, curl_command
from tests.journal.samples import make_draft

BODY = '{"external_id": "PH-1", "notes": "Don\'t ring; call $HOME or `id` instead", "price": 10.5}'


def _attempt(journal: Journal, target: str, headers: dict[str, str]) -> AttemptRow:
    url = f"http://127.0.0.1:8080/{target}/orders?x=1&y=2"
    attempt_id = journal.begin_attempt(None, make_draft(), "p", target, "POST", url, BODY, headers)
    return journal.attempt(attempt_id)


@pytest.mark.parametrize(
    ("target", "secret_header", "placeholder"),
    [
        ("dropday", "api-key", "$DROPDAY_API_KEY"),
        ("centra", "API-Authorization", "$CENTRA_API_KEY"),
        ("bigcommerce", "X-Auth-Token", "$BIGCOMMERCE_ACCESS_TOKEN"),
        ("feedbackcompany", "Authorization", "Bearer $FEEDBACKCOMPANY_ACCESS_TOKEN"),
    ],
)
def test_the_secret_is_a_placeholder_and_the_rest_round_trips(
    journal: Journal, target: str, secret_header: str, placeholder: str
) -> None:
    attempt = _attempt(journal, target, {secret_header: "s3cr3t-value", "Accept": "application/json"})

    command = curl_command(attempt)

    assert "s3cr3t-value" not in command
    assert shlex.split(command) == [
        "curl",
        "-X",
        "POST",
        attempt.url,
        "-H",
        "Accept: application/json",
        "-H",
        f"{secret_header}: {placeholder}",
        "-H",
        "Content-Type: application/json",
        "--data-raw",
        BODY,
    ]


def test_bash_expands_only_the_placeholder(journal: Journal) -> None:
    attempt = _attempt(journal, "dropday", {"account-id": "42", "Content-Type": "application/json"})
    # A shell function stands in for curl and prints the arguments bash would pass it.
    script = 'curl() { printf "%s\\0" "$@"; }; ' + curl_command(attempt)

    result = subprocess.run(
        ["bash", "-c", script],
        env={**os.environ, "DROPDAY_API_KEY": "from-the-environment"},
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )

    arguments = result.stdout.split("\0")[:-1]
    assert arguments == [
        "-X",
        "POST",
        attempt.url,
        "-H",
        "account-id: 42",
        "-H",
        "Content-Type: application/json",
        "-H",
        "api-key: from-the-environment",
        "--data-raw",
        BODY,
    ]


def test_a_request_without_a_body_has_no_data(journal: Journal) -> None:
    attempt_id = journal.begin_attempt(None, make_draft(), "p", "centra", "GET", "http://127.0.0.1:1/orders", "")

    assert shlex.split(curl_command(journal.attempt(attempt_id))) == [
        "curl",
        "-X",
        "GET",
        "http://127.0.0.1:1/orders",
        "-H",
        "API-Authorization: $CENTRA_API_KEY",
    ]
