"""``OtpService`` and ``AsyncOtpService``: issue a one-time code by SMS, then verify it.

Both make the same decisions (:mod:`iranpayamak.otp.policy`) in the same order: an issue is one
flow (:mod:`._flow`), written once, that yields its store updates and its send; the sync service
performs them directly and the async one awaits them. Only that I/O differs.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Generator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack

import attrs
from attrs import frozen

from iranpayamak_api.types import Secret

from ..errors import InvalidArgumentError, IranPayamakError, OtpError, OtpLockedError
from ..outcomes import may_have_been_sent
from ._flow import finish_despite_cancellation, finish_despite_interrupt, run, run_async
from .codes import OtpSent
from .events import EventKind
from .limits import Hold
from .policy import (
    IssueAttempt,
    Issued,
    OtpPolicy,
    OtpStatus,
    Verification,
    VerifyAttempt,
    cancel_of,
    mask_mobile,
    status_of,
)
from .settings import OtpSettings, OtpTuning, default_send_window, send_within_window
from .store import AsyncMemoryStore, AsyncOtpStore, Change, MemoryStore, OtpStore, is_store

if TYPE_CHECKING:
    # Only for type annotations: importing the clients at run time would be circular.
    from ..client import AsyncIranPayamak, IranPayamak

__all__ = ["AsyncOtpService", "OtpService"]

C = TypeVar("C")
S = TypeVar("S")

# The secret of services on a memory store without one: the store lives and dies with this process,
# so a secret of the process guards it as well, and every service of the process shares it (a code
# issued by one verifies with another on the same store).
_PROCESS_SECRET = secrets.token_bytes(32)


@frozen
class _Update:
    """A step of a flow: apply ``change`` to ``key``; ``settles`` marks an update that follows a send
    (the SMS is out, or the reservation must be given back), which a cancellation must not cut short."""

    key: str
    change: Change[Any]
    settles: bool = False


@frozen
class _Send:
    """A step of a flow: send the attempt's code."""

    attempt: IssueAttempt
    options: dict[str, Any]


_Step = _Update | _Send


def _sent_maybe(error: BaseException) -> bool:
    # Only an error that says so (a refusal, an argument rejected before sending) proves the code did not
    # go out. Cancellation and interrupts may strike after the request left, and an unexpected exception
    # may come from anywhere: count them as maybe sent, or failing sends could get past every limit.
    return may_have_been_sent(error) if isinstance(error, IranPayamakError) else True


def _hidden(code: Any) -> Any:
    # A Secret's repr is masked, so tracebacks that show frame locals do not show the code; what is not
    # text becomes None, which the policy refuses ("code: must be text") without quoting it.
    return Secret(code) if isinstance(code, str) else None


def _settle_limits(held: list[Hold], now: datetime, *, sent: bool) -> Generator[_Step, Any, None]:
    """Confirm the shares of further limits (the SMS went out, or may have), or give them back (it
    certainly did not). A store failure here is not the caller's: an unsettled share counts as a send
    until it lapses, which only makes a limit stricter."""
    at = now.timestamp()
    for hold in held:
        change = hold.confirm(at) if sent else hold.release(at)
        if change is not None:
            with contextlib.suppress(Exception):
                yield _Update(hold.key, change, settles=True)


