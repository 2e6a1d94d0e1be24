"""Idempotency keys shared between processes through Redis: the case a single process's memory cannot cover.

Each "process" here is its own client with its own Redis connection, against one ``redis-server``
(started by the OTP tests' fixture) and one mock service.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
import redis
import redis.asyncio

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import IdempotencyConflictError, IdempotencyUncertainError, ServerError
from iranpayamak.otp import AsyncRedisStore, RedisStore
from iranpayamak.testing import MockService
from tests.otp import conftest as otp_fixtures

from .conftest import sent

pytestmark = pytest.mark.anyio

redis_server = otp_fixtures.redis_server  # one redis-server per test process, shared with the OTP tests
MOBILE = "09121234567"
PREFIX = "iranpayamak:otp:iranpayamak:idempotency:"


@pytest.fixture
def server(redis_server: otp_fixtures.RedisServer) -> otp_fixtures.RedisServer:
    with redis_server.client() as connection:
        connection.flushdb()
    return redis_server


@asynccontextmanager
async def process(
    mock: MockService, kind: Any, server: otp_fixtures.RedisServer, **settings: Any
) -> AsyncIterator[Any]:
    """A client of ``kind`` on its own connection to the shared Redis, as another worker process has."""
    if kind is IranPayamak:
        with redis.Redis(port=server.port) as connection:
            yield mock.client(idempotency_store=RedisStore(connection), clock=mock.now, **settings)
        return
    connection_async = redis.asyncio.Redis(port=server.port)
    try:
        yield mock.async_client(idempotency_store=AsyncRedisStore(connection_async), clock=mock.now, **settings)
    finally:
        await connection_async.aclose()


async def call(value: Any) -> Any:
    return await value if hasattr(value, "__await__") else value


@pytest.mark.parametrize("second", [IranPayamak, AsyncIranPayamak], ids=["then-sync", "then-async"])
async def test_a_second_process_gets_the_first_result_without_sending(
    mock: MockService, kind: Any, second: Any, server: otp_fixtures.RedisServer
) -> None:
    async with process(mock, kind, server, idempotency_ttl=3600) as first:
        pattern = await call(first.sms.send_pattern("mockOtp001", MOBILE, {"code": "12"}, idempotency_key="order:7"))
        sample = await call(first.sms.send_sample("hello there", idempotency_key="order:8"))
        ids = await call(first.sms.send_simple("hi", [MOBILE, "09351234567"], idempotency_key="order:9"))
    async with process(mock, second, server) as other:
        assert await call(other.sms.send_pattern("mockOtp001", MOBILE, {"code": "12"}, idempotency_key="order:7")) == (
            pattern
        )
        assert await call(other.sms.send_sample("hello there", idempotency_key="order:8")) == sample
        assert await call(other.sms.send_simple("hi", [MOBILE, "09351234567"], idempotency_key="order:9")) == ids
        with pytest.raises(IdempotencyConflictError, match="other arguments"):
            await call(other.sms.send_sample("hello again", idempotency_key="order:8"))
    assert len(mock.outbox) == 4  # one pattern, one sample, two simple
    with server.client() as connection:
        keys = sorted(key.decode() for key in connection.scan_iter(match=f"{PREFIX}*"))
        assert keys[:2] == [PREFIX + "order:7", PREFIX + "order:8"] and len(keys) == 3  # order:9 per chunk
        for key in keys:  # the first client's TTL, in Redis itself: the keys go without anyone reading them
            assert 3500_000 < connection.pttl(key) <= 3600_000


async def test_a_send_that_may_have_gone_out_stops_every_other_process(
    mock: MockService, kind: Any, server: otp_fixtures.RedisServer
) -> None:
    mock.faults.add(operation="send_sample", status=503, times=1)
    async with process(mock, kind, server, max_retries=0) as first:
        with pytest.raises(ServerError):
            await call(first.sms.send_sample("hello there", idempotency_key="k"))
    for other_kind in (IranPayamak, AsyncIranPayamak):
        async with process(mock, other_kind, server) as other:
            with pytest.raises(IdempotencyUncertainError, match="may have gone out"):
                await call(other.sms.send_sample("hello there", idempotency_key="k"))
    assert sent(mock, "send_sample") == 1


def test_processes_racing_with_one_key_send_once(mock: MockService, server: otp_fixtures.RedisServer) -> None:
    # Eight workers, each with its own connection, start the same keyed send at once: Redis's atomic update
    # lets one send; the others get its result, or a conflict while it is under way. Never a second SMS.
    workers = 8
    start = threading.Barrier(workers)
    outcomes: list[object] = []
    lock = threading.Lock()

    def worker() -> None:
        with redis.Redis(port=server.port) as connection:
            client = mock.client(idempotency_store=RedisStore(connection), clock=mock.now)
            start.wait()
            try:
                outcome: object = client.sms.send_sample("hello there", idempotency_key="race")
            except IdempotencyConflictError as error:
                outcome = error
            with lock:
                outcomes.append(outcome)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(outcomes) == workers
    assert sent(mock, "send_sample") == 1
    ids = {outcome for outcome in outcomes if isinstance(outcome, int)}
    assert len(ids) == 1 and all(isinstance(o, int | IdempotencyConflictError) for o in outcomes)
