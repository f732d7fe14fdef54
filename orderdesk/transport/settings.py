"""How a session behaves that is not the API's business: timeouts, retry policy, rate-limit reserve."""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

READ_TIMEOUT_VARIABLE = "ORDERDESK_READ_TIMEOUT"
"""Seconds to wait for an answer instead of ``DEFAULT_READ_TIMEOUT`` (a slow API; tests)."""
DEFAULT_READ_TIMEOUT = 30.0


def _read_timeout() -> float:
    """``ORDERDESK_READ_TIMEOUT`` when it is a positive number of seconds, else the default."""
    try:
        seconds = float(os.environ.get(READ_TIMEOUT_VARIABLE, ""))
    except ValueError:
        return DEFAULT_READ_TIMEOUT
    return seconds if math.isfinite(seconds) and seconds > 0 else DEFAULT_READ_TIMEOUT


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for a connection and, once sent, for each read of the answer."""

    connect: float = 5.0
    read: float = field(default_factory=_read_timeout)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long a request may be tried again when that is safe.

    Attributes:
        attempts: tries in all, the first one included.
        backoff: the wait before the first retry; it doubles for each further one.
        max_delay: the longest single wait between tries.
        budget: the most seconds spent waiting in all (backoff and rate limits), so a
            person is never left staring at a spinner.
    """

    attempts: int = 4
    backoff: float = 0.5
    max_delay: float = 8.0
    budget: float = 60.0

    def delay(self, retry: int) -> float:
        """The wait before retry number ``retry`` (0 for the first retry)."""
        return min(self.max_delay, self.backoff * (2**retry))


@dataclass(frozen=True)
class HttpSettings:
    """Everything about a session that is not the API's own business.

    Attributes:
        timeouts: connect and read timeouts for every request.
        retry: the retry policy for requests the caller marks as safe to repeat.
        rate_limit_reserve: requests left in a rate-limit window at which the session
            stops and waits for the window to reset, so it never runs into a 429.
        sleep: how to wait; tests replace it to stay fast.
    """

    timeouts: Timeouts = field(default_factory=Timeouts)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    rate_limit_reserve: int = 2
    sleep: Callable[[float], None] = time.sleep

    @property
    def settle_seconds(self) -> float:
        """How long after a request left a lookup that finds nothing can be trusted.

        A request that timed out may still be being written by the server; twice the read
        timeout gives it the time it had, and as much again.
        """
        return 2 * self.timeouts.read
