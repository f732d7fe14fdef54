"""Everything the sandbox remembers, in memory, safe to use from the handler threads.

Each store takes its own lock only around dictionary work, never during I/O or
validation, so concurrent clients are not serialised by the sandbox.
"""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from orderdesk.sandbox.faults import FaultQueue

HOLD_LIMIT_SECONDS = 120.0
"""The longest ``POST /_sandbox/hold`` keeps a request waiting."""



@dataclass
class Config:
    """Settings a test or demo may change through ``POST /_sandbox/config``.

    Attributes:
        bigcommerce_quota: requests per window and store (BigCommerce allows 150 or 450).
        bigcommerce_window_ms: the rate-limit window (BigCommerce: 30 s).
        feedbackcompany_token_seconds: how long a new Feedback Company token lives.
    """

    bigcommerce_quota: int = 150
    bigcommerce_window_ms: int = 30_000
    feedbackcompany_token_seconds: int = 30 * 86_400


@dataclass(frozen=True)
class StoredOrder:
    """One accepted order: its number at the API, the body as received, when it arrived."""

    number: int
    body: Any
    created_at: datetime


class OrderBook:
    """The orders one API accepted, numbered in arrival order, findable by number or key."""

    def __init__(self, first_number: int) -> None:
        self._lock = threading.Lock()
        self._first_number = first_number
        self._next = first_number
        self._orders: dict[int, StoredOrder] = {}
        self._keys: dict[str, int] = {}

    def add(self, body: Any, key: str | None = None, number: int | None = None) -> tuple[StoredOrder, bool]:
        """Store ``body``: ``(order, True)``, or ``(existing order, False)`` when ``key`` or ``number`` is taken.

        Args:
            body: the order as received.
            key: a unique key (Dropday's ``external_id``); a repeat returns the first order.
            number: the number the client asked for (Centra's ``orderNumber``); otherwise
                the next free one.
        """
        with self._lock:
            existing = self._keys.get(key) if key is not None else number
            if existing is not None and existing in self._orders:
                return self._orders[existing], False
            if number is None:
                while self._next in self._orders:
                    self._next += 1
                number = self._next
                self._next += 1
            order = StoredOrder(number, body, datetime.now(UTC))
            self._orders[number] = order
            if key is not None:
                self._keys[key] = number
            return order, True

    def get(self, number: int) -> StoredOrder | None:
        """The order with this number, if any."""
        with self._lock:
            return self._orders.get(number)

    def orders(self) -> list[StoredOrder]:
        """Every order, in arrival order."""
        with self._lock:
            return list(self._orders.values())

    def clear(self) -> None:
        """Forget every order and start numbering again."""
        with self._lock:
            self._orders.clear()
            self._keys.clear()
            self._next = self._first_number


class OrderBooks(dict[str, OrderBook]):
    """Each API's accepted orders by its name, a book opened on first use at the API's first number."""

    def __missing__(self, name: str) -> OrderBook:
        # The handlers import this module (through ``api``), so they are looked up when first needed.
        from orderdesk.sandbox.handlers import HANDLERS

        return self.setdefault(name, OrderBook(HANDLERS[name].first_order_number))


class TokenStore:
    """Access tokens handed out by the Feedback Company token endpoint."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._expiry: dict[str, float] = {}

    def issue(self, lifetime_seconds: float) -> tuple[str, float]:
        """A new token and its expiry (epoch seconds)."""
        token = secrets.token_urlsafe(24)
        expires_at = time.time() + lifetime_seconds
        with self._lock:
            self._expiry[token] = expires_at
        return token, expires_at

    def is_valid(self, token: str) -> bool:
        """True for a token this sandbox issued that has not expired."""
        with self._lock:
            expires_at = self._expiry.get(token)
        return expires_at is not None and time.time() < expires_at

    def expire_all(self) -> None:
        """Make every issued token expired, so clients see the 401 that makes them fetch again."""
        with self._lock:
            for token in self._expiry:
                self._expiry[token] = 0.0

    def clear(self) -> None:
        """Forget every token."""
        with self._lock:
            self._expiry.clear()


@dataclass(frozen=True)
class RateState:
    """One request's place in its rate-limit window (BigCommerce's ``X-Rate-Limit-*`` headers)."""

    allowed: bool
    left: int
    quota: int
    reset_ms: int
    window_ms: int


class RateWindows:
    """Fixed windows of a quota of requests, one per key (a BigCommerce store)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, int]] = {}

    def hit(self, key: str, quota: int, window_ms: int) -> RateState:
        """Count one request for ``key``; it is allowed while the window's quota lasts."""
        now = time.monotonic()
        window = window_ms / 1000
        with self._lock:
            start, used = self._windows.get(key, (now, 0))
            if now >= start + window:
                start, used = now, 0
            allowed = used < quota
            if allowed:
                used += 1
            self._windows[key] = (start, used)
        reset_ms = max(0, math.ceil((start + window - now) * 1000))
        return RateState(allowed, quota - used, quota, reset_ms, window_ms)

    def clear(self) -> None:
        """Start every window afresh."""
        with self._lock:
            self._windows.clear()


class SandboxState:
    """All the sandbox's memory: orders per API, tokens, rate windows, faults and settings.

    Attributes:
        books: the accepted orders of each API, by API name.
        tokens: Feedback Company access tokens.
        rates: BigCommerce rate-limit windows.
        faults: faults still to apply.
        config: the current settings.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.books = OrderBooks()
        self.tokens = TokenStore()
        self.rates = RateWindows()
        self.faults = FaultQueue()
        self.config = Config()
        self._answering = threading.Event()
        self._answering.set()

    def reset(self) -> None:
        """Forget everything and go back to the default settings."""
        for book in self.books.values():
            book.clear()
        self.tokens.clear()
        self.rates.clear()
        self.faults.clear()
        self.release()
        with self._lock:
            self.config = Config()

    def hold(self) -> None:
        """Keep every API request waiting until ``release``, so a test can make two clients overlap for certain."""
        self._answering.clear()

    def release(self) -> None:
        """Let held and later API requests through."""
        self._answering.set()

    def wait_while_held(self) -> None:
        """Wait until answers are released, at most ``HOLD_LIMIT_SECONDS`` (a forgotten hold never hangs a client)."""
        self._answering.wait(HOLD_LIMIT_SECONDS)

    def configure(self, changes: Mapping[str, Any]) -> Config:
        """Apply settings from ``POST /_sandbox/config``; ``ValueError`` names a bad one.

        Besides ``Config``'s fields, ``"feedbackcompany_expire_tokens": true`` expires every
        Feedback Company token issued so far.
        """
        names = {item.name for item in fields(Config)}
        updates: dict[str, int] = {}
        expire = False
        for key, value in changes.items():
            if key == "feedbackcompany_expire_tokens":
                if not isinstance(value, bool):
                    raise ValueError(f"{key} must be true or false")
                expire = value
            elif key in names and isinstance(value, int) and not isinstance(value, bool) and value > 0:
                updates[key] = value
            elif key in names:
                raise ValueError(f"{key} must be a whole number above 0")
            else:
                raise ValueError(f"unknown setting {key!r}")
        with self._lock:
            for key, value in updates.items():
                setattr(self.config, key, value)
            current = Config(**{name: getattr(self.config, name) for name in names})
        if expire:
            self.tokens.expire_all()
        return current
