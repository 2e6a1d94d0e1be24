"""``RedisStore`` and ``AsyncRedisStore``: OTP state shared by every app server, in Redis.

Needs redis-py: ``pip install "iranpayamak[redis]"`` (imported only when these classes are used).

Each update reads the number's key, lets the OTP policy decide the new value, and writes it with a
Lua script that checks, inside Redis, that the key still holds what was read (compare-and-set). If
another server changed it in between, the write is refused and the update starts again from the new
value. So two servers verifying the same code at the same moment cannot both succeed, and no
server's change is lost. Every key gets a real TTL (``SET ... PX``), so Redis itself forgets
numbers that have gone quiet; the service still checks each expiry from the stored times.

Redis failures (a refused connection, a timeout) and an update that keeps losing to other servers
raise :class:`~iranpayamak.errors.OtpStoreError`, with redis-py's exception as the cause.

Both stores run the same plain loop (GET, ``change``, compare-and-set, again on conflict), each a few
lines; what to send to Redis and what its answers mean is decided once, in the helpers below.

Example::

    import redis
    from iranpayamak.otp import OtpService, RedisStore

    store = RedisStore(redis.Redis.from_url("redis://localhost:6379/0"))
    otp = OtpService(client, pattern="SJ3FgPrE0C", store=store, secret=settings.SECRET_KEY)
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from typing import Any, Self, TypeVar

try:
    import redis
    import redis.asyncio
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError('RedisStore needs redis-py: pip install "iranpayamak[redis]"') from error

from ..errors import InvalidArgumentError, OtpStoreError
from .policy import mask_mobile
from .store import Change, Write

__all__ = ["DEFAULT_PREFIX", "AsyncRedisStore", "RedisStore"]

T = TypeVar("T")

DEFAULT_PREFIX = "iranpayamak:otp:"
"""Put before every key (a mobile number), so the store can share a Redis database with other data."""

# KEYS[1]: the key. ARGV[1]: '1' if a value was read, '0' if the key was missing; ARGV[2]: that value.
# ARGV[3]: '1' to set ARGV[4] with a TTL of ARGV[5] ms, '0' to delete. Returns 1 if written, 0 if the
# key changed since it was read (the caller reads again and retries).
_COMPARE_AND_SET = """
local current = redis.call('GET', KEYS[1])
if ARGV[1] == '1' then
  if current ~= ARGV[2] then return 0 end
elseif current then
  return 0
end
if ARGV[3] == '1' then
  redis.call('SET', KEYS[1], ARGV[4], 'PX', ARGV[5])
else
  redis.call('DEL', KEYS[1])
