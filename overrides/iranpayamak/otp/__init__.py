"""One-time codes: send them (``client.otp.send``) and verify them (:class:`OtpService`).

``client.otp.send(mobile, pattern=...)`` generates a code with ``secrets`` and sends it with the
pattern send (the service's fastest path, never queued behind campaigns). :class:`OtpService` (and
:class:`AsyncOtpService`) does the rest of an OTP login: it stores only a salted hash of the code,
expires it, counts wrong attempts and locks the number out, and spaces out resends, in a
:class:`MemoryStore` (one process) or a ``RedisStore`` shared by every app server.

Example::

    from iranpayamak.otp import OtpService, RedisStore

    otp = OtpService(client, pattern="SJ3FgPrE0C", store=RedisStore.from_url("redis://localhost"),
                     secret=settings.SECRET_KEY)   # a shared store needs a shared secret
    otp.issue("0912 123 4567")                    # refuses with OtpCooldownError etc. when it must
    if otp.verify("09121234567", typed_code):     # True once, for the right code in time
        ...

Against abuse: ``rate_limits=[RateLimit("ip", 10, per=timedelta(hours=1))]`` with
``issue(mobile, rate_keys={"ip": request_ip})``, ``daily_budget=``, ``prefix_burst=PrefixBurst(...)``,
``allowed_operators=`` / ``denied_operators=``. Lifecycle: ``status`` (an :class:`OtpStatus`),
``cancel``, and ``check`` (a :class:`Verification` saying why a code failed). ``events=`` gets an
:class:`OtpEvent` for each step (:class:`LogEvents`, :class:`OtpCounters`), and ``test_numbers=`` lets
app-store reviewers log in with a fixed code and no SMS.

Modules: :mod:`.codes` (generating, checking and hashing codes), :mod:`.settings` (the settings),
:mod:`.policy` (the rules), :mod:`.limits` (rate keys, the budget, the prefix rule), :mod:`.events`
(events and the ready sinks), :mod:`.store` (the store interface and the memory store),
:mod:`.redis_store` (Redis, imported only when used), :mod:`.service` (the services).

``RedisStore`` and ``AsyncRedisStore`` need the ``redis`` extra and are loaded when first used, so
they are not in ``__all__``: ``from iranpayamak.otp import *`` works without redis-py, and
``from iranpayamak.otp import RedisStore`` works with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import OtpBudgetError, OtpRateLimitError
from .codes import MAX_CODE_LENGTH, MIN_CODE_LENGTH, OtpSent, check_code, generate_code, hash_code
from .events import EventKind, EventSink, LogEvents, OtpCounters, OtpEvent, fan_out
from .limits import PrefixBurst, RateLimit
from .policy import Issued, OtpPolicy, OtpStatus, Verification, mask_mobile
from .service import AsyncOtpService, OtpService
from .settings import (
    DEFAULT_RESEND_COOLDOWN,
    DEFAULT_SEND_WINDOW,
    Duration,
    OtpOptions,
    OtpSettings,
    OtpTuning,
    default_send_window,
)
from .store import AsyncMemoryStore, AsyncOtpStore, Change, MemoryStore, OtpStore, Write

if TYPE_CHECKING:
    # Redundant aliases: re-exported for type checkers, though not listed in __all__ (see below).
    from .redis_store import AsyncRedisStore as AsyncRedisStore
    from .redis_store import RedisStore as RedisStore

# Not the lazily loaded Redis stores: a star-import reads every name listed here, and would fail
# without the optional redis-py.
__all__ = [
    "DEFAULT_RESEND_COOLDOWN",
    "DEFAULT_SEND_WINDOW",
    "MAX_CODE_LENGTH",
    "MIN_CODE_LENGTH",
    "AsyncMemoryStore",
    "AsyncOtpService",
    "AsyncOtpStore",
    "Change",
    "Duration",
    "EventKind",
    "EventSink",
    "Issued",
    "LogEvents",
    "MemoryStore",
    "OtpBudgetError",
    "OtpCounters",
    "OtpEvent",
    "OtpOptions",
    "OtpPolicy",
    "OtpRateLimitError",
    "OtpSent",
    "OtpService",
    "OtpSettings",
    "OtpStatus",
    "OtpStore",
    "OtpTuning",
    "PrefixBurst",
    "RateLimit",
    "Verification",
    "Write",
    "check_code",
    "default_send_window",
    "fan_out",
    "generate_code",
    "hash_code",
    "mask_mobile",
]

_LAZY = {"RedisStore", "AsyncRedisStore"}


def __getattr__(name: str) -> Any:
    # redis-py is an optional extra: load it only when a Redis store is asked for.
    if name in _LAZY:
        from . import redis_store

        return getattr(redis_store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
