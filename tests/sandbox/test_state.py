"""The sandbox's memory: numbering, repeats, tokens, rate windows and settings."""

from __future__ import annotations

import threading
import time

import pytest

from orderdesk.sandbox.state import (
    Config,
    OrderBook,
    RateWindows,
    SandboxState,
    TokenStore,
)


def test_orders_are_numbered_in_arrival_order() -> None:
    book = OrderBook(100)
    first, created_first = book.add({"n": 1})
    second, created_second = book.add({"n": 2})
    assert (first.number, second.number, created_first, created_second) == (100, 101, True, True)
    assert [order.body for order in book.orders()] == [{"n": 1}, {"n": 2}]
    assert book.get(101) == second


def test_a_repeated_key_returns_the_first_order_unchanged() -> None:
    book = OrderBook(1)
    first, _ = book.add({"v": 1}, key="A")
    again, created = book.add({"v": 2}, key="A")
    assert (again, created) == (first, False)
    assert len(book.orders()) == 1


def test_a_taken_number_is_refused_and_skipped_when_numbering() -> None:
    book = OrderBook(1)
    book.add({}, number=2)
    existing, created = book.add({"other": True}, number=2)
    assert (existing.body, created) == ({}, False)
    assert [book.add({})[0].number for _ in range(2)] == [1, 3]


def test_clear_starts_numbering_again() -> None:
    book = OrderBook(5)
    book.add({}, key="x")
    book.clear()
    assert book.orders() == []
    assert book.add({}, key="x") == (book.get(5), True)


def test_concurrent_adds_never_share_a_number() -> None:
    book = OrderBook(1)
    numbers: list[int] = []

    def add_many() -> None:
        for _ in range(200):
            numbers.append(book.add({})[0].number)

    threads = [threading.Thread(target=add_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert sorted(numbers) == list(range(1, 801))


def test_tokens_are_valid_until_they_expire() -> None:
    tokens = TokenStore()
    token, expires_at = tokens.issue(60)
    assert tokens.is_valid(token)
    assert expires_at == pytest.approx(time.time() + 60, abs=1)
    assert not tokens.is_valid("guessed")
    tokens.expire_all()
    assert not tokens.is_valid(token)
    short, _ = tokens.issue(0)
    assert not tokens.is_valid(short)


def test_a_window_allows_its_quota_then_refuses_until_it_resets() -> None:
    rates = RateWindows()
    states = [rates.hit("store", 2, 200) for _ in range(3)]
    assert [(state.allowed, state.left) for state in states] == [(True, 1), (True, 0), (False, 0)]
    assert 0 < states[-1].reset_ms <= 200
    assert rates.hit("other", 2, 200).allowed
    time.sleep(0.25)
    assert rates.hit("store", 2, 200).left == 1


def test_configure_changes_known_settings_and_refuses_others() -> None:
    state = SandboxState()
    assert state.configure({"bigcommerce_quota": 3}) == Config(bigcommerce_quota=3)
    for changes in ({"bigcommerce_quota": True}, {"bigcommerce_window_ms": -1}, {"shopify": 1}):
        with pytest.raises(ValueError):
            state.configure(changes)
    assert state.config.bigcommerce_quota == 3


def test_configure_can_expire_every_token() -> None:
    state = SandboxState()
    token, _ = state.tokens.issue(60)
    state.configure({"feedbackcompany_expire_tokens": True})
    assert not state.tokens.is_valid(token)


def test_reset_forgets_everything() -> None:
    state = SandboxState()
    state.books["dropday"].add({}, key="x")
    token, _ = state.tokens.issue(60)
    state.configure({"bigcommerce_quota": 1})
    state.rates.hit("store", 1, 30_000)
    state.reset()
    assert state.books["dropday"].orders() == []
    assert not state.tokens.is_valid(token)
    assert state.config == Config()
    assert state.rates.hit("store", 1, 30_000).allowed
