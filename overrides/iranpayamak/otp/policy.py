"""The rules of issuing and verifying one-time codes, in one place for the sync and async services.

Nothing here does I/O. The services read the clock, call the store and send the SMS; every decision
(may a code be sent now, is this code right, when does the number get locked) is made by the
functions below, which a store applies atomically to one number's :class:`~._record.NumberState`.

An issue takes three store updates around the send, so that a code that failed to send is never
stored, and two servers asked at the same moment send one code:

1. ``reserve``: check the lockout, cooldown and hourly cap, and mark a send in progress, which
   counts against the cap and keeps other sends for the purpose out until it ends; then take a share
   of each further limit (:mod:`.limits`: rate keys, the prefix rule, the daily budget), one key each,
   giving everything back if one refuses;
2. send the SMS (not for a test number);
3. ``commit`` (store the code's hash, start the cooldown) when it was sent; ``release`` when it
   certainly was not; ``record_unconfirmed`` when it may have been (start the cooldown, store no code);
   then settle the further limits' shares (confirmed, or given back when it certainly was not sent).

The record of one number and purpose (a :class:`~._record.Challenge`)::

    (none) --reserve--> sending --commit--> live code --right code--> used
              |    |                          |    |
              |    +--record_unconfirmed      |    +--max_attempts wrong codes--> locked --lockout--> (none)
              |       (cooldown, no code)     +--ttl passes--> expired;  cancel--> cancelled
              +--release--> (none)
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Literal, TypeVar

from attrs import field, frozen

from iranpayamak_api.types import Secret

from .._arguments import aware_now
from .._display import shown
from ..errors import (
    APITimeoutError,
    InvalidArgumentError,
    InvalidPhoneNumber,
    OtpBudgetError,
    OtpCooldownError,
    OtpError,
    OtpLockedError,
    OtpRateLimitError,
)
from ..phone import mobile_operator, normalize_mobile
from ._record import Challenge, NumberState
from .codes import codes_match, generate_code, hash_code, new_salt, normalize_entered_code
from .events import EventKind, OtpEvent, emit
from .limits import BudgetHold, Hold, PrefixHold, RateHold, RateLimit, hashed_key, retry_after
from .settings import DEFAULT_RESEND_COOLDOWN, DEFAULT_SEND_WINDOW, Duration, OtpSettings
from .store import Change, Write

__all__ = [
    "DEFAULT_RESEND_COOLDOWN",
    "Duration",
    "IssueAttempt",
    "Issued",
    "OtpPolicy",
    "OtpStatus",
    "Verification",
    "VerifyAttempt",
    "mask_mobile",
]

E = TypeVar("E", bound=OtpError)

_HOUR = 3600.0
_MAX_PURPOSE_LENGTH = 64


@frozen
class Issued:
    """A code that was sent and stored (as a hash).

    Attributes:
        expires_at: When the code stops working (UTC).
        resend_available_at: The earliest time another code can be sent to the number for this purpose (UTC).
        mobile: The number, normalized.
        purpose: What the code is for.
        send_request_id: The id of the send request that carries it.
        code: None, unless the service was made with ``expose_codes=True`` (for tests); hidden in ``repr``.

    Example::

        issued = otp.issue("09121234567")
        print(issued)  # Issued(expires_at=..., resend_available_at=..., mobile='09121234567', ...)
    """

    expires_at: datetime
    resend_available_at: datetime
    mobile: str
    purpose: str
    send_request_id: int
    code: str | None = field(default=None, repr=lambda code: "None" if code is None else "'******'")


def mask_mobile(mobile: str) -> str:
    """``mobile`` with its middle digits hidden, for messages that may end up in logs or responses.

    Example::

        >>> mask_mobile("09121234567")
        '0912***4567'
    """
    return f"{mobile[:4]}***{mobile[-4:]}" if len(mobile) > 8 else "***"


def _check_purpose(purpose: object) -> str:
    if not isinstance(purpose, str) or not purpose.strip():
        raise InvalidArgumentError(
            f"purpose: must be non-empty text, got {shown(purpose)}", field="purpose", reason="must be non-empty text"
        )
    if len(purpose) > _MAX_PURPOSE_LENGTH:
        reason = f"must have at most {_MAX_PURPOSE_LENGTH} characters"
        raise InvalidArgumentError(f"purpose: {reason}, got {len(purpose)}", field="purpose", reason=reason)
    return purpose


_REASONS: dict[type[OtpError], str] = {
    OtpLockedError: "too many wrong codes were entered",
    OtpCooldownError: "a code was sent moments ago, or is being sent",
    OtpRateLimitError: "the number's hourly limit of codes is reached",
}

_EVENT_REASONS: dict[type[OtpError], str] = {
    OtpLockedError: "locked",
    OtpCooldownError: "cooldown",
    OtpRateLimitError: "rate_limit",
    OtpBudgetError: "budget",
}

Reason = Literal["wrong", "expired", "no_code", "used", "locked"]
State = Literal["pending", "verified", "expired", "locked", "none"]


@frozen
class Verification:
    """The answer of ``check``: whether the code was right, and if not, why.

    Attributes:
        ok: True for the current, unexpired code (which is now used up).
        reason: None when ``ok``; else ``wrong`` (counted as an attempt, unless nothing was entered),
            ``expired``, ``used`` (the code already worked once), ``no_code`` (none was sent, or it
            was cancelled or replaced long ago), or ``locked`` (locked out: before this check, or by
            this wrong code).
        attempts_left: Wrong codes that may still be entered before a lockout.
        retry_after: For ``locked``: whole seconds until the lockout ends; else None.

    Example::

        result = otp.check("09121234567", typed_code)
        if not result.ok and result.reason == "expired":
            ask_to_resend()
    """

    ok: bool
    reason: Reason | None
    attempts_left: int
    retry_after: int | None = None


@frozen
class OtpStatus:
    """Where a number and purpose stand, from ``status``; nothing is changed by asking.

    Attributes:
        state: ``pending`` (a code is live), ``verified`` (the last code was used), ``expired`` (it
            expired unused), ``locked`` (locked out after wrong codes), or ``none`` (no code: never
            sent, cancelled, or long gone).
        expires_at: When the live code expires (``pending`` only), UTC.
        attempts_left: Wrong codes that may still be entered before a lockout (0 while locked).
        resend_available_at: The earliest time the number's own rules (lockout, cooldown, hourly cap)
            allow another code; now or earlier when one may be sent now. Rate keys and the budget
            are not looked at.

    Example::

        status = otp.status("09121234567")
        if status.state == "pending":
            show_code_form(until=status.expires_at)
    """

    state: State
    expires_at: datetime | None
    attempts_left: int
    resend_available_at: datetime


class OtpPolicy:
    """Checked settings and the decisions made from them; shared by ``OtpService`` and ``AsyncOtpService``.

    Args:
        settings: The settings; ``secret`` must be set (the services choose one when it is not).

    Raises:
        InvalidArgumentError: ``settings.secret`` is None.

    Example::

        policy = OtpPolicy(OtpSettings(pattern="SJ3FgPrE0C", max_attempts=3, secret="the app's secret key"))
        attempt = policy.start_issue("0912 123 4567", "login")
    """

    def __init__(self, settings: OtpSettings) -> None:
        if settings.secret is None:
            raise InvalidArgumentError(
                "secret: the policy needs the secret its hashes are made with", field="secret", reason="missing"
            )
        self.settings = settings
        self.secret: bytes = settings.secret
        self.send_window: float = DEFAULT_SEND_WINDOW if settings.send_window is None else settings.send_window
        self._rate_limits: dict[str, list[RateLimit]] = {}
        for limit in settings.rate_limits:
            self._rate_limits.setdefault(limit.kind, []).append(limit)

    # --- Reading the clock --------------------------------------------------------------------------

    def now(self) -> datetime:
        """The clock's time in UTC.

        The clock must be timezone-aware, or times stored by servers in other zones would mix; it is
        turned into UTC so that adding a duration adds real time even across a DST change of its zone
        (aware arithmetic in a local zone is wall-clock arithmetic).
        """
        now = aware_now(self.settings.clock)
        try:
            return now.astimezone(UTC)
        except OverflowError:  # a moment at the edge of the calendar, which UTC cannot hold
            raise InvalidArgumentError(
                f"clock: returned {shown(now)}, which has no time in UTC", field="clock", reason="out of range"
            ) from None

    # --- Events -------------------------------------------------------------------------------------

    def emit(
        self, kind: EventKind, mobile: str, purpose: str, *, reason: str | None = None, key_kind: str | None = None
    ) -> None:
        """Give the ``events`` sink an event for ``mobile`` (masked) and ``purpose``; a failing sink is ignored."""
        sink = self.settings.events
        if sink is not None:
            at = self.now()
            emit(sink, OtpEvent(kind, purpose, mask_mobile(mobile), at, reason=reason, key_kind=key_kind))

    def emit_refusal(self, error: OtpError) -> None:
        """The ``refused`` event for ``error``."""
        if error.mobile is not None and error.purpose is not None:
            key_kind = error.key_kind if isinstance(error, OtpRateLimitError) else None
            reason = _EVENT_REASONS.get(type(error), "refused")
            self.emit("refused", error.mobile, error.purpose, reason=reason, key_kind=key_kind)

    # --- Starting an operation --------------------------------------------------------------------

    def start_issue(
        self, mobile: str | int, purpose: str, rate_keys: Mapping[str, str | int] | None = None
    ) -> IssueAttempt:
        """Check the arguments and draw a code (a test number's fixed code); nothing is stored or sent yet.

        Raises:
            InvalidPhoneNumber: ``mobile`` is not a mobile number, or its operator gets no codes.
            InvalidArgumentError: ``purpose`` is empty or too long, or ``rate_keys`` does not give
                exactly the kinds of ``rate_limits``.
        """
        number = normalize_mobile(mobile, field="mobile")
        purpose = _check_purpose(purpose)
        values = self._rate_keys(rate_keys)
        self._check_operator(number, purpose)
        fixed = self.settings.test_numbers.get(number)
        code = Secret(fixed if fixed is not None else generate_code(self.settings.length))
        attempt = IssueAttempt(self, number, purpose, code, test_number=fixed is not None)
        attempt.holds = self._holds(attempt, values)
        return attempt

    def _rate_keys(self, rate_keys: object) -> dict[str, str]:
        """The values of ``rate_keys``, as text; their kinds must be exactly those of the rate limits."""
        if rate_keys is None:
            rate_keys = {}
        if not isinstance(rate_keys, Mapping):
            raise InvalidArgumentError(
                f"rate_keys: must map kinds to values, got {type(rate_keys).__name__}",
                field="rate_keys",
                reason="not a mapping",
            )
        kinds = set(self._rate_limits)
        missing, unknown = sorted(kinds - set(rate_keys)), sorted(map(str, set(rate_keys) - kinds))
        if missing or unknown:
            # A missing key would quietly turn its limit off: refuse, naming kinds (never values).
            reason = f"must give {sorted(kinds)}" + (f"; missing {missing}" if missing else "")
            reason += f"; unknown {unknown}" if unknown else ""
            raise InvalidArgumentError(f"rate_keys: {reason}", field="rate_keys", reason=reason)
        values: dict[str, str] = {}
        for kind, value in rate_keys.items():
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, str) or not value.strip():
                reason = "must be non-empty text or a whole number"
                raise InvalidArgumentError(
                    f"rate_keys[{kind!r}]: {reason}, got {type(value).__name__}",
                    field=f"rate_keys[{kind!r}]",
                    reason=reason,
                )
            values[kind] = value
        return values

    def _check_operator(self, number: str, purpose: str) -> None:
        allowed, denied = self.settings.allowed_operators, self.settings.denied_operators
        if allowed is None and not denied:
            return
        operator = mobile_operator(number)
        if (allowed is not None and operator not in allowed) or (denied and operator in denied):
            self.emit("refused", number, purpose, reason="operator")
            name = operator.value if operator is not None else "an unknown operator"
            reason = f"numbers of {name} get no codes here"
            raise InvalidPhoneNumber(
                f"mobile: {reason} ({mask_mobile(number)})", value=number, reason=reason, field="mobile"
            )

    def _holds(self, attempt: IssueAttempt, values: dict[str, str]) -> list[Hold]:
        """The further limits the attempt takes a share of, in the order they are reserved."""
        refuse = attempt.refuse
        holds: list[Hold] = [
            RateHold(kind, limits, hashed_key(self.secret, "rate", kind, values[kind]), attempt.token, refuse)
            for kind, limits in self._rate_limits.items()
        ]
        if self.settings.prefix_burst is not None:
            holds.append(PrefixHold(self.settings.prefix_burst, self.secret, attempt.mobile, refuse))
        if self.settings.daily_budget is not None and not attempt.test_number:
            # Last: the budget's one key is shared by every issue, so it is touched only once the rest allow it.
            at = attempt.started.timestamp()
            holds.append(
                BudgetHold(self.settings.daily_budget, self.secret, attempt.token, self.send_window, at, refuse)
            )
        return holds

    def verification(self, mobile: str | int, code: str, purpose: str) -> VerifyAttempt:
        """Check the arguments of a verify.

        Raises:
            InvalidPhoneNumber: ``mobile`` is not a mobile number.
            InvalidArgumentError: ``code`` is not text, or ``purpose`` is empty or too long.
        """
        number = normalize_mobile(mobile, field="mobile")
        return VerifyAttempt(self, number, _check_purpose(purpose), Secret(normalize_entered_code(code)))

    def target(self, mobile: str | int, purpose: str) -> tuple[str, str]:
        """The normalized number and the checked purpose of ``status`` and ``cancel``.

        Raises:
            InvalidPhoneNumber: ``mobile`` is not a mobile number.
            InvalidArgumentError: ``purpose`` is empty or too long.
        """
        return normalize_mobile(mobile, field="mobile"), _check_purpose(purpose)

    # --- Rules shared by the operations -------------------------------------------------------------

    def cooldown_after(self, streak: int) -> float:
        """Seconds to wait after the ``streak``-th code in a row before the next one."""
        cooldowns = self.settings.resend_cooldown
        return cooldowns[min(streak, len(cooldowns)) - 1] if streak > 0 else 0.0

    def load(self, raw: str | None, mobile: str, at: float) -> NumberState:
        """The stored state of ``mobile``, pruned at ``at``."""
        state = NumberState.parse(raw, owner=mask_mobile(mobile))
        self.prune(state, at)
        return state

    def prune(self, state: NumberState, now: float) -> None:
        """Drop from ``state`` whatever has expired at ``now``."""
        if self.settings.per_number_hourly_cap is None:
            state.sent = []
        else:
            # Every send of the last hour is kept, even beyond the cap (after a lowered cap, say): the
            # count must stay true, so the cap holds until the real number of sends falls below it.
            state.sent = sorted(t for t in state.sent if t > now - _HOUR)
        for purpose, challenge in list(state.purposes.items()):
            if challenge.expires is not None and challenge.expires <= now:
                challenge.end_code("expired", challenge.expires + self.settings.ttl)
                if challenge.last_sent is None:
                    # Wrong codes entered after a quiet spell ended the row concern this code alone:
                    # with it gone they are forgotten, whatever else keeps the record (a cap's sends).
                    challenge.attempts = 0
            if challenge.ended_until is not None and challenge.ended_until <= now:
                challenge.ended = challenge.ended_until = None
            if challenge.locked_until is not None and challenge.locked_until <= now:
                challenge.locked_until = None
            if challenge.pending_until is not None and challenge.pending_until <= now:
                # An abandoned reservation (its process died mid-send) lapses.
                challenge.pending = challenge.pending_until = None
            if challenge.last_sent is not None and challenge.last_sent + self.settings.cooldown_reset <= now:
                # A quiet spell ends the row: the next code waits the first cooldown again.
                challenge.streak, challenge.attempts, challenge.last_sent = 0, 0, None
            if challenge.is_empty():
                del state.purposes[purpose]

    def write(self, state: NumberState, now: float) -> Write:
        """The store write for ``state``: kept until its last time of interest, or deleted when empty."""
        self.prune(state, now)
        if state.is_empty():
            return Write(None, 0)
        until = [t + _HOUR for t in state.sent]
        for challenge in state.purposes.values():
            times = (challenge.expires, challenge.locked_until, challenge.pending_until, challenge.ended_until)
            until += [t for t in times if t is not None]
            if challenge.last_sent is not None:
                until.append(challenge.last_sent + self.settings.cooldown_reset)
        # Every kept challenge has a time of its own; the fallback only guards against odd stored data.
        ttl = (max(until) if until else now + self.settings.cooldown_reset) - now
        return Write(state.dump(), ttl=max(ttl, 1.0))

    def waits(self, state: NumberState, purpose: str, now: float) -> list[tuple[type[OtpError], float]]:
        """Why a code cannot be sent now, each with the seconds until that reason lapses (empty: it can).

        ``state`` must be pruned at ``now``.
        """
        challenge = state.purposes.get(purpose, Challenge())
        waits: list[tuple[type[OtpError], float]] = []
        if challenge.locked_until is not None:
            waits.append((OtpLockedError, challenge.locked_until - now))
        if challenge.pending is not None and challenge.pending_until is not None:
            # A send for this purpose is in progress (here or on another server): always refused, even
            # with no cooldown, or two servers would both send. If it succeeds its cooldown applies;
            # if its process died, the reservation lapses at pending_until.
            in_progress_wait = max(self.cooldown_after(challenge.streak + 1), challenge.pending_until - now)
            waits.append((OtpCooldownError, in_progress_wait))
        if challenge.last_sent is not None and challenge.streak > 0:
            waits.append((OtpCooldownError, challenge.last_sent + self.cooldown_after(challenge.streak) - now))
        cap = self.settings.per_number_hourly_cap
        if cap is not None:
            # Sends in progress, for any purpose, count as if sent now: otherwise several purposes
            # reserved at once would all pass the cap.
            sending = sum(c.pending is not None for c in state.purposes.values())
            window = [*state.sent, *[now] * sending]
            if len(window) >= cap:
                waits.append((OtpRateLimitError, window[-cap] + _HOUR - now))
        return [(kind, wait) for kind, wait in waits if wait > 0]

    def attempts_left(self, challenge: Challenge | None) -> int:
        """Wrong codes that may still be entered before a lockout."""
        if challenge is None:
            return self.settings.max_attempts
        if challenge.locked_until is not None:
            return 0
        return max(0, self.settings.max_attempts - challenge.attempts)

    def refusal(
        self,
        kind: type[E],
        wait: float,
        mobile: str,
        purpose: str,
        what: str,
        *,
        reason: str | None = None,
        key_kind: str | None = None,
    ) -> E:
        """The error for refusing ``what`` (e.g. "no code sent") for ``kind``'s reason; the number is masked."""
        seconds = retry_after(wait)
        message = (
            f"{what} for {mask_mobile(mobile)} ({purpose!r}): {reason or _REASONS[kind]}; try again in {seconds} s"
        )
        if key_kind is not None:
            error: OtpError = OtpRateLimitError(
                message, retry_after=seconds, mobile=mobile, purpose=purpose, key_kind=key_kind
            )
        else:
            error = kind(message, retry_after=seconds, mobile=mobile, purpose=purpose)
        assert isinstance(error, kind)
        return error


class IssueAttempt:
    """One issue in progress: the drawn code, its hash, and the store changes around the send.

    Made by :meth:`OtpPolicy.start_issue`. The code is only in memory, until it is sent.

    Attributes:
        holds: The further limits (:mod:`.limits`) the attempt takes a share of after the number's
            reservation, in order.
        test_number: The number is a test number: no SMS is sent, and the code is its fixed code.
    """

    def __init__(self, policy: OtpPolicy, mobile: str, purpose: str, code: str, *, test_number: bool = False) -> None:
        self._policy = policy
        self.mobile = mobile
        self.purpose = purpose
        self.key = mobile
        self.code = code
        self.test_number = test_number
        self.started = policy.now()
        self._salt = new_salt()
        self._digest = hash_code(code, salt=self._salt, mobile=mobile, purpose=purpose, secret=policy.secret)
        self.token = secrets.token_hex(8)
        self.holds: list[Hold] = []
        self.counted = False
        """Whether a store has worked out a change that counts this send (a commit, or a record of a
        send that may have gone out): an interrupt after that must not count it once more."""

    def __repr__(self) -> str:
        return f"IssueAttempt(mobile={mask_mobile(self.mobile)!r}, purpose={self.purpose!r})"

    def refuse(self, kind: type[OtpError], wait: float, key_kind: str | None, reason: str) -> OtpError:
        """The refusal of this issue by a further limit (see :mod:`.limits`)."""
        return self._policy.refusal(
            kind, wait, self.mobile, self.purpose, "no code sent", reason=reason, key_kind=key_kind
        )

    def _load(self, raw: str | None, at: float) -> NumberState:
        return self._policy.load(raw, self.mobile, at)

    def reserve(self, now: datetime) -> Change[None]:
        """Refuse with an :class:`~iranpayamak.errors.OtpError` if a code may not be sent now; else mark the send."""
        at = now.timestamp()
        policy = self._policy

        def change(raw: str | None) -> tuple[Write | None, None]:
            state = self._load(raw, at)
            waits = policy.waits(state, self.purpose, at)
            if waits:
                kind, wait = max(waits, key=lambda item: item[1])
                raise policy.refusal(kind, wait, self.mobile, self.purpose, "no code sent")
            challenge = state.purposes.setdefault(self.purpose, Challenge())
            challenge.pending, challenge.pending_until = self.token, at + policy.send_window
            return policy.write(state, at), None

        return change

    def release(self, now: datetime) -> Change[None]:
        """Undo :meth:`reserve` after a send that certainly failed: no code stored, no cooldown started."""
        at = now.timestamp()

        def change(raw: str | None) -> tuple[Write | None, None]:
            state = self._load(raw, at)
            challenge = state.purposes.get(self.purpose)
            if challenge is None or challenge.pending != self.token:
                return None, None  # lapsed, and maybe taken by another send: not ours to undo
            challenge.pending = challenge.pending_until = None
            return self._policy.write(state, at), None

        return change

    def _count_send(self, state: NumberState, at: float) -> Challenge:
        # The SMS is (or may be) out: it counts for the cooldown and the cap whatever else happened,
        # even if the reservation lapsed meanwhile.
        self.counted = True
        challenge = state.purposes.setdefault(self.purpose, Challenge())
        if challenge.pending == self.token:
            challenge.pending = challenge.pending_until = None
        challenge.streak += 1
        challenge.last_sent = at
        state.sent.append(at)
        return challenge

    def record_unconfirmed(self, now: datetime) -> Change[None]:
        """After a send that failed but may have gone out: start the cooldown and count it against the
        hourly cap, but store no code (any earlier code stays valid), so the user can resend after the
        cooldown rather than at once, and failing sends cannot be used to get around the limits."""
        at = now.timestamp()

        def change(raw: str | None) -> tuple[Write | None, None]:
            state = self._load(raw, at)
            self._count_send(state, at)
            return self._policy.write(state, at), None

        return change

    def commit(self, now: datetime, send_request_id: int) -> Change[Issued | OtpLockedError | APITimeoutError]:
        """Store the sent code's hash, start its cooldown and count it against the hourly cap.

        The code is stored only while this attempt's reservation is still its own. If the send outlasted
        the send window, the reservation lapsed and another issue may have sent, and stored, a newer code
        since: storing this one would replace that code with one the app no longer expects. The send is
        then counted but its code not stored, and the result is an
        :class:`~iranpayamak.errors.APITimeoutError` (the send may have been delivered; its code will
        not work) for the service to raise.

        Likewise, if the number was locked out for the purpose while the code was being sent, the send
        is counted but its code is not stored (it would undo the lockout): the result is then the
        :class:`~iranpayamak.errors.OtpLockedError` for the service to raise.
        """
        at = now.timestamp()
        policy = self._policy

        def change(raw: str | None) -> tuple[Write | None, Issued | OtpLockedError | APITimeoutError]:
            state = self._load(raw, at)
            still_ours = state.purposes.get(self.purpose, Challenge()).pending == self.token
            challenge = self._count_send(state, at)
            if not still_ours:
                late = APITimeoutError(
                    f"the code for {mask_mobile(self.mobile)} ({self.purpose!r}) was sent after its send window "
                    f"({policy.send_window:g} s) had lapsed, so it was not kept and will not work; the cooldown "
                    "started as for any send",
                    may_have_reached_service=True,
                )
                return policy.write(state, at), late
            if challenge.locked_until is not None:
                wait = challenge.locked_until - at
                locked = policy.refusal(OtpLockedError, wait, self.mobile, self.purpose, "the code sent will not work")
                return policy.write(state, at), locked
            # A new code replaces the old one; wrong attempts carry over so resending cannot reset them.
            challenge.clear_code()
            challenge.digest, challenge.salt, challenge.expires = self._digest, self._salt, at + policy.settings.ttl
            write = policy.write(state, at)
            waits = policy.waits(state, self.purpose, at)
            resend = max([at, *(at + wait for _, wait in waits)])
            issued = Issued(
                expires_at=now + timedelta(seconds=policy.settings.ttl),
                resend_available_at=now + timedelta(seconds=resend - at),
                mobile=self.mobile,
                purpose=self.purpose,
                send_request_id=send_request_id,
                code=self.code if policy.settings.expose_codes else None,
            )
            return write, issued

        return change


class VerifyAttempt:
    """One verify: the store change that checks the entered code. Made by :meth:`OtpPolicy.verification`."""

    def __init__(self, policy: OtpPolicy, mobile: str, purpose: str, entered: str) -> None:
        self._policy = policy
        self.mobile = mobile
        self.purpose = purpose
        self.key = mobile
        self._entered = entered

    @property
    def entered(self) -> bool:
        """Whether anything was entered (an empty code is a slip, not a guess)."""
        return bool(self._entered)

    def __repr__(self) -> str:
        return f"VerifyAttempt(mobile={mask_mobile(self.mobile)!r}, purpose={self.purpose!r})"

    def check(self, now: datetime) -> Change[Verification | OtpLockedError]:
        """A :class:`Verification` of the entered code; a right code is used up.

        A wrong code counts as an attempt; the ``max_attempts``-th in a row locks the number out for
        this purpose and voids its code (``reason="locked"``). Nothing entered (empty, or only spaces
        and marks) is not counted: it is a slip, not a guess. While locked, the result is the
        :class:`OtpLockedError` (``verify`` raises it, ``check`` reports it).
        """
        at = now.timestamp()
        policy = self._policy
        settings = policy.settings

        def change(raw: str | None) -> tuple[Write | None, Verification | OtpLockedError]:
            state = policy.load(raw, self.mobile, at)
            challenge = state.purposes.get(self.purpose)
            if challenge is not None and challenge.locked_until is not None:
                wait = challenge.locked_until - at
                return None, policy.refusal(OtpLockedError, wait, self.mobile, self.purpose, "no code checked")
            left = policy.attempts_left(challenge)
            if challenge is None or not challenge.has_code():
                # No code, an expired one, or one already used: nothing to guess, nothing to count.
                ended = challenge.ended if challenge is not None else None
                reason: Reason = "used" if ended == "used" else "expired" if ended == "expired" else "no_code"
                return None, Verification(ok=False, reason=reason, attempts_left=left)
            if not self._entered:
                return None, Verification(ok=False, reason="wrong", attempts_left=left)
            assert challenge.digest is not None and challenge.salt is not None
            candidate = hash_code(
                self._entered, salt=challenge.salt, mobile=self.mobile, purpose=self.purpose, secret=policy.secret
            )
            if codes_match(challenge.digest, candidate):
                # Used up, and the row of sends ends: the next login starts at the first cooldown.
                challenge.end_code("used", at + settings.ttl)
                challenge.attempts, challenge.streak, challenge.last_sent = 0, 0, None
                return policy.write(state, at), Verification(ok=True, reason=None, attempts_left=settings.max_attempts)
            challenge.attempts += 1
            if challenge.attempts >= settings.max_attempts:
                challenge.clear_code()
                challenge.attempts = 0
                challenge.locked_until = at + settings.lockout
                locked = Verification(
                    ok=False, reason="locked", attempts_left=0, retry_after=retry_after(settings.lockout)
                )
                return policy.write(state, at), locked
            return policy.write(state, at), Verification(ok=False, reason="wrong", attempts_left=left - 1)

        return change


def status_of(policy: OtpPolicy, mobile: str, purpose: str, now: datetime) -> Change[OtpStatus]:
    """The store change (which writes nothing) that reads the :class:`OtpStatus` of ``mobile`` and ``purpose``."""
    at = now.timestamp()

    def change(raw: str | None) -> tuple[Write | None, OtpStatus]:
        state = policy.load(raw, mobile, at)
        challenge = state.purposes.get(purpose)
        waits = policy.waits(state, purpose, at)
        resend = now + timedelta(seconds=max([0.0, *(wait for _, wait in waits)]))
        left = policy.attempts_left(challenge)
        if challenge is None:
            return None, OtpStatus("none", None, left, resend)
        if challenge.locked_until is not None:
            return None, OtpStatus("locked", None, 0, resend)
        if challenge.has_code() and challenge.expires is not None:
            expires = now + timedelta(seconds=challenge.expires - at)
            return None, OtpStatus("pending", expires, left, resend)
        ended: State = (
            "verified" if challenge.ended == "used" else "expired" if challenge.ended == "expired" else "none"
        )
        return None, OtpStatus(ended, None, left, resend)

    return change


def cancel_of(policy: OtpPolicy, mobile: str, purpose: str, now: datetime) -> Change[bool]:
    """The store change that revokes the live code of ``mobile`` and ``purpose``: True if there was one.

    Only the code goes: the cooldown, the hourly cap and wrong attempts stay as they are.
    """
    at = now.timestamp()

    def change(raw: str | None) -> tuple[Write | None, bool]:
        state = policy.load(raw, mobile, at)
        challenge = state.purposes.get(purpose)
        if challenge is None or not challenge.has_code():
            return None, False
        challenge.end_code("cancelled", at + policy.settings.ttl)
        return policy.write(state, at), True

    return change
