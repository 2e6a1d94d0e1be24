"""The rules of issuing and verifying one-time codes, in one place for the sync and async services.

Nothing here does I/O. The services read the clock, call the store and send the SMS; every decision
(may a code be sent now, is this code right, when does the number get locked) is made by the
functions below, which a store applies atomically to one number's :class:`~._record.NumberState`.

An issue takes three store updates around the send, so that a code that failed to send is never
stored, and two servers asked at the same moment send one code:

1. ``reserve``: check the lockout, cooldown and hourly cap, and mark a send in progress, which
   counts against the cap and keeps other sends for the purpose out until it ends;
2. send the SMS;
3. ``commit`` (store the code's hash, start the cooldown) when it was sent; ``release`` when it
   certainly was not; ``record_unconfirmed`` when it may have been (start the cooldown, store no code).
"""

from __future__ import annotations

import math
import secrets
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from attrs import field, frozen

from iranpayamak_api.types import Secret

from .._arguments import aware_now
from .._display import shown
from ..errors import (
    APITimeoutError,
    InvalidArgumentError,
    OtpCooldownError,
    OtpError,
    OtpLockedError,
    OtpRateLimitError,
)
from ..phone import normalize_mobile
from ._record import Challenge, NumberState
from .codes import codes_match, generate_code, hash_code, new_salt, normalize_entered_code
from .settings import DEFAULT_RESEND_COOLDOWN, DEFAULT_SEND_WINDOW, Duration, OtpSettings
from .store import Change, Write

