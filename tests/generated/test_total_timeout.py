"""``total_timeout`` bounds a whole call: every attempt, the waits between them and the whole answer,
however slowly it arrives (httpx's own timeouts bound each read, not the answer)."""

from __future__ import annotations

import contextlib
import contextvars
import itertools
import math
from collections.abc import Iterator

import httpx
import pytest

import iranpayamak_api
from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import APITimeoutError, ConfigurationError, ServerError
from iranpayamak.testing import MockServer
from tests.fakes import FakeService, envelope


@pytest.fixture
def trickling() -> Iterator[MockServer]:
    """A mock whose balance answers arrive 64 bytes every 50 ms: about 1.6 s for the whole answer."""
    with MockServer() as mock:
        mock.faults.add(operation="get_balance", drip=0.05, pad=2000)
        yield mock


def _balance_requests(mock: MockServer) -> int:
    return sum(1 for request in mock.requests if request.path.endswith("/account/balance"))


def test_a_trickling_answer_ends_the_call_at_its_total_timeout(trickling: MockServer) -> None:
    with trickling.client(total_timeout=0.3) as client, pytest.raises(APITimeoutError, match="total_timeout") as caught:
        client.account.balance()
    assert caught.value.may_have_reached_service
    # A GET is retried after a timeout, but no time was left for another attempt.
    assert _balance_requests(trickling) == 1


@pytest.mark.anyio
async def test_a_trickling_answer_ends_the_async_call_at_its_total_timeout(trickling: MockServer) -> None:
    async with trickling.async_client() as client:
        with pytest.raises(APITimeoutError, match="total_timeout"):
            await client.with_options(total_timeout=0.3).account.balance()
    assert _balance_requests(trickling) == 1


def test_without_a_total_timeout_the_same_answer_is_read_to_its_end(trickling: MockServer) -> None:
    with trickling.client() as client:
        assert client.account.balance().balance_amount is not None


def test_no_retry_is_made_when_its_wait_would_pass_the_total_timeout() -> None:
    busy = httpx.Response(503, headers={"Retry-After": "5"}, json={"status": "error", "message": "busy"})
    bounded = FakeService(busy, envelope({"balanceAmount": 1, "balanceCount": 1}))
    with pytest.raises(ServerError):
        bounded.ergonomic(IranPayamak).with_options(total_timeout=2).account.balance()
    assert len(bounded.requests) == 1 and bounded.sleeps == []
    unbounded = FakeService(busy, envelope({"balanceAmount": 1, "balanceCount": 1}))
    unbounded.ergonomic(IranPayamak).account.balance()
    assert len(unbounded.requests) == 2 and unbounded.sleeps == [5.0]


@pytest.mark.parametrize("bad", [0, -1, math.nan, math.inf, "5", True, [1]])
def test_a_total_timeout_must_be_a_positive_number_of_seconds(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="total_timeout"):
        iranpayamak_api.Client(api_key="k", total_timeout=bad)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="total_timeout"):
        AsyncIranPayamak(api_key="k").with_options(total_timeout=bad)


def test_each_attempt_gets_only_the_time_that_is_left() -> None:
    seen: list[dict[str, float | None]] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return envelope({"balanceAmount": 1, "balanceCount": 1})

    client = iranpayamak_api.Client(
        api_key="k",
        base_url="https://api.test",
        total_timeout=2.0,
        httpx_args={"transport": httpx.MockTransport(record)},
    )
    from iranpayamak_api.api.account import get_balance

    get_balance.sync(client=client)
    [timeouts] = seen
    assert timeouts["connect"] is not None and timeouts["connect"] <= 2.0  # 5 s by default
    assert timeouts["read"] is not None and timeouts["read"] <= 2.0  # 30 s by default


class _DribblingServer:
    """A server whose answers never end: a status line, then a header that goes on a byte at a time,
    each byte well within any read timeout. Only a bound on the whole call stops the wait. Once
    ``dribble`` is off, new connections get a proper answer at once."""

    BODY = b'{"status": "success", "data": {"balanceAmount": 1, "balanceCount": 1}}'
    ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY)

    def __init__(self) -> None:
        import socket
        import threading

        self._socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._stop = threading.Event()
        self.dribble = True
        """Whether to dribble; when False, each answer goes out at once."""
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        import socket

        self._socket.settimeout(0.05)
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except (TimeoutError, OSError):
                continue
            with connection, contextlib.suppress(OSError):  # the client may close it at any point
                connection.recv(65536)
                if not self.dribble:
                    connection.sendall(self.ANSWER)
                    continue
                for byte in itertools.chain(b"HTTP/1.1 200 OK\r\nX-Pad: ", itertools.repeat(ord("a"))):
                    if self._stop.wait(0.05):
                        break
                    connection.sendall(bytes([byte]))
                connection.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._socket.close()


@pytest.fixture
def dribbling() -> Iterator[_DribblingServer]:
    server = _DribblingServer()
    yield server
    server.close()


def test_a_dribbled_status_line_and_headers_end_a_sync_call_at_its_total_timeout(dribbling: _DribblingServer) -> None:
    with (
        IranPayamak(api_key="k", base_url=dribbling.url, total_timeout=0.3, max_retries=0) as client,
        pytest.raises(APITimeoutError, match="total_timeout") as caught,
    ):
        client.account.balance()
    assert caught.value.may_have_reached_service


_REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="unset")


def test_calls_that_ran_out_of_time_leave_no_connection_busy(dribbling: _DribblingServer) -> None:
    # A call that gives up must not leave its connection reading the dribble: with a pool of one
    # connection, the next call would find none free (and a pool of 100 would run out the same way).
    from iranpayamak_api.api.account import get_balance

    limits = {"limits": httpx.Limits(max_connections=1)}
    settings = {"api_key": "k", "base_url": dribbling.url, "max_retries": 0, "httpx_args": limits}
    with iranpayamak_api.Client(**settings, total_timeout=0.2) as client:
        for _ in range(3):
            with pytest.raises(APITimeoutError, match="total_timeout"):
                get_balance.sync(client=client)
        dribbling.dribble = False
        assert get_balance.sync(client=client.with_options(total_timeout=5)).data.balance_amount == 1


def test_a_call_with_a_total_timeout_runs_in_the_callers_context() -> None:
    # Tracing and logging that key on context variables (request ids, spans) must see the caller's
    # values in the transport, with a total_timeout as without one.
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(_REQUEST_ID.get())
        return envelope({"balanceAmount": 1, "balanceCount": 1})

    client = iranpayamak_api.Client(
        api_key="k",
        base_url="https://api.test",
        total_timeout=5.0,
        httpx_args={"transport": httpx.MockTransport(record)},
    )
    from iranpayamak_api.api.account import get_balance

    token = _REQUEST_ID.set("req-42")
    try:
        get_balance.sync(client=client)
    finally:
        _REQUEST_ID.reset(token)
    assert seen == ["req-42"]


def test_an_interrupt_in_the_transport_of_a_call_with_a_total_timeout_reaches_the_caller() -> None:
    def interrupt(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt("in the transport")

    client = iranpayamak_api.Client(
        api_key="k",
        base_url="https://api.test",
        total_timeout=5.0,
        httpx_args={"transport": httpx.MockTransport(interrupt)},
    )
    from iranpayamak_api.api.account import get_balance

    with pytest.raises(KeyboardInterrupt, match="in the transport"):
        get_balance.sync(client=client)
