"""The fault matrix: each fault, how it is injected, and what a read and a send must do under it.

Faults are injected by the mock server on a real loopback port (statuses, delays, broken, padded and
dripped answers, connections cut mid-answer), by not listening yet (connection refused), or, for a
connect timeout, which loopback cannot produce on demand, by the client's transport raising httpx's
``ConnectTimeout`` before anything is sent. Every client runs with ``max_retries=2``, a 1 s read
timeout, and a retry policy whose waits are recorded instead of slept (no jitter, so the exponential
backoff waits are exactly 0.5 s and then 1 s).
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from typing import Any

import httpx
from attrs import field, frozen

from iranpayamak.testing import MockServer

__all__ = ["CASES", "CLOCK", "OPERATIONS", "Case", "Expect", "Operation", "ScriptedTransport"]

CLOCK = 1_800_000_000.0
"""The retry policy's "now" (epoch seconds), so an HTTP-date ``Retry-After`` is an exact wait."""

READ_TIMEOUT = 1.0
BACKOFF = [0.5, 1.0]


class ScriptedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A real transport that can be told to fail the next requests before sending them."""

    def __init__(self) -> None:
        self.sync = httpx.HTTPTransport()
        self.asynchronous = httpx.AsyncHTTPTransport()
        self.failures: list[type[httpx.TransportError]] = []

    def _next_failure(self, request: httpx.Request) -> None:
        if self.failures:
            raise self.failures.pop(0)("injected before sending", request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._next_failure(request)
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._next_failure(request)
        return await self.asynchronous.handle_async_request(request)

    def close(self) -> None:
        self.sync.close()

    async def aclose(self) -> None:
        await self.asynchronous.aclose()


@frozen
class Operation:
    """A public call under test: an idempotent read or a send."""

    name: str
    operation_id: str
    send: bool
    call: Callable[[Any], Any]


OPERATIONS = [
    Operation("balance", "get_balance", False, lambda c: c.account.balance()),
    Operation("inbox page", "list_inbox_messages", False, lambda c: c.reports.inbox(limit=20).page()),
    Operation(
        "pattern send",
        "send_pattern",
        True,
        lambda c: c.sms.send_pattern("mockOtp001", "09121234567", {"code": "1234"}),
    ),
    Operation("simple send", "send_simple", True, lambda c: c.sms.send_simple("سلام", ["09121234567"])),
]


@frozen
class Expect:
    """What must happen: the outcome (``ok`` or an exception class name), requests received, waits."""

    outcome: str
    requests: int
    waits: list[float] = field(factory=list)


Arrange = Callable[[MockServer, ScriptedTransport, str], None]
"""Sets the fault up for one operation id, before the call."""


@frozen
class Case:
    """One fault with the behaviour expected of reads and of sends."""

    name: str
    arrange: Arrange
    read: Expect
    send: Expect
    before_sending: bool = False
    """The fault hits before any byte is sent, so a retried send still reaches the service once."""
    late_start: bool = False
    """The server starts listening only when the client first waits to retry."""

    def expect(self, operation: Operation) -> Expect:
        return self.send if operation.send else self.read


def _fault(**settings: Any) -> Arrange:
    def arrange(mock: MockServer, transport: ScriptedTransport, operation_id: str) -> None:
        mock.faults.add(operation=operation_id, **settings)

    return arrange


def _transport_failure(kind: type[httpx.TransportError]) -> Arrange:
    def arrange(mock: MockServer, transport: ScriptedTransport, operation_id: str) -> None:
        transport.failures.append(kind)

    return arrange


def _nothing(mock: MockServer, transport: ScriptedTransport, operation_id: str) -> None:
    pass


def _http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(CLOCK + seconds_from_now, usegmt=True)


_ERROR_ENVELOPE = {"status": "error", "data": None, "messages": "خطای داخلی سرویس"}

CASES = [
    Case(
        "connection refused",
        _nothing,
        read=Expect("ok", 1, BACKOFF[:1]),
        send=Expect("ok", 1, BACKOFF[:1]),
        before_sending=True,
        late_start=True,
    ),
    Case(
        "connection reset mid-response",
        _fault(drop=True, times=1),
        read=Expect("ok", 2, BACKOFF[:1]),
        send=Expect("APIConnectionError", 1),
    ),
    Case(
        "connect timeout",
        _transport_failure(httpx.ConnectTimeout),
        read=Expect("ok", 1, BACKOFF[:1]),
        send=Expect("ok", 1, BACKOFF[:1]),
        before_sending=True,
    ),
    Case(
        "read timeout",
        _fault(delay=READ_TIMEOUT * 3, times=1),
        read=Expect("ok", 2, BACKOFF[:1]),
        send=Expect("APITimeoutError", 1),
    ),
    Case("408", _fault(status=408, times=1), read=Expect("ok", 2, BACKOFF[:1]), send=Expect("APIError", 1)),
    Case(
        "429, Retry-After in seconds",
        _fault(status=429, headers={"Retry-After": "3"}, times=1),
        read=Expect("ok", 2, [3.0]),
        send=Expect("ok", 2, [3.0]),
    ),
    Case(
        "429, Retry-After as an HTTP date",
        _fault(status=429, headers={"Retry-After": _http_date(5)}, times=1),
        read=Expect("ok", 2, [5.0]),
        send=Expect("ok", 2, [5.0]),
    ),
    Case(
        "429, Retry-After beyond the 60 s cap",
        _fault(status=429, headers={"Retry-After": "120"}, times=1),
        read=Expect("RateLimitError", 1),
        send=Expect("RateLimitError", 1),
    ),
    Case("500", _fault(status=500, times=1), read=Expect("ok", 2, BACKOFF[:1]), send=Expect("ServerError", 1)),
    Case("502", _fault(status=502, times=1), read=Expect("ok", 2, BACKOFF[:1]), send=Expect("ServerError", 1)),
    Case(
        "503 with Retry-After",
        _fault(status=503, headers={"Retry-After": "2"}, times=1),
        read=Expect("ok", 2, [2.0]),
        send=Expect("ServerError", 1),
    ),
    Case(
        "503 without Retry-After",
        _fault(status=503, times=1),
        read=Expect("ok", 2, BACKOFF[:1]),
        send=Expect("ServerError", 1),
    ),
    Case(
        "503 on every attempt",
        _fault(status=503),
        read=Expect("ServerError", 3, BACKOFF),
        send=Expect("ServerError", 1),
    ),
    Case("504", _fault(status=504, times=1), read=Expect("ok", 2, BACKOFF[:1]), send=Expect("ServerError", 1)),
    Case(
        "200 with an HTML body",
        _fault(html=True, times=1),
        read=Expect("ResponseParseError", 1),
        send=Expect("ResponseParseError", 1),
    ),
    Case(
        "200 with truncated JSON",
        _fault(malformed=True, times=1),
        read=Expect("ResponseParseError", 1),
        send=Expect("ResponseParseError", 1),
    ),
    Case(
        '200 with "status": "error"',
        _fault(status=200, body=_ERROR_ENVELOPE, times=1),
        read=Expect("APIError", 1),
        send=Expect("APIError", 1),
    ),
    Case(
        "200 with an empty body",
        _fault(empty=True, times=1),
        read=Expect("ResponseParseError", 1),
        send=Expect("ResponseParseError", 1),
    ),
    Case("a 10 MB body", _fault(pad=10_000_000, times=1), read=Expect("ok", 1), send=Expect("ok", 1)),
    Case("a slow drip response", _fault(drip=0.02, times=1), read=Expect("ok", 1), send=Expect("ok", 1)),
]
