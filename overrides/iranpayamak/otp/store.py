"""Where :class:`~iranpayamak.otp.OtpService` keeps its state, and how to plug in your own store.

A store keeps one short text value per key (one key per mobile number) and offers a single
operation, ``update``: read a key's value, let a function decide the new value, and write it,
atomically with respect to every other update of the same key, whichever process or server makes
it. All OTP policy (codes, attempts, cooldowns, lockouts) lives in that function, so a store knows
nothing about one-time codes.

A store's contract:

- ``update(key, change)`` calls ``change(current)`` with the key's value (None when there is none,
  or its time to live has passed), and applies the :class:`Write` it returns (None means write
  nothing) only if the key did not change in between. It returns ``change``'s second item.
- ``change`` has no side effects and may be called more than once (optimistic stores retry it after
  a conflict). If it raises, nothing is written and the exception propagates.
- ``Write.ttl`` is how long the store must keep the value at least; it may forget it after that.
  The service checks every expiry itself from the data, so the TTL only frees space.
- A store that fails (unreachable, too busy) should raise :class:`~iranpayamak.errors.OtpStoreError`,
  so that apps can tell an outage from a refusal (an ``OtpError``).

Example, a store on a SQL table (sketch)::

    class SqlStore:
        def update(self, key, change):
            with connection.transaction():
                row = connection.fetchone("SELECT value FROM otp WHERE key = %s FOR UPDATE", [key])
                write, result = change(row.value if row else None)
                if write is not None:
                    ...  # upsert write.value with expiry now + write.ttl, or delete when write.value is None
                return result

:class:`MemoryStore` (one process) is the default; ``RedisStore`` and ``AsyncRedisStore``
(``pip install "iranpayamak[redis]"``) share the state between app servers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Set
from typing import Protocol, TypeAlias, TypeVar

from attrs import frozen

__all__ = ["AsyncMemoryStore", "AsyncOtpStore", "Change", "MemoryStore", "OtpStore", "Write", "is_store"]

T = TypeVar("T")


@frozen
class Write:
    """What an update leaves in the store.

    Attributes:
        value: The new value; None deletes the key.
        ttl: Seconds the value must be kept at least (ignored for a delete); then the store may drop it.

    Example::

        Write("{...}", ttl=120.0)   # keep for two minutes
        Write(None, ttl=0)          # delete
    """

    value: str | None
    ttl: float


Change: TypeAlias = Callable[[str | None], tuple[Write | None, T]]
"""Decides a key's new value from its current one: ``(write or None, result)``."""


class OtpStore(Protocol):
    """A store for :class:`~iranpayamak.otp.OtpService` (see the module documentation).

    Example::

        service = OtpService(client, pattern="SJ3FgPrE0C", store=MemoryStore())
    """

    def update(self, key: str, change: Change[T]) -> T:
        """Apply ``change`` to ``key`` atomically and return its result."""
        ...


class AsyncOtpStore(Protocol):
    """A store for :class:`~iranpayamak.otp.AsyncOtpService`: :class:`OtpStore` with a coroutine ``update``.

    Example::

        service = AsyncOtpService(client, pattern="SJ3FgPrE0C", store=AsyncMemoryStore())
    """

    async def update(self, key: str, change: Change[T]) -> T:
        """Apply ``change`` to ``key`` atomically and return its result."""
        ...


# Expired keys are dropped when read; a full sweep this often bounds the memory of keys never read again.
_SWEEP_EVERY = 1024


def is_store(value: object) -> bool:
    """Whether ``value`` can serve as an :class:`OtpStore` or :class:`AsyncOtpStore` (it has ``update``).

    A dict or a set has an ``update`` method too, but not the store's ``update(key, change)``: they are
    refused here rather than failing with a ``TypeError`` at the first write.
    """
    return callable(getattr(value, "update", None)) and not isinstance(value, Mapping | Set)


class MemoryStore:
    """A store in this process's memory: the default, for ONE process only (threads are safe).

    Several app servers or worker processes (gunicorn or uvicorn workers, say) each get their own
    memory, so a code issued by one would not verify on another, and each would apply its own limits:
    use ``RedisStore`` there. Its contents die with the process; services on it without a ``secret``
    use a random secret of the process.

    Args:
        timer: Seconds on a monotonic clock, for the TTLs; replaceable in tests.

    Example::

        store = MemoryStore()
        service = OtpService(client, pattern="SJ3FgPrE0C", store=store)
        store.raw()  # {'09121234567': '{"v":1,...}'}: hashes and times, never a code
    """

    def __init__(self, *, timer: Callable[[], float] = time.monotonic) -> None:
        self._timer = timer
        self._lock = threading.Lock()
        self._values: dict[str, tuple[str, float]] = {}
        self._updates = 0

    def update(self, key: str, change: Change[T]) -> T:
        """Apply ``change`` to ``key`` under the store's lock and return its result."""
        with self._lock:
            now = self._timer()
            current = self._values.get(key)
            if current is not None and current[1] <= now:
                del self._values[key]
                current = None
            write, result = change(None if current is None else current[0])
            if write is not None:
                if write.value is None or write.ttl <= 0:
                    self._values.pop(key, None)
                else:
                    self._values[key] = (write.value, now + write.ttl)
            self._updates += 1
            if self._updates % _SWEEP_EVERY == 0:
                self._sweep(now)
            return result

    def _sweep(self, now: float) -> None:
        for key in [key for key, (_, deadline) in self._values.items() if deadline <= now]:
            del self._values[key]

    def raw(self) -> dict[str, str]:
        """Every live key and its stored text, for tests and debugging.

        Example::

            assert "483920" not in str(store.raw())
        """
        with self._lock:
            now = self._timer()
            return {key: value for key, (value, deadline) in self._values.items() if deadline > now}

    def clear(self) -> None:
        """Forget everything (between tests, for example)."""
        with self._lock:
            self._values.clear()


class AsyncMemoryStore:
    """:class:`MemoryStore` for :class:`~iranpayamak.otp.AsyncOtpService`.

    Its updates never wait for I/O, so they run directly in the event loop (asyncio or trio).

    Args:
        memory: The :class:`MemoryStore` to use, to share one with sync services; a new one when None.

    Example::

        service = AsyncOtpService(client, pattern="SJ3FgPrE0C", store=AsyncMemoryStore())
    """

    def __init__(self, memory: MemoryStore | None = None) -> None:
        self.memory = memory if memory is not None else MemoryStore()

    async def update(self, key: str, change: Change[T]) -> T:
        """Apply ``change`` to ``key`` atomically and return its result."""
        return self.memory.update(key, change)

    def raw(self) -> dict[str, str]:
        """Every live key and its stored text (see :meth:`MemoryStore.raw`)."""
        return self.memory.raw()

    def clear(self) -> None:
        """Forget everything."""
        self.memory.clear()
