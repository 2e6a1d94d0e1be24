"""Limits an issue takes a share of beyond its number: rate limits on caller keys, the daily budget
and the prefix-burst rule. The rules only; nothing here does I/O.

Each limit lives in a store key of its own (next to the numbers' keys, in the same store), and an issue
holds a share of each one it is subject to (a :class:`Hold`), one atomic store update per key:

1. ``reserve``: refuse (an :class:`~iranpayamak.errors.OtpError`) if the limit is reached, else take a
   share. The number's own reservation comes first; if a later limit refuses, the service gives the
   earlier shares back.
2. after the send: ``release`` gives the share back when the SMS certainly did not go out; ``confirm``
   (the budget only) turns it into a counted send. A share that is never settled (its process died)
   counts as a send: a limit may end up stricter than the truth, never looser.

Keys are HMACs of what they count (the caller's key values, prefixes, numbers) under the service's
secret, like codes: a copy of the store does not give away who asked.

Example::

    RateLimit("ip", 10, per=timedelta(hours=1))       # at most 10 codes an hour for one IP address
    PrefixBurst(digits=7, numbers=20, per=timedelta(minutes=10))
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from attrs import field, frozen

from .._display import shown
from ..errors import InvalidArgumentError, OtpBudgetError, OtpError, OtpRateLimitError, OtpStoreError
from ._checks import seconds as _seconds
from .store import Change, Write

__all__ = ["BudgetHold", "Hold", "PrefixBurst", "PrefixHold", "RateHold", "RateLimit", "hashed_key", "retry_after"]

_VERSION = 1
_KIND = re.compile(r"[a-z][a-z0-9_-]{0,31}\Z")


def retry_after(wait: float) -> int:
    """Whole seconds for a ``Retry-After`` header, never 0; rounding first keeps float noise from adding one."""
    return max(1, math.ceil(round(wait, 6)))


def _count(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 10**9:
        reason = "must be a whole number from 1 to 1,000,000,000"
        raise InvalidArgumentError(f"{name}: {reason}, got {shown(value)}", field=name, reason=reason)
    return value


def _kind(value: object) -> str:
    if not isinstance(value, str) or not _KIND.match(value):
        reason = "must be a short lower-case name (a-z, digits, _ and -), such as 'ip' or 'user'"
        raise InvalidArgumentError(f"kind: {reason}, got {shown(value)}", field="kind", reason=reason)
    return value


def _per(value: timedelta | float) -> float:
    return _seconds(value, "per")


def _limit(value: int) -> int:
    return _count(value, "limit")


def _numbers(value: int) -> int:
    return _count(value, "numbers")


def _digits(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 4 <= value <= 10:
        reason = "must be a whole number from 4 to 10"
        raise InvalidArgumentError(f"digits: {reason}, got {shown(value)}", field="digits", reason=reason)
    return value


@frozen
class RateLimit:
    """At most ``limit`` codes per ``per`` for one value of a caller-supplied key (an IP address, a user id).

    Pass them as ``OtpService(..., rate_limits=[...])`` and the values with each issue
    (``issue(mobile, rate_keys={"ip": request_ip})``). A kind may have several windows (10 an hour
    and 30 a day, say); an issue over any of them raises :class:`~iranpayamak.errors.OtpRateLimitError`
    naming the kind (never the value). Every issue that passed the checks counts, except one whose
    send certainly failed.

    Attributes:
        kind: The key's name, as in ``rate_keys``: lower-case letters, digits, ``_`` and ``-``.
        limit: Codes allowed in any window of ``per``.
        per: The window, a ``timedelta`` or seconds (kept as seconds).

    Example::

        OtpService(client, "SJ3FgPrE0C", rate_limits=[
            RateLimit("ip", 10, per=timedelta(hours=1)),
            RateLimit("ip", 30, per=timedelta(days=1)),
            RateLimit("user", 5, per=timedelta(hours=1)),
        ])
    """

    kind: str = field(converter=_kind)
    limit: int = field(converter=_limit)
    per: float = field(converter=_per)


@frozen(kw_only=True)
class PrefixBurst:
    """Refuse codes to more than ``numbers`` different numbers sharing their first ``digits`` digits
    within ``per``: the signature of SMS pumping (a range of numbers one operator pays out for).

    A number already counted in the window may get codes again (its other limits still apply). A
    refusal is an :class:`~iranpayamak.errors.OtpRateLimitError` with ``key_kind="prefix"``.

    Attributes:
        digits: How many leading digits (of the ``09xxxxxxxxx`` form) make the prefix; 4 to 10.
        numbers: Different numbers a prefix may get codes in any window.
        per: The window, a ``timedelta`` or seconds (kept as seconds).

    Example::

        PrefixBurst(digits=8, numbers=10, per=timedelta(minutes=10))   # 0912345x: 10 numbers in 10 min
    """

    digits: int = field(converter=_digits)
    numbers: int = field(converter=_numbers)
    per: float = field(converter=_per)


def hashed_key(secret: bytes, *parts: str) -> str:
    """The store key for ``parts`` (a kind and a value): an HMAC under ``secret``, so no value is stored.

    Example::

        hashed_key(b"secret", "rate", "ip", "203.0.113.7")   # 'rate:6f1c...'
    """
    message = json.dumps(list(parts), ensure_ascii=True).encode("ascii")
    return f"{parts[0]}:{hmac.new(secret, message, hashlib.sha256).hexdigest()[:40]}"


# --- Stored values -----------------------------------------------------------------------------------


def _load(raw: str | None, known: set[str]) -> dict[str, Any]:
    """A limit's stored JSON object ({} when there is none); its fields are checked by the caller."""
    if raw is None:
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict) or data.get("v") != _VERSION or isinstance(data.get("v"), bool) or set(data) - known:
        raise _unreadable()
    return data