end
return 1
"""

_MAX_TRIES = 100


def _text(value: object, key: str) -> str | None:
    # Works whether the caller's client was made with decode_responses or not.
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            pass
    raise OtpStoreError(f"the OTP store holds a value that is not text for {mask_mobile(key)}")


def _arguments(current: str | None, write: Write) -> list[str | int]:
    if write.value is None or write.ttl <= 0:
        return ["0" if current is None else "1", current or "", "0", "", 0]
    ttl_ms = max(1, math.ceil(write.ttl * 1000))
    return ["0" if current is None else "1", current or "", "1", write.value, ttl_ms]


def _backoff(attempt: int) -> float:
    # Losers of a compare-and-set spread out, so a crowd of servers does not collide again at once.
    return random.uniform(0, min(0.05, 0.001 * (attempt + 1)))


def _too_busy(key: str) -> OtpStoreError:
    return OtpStoreError(f"the OTP store is too busy for {mask_mobile(key)}: {_MAX_TRIES} conflicting updates")


def _failure(error: redis.RedisError) -> OtpStoreError:
    return OtpStoreError(f"the OTP store (Redis) failed: {type(error).__name__}: {error}")


def _check_prefix(prefix: object) -> str:
    if not isinstance(prefix, str):
        raise InvalidArgumentError(f"prefix: must be text, got {prefix!r}", field="prefix", reason="not text")
    return prefix


class RedisStore:
    """An :class:`~iranpayamak.otp.OtpStore` in Redis, for :class:`~iranpayamak.otp.OtpService` on many servers.

    Args:
        client: A ``redis.Redis`` client (its connection pool is shared, and it is thread-safe). It stays
            yours: close it yourself. A store made by :meth:`from_url` owns its client, and :meth:`close`
            (or leaving a ``with`` block) closes it.
        prefix: Put before every key.

    Raises:
        OtpStoreError: (from ``update``) Redis failed, or other servers kept changing the key.

    Example::

        store = RedisStore(redis.Redis(host="localhost", port=6379))
        with RedisStore.from_url("redis://localhost:6379/0") as store:
            ...
    """

    def __init__(self, client: redis.Redis, *, prefix: str = DEFAULT_PREFIX) -> None:
        if isinstance(client, redis.asyncio.Redis):
            raise InvalidArgumentError(
                "client: an asyncio client needs AsyncRedisStore", field="client", reason="asyncio client"
            )
        self.redis = client
        self.prefix = _check_prefix(prefix)
        self._script = client.register_script(_COMPARE_AND_SET)
        self._owns_client = False

    @classmethod
    def from_url(cls, url: str, *, prefix: str = DEFAULT_PREFIX, **options: Any) -> RedisStore:
        """A store on a new client for ``url`` (``redis://host:port/db``); ``options`` go to redis-py.

        The store owns the client: :meth:`close` it, or use it as a context manager.

        Example::

            store = RedisStore.from_url("redis://localhost:6379/0", socket_timeout=2)
        """
        store = cls(redis.Redis.from_url(url, **options), prefix=prefix)
        store._owns_client = True
        return store

    def update(self, key: str, change: Change[T]) -> T:
        """Apply ``change`` to ``key`` atomically (compare-and-set, retried on conflict) and return its result."""
        name = self.prefix + key
        for attempt in range(_MAX_TRIES):
            try:
                current = _text(self.redis.get(name), key)
                write, result = change(current)
                if write is None or self._script(keys=[name], args=_arguments(current, write)):
                    return result
            except redis.RedisError as error:
                raise _failure(error) from error
            time.sleep(_backoff(attempt))
        raise _too_busy(key)

    def close(self) -> None:
        """Close the client if the store made it (:meth:`from_url`); a client passed in stays open."""
        if self._owns_client:
            self.redis.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self.prefix!r})"


class AsyncRedisStore:
    """An :class:`~iranpayamak.otp.AsyncOtpStore` in Redis, for :class:`~iranpayamak.otp.AsyncOtpService` (asyncio).

    Args:
        client: A ``redis.asyncio.Redis`` client. It stays yours: close it yourself. A store made by
            :meth:`from_url` owns its client, and :meth:`aclose` (or leaving an ``async with`` block)
            closes it.
        prefix: Put before every key.

    Raises:
        OtpStoreError: (from ``update``) Redis failed, or other servers kept changing the key.

    Example::

        store = AsyncRedisStore(redis.asyncio.Redis(host="localhost", port=6379))
        async with AsyncRedisStore.from_url("redis://localhost:6379/0") as store:
            ...
    """

    def __init__(self, client: redis.asyncio.Redis, *, prefix: str = DEFAULT_PREFIX) -> None:
        if not isinstance(client, redis.asyncio.Redis):
            raise InvalidArgumentError(
                "client: a sync client needs RedisStore", field="client", reason="not an asyncio client"
            )
        self.redis = client
        self.prefix = _check_prefix(prefix)
        self._script = client.register_script(_COMPARE_AND_SET)
        self._owns_client = False

    @classmethod
    def from_url(cls, url: str, *, prefix: str = DEFAULT_PREFIX, **options: Any) -> AsyncRedisStore:
        """A store on a new asyncio client for ``url``; ``options`` go to redis-py.

        The store owns the client: :meth:`aclose` it, or use it as an async context manager.

        Example::

            store = AsyncRedisStore.from_url("redis://localhost:6379/0")
        """
        store = cls(redis.asyncio.Redis.from_url(url, **options), prefix=prefix)
        store._owns_client = True
        return store

    async def update(self, key: str, change: Change[T]) -> T:
        """Apply ``change`` to ``key`` atomically (compare-and-set, retried on conflict) and return its result."""
        name = self.prefix + key
        for attempt in range(_MAX_TRIES):
            try:
                current = _text(await self.redis.get(name), key)
                write, result = change(current)
                if write is None or await self._script(keys=[name], args=_arguments(current, write)):
                    return result
            except redis.RedisError as error:
                raise _failure(error) from error
            await asyncio.sleep(_backoff(attempt))
        raise _too_busy(key)

    async def aclose(self) -> None:
        """Close the client if the store made it (:meth:`from_url`); a client passed in stays open."""
        if self._owns_client:
            await self.redis.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncRedisStore(prefix={self.prefix!r})"