class _OtpServiceBase(Generic[C, S]):
    """What both services share: the settings, the policy, the store and the issue flow."""

    def __init__(self, client: C, pattern: str, *, store: S | None = None, **options: Unpack[OtpTuning]) -> None:
        settings = OtpSettings(pattern=pattern, **options)
        if store is not None and not is_store(store):
            raise InvalidArgumentError(
                f"store: expected an OTP store (with update()), got {type(store).__name__}",
                field="store",
                reason="no store",
            )
        self.client = client
        self.store: S = store if store is not None else self._default_store()
        # The two settings whose defaults depend on the store and the client are filled in here, so
        # that ``settings`` shows what is in force.
        resolved: dict[str, Any] = {}
        if settings.secret is None:
            resolved["secret"] = self._default_secret()
        if settings.send_window is None:
            resolved["send_window"] = default_send_window(client)
        self.settings: OtpSettings = attrs.evolve(settings, **resolved) if resolved else settings
        self.policy = OtpPolicy(self.settings)
        self._sender: C = send_within_window(client, self.policy.send_window)

    def _default_store(self) -> S:
        raise NotImplementedError

    def _default_secret(self) -> bytes:
        if isinstance(self.store, MemoryStore | AsyncMemoryStore):
            return _PROCESS_SECRET
        raise InvalidArgumentError(
            f"secret: required with {type(self.store).__name__}. A shared store needs a secret shared by "
            "every server and kept outside the store (your app's secret key): without it, anyone with a "
            "copy of the store can find a code by hashing all 900,000 6-digit values",
            field="secret",
            reason="required with a shared store",
        )

    def _issue_flow(
        self, mobile: str | int, purpose: str, rate_keys: Mapping[str, str | int] | None
    ) -> Generator[_Step, Any, Issued]:
        if not callable(getattr(getattr(self.client, "otp", None), "send", None)):
            # Checked here, not when the service is made: settings can be checked without a client.
            raise InvalidArgumentError(
                f"client: expected an IranPayamak client, got {type(self.client).__name__}",
                field="client",
                reason="no client",
            )
        policy, settings = self.policy, self.settings
        attempt = policy.start_issue(mobile, purpose, rate_keys)
        reservation = attempt.reserve(attempt.started)
        try:
            yield _Update(attempt.key, reservation, settles=True)
        except OtpError as refused:
            policy.emit_refusal(refused)
            raise  # refused, nothing was reserved
        except GeneratorExit:
            raise  # abandoned, when no step can be taken any more
        except BaseException:
            # Cancelled after the reservation was made, or the store failed when it may have been (its
            # answer lost): give it back, or the number would be blocked for the whole send window.
            with contextlib.suppress(Exception):
                yield _Update(attempt.key, attempt.release(policy.now()), settles=True)
            raise
        held = yield from self._hold_limits(attempt)
        options: dict[str, Any] = {"pattern": settings.pattern, "code": attempt.code, "variable": settings.variable}
        if settings.line_number is not None:
            options["line_number"] = settings.line_number
        if settings.number_format is not None:
            options["number_format"] = settings.number_format
        sent_out = False
        try:
            if attempt.test_number:
                policy.emit("test_number", attempt.mobile, attempt.purpose)
                sent = OtpSent(code=attempt.code, send_request_id=0, recipient=attempt.mobile)
            else:
                sent = yield _Send(attempt, options)
                policy.emit("sent", attempt.mobile, attempt.purpose)
            sent_out = True
            # Inside the try: whatever stops the flow from here on (an interrupt, the store failing to
            # take the commit) still finds the send counted, below, as one that may have gone out.
            outcome: Issued | Exception = yield _Update(
                attempt.key, attempt.commit(policy.now(), sent.send_request_id), settles=True
            )
        except GeneratorExit:
            raise  # abandoned: no step can be taken any more
        except BaseException as send_error:
            if attempt.counted:
                # The commit was worked out (an interrupt or a cancellation came while the store wrote
                # it, and the runner saw the write through): the send is counted already, and the
                # limits' shares count as sends until they lapse.
                raise
            now = policy.now()
            maybe = sent_out or _sent_maybe(send_error)
            policy.emit("send_uncertain" if maybe else "send_failed", attempt.mobile, attempt.purpose)
            settle = attempt.record_unconfirmed(now) if maybe else attempt.release(now)
            try:
                yield _Update(attempt.key, settle, settles=True)
            except Exception as store_error:
                # The send's failure is what the caller must handle; the store's rides along as the
                # context (and a note, since a send error raised "from" its cause hides its context).
                send_error.add_note(
                    f"then the OTP store failed to record it for {mask_mobile(attempt.mobile)}: {store_error!r}"
                )
                raise send_error  # noqa: B904 - not "from": the store error becomes its __context__, as meant
            yield from _settle_limits(held, now, sent=maybe)
            raise
        yield from _settle_limits(held, policy.now(), sent=True)
        if isinstance(outcome, Exception):
            if isinstance(outcome, OtpError):
                policy.emit_refusal(outcome)
            raise outcome
        policy.emit("issued", attempt.mobile, attempt.purpose)
        return outcome

    def _hold_limits(self, attempt: IssueAttempt) -> Generator[_Step, Any, list[Hold]]:
        """Take the attempt's share of each further limit; if one refuses (or the store fails), give back
        every share taken, and the number's reservation, and raise."""
        held: list[Hold] = []
        for hold in attempt.holds:
            try:
                yield _Update(hold.key, hold.reserve(attempt.started.timestamp()), settles=True)
            except GeneratorExit:
                raise
            except BaseException as error:
                now = self.policy.now()
                # A store that failed may have applied the update before its answer was lost.
                taken = held if isinstance(error, OtpError) else [*held, hold]
                yield from _settle_limits(taken, now, sent=False)
                with contextlib.suppress(Exception):
                    yield _Update(attempt.key, attempt.release(now), settles=True)
                if isinstance(error, OtpError):
                    self.policy.emit_refusal(error)
                raise
            held.append(hold)
        return held

    def _verification(self, mobile: str | int, code: str, purpose: str) -> VerifyAttempt:
        return self.policy.verification(mobile, code, purpose)

    def _answer(
        self, attempt: VerifyAttempt, result: Verification | OtpLockedError, *, raise_locked: bool
    ) -> Verification:
        """``check``'s answer from the store's result, with its events; ``verify`` raises a lockout instead."""
        policy = self.policy
        if isinstance(result, OtpLockedError):
            policy.emit_refusal(result)
            if raise_locked:
                raise result
            return Verification(ok=False, reason="locked", attempts_left=0, retry_after=result.retry_after)
        kinds: dict[str | None, list[EventKind]] = {
            None: ["verified"],
            "wrong": ["wrong_code"] if attempt.entered else [],
            "locked": ["wrong_code", "locked"],
            "expired": ["expired"],
        }
        for kind in kinds.get(result.reason, []):
            policy.emit(kind, attempt.mobile, attempt.purpose)
        return result

    def _status(self, mobile: str | int, purpose: str) -> tuple[str, Change[OtpStatus]]:
        number, purpose = self.policy.target(mobile, purpose)
        return number, status_of(self.policy, number, purpose, self.policy.now())

    def _cancel(self, mobile: str | int, purpose: str) -> tuple[str, str, Change[bool]]:
        number, purpose = self.policy.target(mobile, purpose)
        return number, purpose, cancel_of(self.policy, number, purpose, self.policy.now())

    def _cancelled(self, number: str, purpose: str, revoked: bool) -> bool:
        if revoked:
            self.policy.emit("cancelled", number, purpose)
        return revoked

    def __repr__(self) -> str:
        return f"{type(self).__name__}(pattern={self.settings.pattern!r}, store={type(self.store).__name__})"