__all__ = [
    "DEFAULT_RESEND_COOLDOWN",
    "Duration",
    "IssueAttempt",
    "Issued",
    "OtpPolicy",
    "Verification",
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


def _retry_after(wait: float) -> int:
    # Whole seconds for a Retry-After header, never 0; rounding first keeps float noise from adding one.
    return max(1, math.ceil(round(wait, 6)))


_REASONS: dict[type[OtpError], str] = {
    OtpLockedError: "too many wrong codes were entered",
    OtpCooldownError: "a code was sent moments ago, or is being sent",
    OtpRateLimitError: "the number's hourly limit of codes is reached",
}


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

    # --- Starting an operation --------------------------------------------------------------------

    def start_issue(self, mobile: str | int, purpose: str) -> IssueAttempt:
        """Check the arguments and draw a code; nothing is stored or sent yet.

        Raises:
            InvalidPhoneNumber: ``mobile`` is not a mobile number.
            InvalidArgumentError: ``purpose`` is empty or too long.
        """
        number = normalize_mobile(mobile, field="mobile")
        return IssueAttempt(self, number, _check_purpose(purpose), Secret(generate_code(self.settings.length)))

    def verification(self, mobile: str | int, code: str, purpose: str) -> Verification:
        """Check the arguments of a verify.

        Raises:
            InvalidPhoneNumber: ``mobile`` is not a mobile number.
            InvalidArgumentError: ``code`` is not text, or ``purpose`` is empty or too long.
        """
        number = normalize_mobile(mobile, field="mobile")
        return Verification(self, number, _check_purpose(purpose), Secret(normalize_entered_code(code)))

    # --- Rules shared by the operations -------------------------------------------------------------

    def cooldown_after(self, streak: int) -> float:
        """Seconds to wait after the ``streak``-th code in a row before the next one."""
        cooldowns = self.settings.resend_cooldown
        return cooldowns[min(streak, len(cooldowns)) - 1] if streak > 0 else 0.0

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
                challenge.clear_code()
                if challenge.last_sent is None:
                    # Wrong codes entered after a quiet spell ended the row concern this code alone:
                    # with it gone they are forgotten, whatever else keeps the record (a cap's sends).
                    challenge.attempts = 0
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
            until += [t for t in (challenge.expires, challenge.locked_until, challenge.pending_until) if t is not None]
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

    def refusal(self, kind: type[E], wait: float, mobile: str, purpose: str, what: str) -> E:
        """The error for refusing ``what`` (e.g. "no code sent") for ``kind``'s reason; the number is masked."""
        retry_after = _retry_after(wait)
        return kind(
            f"{what} for {mask_mobile(mobile)} ({purpose!r}): {_REASONS[kind]}; try again in {retry_after} s",
            retry_after=retry_after,
            mobile=mobile,
            purpose=purpose,
        )


class IssueAttempt:
    """One issue in progress: the drawn code, its hash, and the store changes around the send.

    Made by :meth:`OtpPolicy.start_issue`. The code is only in memory, until it is sent.
    """

    def __init__(self, policy: OtpPolicy, mobile: str, purpose: str, code: str) -> None:
        self._policy = policy
        self.mobile = mobile
        self.purpose = purpose
        self.key = mobile
        self.code = code
        self._salt = new_salt()
        self._digest = hash_code(code, salt=self._salt, mobile=mobile, purpose=purpose, secret=policy.secret)
        self._token = secrets.token_hex(8)
        self.counted = False
        """Whether a store has worked out a change that counts this send (a commit, or a record of a
        send that may have gone out): an interrupt after that must not count it once more."""

    def __repr__(self) -> str:
        return f"IssueAttempt(mobile={mask_mobile(self.mobile)!r}, purpose={self.purpose!r})"

    def _load(self, raw: str | None, at: float) -> NumberState:
        state = NumberState.parse(raw, owner=mask_mobile(self.mobile))
        self._policy.prune(state, at)
        return state

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
            challenge.pending, challenge.pending_until = self._token, at + policy.send_window
            return policy.write(state, at), None

        return change

    def release(self, now: datetime) -> Change[None]:
        """Undo :meth:`reserve` after a send that certainly failed: no code stored, no cooldown started."""
        at = now.timestamp()

        def change(raw: str | None) -> tuple[Write | None, None]:
            state = self._load(raw, at)
            challenge = state.purposes.get(self.purpose)
            if challenge is None or challenge.pending != self._token:
                return None, None  # lapsed, and maybe taken by another send: not ours to undo
            challenge.pending = challenge.pending_until = None
            return self._policy.write(state, at), None

        return change

    def _count_send(self, state: NumberState, at: float) -> Challenge:
        # The SMS is (or may be) out: it counts for the cooldown and the cap whatever else happened,
        # even if the reservation lapsed meanwhile.
        self.counted = True
        challenge = state.purposes.setdefault(self.purpose, Challenge())
        if challenge.pending == self._token:
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
            still_ours = state.purposes.get(self.purpose, Challenge()).pending == self._token
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


class Verification:
    """One verify: the store change that checks the entered code. Made by :meth:`OtpPolicy.verification`."""

    def __init__(self, policy: OtpPolicy, mobile: str, purpose: str, entered: str) -> None:
        self._policy = policy
        self.mobile = mobile
        self.purpose = purpose
        self.key = mobile
        self._entered = entered

    def __repr__(self) -> str:
        return f"Verification(mobile={mask_mobile(self.mobile)!r}, purpose={self.purpose!r})"

    def check(self, now: datetime) -> Change[bool]:
        """True for the current, unexpired code (which is then used up); False otherwise.

        A wrong code counts as an attempt; the ``max_attempts``-th in a row locks the number out for
        this purpose and voids its code. Nothing entered (empty, or only spaces and marks) is False
        without counting: it is a slip, not a guess. While locked, the change raises :class:`OtpLockedError`.
        """
        at = now.timestamp()
        policy = self._policy

        def change(raw: str | None) -> tuple[Write | None, bool]:
            state = NumberState.parse(raw, owner=mask_mobile(self.mobile))
            policy.prune(state, at)
            challenge = state.purposes.get(self.purpose)
            if challenge is not None and challenge.locked_until is not None:
                wait = challenge.locked_until - at
                raise policy.refusal(OtpLockedError, wait, self.mobile, self.purpose, "no code checked")
            if not self._entered:
                return None, False
            if challenge is None or challenge.digest is None or challenge.salt is None:
                return None, False  # no code, an expired one, or one already used: nothing to count
            candidate = hash_code(
                self._entered, salt=challenge.salt, mobile=self.mobile, purpose=self.purpose, secret=policy.secret
            )
            if codes_match(challenge.digest, candidate):
                # Used up, and the row of sends ends: the next login starts at the first cooldown.
                challenge.clear_code()
                challenge.attempts, challenge.streak, challenge.last_sent = 0, 0, None
                return policy.write(state, at), True
            challenge.attempts += 1
            if challenge.attempts >= policy.settings.max_attempts:
                challenge.clear_code()
                challenge.attempts = 0
                challenge.locked_until = at + policy.settings.lockout
            return policy.write(state, at), False

        return change
