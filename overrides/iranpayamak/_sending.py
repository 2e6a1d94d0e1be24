"""What a client's sends share across its namespaces: the pattern cache and the idempotency store."""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from .idempotency import Idempotency
    from .otp.store import AsyncOtpStore, OtpStore
    from .pattern_checks import PatternCache

# The modules these settings serve are imported on first use: creating a client stays cheap.
__all__ = ["DEFAULT_IDEMPOTENCY_TTL", "DEFAULT_PATTERN_CACHE_TTL", "Sending", "sending_settings"]

DEFAULT_PATTERN_CACHE_TTL = 600.0
"""Seconds a pattern's definition is kept before it is fetched again."""

DEFAULT_IDEMPOTENCY_TTL = 24 * 3600.0
"""How long an idempotency key's outcome is kept, in seconds, unless the client says otherwise."""


@define
class Sending:
    """A client's sending state, shared by its namespaces and its ``with_options`` copies.

    Attributes:
        clock: The client's clock (the cache's and the keys' time).
        check_patterns: Whether pattern sends are checked against their pattern's definition.
        pattern_cache_ttl: Seconds a pattern's definition is kept.
        idempotency_ttl: Seconds a key's outcome is kept.
        given_store: The idempotency store the client was given; None for its own memory.
    """

    clock: Callable[[], datetime]
    check_patterns: bool = True
    pattern_cache_ttl: float = DEFAULT_PATTERN_CACHE_TTL
    idempotency_ttl: float = DEFAULT_IDEMPOTENCY_TTL
    given_store: OtpStore | AsyncOtpStore | None = None
    _patterns: PatternCache | None = field(init=False, default=None)
    _store: OtpStore | AsyncOtpStore | None = field(init=False, default=None)
    _lock: threading.Lock = field(init=False, factory=threading.Lock)

    @property
    def patterns(self) -> PatternCache:
        """The cached pattern definitions (made on first use)."""
        with self._lock:
            if self._patterns is None:
                from .pattern_checks import PatternCache

                self._patterns = PatternCache(ttl=self.pattern_cache_ttl, clock=self.clock)
            return self._patterns

    def store(self) -> OtpStore | AsyncOtpStore:
        """The idempotency store: the one given, or this client's memory (made on first use)."""
        if self.given_store is not None:
            return self.given_store
        with self._lock:
            if self._store is None:
                from .otp.store import MemoryStore  # not at import: the otp package imports much

                self._store = MemoryStore()
            return self._store

    def keyed(self, key: object, *parts: object) -> Idempotency | None:
        """The idempotency of a send keyed ``key`` (None: not keyed) with the arguments ``parts``.

        Raises:
            InvalidArgumentError: The key is not text of 1 to 200 characters.
        """
        from .idempotency import Idempotency, check_key, fingerprint

        checked = check_key(key)
        if checked is None:
            return None
        return Idempotency(checked, fingerprint(*parts), self.clock().timestamp(), self.idempotency_ttl)


def _seconds(value: object, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 366 * 86400:
        reason = "expected a number of seconds above 0 and at most a year"
        raise InvalidArgumentError(f"{field}: {reason}", field=field, reason=reason)
    return float(value)


def _is_store(value: object) -> bool:
    from .otp.store import is_store  # imported here: a client given no store loads no OTP module

    return is_store(value)


def sending_settings(clock: Callable[[], datetime], settings: Mapping[str, Any]) -> Sending:
    """The client's sending state from its constructor's arguments, checked.

    ``settings`` holds ``check_patterns``, ``pattern_cache_ttl``, ``idempotency_store``,
    ``idempotency_ttl`` and ``asynchronous`` (which client it is for: a store must match it).

    Raises:
        InvalidArgumentError: A setting is not valid.
    """
    check = settings["check_patterns"]
    if not isinstance(check, bool):
        reason = f"expected True or False, got {type(check).__name__}"
        raise InvalidArgumentError(f"check_patterns: {reason}", field="check_patterns", reason=reason)
    store = settings["idempotency_store"]
    if store is not None and not _is_store(store):
        reason = f"expected a store with update(key, change) (see iranpayamak.otp.store), got {type(store).__name__}"
        raise InvalidArgumentError(f"idempotency_store: {reason}", field="idempotency_store", reason=reason)
    if store is not None and not settings["asynchronous"] and inspect.iscoroutinefunction(store.update):
        reason = "an async store needs AsyncIranPayamak; give this client a sync one (MemoryStore, RedisStore)"
        raise InvalidArgumentError(f"idempotency_store: {reason}", field="idempotency_store", reason=reason)
    return Sending(
        clock=clock,
        check_patterns=check,
        pattern_cache_ttl=_seconds(settings["pattern_cache_ttl"], "pattern_cache_ttl"),
        idempotency_ttl=_seconds(settings["idempotency_ttl"], "idempotency_ttl"),
        given_store=store,
    )
