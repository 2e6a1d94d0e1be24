"""Retries: reads retry on transient failures; a send reaches the service at most once.

Each case runs through the sync and the async client. ``FakeService`` records every request that
reached the (fake) service and every wait the client asked for, so no test sleeps.
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import iranpayamak_api
from iranpayamak_api import RetryPolicy, errors
from iranpayamak_api._retry import parse_retry_after, should_retry
from iranpayamak_api.api.account import get_balance
from iranpayamak_api.api.sms import send_pattern
from tests.fakes import FakeService, envelope
from tests.generated.bodies import BALANCE, pattern_body

pytestmark = pytest.mark.anyio

# The fake policy draws random() == 0.5, so each backoff is 0.875 of its nominal value.
FIRST_WAIT, SECOND_WAIT = 0.5 * 0.875, 1.0 * 0.875


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def read(mode: str, client: Any) -> Any:
    """An idempotent read (GET)."""
    if mode == "sync":
        return get_balance.sync(client=client)
    return await get_balance.asyncio(client=client)


async def send(mode: str, client: Any) -> Any:
    """A non-idempotent send (POST)."""
    if mode == "sync":
        return send_pattern.sync(client=client, body=pattern_body())
    return await send_pattern.asyncio(client=client, body=pattern_body())


def ok_balance() -> httpx.Response:
    return httpx.Response(200, json=BALANCE)


def ok_send() -> httpx.Response:
    return envelope(407328, code=201)


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, json={"status": "error", "data": None, "messages": "failure"}, headers=headers)


TRANSIENT_ERRORS: list[Callable[[], Exception]] = [
    lambda: httpx.ConnectError("connection refused"),
    lambda: httpx.ConnectTimeout("connect timed out"),
    lambda: httpx.ReadTimeout("read timed out"),
    lambda: httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
    lambda: httpx.ReadError("connection reset by peer"),
]


@pytest.mark.parametrize("failure", TRANSIENT_ERRORS)
async def test_read_retries_transport_failures(mode: str, failure: Callable[[], Exception]) -> None:
    service = FakeService(failure(), ok_balance())
    balance = await read(mode, service.client(iranpayamak_api))
    assert balance.data.balance_amount == 5000
    assert len(service.requests) == 2
    assert service.sleeps == [FIRST_WAIT]


@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504])
async def test_read_retries_transient_statuses(mode: str, code: int) -> None:
    service = FakeService(status(code), ok_balance())
    assert (await read(mode, service.client(iranpayamak_api))).data.balance_count == 25
    assert len(service.requests) == 2


@pytest.mark.parametrize("code", [400, 401, 403, 404, 422, 501])
async def test_read_does_not_retry_final_statuses(mode: str, code: int) -> None:
    service = FakeService(status(code), ok_balance())
    with pytest.raises(errors.APIError):
        await read(mode, service.client(iranpayamak_api))
    assert len(service.requests) == 1


async def test_read_gives_up_after_max_retries_with_growing_waits(mode: str) -> None:
    service = FakeService(status(503))
    with pytest.raises(errors.ServerError):
        await read(mode, service.client(iranpayamak_api))
    assert len(service.requests) == 3
    assert service.sleeps == [FIRST_WAIT, SECOND_WAIT]


async def test_max_retries_zero_disables_retrying(mode: str) -> None:
    service = FakeService(status(503), ok_balance())
    with pytest.raises(errors.ServerError):
        await read(mode, service.client(iranpayamak_api, max_retries=0))
    assert len(service.requests) == 1


@pytest.mark.parametrize(
    "failure",
    [
        lambda: httpx.ConnectError("connection refused"),
        lambda: httpx.ConnectTimeout("connect timed out"),
        lambda: httpx.PoolTimeout("no free connection"),
    ],
)
async def test_send_retries_when_the_request_never_left(mode: str, failure: Callable[[], Exception]) -> None:
    service = FakeService(failure(), ok_send())
    result = await send(mode, service.client(iranpayamak_api))
    assert result.data == 407328
    assert len(service.requests) == 2


@pytest.mark.parametrize(
    ("failure", "raised"),
    [
        (lambda: httpx.ReadTimeout("read timed out"), errors.APITimeoutError),
        (lambda: httpx.WriteTimeout("write timed out"), errors.APITimeoutError),
        (lambda: httpx.RemoteProtocolError("connection reset mid-response"), errors.APIConnectionError),
        (lambda: httpx.ReadError("connection reset by peer"), errors.APIConnectionError),
        (lambda: httpx.WriteError("broken pipe"), errors.APIConnectionError),
    ],
)
async def test_send_is_not_retried_after_it_may_have_arrived(
    mode: str, failure: Callable[[], Exception], raised: type[Exception]
) -> None:
    service = FakeService(failure(), ok_send())
    with pytest.raises(raised):
        await send(mode, service.client(iranpayamak_api))
    assert len(service.requests) == 1
    assert service.sleeps == []


@pytest.mark.parametrize("code", [408, 500, 502, 503, 504])
async def test_send_is_not_retried_after_a_server_failure(mode: str, code: int) -> None:
    service = FakeService(status(code), ok_send())
    with pytest.raises(errors.APIError):
        await send(mode, service.client(iranpayamak_api))
    assert len(service.requests) == 1


async def test_send_retries_429_after_the_seconds_in_retry_after(mode: str) -> None:
    service = FakeService(status(429, **{"Retry-After": "3"}), ok_send())
    assert (await send(mode, service.client(iranpayamak_api))).data == 407328
    assert len(service.requests) == 2
    assert service.sleeps == [3.0]


async def test_retry_after_as_an_http_date_is_measured_from_the_clock(mode: str) -> None:
    service = FakeService()
    later = email.utils.formatdate(service.now + 7, usegmt=True)
    service.steps = [status(429, **{"Retry-After": later}), ok_send()]
    assert (await send(mode, service.client(iranpayamak_api))).data == 407328
    assert service.sleeps == [7.0]


async def test_retry_after_beyond_the_cap_is_not_waited_for(mode: str) -> None:
    service = FakeService(status(429, **{"Retry-After": "3600"}), ok_send())
    with pytest.raises(errors.RateLimitError) as caught:
        await send(mode, service.client(iranpayamak_api))
    assert caught.value.retry_after == 3600.0
    assert len(service.requests) == 1
    assert service.sleeps == []


async def test_persistent_rate_limit_raises_with_retry_after(mode: str) -> None:
    service = FakeService(status(429, **{"Retry-After": "2"}))
    with pytest.raises(errors.RateLimitError) as caught:
        await send(mode, service.client(iranpayamak_api))
    assert caught.value.retry_after == 2.0
    assert len(service.requests) == 3
    assert service.sleeps == [2.0, 2.0]


async def test_send_retries_server_failures_only_when_opted_in(mode: str) -> None:
    service = FakeService(status(503), httpx.ReadTimeout("read timed out"), ok_send())
    client = service.client(iranpayamak_api).with_options(retry_non_idempotent=True)
    assert (await send(mode, client)).data == 407328
    assert len(service.requests) == 3


async def test_client_stays_usable_after_failures(mode: str) -> None:
    service = FakeService(httpx.ReadTimeout("read timed out"), status(500), ok_send())
    client = service.client(iranpayamak_api)
    with pytest.raises(errors.APITimeoutError):
        await send(mode, client)
    with pytest.raises(errors.ServerError):
        await send(mode, client)
    assert (await send(mode, client)).data == 407328


def test_backoff_grows_exponentially_up_to_the_cap_minus_jitter() -> None:
    highest = RetryPolicy(random=lambda: 0.0)
    lowest = RetryPolicy(random=lambda: 1.0)
    assert [highest.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert [lowest.backoff(n) for n in range(3)] == [0.375, 0.75, 1.5]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("5", 5.0),
        (" 1.5 ", 1.5),
        ("-4", 0.0),
        ("soon", None),
        ("nan", None),
        (None, None),
        ("Wed, 21 Oct 2026 07:28:00 GMT", 60.0),
        ("Wed, 21 Oct 2026 07:26:00 GMT", 0.0),
    ],
)
def test_retry_after_values(value: str | None, seconds: float | None) -> None:
    now = email.utils.parsedate_to_datetime("Wed, 21 Oct 2026 07:27:00 GMT").timestamp()
    assert parse_retry_after(value, now=now) == seconds


def test_only_never_sent_failures_and_429_make_a_send_retryable() -> None:
    request = httpx.Request("POST", "https://api.test/ws/v1/sms/pattern")
    assert should_retry("POST", error=httpx.ConnectError("refused", request=request))
    assert not should_retry("POST", error=httpx.ReadTimeout("slow", request=request))
    assert should_retry("POST", response=httpx.Response(429))
    assert not should_retry("POST", response=httpx.Response(503))
    assert should_retry("POST", response=httpx.Response(503), retry_non_idempotent=True)
    assert not should_retry("GET", error=httpx.UnsupportedProtocol("ftp", request=request))
