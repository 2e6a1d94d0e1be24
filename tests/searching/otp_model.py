"""What ``OtpService`` must do, written from its documented rules: the model the OTP state machine
(``test_otp_machine.py``) holds the services to.

The rules come from the README ("Verifying one-time codes") and the docstrings of ``OtpService``,
``OtpSettings`` and ``Issued``: codes expire after ``ttl`` and work once; ``max_attempts`` wrong codes
in a row (while a code is live) lock the number out of the purpose for ``lockout`` and void its code;
resends wait ``resend_cooldown[streak - 1]`` until a code is verified or ``cooldown_reset`` passes
without a send; at most ``per_number_hourly_cap`` sends an hour per number, all purposes, sends in
progress counted as if made now; one send per number and purpose at a time, held for ``send_window``;
a send that went out stores its code (unless its hold lapsed or a lockout began meanwhile), one that
may have gone out only counts, one that certainly failed leaves no trace.

The model knows only what the machine did and what the service reported (times, codes reported sent,
codes typed), never what the service stored. Times are seconds since the machine's start.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from attrs import define, frozen

from iranpayamak.errors import OtpBudgetError, OtpCooldownError, OtpError, OtpLockedError, OtpRateLimitError
from iranpayamak.otp import RateLimit

__all__ = ["DAY_STARTS_AT", "HOUR", "Late", "Locked", "Model", "Refusal", "Rules", "Stored", "day_of", "retry_after"]

HOUR = 3600.0
DAY_STARTS_AT = 8 * HOUR
"""The machine's time 0 is 08:00 UTC: seconds since the start of its first UTC day at time 0."""


