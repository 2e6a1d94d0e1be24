"""``AsyncOtpService`` on ``AsyncMemoryStore`` and ``AsyncRedisStore`` (a real redis-server, redis-py asyncio).

The rules are the sync service's (one policy); these tests check that the async service applies them
through its own I/O: the happy path, replay, lockout, cooldown, a failed send and concurrent verifies.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from typing import Any, TypeVar

import anyio
import pytest
import redis.asyncio

from iranpayamak import AsyncIranPayamak
from iranpayamak.errors import (
    APIError,
    InvalidArgumentError,
    InvalidPhoneNumber,
    OtpCooldownError,
    OtpLockedError,
    ServerError,
)
from iranpayamak.otp import AsyncMemoryStore, AsyncOtpService, AsyncOtpStore, AsyncRedisStore, Change, MemoryStore
from iranpayamak.testing import MockService

from .conftest import MOBILE, PATTERN, SECRET, START, FakeClock, RedisServer

T = TypeVar("T")

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # redis-py's asyncio client needs asyncio


@pytest.fixture
async def async_client(mock: MockService) -> AsyncIterator[AsyncIranPayamak]:
    sms: AsyncIranPayamak = mock.async_client(max_retries=0)
    async with sms:
        yield sms


@pytest.fixture(params=["memory", "redis"])
async def async_store(request: pytest.FixtureRequest) -> AsyncIterator[AsyncOtpStore]:
    if request.param == "memory":
        yield AsyncMemoryStore()
        return
    server: RedisServer = request.getfixturevalue("redis_server")
    connection = redis.asyncio.Redis(host="127.0.0.1", port=server.port)
    await connection.flushdb()
    try:
        yield AsyncRedisStore(connection)
    finally:
        await connection.aclose()


@pytest.fixture
def make_async_service(
    async_client: AsyncIranPayamak, async_store: AsyncOtpStore, clock: FakeClock
) -> Callable[..., AsyncOtpService]:
    def make(**settings: Any) -> AsyncOtpService:
        options: dict[str, Any] = {
            "pattern": PATTERN,
            "store": async_store,
            "clock": clock,
            "expose_codes": True,
            "secret": SECRET,
        }
        return AsyncOtpService(async_client, **{**options, **settings})

    return make


async def test_issue_then_verify_once(make_async_service: Callable[..., AsyncOtpService], mock: MockService) -> None:
    service = make_async_service()
    issued = await service.issue("+98 912 123 4567")
    assert (issued.mobile, issued.expires_at) == (MOBILE, START + timedelta(seconds=120))
    assert issued.code is not None and mock.outbox[-1].text.endswith(issued.code)
    assert await service.verify(MOBILE, issued.code) is True
    assert await service.verify(MOBILE, issued.code) is False


async def test_lockout_and_its_end(make_async_service: Callable[..., AsyncOtpService], clock: FakeClock) -> None:
    service = make_async_service(max_attempts=3)
    code = (await service.issue(MOBILE)).code
    assert code is not None
    for _ in range(3):
        assert await service.verify(MOBILE, "0000") is False
    with pytest.raises(OtpLockedError) as locked:
        await service.verify(MOBILE, code)
    assert locked.value.retry_after == 900
    clock.advance(900)
    fresh = (await service.issue(MOBILE)).code
    assert fresh is not None and await service.verify(MOBILE, fresh) is True


async def test_cooldown_escalates(make_async_service: Callable[..., AsyncOtpService], clock: FakeClock) -> None:
    service = make_async_service()
    for wait in [60, 300, 900, 3600]:
        issued = await service.issue(MOBILE)
        assert issued.resend_available_at == clock.now + timedelta(seconds=wait)
        with pytest.raises(OtpCooldownError) as refused:
            await service.issue(MOBILE)
        assert refused.value.retry_after == wait
        clock.advance(wait)


async def test_expired_code_fails(make_async_service: Callable[..., AsyncOtpService], clock: FakeClock) -> None:
    service = make_async_service()
    code = (await service.issue(MOBILE)).code
    assert code is not None
    clock.advance(120)
    assert await service.verify(MOBILE, code) is False


async def test_failed_send_stores_nothing_and_starts_no_cooldown(
    make_async_service: Callable[..., AsyncOtpService], mock: MockService
) -> None:
    service = make_async_service()
    mock.faults.add(operation="send_pattern", status=422, times=1)
    with pytest.raises(APIError):
        await service.issue(MOBILE)
    code = (await service.issue(MOBILE)).code
    assert code is not None and await service.verify(MOBILE, code) is True


async def test_a_send_that_may_have_gone_out_starts_the_cooldown(
    make_async_service: Callable[..., AsyncOtpService], mock: MockService
) -> None:
    service = make_async_service()
    mock.faults.add(operation="send_pattern", status=503, times=1)
    with pytest.raises(ServerError):
        await service.issue(MOBILE)
    with pytest.raises(OtpCooldownError) as refused:
        await service.issue(MOBILE)
    assert refused.value.retry_after == 60


async def test_concurrent_verifies_succeed_once(make_async_service: Callable[..., AsyncOtpService]) -> None:
    service = make_async_service()
    code = (await service.issue(MOBILE)).code
    assert code is not None
    outcomes = await asyncio.gather(*(service.verify(MOBILE, code) for _ in range(20)))
    assert outcomes.count(True) == 1


async def test_concurrent_issues_send_one_code(
    make_async_service: Callable[..., AsyncOtpService], mock: MockService
) -> None:
    service = make_async_service()
    outcomes = await asyncio.gather(*(service.issue(MOBILE) for _ in range(6)), return_exceptions=True)
    assert sum(not isinstance(outcome, BaseException) for outcome in outcomes) == 1
    assert all(isinstance(outcome, OtpCooldownError) for outcome in outcomes if isinstance(outcome, BaseException))
    assert len(mock.outbox) == 1


async def test_invalid_input_is_refused_before_the_network(
    make_async_service: Callable[..., AsyncOtpService], mock: MockService
) -> None:
    service = make_async_service()
    with pytest.raises(InvalidPhoneNumber):
        await service.issue("0912")
    with pytest.raises(InvalidArgumentError):
        await service.issue(MOBILE, purpose="")
    assert mock.requests == []


# --- Cancellation ------------------------------------------------------------------------------------


class GatedStore:
    """An async store whose ``gate_on``-th update waits for ``gate`` before it applies (a slow Redis, say)."""

    def __init__(self, inner: AsyncOtpStore, gate_on: int) -> None:
        self.inner = inner
        self.gate_on = gate_on
        self.calls = 0
        self.entered = asyncio.Event()
        self.gate = asyncio.Event()

    async def update(self, key: str, change: Change[T]) -> T:
        self.calls += 1
        if self.calls == self.gate_on:
            self.entered.set()
            await self.gate.wait()
        return await self.inner.update(key, change)


async def _let_the_loop_run() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


@pytest.fixture
def make_gated_service(
    async_client: AsyncIranPayamak, async_store: AsyncOtpStore, clock: FakeClock
) -> Callable[[int], tuple[AsyncOtpService, GatedStore]]:
    def make(gate_on: int) -> tuple[AsyncOtpService, GatedStore]:
        gated = GatedStore(async_store, gate_on)
        service = AsyncOtpService(async_client, pattern=PATTERN, store=gated, clock=clock, secret=SECRET)
        return service, gated

    return make


async def test_a_cancellation_during_the_commit_still_stores_the_code(
    make_gated_service: Callable[[int], tuple[AsyncOtpService, GatedStore]], mock: MockService
) -> None:
    service, gated = make_gated_service(2)  # 1: the reservation, 2: the commit
    task = asyncio.create_task(service.issue(MOBILE))
    await gated.entered.wait()
    task.cancel()
    await _let_the_loop_run()
    assert not task.done()  # it waits for the commit, however long the store takes
    gated.gate.set()
    with pytest.raises(asyncio.CancelledError):
        await task
    with pytest.raises(OtpCooldownError) as refused:  # the send was recorded, its reservation ended
        await service.issue(MOBILE)
    assert refused.value.retry_after == 60
    assert await service.verify(MOBILE, mock.outbox[-1].text.rsplit(" ", 1)[-1]) is True  # its code was stored


async def test_a_timeout_during_the_commit_still_stores_the_code(
    make_gated_service: Callable[[int], tuple[AsyncOtpService, GatedStore]], mock: MockService
) -> None:
    service, gated = make_gated_service(2)
    timeouts: list[asyncio.Timeout] = []

    async def issue_in_time() -> None:
        async with asyncio.timeout(None) as timeout:
            timeouts.append(timeout)
            await service.issue(MOBILE)

    task = asyncio.create_task(issue_in_time())
    await gated.entered.wait()
    timeouts[0].reschedule(asyncio.get_running_loop().time())  # the deadline passes during the commit
    await _let_the_loop_run()
    gated.gate.set()
    with pytest.raises(TimeoutError):  # asyncio.timeout still recognizes its own cancellation
        await task
    assert await service.verify(MOBILE, mock.outbox[-1].text.rsplit(" ", 1)[-1]) is True


async def test_an_anyio_cancel_scope_does_not_cut_the_commit_short(
    make_gated_service: Callable[[int], tuple[AsyncOtpService, GatedStore]], mock: MockService
) -> None:
    service, gated = make_gated_service(2)
    scopes: list[anyio.CancelScope] = []

    async def issue() -> None:
        with anyio.CancelScope() as scope:
            scopes.append(scope)
            await service.issue(MOBILE)

    task = asyncio.create_task(issue())
    await gated.entered.wait()
    scopes[0].cancel()  # anyio cancels the task again and again until it leaves the scope
    await _let_the_loop_run()
    gated.gate.set()
    await task
    assert scopes[0].cancelled_caught
    assert await service.verify(MOBILE, mock.outbox[-1].text.rsplit(" ", 1)[-1]) is True


async def test_a_cancellation_while_the_reservation_is_given_back_still_gives_it_back(
    make_gated_service: Callable[[int], tuple[AsyncOtpService, GatedStore]], mock: MockService
) -> None:
    service, gated = make_gated_service(2)  # 1: the reservation, 2: giving it back after the send failed
    mock.faults.add(operation="send_pattern", status=422, times=1)
    task = asyncio.create_task(service.issue(MOBILE))
    await gated.entered.wait()
    task.cancel()
    await _let_the_loop_run()
    assert not task.done()
    gated.gate.set()
    with pytest.raises(asyncio.CancelledError):
        await task
    issued = await service.issue(MOBILE)  # at once: no reservation and no cooldown were left behind
    assert issued.resend_available_at == START + timedelta(seconds=60)


async def test_a_cancellation_during_the_reservation_gives_it_back(
    make_gated_service: Callable[[int], tuple[AsyncOtpService, GatedStore]], mock: MockService
) -> None:
    service, gated = make_gated_service(1)
    task = asyncio.create_task(service.issue(MOBILE))
    await gated.entered.wait()
    task.cancel()
    await _let_the_loop_run()
    gated.gate.set()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert mock.requests == []  # nothing was sent
    await service.issue(MOBILE)  # and nothing blocks the next code


async def test_a_cancelled_send_counts_as_one_that_may_have_gone_out(
    make_async_service: Callable[..., AsyncOtpService], mock: MockService
) -> None:
    service = make_async_service()
    mock.faults.add(operation="send_pattern", delay=30, times=1)
    task = asyncio.ensure_future(service.issue(MOBILE))
    # Until the request is at the mock: with the Redis store that takes real round trips, so a count of
    # event-loop turns was not enough on a busy machine; the generous bound only stops a hung test.
    async with asyncio.timeout(60):
        while not mock.requests:
            await asyncio.sleep(0.005)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    # The request had left: giving the reservation back would let abandoned requests send codes past
    # every limit. So the cooldown started, and no code was stored.
    with pytest.raises(OtpCooldownError) as refused:
        await service.issue(MOBILE)
    assert refused.value.retry_after == 60


async def test_the_default_store_is_in_memory(async_client: AsyncIranPayamak, clock: FakeClock) -> None:
    service = AsyncOtpService(async_client, pattern=PATTERN, clock=clock, expose_codes=True)
    assert isinstance(service.store, AsyncMemoryStore)
    code = (await service.issue(MOBILE)).code
    assert code is not None and await service.verify(MOBILE, code) is True


async def test_an_async_memory_store_can_share_a_sync_one(async_client: AsyncIranPayamak, clock: FakeClock) -> None:
    memory = MemoryStore()
    service = AsyncOtpService(
        async_client, pattern=PATTERN, store=AsyncMemoryStore(memory), clock=clock, expose_codes=True
    )
    await service.issue(MOBILE)
    assert list(memory.raw()) == [MOBILE]
