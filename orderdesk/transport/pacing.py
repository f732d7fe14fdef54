"""Rate limits: reading Retry-After and quota headers, and holding requests so a 429 is not hit."""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class QuotaHeaders:
    """The answer headers in which an API tells its remaining quota (its client declares them).

    Attributes:
        requests_left: requests left in the current window.
        reset_ms: milliseconds until the window starts again.
    """

    requests_left: str
    reset_ms: str


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date); ``None`` if absent or unreadable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = datetime.now(timezone.utc).timestamp() if now is None else now
    return max(0.0, when.timestamp() - current)


def rate_limit_wait(headers: Mapping[str, str], quota: QuotaHeaders | None = None) -> float | None:
    """Seconds a 429 asks for: ``Retry-After``, else the API's own reset header when it declares one."""
    seconds = parse_retry_after(headers.get("Retry-After"))
    if seconds is not None or quota is None:
        return seconds
    reset_ms = _header_number(headers, quota.reset_ms)
    return None if reset_ms is None else max(0.0, reset_ms / 1000)


class Pacer:
    """Keeps one profile's requests under its rate limit, shared by every thread using it.

    After each answer it reads the API's quota headers (``QuotaHeaders``); when only ``reserve``
    requests are left it holds every further request until the window resets, so the limit is
    not hit. A 429 holds requests for as long as the server asked.
    """

    def __init__(
        self,
        reserve: int = 2,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._reserve = reserve
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._until = 0.0

    def hold(self, seconds: float) -> None:
        """Let no request start for ``seconds`` from now."""
        with self._lock:
            self._until = max(self._until, self._clock() + seconds)

    def pending(self) -> float:
        """Seconds until a request may start."""
        with self._lock:
            return max(0.0, self._until - self._clock())

    def wait(self) -> float:
        """Sleep until a request may start; the seconds slept."""
        seconds = self.pending()
        if seconds > 0:
            self._sleep(seconds)
        return seconds

    def observe(self, headers: Mapping[str, str], quota: QuotaHeaders) -> None:
        """Learn the remaining quota from an answer's headers named by ``quota``."""
        left = _header_number(headers, quota.requests_left)
        reset_ms = _header_number(headers, quota.reset_ms)
        if left is not None and reset_ms is not None and left <= self._reserve:
            self.hold(reset_ms / 1000)


def _header_number(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None
