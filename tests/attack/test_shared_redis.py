"""Attacks on idempotency keys kept in Redis, shared by a sync and an async client.

Odd keys (any text, lone surrogates, 200 characters) and odd error texts must either be refused
before the network with an error naming ``idempotency_key``, or keep the one-send promise across
both clients.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import IdempotencyUncertainError, InvalidArgumentError, ServerError
from iranpayamak.otp import AsyncRedisStore, RedisStore
from iranpayamak.testing import MockService
from tests import search

from .conftest import sent

PATTERN = "mockOtp001"
MOBILE = "09121234567"


def _clients(mock: MockService, server: Any) -> tuple[IranPayamak, AsyncIranPayamak]:
    sync = mock.client(clock=mock.now, max_retries=0, idempotency_store=RedisStore(server.client()))
    asynchronous = mock.async_client(
        clock=mock.now, max_retries=0, idempotency_store=AsyncRedisStore(redis.asyncio.Redis(port=server.port))
    )
    return sync, asynchronous


def test_a_key_with_a_lone_surrogate_is_refused_before_the_network(redis_server: Any, redis_client: Any) -> None:
    """Defect: a key holding a lone surrogate was accepted, and failed in the Redis store with an
    untyped UnicodeEncodeError (the memory store took it: the stores disagreed)."""
    with MockService() as mock:
        sync, asynchronous = _clients(mock, redis_server)
        with pytest.raises(InvalidArgumentError, match="idempotency_key"):
            sync.sms.send_pattern(PATTERN, MOBILE, {"code": "1"}, idempotency_key="order:\ud800")

        async def send() -> None:
            await asynchronous.sms.send_pattern(PATTERN, MOBILE, {"code": "1"}, idempotency_key="order:\ud800")

        with pytest.raises(InvalidArgumentError, match="idempotency_key"):
            anyio.run(send)
        assert mock.requests == []


def test_a_server_error_with_a_lone_surrogate_is_recorded_as_uncertain(redis_server: Any, redis_client: Any) -> None:
    """Defect: a 5xx whose message held an escaped lone surrogate could not be recorded in Redis:
    the caller got a UnicodeEncodeError instead of the ServerError, and the key stayed "under way"
    instead of uncertain."""
    with MockService() as mock:
        sync, _ = _clients(mock, redis_server)
        body = b'{"status": "error", "data": null, "messages": "queue \\ud800 failed"}'
        mock.faults.add(operation="send_pattern", status=500, body=body, times=1)
        with pytest.raises(ServerError):
            sync.sms.send_pattern(PATTERN, MOBILE, {"code": "1"}, idempotency_key="k")
        with pytest.raises(IdempotencyUncertainError):
            sync.sms.send_pattern(PATTERN, MOBILE, {"code": "1"}, idempotency_key="k")


# Any characters, with one of a few odd ones somewhere (lone surrogates included: ``st.text`` leaves
# them out unless told), and keys around the 200-character limit.
_ANY = st.characters(exclude_categories=())
_ODD = st.sampled_from(["\ud800", "\udfff", ":", " ", "\x00", "ک", "😀", "k"])
KEYS = st.tuples(st.text(_ANY, max_size=4), _ODD, st.text(_ANY, max_size=4)).map("".join) | st.text(
    _ANY, min_size=195, max_size=201
)


@settings(
    max_examples=search.examples(quick=25, slow=300),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(key=KEYS, first_async=st.booleans())
def test_any_key_is_refused_up_front_or_sends_once_across_both_clients(
    redis_server: Any, redis_client: Any, key: str, first_async: bool
) -> None:
    redis_client.flushdb()
    with MockService() as mock:
        sync, asynchronous = _clients(mock, redis_server)

        async def via_async() -> Any:
            return await asynchronous.sms.send_simple("hi", [MOBILE], idempotency_key=key)

        def via_sync() -> Any:
            return sync.sms.send_simple("hi", [MOBILE], idempotency_key=key)

        calls = [lambda: anyio.run(via_async), via_sync]
        if not first_async:
            calls.reverse()
        try:
            first = calls[0]()
        except InvalidArgumentError as error:
            assert error.field == "idempotency_key"
            assert mock.requests == []
            return
        assert calls[1]() == first
        assert sent(mock, "send_simple") == 1
