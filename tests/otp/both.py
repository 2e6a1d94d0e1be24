"""One test body for both services on both stores: ``OtpService`` and ``AsyncOtpService``, each on
the memory store and on Redis (the private redis-server).

:class:`Both` calls the sync service directly, or the async one on an event loop of its own (an
anyio blocking portal, asyncio), where its client and Redis connection live; so a test reads the same
for the four combinations, and checks what the user of each would see.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import redis
import redis.asyncio
from anyio.from_thread import BlockingPortal, start_blocking_portal

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.otp import AsyncMemoryStore, AsyncOtpService, AsyncRedisStore, MemoryStore, OtpService, RedisStore
from iranpayamak.testing import MockService

from .conftest import PATTERN, SECRET, FakeClock, RedisServer

__all__ = ["Both", "make_both"]


class Both:
    """A service of either kind, called synchronously: ``issue``, ``verify``, ``check``, ``status``, ``cancel``."""

    def __init__(self, service: OtpService | AsyncOtpService, portal: BlockingPortal | None) -> None:
        self.service = service
        self._portal = portal

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        method = getattr(self.service, name)
        if self._portal is None:
            return method(*args, **kwargs)
        return self._portal.call(lambda: method(*args, **kwargs))

    def issue(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("issue", *args, **kwargs)

    def verify(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("verify", *args, **kwargs)

    def check(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("check", *args, **kwargs)

    def status(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("status", *args, **kwargs)

    def cancel(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("cancel", *args, **kwargs)

    def update(self, key: str, change: Any) -> Any:
        """A store update of its own, as another server would make."""
        store: Any = self.service.store
        if self._portal is None:
            return store.update(key, change)
        return self._portal.call(store.update, key, change)


@contextlib.contextmanager
def make_both(
    combination: str, mock: MockService, clock: FakeClock, redis_server: Callable[[], RedisServer]
) -> Iterator[Callable[..., Both]]:
    """A factory of :class:`Both` services sharing one store (two "servers" when called twice)."""
    mode, kind = combination.split("-")
    with contextlib.ExitStack() as stack:
        defaults: dict[str, Any] = {"pattern": PATTERN, "clock": clock, "expose_codes": True, "secret": SECRET}
        if mode == "sync":
            client: IranPayamak = stack.enter_context(mock.client(max_retries=0))
            memory = MemoryStore()
            port = redis_server().port if kind == "redis" else None
            if port is not None:
                with redis.Redis(port=port) as flush:
                    flush.flushdb()

            def make_sync(**settings: Any) -> Both:
                store: Any = memory
                if port is not None:
                    store = RedisStore(stack.enter_context(redis.Redis(port=port)))
                return Both(OtpService(client, **{**defaults, "store": store, **settings}), None)

            yield make_sync
            return
        portal = stack.enter_context(start_blocking_portal("asyncio"))
        async_client: AsyncIranPayamak = mock.async_client(max_retries=0)
        stack.callback(portal.call, async_client.close)
        shared = MemoryStore()
        port = redis_server().port if kind == "redis" else None
        if port is not None:
            with redis.Redis(port=port) as flush:
                flush.flushdb()

        def make_async(**settings: Any) -> Both:
            store: Any = AsyncMemoryStore(shared)
            if port is not None:
                connection = redis.asyncio.Redis(port=port)
                stack.callback(lambda: portal.call(connection.aclose))
                store = AsyncRedisStore(connection)
            return Both(AsyncOtpService(async_client, **{**defaults, "store": store, **settings}), portal)

        yield make_async
