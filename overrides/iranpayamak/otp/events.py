"""What the OTP services report as they work: events for logs, metrics and alerts.

Pass a sink as ``OtpService(..., events=sink)``: any callable taking an :class:`OtpEvent` (a function,
or an object with ``__call__``). Two are ready: :class:`LogEvents` writes each event to ``logging``,
and :class:`OtpCounters` counts them per purpose (issued, verified, the conversion rate) for a
metrics endpoint. Events carry the purpose, the masked number and the time, never a code or a rate
key's value. A sink that raises is logged and ignored: it never breaks an issue or a verify. It runs
in the caller's thread (in the event loop, for the async service), so it should be quick.

Example::

    counters = OtpCounters()
    otp = OtpService(client, "SJ3FgPrE0C", events=fan_out(LogEvents(), counters))
    ...
    counters.conversion_rate("login")   # 0.83: verified / issued
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Literal

from attrs import frozen

__all__ = ["EventKind", "EventSink", "LogEvents", "OtpCounters", "OtpEvent", "fan_out"]

EventKind = Literal[
    "issued",
    "sent",
    "send_uncertain",
    "send_failed",
    "test_number",
    "verified",
    "wrong_code",
    "expired",
    "locked",
    "cancelled",
    "refused",
]
"""What happened:

- ``sent``: the service accepted the SMS; ``issued``: its code was stored and works (a sent code
  that will not work, because it came too late or a lockout began, has ``sent`` only);
- ``send_uncertain``: the send failed but may have gone out; ``send_failed``: it certainly did not;
- ``test_number``: a code was issued to a configured test number (no SMS), then ``issued``;
- ``verified``: a right code; ``wrong_code``: a wrong one (it counts as an attempt); ``expired``: a
  code entered after its code expired; ``locked``: wrong codes locked the number out;
- ``cancelled``: a live code was revoked;
- ``refused``: an issue or verify was refused; ``reason`` says why (``cooldown``, ``rate_limit``
  with ``key_kind``, ``budget``, ``locked``, ``operator``).
"""

_log = logging.getLogger("iranpayamak.otp")


@frozen
class OtpEvent:
    """One thing that happened to a code.

    Attributes:
        kind: What happened (see :data:`EventKind`).
        purpose: What the code is for.
        mobile: The number, masked (``0912***4567``).
        at: When, on the service's clock (UTC).
        reason: For ``refused``: why (``cooldown``, ``rate_limit``, ``budget``, ``locked``, ``operator``).
        key_kind: For a refusal by a rate limit: which (``mobile``, ``prefix``, or a ``rate_keys`` name).

    Example::

        OtpEvent(kind="refused", purpose="login", mobile="0912***4567", at=now, reason="rate_limit", key_kind="ip")
    """

    kind: EventKind
    purpose: str
    mobile: str
    at: datetime
    reason: str | None = None
    key_kind: str | None = None


EventSink = Callable[[OtpEvent], object]
"""Where events go: a callable taking each :class:`OtpEvent`."""


def emit(sink: EventSink | None, event: OtpEvent) -> None:
    """Give ``event`` to ``sink``; a sink that raises is logged, never passed on to the caller."""
    if sink is None:
        return
    try:
        sink(event)
    except Exception:
        _log.warning("the OTP event sink failed on a %r event; the event was dropped", event.kind, exc_info=True)


def fan_out(*sinks: EventSink) -> EventSink:
    """One sink that gives each event to every one of ``sinks`` (one failing does not stop the others).

    Example::

        events = fan_out(LogEvents(), OtpCounters())
    """

    def send(event: OtpEvent) -> None:
        for sink in sinks:
            emit(sink, event)

    return send


class LogEvents:
    """A sink that logs each event to ``logger`` (``iranpayamak.otp`` by default).

    ``refused`` is a warning (an error when the daily budget is spent, to page someone); the rest
    are at ``level``.

    Args:
        logger: Where to log.
        level: The level of the ordinary events; ``logging.INFO``.

    Example::

        otp = OtpService(client, "SJ3FgPrE0C", events=LogEvents())
        # INFO iranpayamak.otp: OTP issued for 0912***4567 ('login')
    """

    def __init__(self, logger: logging.Logger | None = None, level: int = logging.INFO) -> None:
        self.logger = logger if logger is not None else _log
        self.level = level

    def __call__(self, event: OtpEvent) -> None:
        level = self.level
        if event.kind == "refused":
            level = logging.ERROR if event.reason == "budget" else logging.WARNING
        why = ""
        if event.reason is not None:
            why = f": {event.reason}" + (f" ({event.key_kind})" if event.key_kind else "")
        self.logger.log(level, "OTP %s for %s (%r)%s", event.kind, event.mobile, event.purpose, why)


class OtpCounters:
    """A sink that counts events per purpose, readable in-process (for a metrics endpoint or a test).

    Example::

        counters = OtpCounters()
        otp = OtpService(client, "SJ3FgPrE0C", events=counters)
        otp.issue("09121234567")
        counters.count("issued", "login")      # 1
        counters.conversion_rate("login")      # None until something is issued, then verified / issued
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[tuple[str, str]] = Counter()

    def __call__(self, event: OtpEvent) -> None:
        with self._lock:
            self._counts[(event.kind, event.purpose)] += 1
            if event.kind == "refused" and event.reason is not None:
                self._counts[(f"refused:{event.reason}", event.purpose)] += 1

    def count(self, kind: str, purpose: str | None = None) -> int:
        """How many ``kind`` events (``"refused:budget"`` for refusals by reason), for ``purpose`` or all."""
        with self._lock:
            return sum(n for (k, p), n in self._counts.items() if k == kind and purpose in (None, p))

    def conversion_rate(self, purpose: str | None = None) -> float | None:
        """Verified codes per issued code, for ``purpose`` or all; None before any code was issued."""
        issued = self.count("issued", purpose)
        return None if issued == 0 else self.count("verified", purpose) / issued

    def snapshot(self) -> dict[str, dict[str, int]]:
        """Every count, by purpose then kind.

        Example::

            counters.snapshot()   # {'login': {'issued': 12, 'sent': 12, 'verified': 10}}
        """
        with self._lock:
            result: dict[str, dict[str, int]] = {}
            for (kind, purpose), n in sorted(self._counts.items()):
                result.setdefault(purpose, {})[kind] = n
            return result
