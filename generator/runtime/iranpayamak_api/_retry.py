# Hand-written runtime: edit generator/runtime/iranpayamak_api/_retry.py; scripts/regenerate copies it here.
"""When to retry a request, and how long to wait first.

The rule that matters for an SMS client: a send must never reach the service twice because of a
retry. Idempotent methods (GET, HEAD, OPTIONS) retry on connection failures, timeouts and the
statuses in :data:`RETRYABLE_STATUSES`. Other methods, which include every send, retry only when the
request provably never reached the service (the connection could not be opened, or no pooled
connection became free) or when the service refused it with 429. A read timeout or a 5xx after a
send is not retried unless the caller opts in with ``retry_non_idempotent=True``.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Awaitable, Callable

import httpx
from attrs import define, field

__all__ = [
    "IDEMPOTENT_METHODS",
    "NEVER_SENT",
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "parse_retry_after",
    "should_retry",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""Methods whose requests may be repeated without changing the outcome."""

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
"""Statuses after which an idempotent request is retried."""

NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.LocalProtocolError)
"""Failures that happen before any byte of the request leaves the machine."""
# Failures worth trying again for an idempotent request; the rest (bad URL, protocol misuse) repeat.
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


async def _anyio_sleep(seconds: float) -> None:
    # Imported on first use so that importing the client stays cheap; anyio serves asyncio and trio.
    import anyio

    await anyio.sleep(seconds)


@define(frozen=True, kw_only=True)
class RetryPolicy:
    """How long to wait between attempts.

    Without a ``Retry-After`` header the wait grows exponentially from ``initial_delay`` up to
    ``max_delay``, minus a random part of up to ``jitter`` of it so that many clients do not retry in
    step. A ``Retry-After`` header (seconds or an HTTP date) is honoured exactly; when it asks for more
    than ``max_retry_after`` seconds the request is not retried and the error is raised instead.

    ``sleep``, ``async_sleep``, ``clock`` and ``random`` exist so tests can run retries without waiting.

    Example::

        Client(api_key="...", retry_policy=RetryPolicy(initial_delay=1.0, max_delay=20.0))
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, eq=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_anyio_sleep, repr=False, eq=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, eq=False)
    random: Callable[[], float] = field(default=random.random, repr=False, eq=False)

    def backoff(self, attempt: int) -> float:
        """The wait before retry number ``attempt + 1`` when the service did not say how long."""
        delay = min(self.max_delay, self.initial_delay * (2.0**attempt))
        return delay * (1.0 - self.jitter * self.random())

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float | None:
        """The wait before the next attempt, or None when the service asked for longer than allowed."""
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("retry-after"), now=self.clock())
            if retry_after is not None:
                return retry_after if retry_after <= self.max_retry_after else None
        return self.backoff(attempt)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait according to a ``Retry-After`` value: a number of seconds or an HTTP date.

    Returns None when the header is absent or unreadable; never negative.

    Example::

        >>> parse_retry_after("30")
        30.0
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            return None
        seconds = moment.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def should_retry(
    method: str,
    *,
    response: httpx.Response | None = None,
    error: BaseException | None = None,
    retry_non_idempotent: bool = False,
) -> bool:
    """Whether an attempt that ended with ``response`` or ``error`` may be repeated.

    This decides only whether a retry is safe; the caller also checks the retry budget.
    """
    safe = retry_non_idempotent or method.upper() in IDEMPOTENT_METHODS
    if error is not None:
        if isinstance(error, httpx.LocalProtocolError):
            return False  # the same request would be refused again
        if isinstance(error, NEVER_SENT):
            return True
        return safe and isinstance(error, _TRANSIENT)
    if response is None:
        return False
    if response.status_code == 429:
        # The service refused the request without acting on it.
        return True
    return safe and response.status_code in RETRYABLE_STATUSES