class OtpService(_OtpServiceBase["IranPayamak", OtpStore]):
    """One-time codes by SMS, checked: ``issue`` sends a code, ``verify`` checks what the user typed.

    Only a salted HMAC of each code is stored, never the code. Codes expire after ``ttl``, can be
    used once, and ``max_attempts`` wrong codes in a row lock the number out of that purpose for
    ``lockout``. Resends wait ``resend_cooldown`` (longer for each code in a row), and a number gets
    at most ``per_number_hourly_cap`` codes an hour across all purposes. Only one send per number and
    purpose runs at a time. A send that certainly failed stores nothing and starts no cooldown; one
    that may have gone out (a timeout after sending, a 5xx, a cancelled request) starts the cooldown
    but stores no code. With a shared store (``RedisStore``) all of it holds across app servers: two
    servers verifying the same code at the same moment cannot both succeed.

    Args:
        client: The ``IranPayamak`` client that sends the codes.
        pattern: Required: the code of an approved pattern with a variable for the code (``variable``),
            by keyword or second: ``OtpService(client, "SJ3FgPrE0C")``.
        store: Where state is kept. None: a :class:`~iranpayamak.otp.MemoryStore`, which is for one
            process only (each worker process would have its own codes); use ``RedisStore`` for more.
        ttl: How long a code works (a ``timedelta`` or seconds); 2 minutes.
        length: Digits per code, 4 to 10; 6.
        max_attempts: Wrong codes in a row that lock the number out for the purpose; 5.
        resend_cooldown: Waits before the 2nd, 3rd, ... code in a row; the last applies from then on.
            60 s, 5 min, 15 min, 1 hour.
        lockout: How long a lockout lasts; 15 minutes.
        per_number_hourly_cap: Codes a number may get in any hour, all purposes together (sends in
            progress included); 5, or None for no cap.
        cooldown_reset: A number that has had no code for this long starts again at the first cooldown
            (as does one that verified a code). At least the longest cooldown; 24 hours.
        send_window: How long a send in progress keeps others out; it lapses after this long if its
            process dies. It must exceed the longest a send can take; by default it is derived from the
            client's timeouts and retries (:func:`~iranpayamak.otp.default_send_window`), or 120 s when
            they are unbounded.
        variable: The pattern variable the code fills; ``code``.
        secret: A pepper mixed into every hash, kept outside the store (your app's secret key): without
            it, a copy of the store lets someone find a 6-digit code by trying all 900,000. Required
            with any store but the memory stores, which get a random secret of the process.
        clock: Returns the current time as an aware ``datetime``; inject one in tests.
        expose_codes: Put the code in :attr:`Issued.code` (for tests only).
        line_number: The sender line of the codes; the client's default when None.
        number_format: ``english`` or ``persian`` digits in the SMS; the client's default when None.

    Raises:
        InvalidArgumentError: a setting is out of range, or ``secret`` is missing with a shared store;
            ``field`` names it.

    Example::

        otp = OtpService(client, pattern="SJ3FgPrE0C", store=RedisStore.from_url("redis://localhost"),
                         secret=settings.SECRET_KEY)
        issued = otp.issue("0912 123 4567")          # sends the SMS
        if otp.verify("09121234567", typed_code):    # True once, for the right code in time
            log_in()
    """

    def __init__(
        self,
        client: IranPayamak,
        pattern: str,
        *,
        store: OtpStore | None = None,
        **options: Unpack[OtpTuning],
    ) -> None:
        # Declared here, not only on the shared base: so the signature shows the argument, and leaving
        # it out names this class ("OtpService.__init__() missing ... 'pattern'").
        super().__init__(client, pattern, store=store, **options)

    def _default_store(self) -> OtpStore:
        return MemoryStore()

    def issue(
        self, mobile: str | int, purpose: str = "login", *, rate_keys: Mapping[str, str | int] | None = None
    ) -> Issued:
        """Send a new code to ``mobile`` for ``purpose``, and remember its hash.

        The new code replaces any earlier one for the same purpose. ``rate_keys`` gives the value of
        each kind of key the ``rate_limits`` name (``{"ip": request_ip}``): every kind, and only those.
        A test number gets no SMS: its fixed code is stored (``send_request_id`` is 0).

        Returns:
            When the code expires and when another one may be sent (no code, unless ``expose_codes``).

        Raises:
            InvalidPhoneNumber: ``mobile`` is not a mobile number, or its operator gets no codes here
                (nothing is sent).
            InvalidArgumentError: ``rate_keys`` does not give exactly the kinds of ``rate_limits``.
            OtpCooldownError: a code was sent moments ago, or is being sent; ``retry_after`` says how long to wait.
            OtpRateLimitError: a rate limit is reached; ``key_kind`` says which (``mobile``: the
                number's hourly cap; a ``rate_keys`` kind; ``prefix``).
            OtpBudgetError: the daily budget is spent.
            OtpLockedError: too many wrong codes were entered (also when that happened during the send:
                the code sent then does not work).
            OtpStoreError: the store failed (it is unreachable, too busy, or holds an unreadable record).
            APIError, APIConnectionError: the send failed. Nothing was stored and no cooldown started if
                it certainly did not go out; otherwise the cooldown started and no new code was stored.

        Example::

            issued = otp.issue("09121234567", purpose="reset-password", rate_keys={"ip": request_ip})
            print(issued.resend_available_at)
        """
        return run(self._issue_flow(mobile, purpose, rate_keys), self._perform)

    def _perform(self, step: _Step) -> Any:
        if isinstance(step, _Send):
            return self._sender.otp.send(step.attempt.mobile, **step.options)
        if step.settles:
            return finish_despite_interrupt(lambda: self.store.update(step.key, step.change))
        return self.store.update(step.key, step.change)

    def verify(self, mobile: str | int, code: str, purpose: str = "login") -> bool:
        """Whether ``code`` is the current code of ``mobile`` for ``purpose``; a right code is used up.

        Persian and Arabic-Indic digits and spaces in ``code`` are accepted. The comparison takes the
        same time however much of the code is right. False for a wrong, expired, used or never-sent
        code; each wrong code counts towards ``max_attempts``, but an empty one (nothing but spaces)
        does not.

        Raises:
            InvalidPhoneNumber: ``mobile`` is not a mobile number.
            OtpLockedError: too many wrong codes were entered; even the right one fails until ``retry_after``.
            OtpStoreError: the store failed.

        Example::

            if not otp.verify("09121234567", "483920"):
                raise PermissionError("wrong or expired code")
        """
        code = _hidden(code)  # may be the right code: no frame may show it
        attempt = self._verification(mobile, code, purpose)
        result = self.store.update(attempt.key, attempt.check(self.policy.now()))
        return self._answer(attempt, result, raise_locked=True).ok

    def check(self, mobile: str | int, code: str, purpose: str = "login") -> Verification:
        """:meth:`verify`, answering why a code failed: a :class:`~iranpayamak.otp.Verification`.

        The same rules, and a right code is used up as well; a lockout is an answer
        (``reason="locked"``, with ``retry_after``) rather than an exception.

        Raises:
            InvalidPhoneNumber: ``mobile`` is not a mobile number.
            OtpStoreError: the store failed.

        Example::

            result = otp.check("09121234567", typed_code)
            if not result.ok:
                return {"error": result.reason, "attempts_left": result.attempts_left}
        """
        code = _hidden(code)  # may be the right code: no frame may show it
        attempt = self._verification(mobile, code, purpose)
        result = self.store.update(attempt.key, attempt.check(self.policy.now()))
        return self._answer(attempt, result, raise_locked=False)

    def status(self, mobile: str | int, purpose: str = "login") -> OtpStatus:
        """Where ``mobile`` stands for ``purpose`` (an :class:`~iranpayamak.otp.OtpStatus`); changes nothing.

        Raises:
            InvalidPhoneNumber: ``mobile`` is not a mobile number.
            OtpStoreError: the store failed.

        Example::

            otp.status("09121234567").state   # 'pending', 'verified', 'expired', 'locked' or 'none'
        """
        number, change = self._status(mobile, purpose)
        return self.store.update(number, change)

    def cancel(self, mobile: str | int, purpose: str = "login") -> bool:
        """Revoke the live code of ``mobile`` for ``purpose``: True if there was one.

        The cooldown, the hourly cap and wrong attempts stay as they are.

        Raises:
            InvalidPhoneNumber: ``mobile`` is not a mobile number.
            OtpStoreError: the store failed.

        Example::

            otp.cancel("09121234567")   # the user closed the login form
        """
        number, name, change = self._cancel(mobile, purpose)
        return self._cancelled(number, name, self.store.update(number, change))