def day_of(now: float) -> int:
    """The UTC day (0: the first) of a machine time."""
    return int((now + DAY_STARTS_AT) // 86400)


def retry_after(wait: float) -> int:
    """The whole seconds a refusal reports for a wait: rounded up, never 0."""
    return max(1, math.ceil(wait))


@frozen
class Rules:
    """The settings of one run of the machine (every service of the run has them)."""

    ttl: float
    length: int
    max_attempts: int
    resend_cooldown: tuple[float, ...]
    lockout: float
    cap: int | None
    cooldown_reset: float
    send_window: float
    ip_limit: tuple[int, float] | None = None
    """At most this many codes per this many seconds for one ``rate_keys["ip"]``; None: no rate limit."""
    budget: int | None = None
    """The daily budget (UTC days); None: none."""

    def cooldown_after(self, streak: int) -> float:
        """The wait after the ``streak``-th code in a row."""
        if streak <= 0:
            return 0.0
        return self.resend_cooldown[min(streak, len(self.resend_cooldown)) - 1]

    def options(self) -> dict[str, Any]:
        """The keyword arguments of the services."""
        return {
            "ttl": self.ttl,
            "length": self.length,
            "max_attempts": self.max_attempts,
            "resend_cooldown": list(self.resend_cooldown),
            "lockout": self.lockout,
            "per_number_hourly_cap": self.cap,
            "cooldown_reset": self.cooldown_reset,
            "send_window": self.send_window,
            "rate_limits": [] if self.ip_limit is None else [RateLimit("ip", self.ip_limit[0], per=self.ip_limit[1])],
            "daily_budget": self.budget,
        }

    def holds(self) -> int:
        """How many further limits an issue takes a share of (store updates between the number's
        reservation and the send)."""
        return (self.ip_limit is not None) + (self.budget is not None)


@frozen
class Refusal:
    """A reason an issue must be refused now: the error, and the wait until the reason lapses.

    ``exact`` is False when the wait involves a send in progress, whose ``retry_after`` the
    documentation leaves open (only the kind of error is checked then).
    """

    kind: type[OtpError]
    wait: float
    exact: bool = True
    key_kind: str | None = None
    """For a rate limit: which (``mobile``, ``ip``)."""


@frozen
class Stored:
    """The code was stored: the issue returns, and the next code waits ``resend_wait`` seconds."""

    resend_wait: float


@frozen
class Late:
    """The send outlasted its hold: counted, its code not kept, and the issue raises ``APITimeoutError``."""


@frozen
class Locked:
    """A lockout is on: ``OtpLockedError`` with this wait."""

    wait: float


@define
class _Purpose:
    """What the model knows of one number and purpose."""

    live: str | None = None
    expires: float = 0.0
    attempts: int = 0
    locked_until: float | None = None
    streak: int = 0
    last_sent: float | None = None
    holder: object = None
    hold_until: float = 0.0


class Model:
    """The documented behaviour of the services of one run, for every number and purpose."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self._purposes: dict[tuple[str, str], _Purpose] = defaultdict(_Purpose)
        self._sends: dict[str, list[float]] = defaultdict(list)
        self._ips: dict[str, list[tuple[float, object]]] = defaultdict(list)
        self._days: dict[int, list[tuple[float, object]]] = defaultdict(list)

    def _at(self, number: str, purpose: str, now: float) -> _Purpose:
        """The state of the number and purpose at ``now``: what has lapsed by then is gone."""
        state = self._purposes[(number, purpose)]
        if state.live is not None and state.expires <= now:
            state.live = None
            if state.last_sent is None:
                state.attempts = 0  # wrong codes outside a row go with the code they were for
        if state.locked_until is not None and state.locked_until <= now:
            state.locked_until = None
        if state.holder is not None and state.hold_until <= now:
            state.holder = None
        if state.last_sent is not None and state.last_sent + self.rules.cooldown_reset <= now:
            # A quiet spell ends the row: the first cooldown again, and the wrong codes forgotten.
            state.streak, state.attempts, state.last_sent = 0, 0, None
        return state

    def live_code(self, number: str, purpose: str, now: float) -> str | None:
        """The code that verifies now, if any."""
        state = self._at(number, purpose, now)
        return None if state.locked_until is not None else state.live

    def live_keys(self, now: float) -> list[tuple[str, str]]:
        """The numbers and purposes that have a code that verifies now."""
        return sorted(key for key in list(self._purposes) if self.live_code(*key, now) is not None)

    def deadlines(self, now: float) -> list[float]:
        """The coming moments at which some rule changes its answer (a code expires, a lockout, hold or
        cooldown ends, a send leaves the hour, a row of sends is forgotten), soonest first."""
        times: set[float] = set()
        for number, purpose in list(self._purposes):
            state = self._at(number, purpose, now)
            if state.live is not None:
                times.add(state.expires)
            if state.locked_until is not None:
                times.add(state.locked_until)
            if state.holder is not None:
                times.add(state.hold_until)
            if state.last_sent is not None:
                times.add(state.last_sent + self.rules.cooldown_after(state.streak))
                times.add(state.last_sent + self.rules.cooldown_reset)
        for sends in self._sends.values():
            times.update(t + HOUR for t in sends)
        if self.rules.ip_limit is not None:
            times.update(t + self.rules.ip_limit[1] for entries in self._ips.values() for t, _ in entries)
        if self.rules.budget is not None:
            times.add((day_of(now) + 1) * 86400.0 - DAY_STARTS_AT)
        return sorted(t for t in times if t > now)

    def holding(self, number: str, purpose: str, now: float) -> bool:
        """Whether a send for the number and purpose is in progress (and its hold has not lapsed)."""
        return self._at(number, purpose, now).holder is not None

    # --- Issuing ---------------------------------------------------------------------------------

    def refusals(self, number: str, purpose: str, now: float) -> list[Refusal]:
        """Why an issue must be refused at ``now``; empty when it must go ahead and send."""
        state = self._at(number, purpose, now)
        reasons: list[Refusal] = []
        if state.locked_until is not None:
            reasons.append(Refusal(OtpLockedError, state.locked_until - now))
        if state.holder is not None:
            wait = max(self.rules.cooldown_after(state.streak + 1), state.hold_until - now)
            reasons.append(Refusal(OtpCooldownError, wait, exact=False))
        if state.last_sent is not None and state.streak > 0:
            reasons.append(Refusal(OtpCooldownError, state.last_sent + self.rules.cooldown_after(state.streak) - now))
        cap = self.rules.cap
        if cap is not None:
            holds = [p for (n, p) in list(self._purposes) if n == number and self._at(n, p, now).holder is not None]
            window = sorted(t for t in self._sends[number] if t > now - HOUR) + [now] * len(holds)
            if len(window) >= cap:
                wait = window[-cap] + HOUR - now
                reasons.append(Refusal(OtpRateLimitError, wait, exact=not holds, key_kind="mobile"))
        return [reason for reason in reasons if reason.wait > 0]

    def limit_refusals(self, ip: str, now: float) -> list[Refusal]:
        """Why the further limits refuse an issue the number's rules allow: the IP's rate limit, else
        the daily budget (they are asked in that order); empty when they allow it."""
        if self.rules.ip_limit is not None:
            limit, per = self.rules.ip_limit
            window = sorted(t for t, _ in self._ips[ip] if t > now - per)
            if len(window) >= limit:
                return [Refusal(OtpRateLimitError, window[-limit] + per - now, key_kind="ip")]
        if self.rules.budget is not None and len(self._days[day_of(now)]) >= self.rules.budget:
            return [Refusal(OtpBudgetError, (day_of(now) + 1) * 86400.0 - DAY_STARTS_AT - now)]
        return []

    def take_limits(self, ip: str, now: float, holder: object) -> None:
        """An issue the limits allowed takes its share of each (given back only if its send certainly fails)."""
        if self.rules.ip_limit is not None:
            self._ips[ip].append((now, holder))
        if self.rules.budget is not None:
            self._days[day_of(now)].append((now, holder))

    def give_limits_back(self, holder: object, now: float) -> None:
        """The issue's send certainly failed (or never began): its shares of the limits are given back,
        but for a budget share held past the send window, which has lapsed into the day's count."""
        for ip, entries in self._ips.items():
            self._ips[ip] = [entry for entry in entries if entry[1] is not holder]
        window = self.rules.send_window
        for day, entries in self._days.items():
            self._days[day] = [(t, h) for t, h in entries if h is not holder or t + window <= now]

    def cancel(self, number: str, purpose: str, now: float) -> bool:
        """Revoke the live code: whether there was one."""
        state = self._at(number, purpose, now)
        if state.live is None or state.locked_until is not None:
            return False
        state.live = None
        return True

    def hold(self, number: str, purpose: str, now: float, holder: object) -> None:
        """An issue that was not refused holds the number and purpose while it sends."""
        state = self._at(number, purpose, now)
        state.holder, state.hold_until = holder, now + self.rules.send_window

    def _count(self, number: str, purpose: str, now: float, holder: object) -> _Purpose:
        state = self._at(number, purpose, now)
        if state.holder is holder:
            state.holder = None
        state.streak += 1
        state.last_sent = now
        self._sends[number].append(now)
        return state

    def count(self, number: str, purpose: str, now: float, holder: object) -> None:
        """A send that may have gone out: cooldown and cap, no new code (the earlier one stays)."""
        self._count(number, purpose, now, holder)

    def release(self, number: str, purpose: str, now: float, holder: object, *, limits: bool = True) -> None:
        """A send that certainly failed: no trace, the hold and (unless an interruption stopped the
        issue before it could settle them) the limits' shares given back."""
        state = self._at(number, purpose, now)
        if state.holder is holder:
            state.holder = None
        if limits:
            self.give_limits_back(holder, now)

    def commit(self, number: str, purpose: str, now: float, holder: object, code: str) -> Stored | Late | Locked:
        """A send that went out and was answered."""
        state = self._at(number, purpose, now)
        ours = state.holder is holder
        state = self._count(number, purpose, now, holder)
        if not ours:
            return Late()
        if state.locked_until is not None:
            return Locked(state.locked_until - now)
        state.live, state.expires = code, now + self.rules.ttl
        return Stored(max([0.0, *(reason.wait for reason in self.refusals(number, purpose, now))]))

    # --- Verifying -------------------------------------------------------------------------------

    def verify(self, number: str, purpose: str, entered: str, now: float) -> bool | Locked:
        """The answer to a verify of ``entered`` (digits as the service reads them) at ``now``."""
        state = self._at(number, purpose, now)
        if state.locked_until is not None:
            return Locked(state.locked_until - now)
        if not entered or state.live is None:
            return False  # a slip, or nothing to guess: not an attempt
        if entered == state.live:
            state.live = None
            state.attempts, state.streak, state.last_sent = 0, 0, None
            return True
        state.attempts += 1
        if state.attempts >= self.rules.max_attempts:
            state.live, state.attempts, state.locked_until = None, 0, now + self.rules.lockout
        return False
