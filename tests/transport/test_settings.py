"""Tests for orderdesk.transport.settings: the read timeout from the environment and the settle time."""

from __future__ import annotations

import pytest

from orderdesk.transport.settings import DEFAULT_READ_TIMEOUT, READ_TIMEOUT_VARIABLE, HttpSettings


@pytest.mark.parametrize(
    ("value", "read"),
    [("2.5", 2.5), ("", DEFAULT_READ_TIMEOUT), ("soon", DEFAULT_READ_TIMEOUT), ("0", DEFAULT_READ_TIMEOUT),
     ("-3", DEFAULT_READ_TIMEOUT), ("inf", DEFAULT_READ_TIMEOUT), ("nan", DEFAULT_READ_TIMEOUT)],
)
def test_the_read_timeout_comes_from_the_environment_when_it_is_a_positive_number(
    monkeypatch: pytest.MonkeyPatch, value: str, read: float
) -> None:
    monkeypatch.setenv(READ_TIMEOUT_VARIABLE, value)
    settings = HttpSettings()
    assert settings.timeouts.read == read
    assert settings.settle_seconds == 2 * read