class AsyncOtpService(_OtpServiceBase["AsyncIranPayamak", AsyncOtpStore]):
    """:class:`OtpService` for ``AsyncIranPayamak``: the same settings and rules, with coroutines.

    The store is an :class:`~iranpayamak.otp.AsyncOtpStore`: ``AsyncMemoryStore`` (the default, one
    process, works with asyncio and trio) or ``AsyncRedisStore`` (asyncio). Once a send has been
    tried, the store update that settles it runs to its end even if the caller is cancelled
    (``asyncio.timeout``, ``wait_for``, a server dropping a disconnected request); the cancellation
    is raised after it.

    Example::

        otp = AsyncOtpService(client, pattern="SJ3FgPrE0C", store=AsyncRedisStore.from_url("redis://localhost"),
                              secret=settings.SECRET_KEY)
        await otp.issue("09121234567")
        ok = await otp.verify("09121234567", typed_code)
    """

    def __init__(
        self,
        client: AsyncIranPayamak,
        pattern: str,
        *,
        store: AsyncOtpStore | None = None,
        **options: Unpack[OtpTuning],
    ) -> None:
        # As OtpService's: the signature shows the argument, and leaving it out names this class.
        super().__init__(client, pattern, store=store, **options)

    def _default_store(self) -> AsyncOtpStore:
        return AsyncMemoryStore()

    async def issue(
        self, mobile: str | int, purpose: str = "login", *, rate_keys: Mapping[str, str | int] | None = None
    ) -> Issued:
        """Send a new code; see :meth:`OtpService.issue`.

        Example::

            issued = await otp.issue("09121234567", rate_keys={"ip": request_ip})
        """
        return await run_async(self._issue_flow(mobile, purpose, rate_keys), self._perform)

    async def _perform(self, step: _Step) -> Any:
        if isinstance(step, _Send):
            return await self._sender.otp.send(step.attempt.mobile, **step.options)
        if step.settles:
            return await finish_despite_cancellation(self.store.update(step.key, step.change))
        return await self.store.update(step.key, step.change)

    async def verify(self, mobile: str | int, code: str, purpose: str = "login") -> bool:
        """Check a code; see :meth:`OtpService.verify`.

        Example::

            ok = await otp.verify("09121234567", "483920")
        """
        code = _hidden(code)  # may be the right code: no frame may show it
        attempt = self._verification(mobile, code, purpose)
        result = await self.store.update(attempt.key, attempt.check(self.policy.now()))
        return self._answer(attempt, result, raise_locked=True).ok

    async def check(self, mobile: str | int, code: str, purpose: str = "login") -> Verification:
        """Check a code and say why it failed; see :meth:`OtpService.check`.

        Example::

            result = await otp.check("09121234567", "483920")
        """
        code = _hidden(code)  # may be the right code: no frame may show it
        attempt = self._verification(mobile, code, purpose)
        result = await self.store.update(attempt.key, attempt.check(self.policy.now()))
        return self._answer(attempt, result, raise_locked=False)

    async def status(self, mobile: str | int, purpose: str = "login") -> OtpStatus:
        """Where a number stands; see :meth:`OtpService.status`.

        Example::

            status = await otp.status("09121234567")
        """
        number, change = self._status(mobile, purpose)
        return await self.store.update(number, change)

    async def cancel(self, mobile: str | int, purpose: str = "login") -> bool:
        """Revoke the live code; see :meth:`OtpService.cancel`.

        Example::

            await otp.cancel("09121234567")
        """
        number, name, change = self._cancel(mobile, purpose)
        return self._cancelled(number, name, await self.store.update(number, change))