def _unreadable() -> OtpStoreError:
    return OtpStoreError(
        "a stored OTP limit cannot be read (not a record this version wrote); it was left as it is, "
        "for someone to look at or delete"
    )


def _time(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _unreadable()
    return float(value)


def _token(value: object) -> str:
    if not isinstance(value, str):
        raise _unreadable()
    return value


def _write(data: dict[str, Any], until: list[float], now: float) -> Write:
    return Write(
        json.dumps({"v": _VERSION, **data}, separators=(",", ":")), ttl=max(1.0, max(until, default=now) - now)
    )


class Hold(Protocol):
    """An issue's share of one limit (see the module documentation)."""

    key: str

    def reserve(self, at: float) -> Change[None]:
        """Refuse if the limit is reached at ``at``, else take the share."""
        ...

    def release(self, at: float) -> Change[None] | None:
        """Give the share back (the send certainly failed); None when there is nothing to give back."""
        ...

    def confirm(self, at: float) -> Change[None] | None:
        """Count the share as a send; None when the reservation already counts as one."""
        ...


Refuse = Callable[[type[OtpError], float, str | None, str], OtpError]
"""Makes the refusal: the error class, the wait in seconds, the key kind and the reason's text."""


class RateHold:
    """An issue's share of one caller key's rate limits: a timed entry, with the issue's token."""

    def __init__(self, kind: str, limits: list[RateLimit], key: str, token: str, refuse: Refuse) -> None:
        self.kind = kind
        self.limits = limits
        self.key = key
        self._token = token
        self._refuse = refuse
        self._longest = max(limit.per for limit in limits)

    def __repr__(self) -> str:
        return f"RateHold(kind={self.kind!r})"  # never the value, nor its hash

    def _entries(self, raw: str | None, at: float) -> list[tuple[float, str]]:
        data = _load(raw, {"v", "sent"})
        sent = data.get("sent", [])
        if not isinstance(sent, list) or not all(isinstance(entry, list) and len(entry) == 2 for entry in sent):
            raise _unreadable()
        entries = [(_time(when), _token(token)) for when, token in sent]
        return sorted(entry for entry in entries if entry[0] > at - self._longest)

    def _write(self, entries: list[tuple[float, str]], at: float) -> Write:
        if not entries:
            return Write(None, 0)
        return _write({"sent": [list(entry) for entry in entries]}, [entries[-1][0] + self._longest], at)

    def reserve(self, at: float) -> Change[None]:
        def change(raw: str | None) -> tuple[Write | None, None]:
            entries = self._entries(raw, at)
            waits = []
            for limit in self.limits:
                window = [when for when, _ in entries if when > at - limit.per]
                if len(window) >= limit.limit:
                    waits.append((window[-limit.limit] + limit.per - at, limit))
            if waits:
                wait, limit = max(waits, key=lambda item: item[0])
                reason = f"the limit of {limit.limit} codes per {_duration(limit.per)} for this {self.kind} is reached"
                raise self._refuse(OtpRateLimitError, wait, self.kind, reason)
            return self._write([*entries, (at, self._token)], at), None

        return change

    def release(self, at: float) -> Change[None]:
        def change(raw: str | None) -> tuple[Write | None, None]:
            entries = self._entries(raw, at)
            kept = [entry for entry in entries if entry[1] != self._token]
            return (None if kept == entries else self._write(kept, at)), None

        return change

    def confirm(self, at: float) -> None:
        return None  # the entry counts from the moment it was made


def _duration(seconds: float) -> str:
    for unit, size in (("day", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size and seconds % size == 0:
            amount = int(seconds // size)
            return f"{amount} {unit}{'s' if unit == 'day' and amount > 1 else ''}"
    return f"{seconds:g} s"


def day_of(at: float) -> str:
    """The UTC day (``YYYY-MM-DD``) of a time in seconds since the epoch; the budget's day."""
    return datetime.fromtimestamp(at, UTC).date().isoformat()


class BudgetHold:
    """An issue's share of the daily budget: a pending token until the send settles, then a count.

    The day is the UTC day the issue was reserved in; its key holds the count of the day's sends and
    the sends in progress (few at a time, each lapsing into the count after ``send_window``).
    """

    def __init__(self, budget: int, secret: bytes, token: str, send_window: float, at: float, refuse: Refuse) -> None:
        self.budget = budget
        self.day = day_of(at)
        self.key = hashed_key(secret, "budget", self.day)
        self._token = token
        self._send_window = send_window
        self._refuse = refuse
        midnight = datetime.fromisoformat(self.day).replace(tzinfo=UTC) + timedelta(days=1)
        self._day_ends = midnight.timestamp()

    def __repr__(self) -> str:
        return f"BudgetHold(day={self.day!r})"

    def _state(self, raw: str | None, at: float) -> tuple[int, dict[str, float]]:
        data = _load(raw, {"v", "count", "pending"})
        count, pending = data.get("count", 0), data.get("pending", {})
        if isinstance(count, bool) or not isinstance(count, int) or count < 0 or not isinstance(pending, dict):
            raise _unreadable()
        live = {_token(token): _time(until) for token, until in pending.items()}
        lapsed = [token for token, until in live.items() if until <= at]
        for token in lapsed:  # its process died mid-send: it may have gone out, so it counts
            del live[token]
        return count + len(lapsed), live

    def _write(self, count: int, pending: dict[str, float], at: float) -> Write:
        # Kept a day past its own, so a send settled just after midnight still finds it.
        return _write({"count": count, "pending": pending}, [self._day_ends + 86400.0, *pending.values()], at)

    def reserve(self, at: float) -> Change[None]:
        def change(raw: str | None) -> tuple[Write | None, None]:
            count, pending = self._state(raw, at)
            if count + len(pending) >= self.budget:
                reason = f"the daily budget of {self.budget} codes over all numbers is spent"
                raise self._refuse(OtpBudgetError, self._day_ends - at, None, reason)
            pending[self._token] = at + self._send_window
            return self._write(count, pending, at), None

        return change

    def release(self, at: float) -> Change[None]:
        def change(raw: str | None) -> tuple[Write | None, None]:
            count, pending = self._state(raw, at)
            if pending.pop(self._token, None) is None:
                return None, None  # settled already (or lapsed, and counted: it may have gone out)
            return self._write(count, pending, at), None

        return change

    def confirm(self, at: float) -> Change[None]:
        def change(raw: str | None) -> tuple[Write | None, None]:
            count, pending = self._state(raw, at)
            if pending.pop(self._token, None) is None:
                return None, None  # settled already, or lapsed into the count
            return self._write(count + 1, pending, at), None

        return change


class PrefixHold:
    """An issue's entry in its prefix's set of recent numbers (hashed); never given back."""

    def __init__(self, rule: PrefixBurst, secret: bytes, mobile: str, refuse: Refuse) -> None:
        self.rule = rule
        self.key = hashed_key(secret, "prefix", mobile[: rule.digits])
        self._member = hashed_key(secret, "member", mobile).partition(":")[2][:16]
        self._refuse = refuse

    def __repr__(self) -> str:
        return f"PrefixHold(digits={self.rule.digits})"

    def reserve(self, at: float) -> Change[None]:
        rule = self.rule

        def change(raw: str | None) -> tuple[Write | None, None]:
            data = _load(raw, {"v", "numbers"})
            stored = data.get("numbers", {})
            if not isinstance(stored, dict):
                raise _unreadable()
            numbers = {_token(member): _time(when) for member, when in stored.items()}
            numbers = {member: when for member, when in numbers.items() if when > at - rule.per}
            if self._member not in numbers and len(numbers) >= rule.numbers:
                wait = sorted(numbers.values())[-rule.numbers] + rule.per - at
                reason = f"codes went to {rule.numbers} numbers with this prefix within {_duration(rule.per)}"
                raise self._refuse(OtpRateLimitError, wait, "prefix", reason)
            numbers[self._member] = at
            return _write({"numbers": numbers}, [when + rule.per for when in numbers.values()], at), None

        return change

    def release(self, at: float) -> None:
        return None  # a number that was tried stays counted: the rule looks for many numbers being tried

    def confirm(self, at: float) -> None:
        return None
