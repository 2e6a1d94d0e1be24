"""A state machine that searches for one-time-code defects in ``OtpService`` and ``AsyncOtpService``,
each on the memory store and on Redis (a private redis-server).

Each run draws the settings (ttl, code length, attempts, cooldowns, lockout, hourly cap, cooldown
reset, send window) and two services on one store ("two app servers"), sending to the in-process mock
through a transport that injects faults (``otp_harness``). Hypothesis then plays:

- issues for two numbers in random spellings (and invalid ones) and three purposes, on either server;
- verifies with the code last reported sent, with any code that reached the phone (older ones, and
  those of sends that may have failed), with wrong codes in many shapes, all in random spellings;
- time jumps around the ttl, the cooldowns, the lockout, the send window, an hour and a day, and to
  just before, at and just after the next moment a rule changes its answer;
- what happens to an issue's send: a fault (error statuses, dropped connections, unreadable 2xx
  bodies, timeouts before and after the request took effect, slow answers), the clocks moving during
  the send (up to past its hold), another server issuing or verifying in the middle of it, and an
  interruption (``KeyboardInterrupt`` raised in the transport, or cancelling the issue's task) before
  or after the mock carried it out;
- an interruption in the store instead, while it reserves the send or records it, before or after
  the update is applied;
- two or three issues for one number and purpose at once (threads, or ``asyncio.gather``), on both
  servers, held so that they really overlap.

Every answer is checked against :mod:`otp_model` (the documented rules, fed only with what the
machine did and the services reported) and against the mock's outbox (what was really sent):

- concurrent issues send at most one SMS between them, and exactly one of them tries;
- of all codes ever reported sent or received for a number and purpose, only the live one verifies;
- a code reported sent verifies, once, until it expires, is used, a lockout voids it, or a newer
  code is reported sent; a send that may have failed leaves it working;
- an issue is refused (with the documented error and ``retry_after``) exactly when a cooldown, the
  hourly cap or a lockout says so, and two SMS for a number and purpose are never closer than the
  shortest cooldown without a verified code between them;
- the outbox never holds more than the hourly cap of codes to a number within an hour;
- wrong codes lock the number and purpose out after ``max_attempts``, even for the right code;
- every exception is a documented one, or the interruption the machine injected, and a send that
  reached the outbox is never reported as certainly not sent;
- with an IP rate limit drawn for the run, issues from one address are refused (``OtpRateLimitError``,
  ``key_kind="ip"``, exact ``retry_after``) exactly when the limit says so, a send that certainly
  failed gives its share back, and the outbox never holds more codes for one address in a window;
- with a daily budget drawn for the run, issues are refused (``OtpBudgetError``, until the next UTC
  day) exactly when the day's budget is spent, and the outbox never holds more codes in a day;
- ``cancel`` revokes exactly the live code: a cancelled code never verifies.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter, defaultdict
from datetime import timedelta
from typing import Any, ClassVar

from attrs import define
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from iranpayamak.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidArgumentError,
    InvalidPhoneNumber,
    OtpCooldownError,
    OtpError,
    OtpLockedError,
    OtpRateLimitError,
    OtpStoreError,
    ResponseParseError,
)
from iranpayamak.otp import Issued
from iranpayamak.testing import MockClock, MockService
from tests import search
from tests.otp import conftest as otp_fixtures
from tests.otp.conftest import START, FakeClock, RedisServer
from tests.reliability.report import observe
from tests.searching.otp_harness import (
    CURRENT_CALL,
    FAULTS,
    AsyncDriver,
    Attempt,
    Driver,
    Nested,
    Outcome,
    Plan,
    Stop,
    SyncDriver,
)
from tests.searching.otp_model import HOUR, Late, Locked, Model, Refusal, Rules, Stored, day_of, retry_after

redis_server = otp_fixtures.redis_server
"""The private redis-server of tests/otp (one per test process), for the Redis variants."""

NUMBERS = ["09121234567", "09351112233"]
IPS = ["203.0.113.1", "203.0.113.2"]
PURPOSES = ["login", "reset-password", "ورود"]
INVALID_NUMBERS = ["0912123456", "12345", "+1 202 555 0100", "091212345678", "۰۹۱۲", "0812 123 4567"]
INJECTED = (KeyboardInterrupt, asyncio.CancelledError)
"""What the machine's interruptions raise."""
DOCUMENTED = (OtpError, OtpStoreError, InvalidArgumentError, APIError, APIConnectionError, ResponseParseError)
"""What issue and verify may raise (InvalidPhoneNumber is an InvalidArgumentError)."""

_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _spelled_number(number: str, how: int) -> str | int:
    rest = number[1:]
    spellings: list[str | int] = [
        number,
        f"+98{rest}",
        f"+98 {rest[:3]} {rest[3:6]} {rest[6:]}",
        f"0098-{rest}",
        f"98{rest}",
        rest,
        number.translate(_PERSIAN),
        f"+98 0{rest}".translate(_ARABIC),
        int(rest),
        f"{number[:4]} {number[4:7]} {number[7:]}",
    ]
    return spellings[how % len(spellings)]


def _spelled_code(code: str, how: int) -> str:
    spellings = [
        code,
        code.translate(_PERSIAN),
        code.translate(_ARABIC),
        f"  {code} ",
        f"{code[:3]} {code[3:]}",
        f"{code[:2]}-{code[2:]}",
        f"\u200e{code[:1]}\u200c{code[1:]}",
    ]
    return spellings[how % len(spellings)]


def _answer(outcome: Outcome) -> str:
    """A verify's answer, as a word: its result, or the name of what it raised."""
    return type(outcome.error).__name__ if outcome.error is not None else str(outcome.value)


def _wrong_code(length: int, shape: str, digits: int) -> tuple[str, str]:
    """A code that was never sent (but may equal one by chance), as typed and as the service reads it."""
    same = str(digits).zfill(10)[-length:]
    typed = {
        "same length": same,
        "shorter": same[:-1],
        "longer": same + "7",
        "letters": same[:-2] + "ab",
        "empty": "",
        "blank": " \u200c ",
    }[shape]
    return typed, typed if shape != "blank" else ""


SPANS = ["tick", "ttl", "cooldown1", "cooldown2", "cooldown3", "cooldown4", "lockout", "hour", "day", "reset", "window"]
DELTAS = [-1.0, -0.25, 0.0, 0.25, 1.0, 5.0]

numbers = st.integers(0, len(NUMBERS) - 1)
purposes = st.integers(0, len(PURPOSES) - 1)
SPELLINGS = 10
spellings = st.integers(0, SPELLINGS)
servers = st.integers(0, 1)
nested = st.builds(
    Nested,
    kind=st.sampled_from(["issue", "verify-live", "verify-wrong"]),
    number=st.none() | numbers,
    purpose=st.none() | purposes,
)
plans = st.builds(
    Plan,
    fault=st.sampled_from(FAULTS),
    advance=st.none()
    | st.tuples(st.sampled_from(["tick", "window", "window", "ttl", "lockout"]), st.sampled_from(DELTAS)),
    nested=st.none() | nested,
    interrupt=st.sampled_from([False, False, False, True]),
    after=st.booleans(),
)


@define(eq=False)
class IssueOp:
    """One ``issue`` call and what the model expected of it when it started."""

    machine: OtpMachine
    id: int
    server: int
    mobile: str | int
    number: str | None
    purpose: str
    holder: object
    started: float
    refusals: list[Refusal]
    ip: str = IPS[0]
    stop: Stop | None = None

    def call(self, service: Any) -> Any:
        rate_keys = {"ip": self.ip} if service.settings.rate_limits else None
        return service.issue(self.mobile, self.purpose, rate_keys=rate_keys)

    def finish(self, outcome: Outcome) -> None:
        self.machine.finish_issue(self, outcome)


@define(eq=False)
class VerifyOp:
    """One ``verify`` call and its expected answer, decided by the model when it started."""

    machine: OtpMachine
    id: int
    server: int
    mobile: str | int
    number: str | None
    purpose: str
    typed: str
    expected: bool | Locked

    def call(self, service: Any) -> Any:
        return service.verify(self.mobile, self.typed, self.purpose)

    def finish(self, outcome: Outcome) -> None:
        self.machine.finish_verify(self, outcome)


@define(eq=False)
class CancelOp:
    """One ``cancel`` call and its expected answer."""

    machine: OtpMachine
    id: int
    server: int
    mobile: str | int
    number: str
    purpose: str
    expected: bool

    def call(self, service: Any) -> Any:
        return service.cancel(self.mobile, self.purpose)

    def finish(self, outcome: Outcome) -> None:
        what = f"cancel({self.mobile!r}, {self.purpose!r})"
        self.machine.check(outcome.error is None, f"{what}: raised {outcome.error!r}")
        self.machine.check(
            outcome.value is self.expected, f"{what}: answered {outcome.value!r}, expected {self.expected}"
        )


class OtpMachine(RuleBasedStateMachine):
    """The machine; a test makes a subclass with the driver and the Redis port (None: memory store)."""

    driver_class: ClassVar[type[Driver]] = SyncDriver
    redis_port: ClassVar[int | None] = None
    figures: ClassVar[Counter[str]] = Counter()

    def __init__(self) -> None:
        super().__init__()
        self.figures["runs"] += 1
        self.clock = FakeClock(START)
        self.mock_clock = MockClock(start=START)
        self.mock = MockService(clock=self.mock_clock)
        self.driver: Driver | None = None
        self.ids = itertools.count(1)
        self.issuing: dict[int, IssueOp] = {}
        self.attributed: dict[int, Attempt] = {}
        self.overran: set[int] = set()
        self.reported: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.received: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.last_out: dict[tuple[str, str], tuple[float, bool]] = {}
        self.verified_since: dict[tuple[str, str], bool] = {}

    # --- Time ------------------------------------------------------------------------------------

    def now(self) -> float:
        """Seconds since the start on the clock of the services (and of the mock)."""
        return (self.clock.now - START).total_seconds()

    def timer(self) -> float:
        """The memory store's TTL clock: the services' clock, so the store forgets on the same time."""
        return self.now()

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.mock_clock.advance(seconds)

    def span(self, name: str, delta: float) -> float:
        limits = self.limits
        if name.startswith("cooldown"):
            cooldowns = limits.resend_cooldown
            base = cooldowns[min(int(name[-1]), len(cooldowns)) - 1]
        else:
            base = {
                "tick": 0.0,
                "ttl": limits.ttl,
                "lockout": limits.lockout,
                "hour": HOUR,
                "day": 86400.0,
                "reset": limits.cooldown_reset,
                "window": limits.send_window,
            }[name]
        return max(0.25, base + delta)

    # --- Checking --------------------------------------------------------------------------------

    def check(self, condition: bool, message: str) -> None:
        self.figures["checks"] += 1
        assert condition, message

    def check_error(self, error: BaseException | None, kind: type[BaseException], what: str) -> None:
        self.check(isinstance(error, kind), f"{what}: expected {kind.__name__}, got {error!r}")

    def _documented(self, error: BaseException | None, interrupted: bool) -> None:
        if error is None or isinstance(error, DOCUMENTED):
            return
        self.check(isinstance(error, INJECTED) and interrupted, f"an undocumented exception escaped: {error!r}")

    def _step(self) -> Driver:
        self.figures["steps"] += 1
        assert self.driver is not None
        self.driver.guard_expiries(self.now())
        return self.driver

    # --- Setup -----------------------------------------------------------------------------------

    @initialize(
        ttl=st.sampled_from([30.0, 120.0, 600.0]),
        length=st.sampled_from([4, 6, 10]),
        max_attempts=st.sampled_from([1, 2, 3, 5]),
        cooldowns=st.sampled_from([(0.0,), (10.0,), (60.0, 300.0, 900.0, 3600.0), (30.0, 0.0, 120.0), (0.0, 60.0)]),
        lockout=st.sampled_from([60.0, 900.0]),
        cap=st.sampled_from([None, 1, 3, 5, 5]),
        reset=st.sampled_from([None, 7200.0, 86400.0]),
        window=st.sampled_from([20.0, 255.0]),
        ip_limit=st.sampled_from([None, None, (2, 600.0), (4, HOUR)]),
        budget=st.sampled_from([None, None, 3, 8]),
    )
    def start(
        self,
        ttl: float,
        length: int,
        max_attempts: int,
        cooldowns: tuple[float, ...],
        lockout: float,
        cap: int | None,
        reset: float | None,
        window: float,
        ip_limit: tuple[int, float] | None,
        budget: int | None,
    ) -> None:
        tight = max(30.0, *cooldowns)  # the shortest reset allowed (and a code may outlive it)
        self.limits = Rules(
            ttl, length, max_attempts, cooldowns, lockout, cap, reset or tight, window, ip_limit, budget
        )
        self.model = Model(self.limits)
        options = {**self.limits.options(), "clock": self.clock, "expose_codes": True}
        self.driver = self.driver_class(self, self.mock, options, self.redis_port)

    def teardown(self) -> None:
        if self.driver is not None:
            self.driver.close()
        self.mock.close()

    # --- Making operations -------------------------------------------------------------------------

    def _refusals(self, number: str, purpose: str, ip: str, now: float) -> list[Refusal]:
        """Why an issue must be refused: the number's rules first, then the further limits."""
        return self.model.refusals(number, purpose, now) or self.model.limit_refusals(ip, now)

    def _hold(self, number: str, purpose: str, ip: str, now: float, holder: object) -> None:
        self.model.hold(number, purpose, now, holder)
        self.model.take_limits(ip, now, holder)

    def _issue_op(
        self, number: str | None, mobile: str | int, purpose: str, server: int, holder: object, ip: str = IPS[0]
    ) -> IssueOp:
        now = self.now()
        refusals = [] if number is None else self._refusals(number, purpose, ip, now)
        if number is not None and not refusals:
            self._hold(number, purpose, ip, now, holder)
        op = IssueOp(self, next(self.ids), server, mobile, number, purpose, holder, now, refusals, ip)
        self.issuing[op.id] = op
        return op

    def _verify_op(
        self, number: str | None, mobile: str | int, purpose: str, server: int, typed: str, read: str
    ) -> VerifyOp:
        expected: bool | Locked = False
        if number is not None:
            expected = self.model.verify(number, purpose, read, self.now())
        return VerifyOp(self, next(self.ids), server, mobile, number, purpose, typed, expected)

    def _live_or_latest(self, number: str, purpose: str) -> str | None:
        reported = self.reported.get((number, purpose))
        return self.model.live_code(number, purpose, self.now()) or (reported[-1] if reported else None)

    # --- Rules -----------------------------------------------------------------------------------

    @rule(
        number=numbers,
        spelling=spellings,
        purpose=purposes,
        server=servers,
        plan=st.none() | plans,
        stop=st.sampled_from([None] * 6 + [(update, after) for update in (1, 2) for after in (False, True)]),
        ip=st.integers(0, len(IPS) - 1),
    )
    def issue(
        self,
        number: int,
        spelling: int,
        purpose: int,
        server: int,
        plan: Plan | None,
        stop: tuple[int, bool] | None,
        ip: int,
    ) -> None:
        """Issue a code; ``plan`` says what happens to its send, if it sends, and ``stop`` which store update
        of the issue to interrupt (1: the reservation, 2: recording the send), before or after it is applied."""
        driver = self._step()
        driver.hooks.plan = plan
        name = PURPOSES[purpose]
        if spelling >= SPELLINGS:  # now and then, a number that is not one
            mobile = INVALID_NUMBERS[(number + spelling) % len(INVALID_NUMBERS)]
            driver.perform(self._issue_op(None, mobile, name, server, object()))
            return
        mobile = NUMBERS[number]
        op = self._issue_op(mobile, _spelled_number(mobile, spelling), name, server, object(), IPS[ip])
        if stop is not None and not op.refusals:
            # Update 2 is what settles the send: after the number's reservation and the limits' shares.
            update = 1 if stop[0] == 1 else 2 + self.limits.holds()
            op.stop = driver.hooks.stop = Stop(op.id, update, stop[1])
        driver.perform(op)
        driver.hooks.stop = None

    @rule(
        number=numbers,
        purpose=purposes,
        which=st.sampled_from(["latest"] * 4 + ["received"] * 2 + ["wrong"] * 2 + ["invalid"]),
        pick=st.integers(0, 99),
        spelling=st.integers(0, 6),
        shape=st.sampled_from(["same length", "shorter", "longer", "letters", "empty", "blank"]),
        digits=st.integers(0, 10**10 - 1),
        server=servers,
    )
    def verify(
        self, number: int, purpose: int, which: str, pick: int, spelling: int, shape: str, digits: int, server: int
    ) -> None:
        """Verify the code last reported sent, a code the phone received (maybe older, maybe from a send
        that failed), a wrong code, or for a number that is not one."""
        driver = self._step()
        name = PURPOSES[purpose]
        if which == "invalid":
            invalid = INVALID_NUMBERS[pick % len(INVALID_NUMBERS)]
            driver.perform(self._verify_op(None, invalid, name, server, "123456", "123456"))
            return
        codes = self.reported if which == "latest" else self.received
        keys = sorted(key for key, sent in codes.items() if sent)
        live = self.model.live_keys(self.now())
        if which == "wrong" or not keys:
            # A wrong code, preferably where there is a code to guess (only then is it an attempt).
            mobile, name = live[(number + purpose) % len(live)] if live else (NUMBERS[number], name)
            typed, read = _wrong_code(self.limits.length, shape, digits)
            driver.perform(self._verify_op(mobile, _spelled_number(mobile, pick), name, server, typed, read))
            return
        if which == "latest":
            keys = [key for key in keys if key in live] or keys
        mobile, name = keys[(number * len(PURPOSES) + purpose) % len(keys)]
        sent = codes[(mobile, name)]
        code = sent[-1] if which == "latest" else sent[pick % len(sent)]
        typed = _spelled_code(code, spelling)
        driver.perform(self._verify_op(mobile, _spelled_number(mobile, pick), name, server, typed, code))

    @rule(span=st.sampled_from(["tick"] * 4 + ["cooldown1"] * 2 + SPANS), delta=st.sampled_from(DELTAS))
    def time_passes(self, span: str, delta: float) -> None:
        self._step()
        self.advance(self.span(span, delta))

    @rule(which=st.integers(0, 3), delta=st.sampled_from([-0.25, 0.0, 0.0, 0.25]))
    def time_reaches_an_edge(self, which: int, delta: float) -> None:
        """Move to just before, at or just after a moment when a rule changes its answer."""
        self._step()
        now, deadlines = self.now(), self.model.deadlines(self.now())
        if deadlines:
            self.advance(max(0.0, deadlines[min(which, len(deadlines) - 1)] + delta - now))

    @rule(
        number=numbers,
        purpose=purposes,
        members=st.lists(st.tuples(spellings, servers), min_size=2, max_size=3),
        plan=st.none() | plans,
    )
    def issue_at_once(self, number: int, purpose: int, members: list[tuple[int, int]], plan: Plan | None) -> None:
        driver = self._step()
        driver.hooks.plan = plan
        mobile, name = NUMBERS[number], PURPOSES[purpose]
        now, holder = self.now(), object()
        refusals = self._refusals(mobile, name, IPS[0], now)
        if not refusals:
            self._hold(mobile, name, IPS[0], now, holder)
        ops = [
            IssueOp(
                self, next(self.ids), server, _spelled_number(mobile, spelling), mobile, name, holder, now, refusals
            )
            for spelling, server in members
        ]
        self.issuing.update((op.id, op) for op in ops)
        outcomes = driver.perform_group(ops)
        attempts = [attempt for op in ops for attempt in driver.hooks.of(op.id)]
        self.check(len(attempts) <= 1, f"{len(attempts)} of {len(ops)} concurrent issues sent: {attempts}")
        if refusals and not self.model.refusals(mobile, name, now):
            # Refused by a further limit: the issue that reserved the number first is refused by it, and
            # the others by its reservation (a cooldown, or the hourly cap, which counts it) while it held
            # the number, or by the limit.
            for outcome in outcomes:
                allowed = (OtpCooldownError, OtpRateLimitError, refusals[0].kind)
                self.check(isinstance(outcome.error, allowed), f"a concurrent issue was refused with {outcome.error!r}")
            return
        if refusals:
            for op, outcome in zip(ops, outcomes, strict=True):
                self.finish_issue(op, outcome)
            return
        tried = [i for i, outcome in enumerate(outcomes) if not isinstance(outcome.error, OtpError)]
        self.check(len(tried) == 1, f"of concurrent issues that may send, {len(tried)} went ahead: {outcomes}")
        for i, outcome in enumerate(outcomes):
            if i in tried:
                self.finish_issue(ops[i], outcome)
            else:
                # Refused because the other issue was sending; documented as a cooldown.
                kinds = (OtpCooldownError, OtpRateLimitError)
                self.check(isinstance(outcome.error, kinds), f"a concurrent issue was refused with {outcome.error!r}")

    @rule(number=numbers, purpose=purposes, server=servers, spelling=st.integers(0, 9), live=st.booleans())
    def cancel(self, number: int, purpose: int, server: int, spelling: int, live: bool) -> None:
        """Revoke a code: a live one (when there is one, if ``live``), or whatever the number has."""
        driver = self._step()
        mobile, name = NUMBERS[number], PURPOSES[purpose]
        keys = self.model.live_keys(self.now())
        if live and keys:
            mobile, name = keys[(number + purpose) % len(keys)]
        expected = self.model.cancel(mobile, name, self.now())
        op = CancelOp(self, next(self.ids), server, _spelled_number(mobile, spelling), mobile, name, expected)
        driver.perform(op)

    @rule(pick=st.integers(0, 99), servers=st.lists(servers, min_size=2, max_size=3), right=st.booleans())
    def verify_at_once(self, pick: int, servers: list[int], right: bool) -> None:
        """Two or three servers verify the same code, the right one or a wrong one, at the same moment."""
        driver = self._step()
        live = self.model.live_keys(self.now())
        if not live:
            return
        number, purpose = live[pick % len(live)]
        code = self.model.live_code(number, purpose, self.now())
        assert code is not None
        typed = code if right else _wrong_code(self.limits.length, "same length", pick * 7919)[0]
        now = self.now()
        # One after the other, as the store serializes them; which server comes first does not matter.
        expected = [self.model.verify(number, purpose, typed, now) for _ in servers]
        ops = [
            VerifyOp(self, next(self.ids), server, _spelled_number(number, pick + i), number, purpose, typed, False)
            for i, server in enumerate(servers)
        ]
        outcomes = driver.perform_group(ops)
        answers = sorted(map(_answer, outcomes))
        wanted = sorted("OtpLockedError" if isinstance(e, Locked) else str(e) for e in expected)
        self.check(answers == wanted, f"{len(ops)} verifies of one code at once answered {answers}, expected {wanted}")
        if True in expected:
            self.verified_since[(number, purpose)] = True

    # --- What happens during a send ---------------------------------------------------------------

    def mid_send(self, plan: Plan) -> IssueOp | VerifyOp | None:
        """Called by the transports while a send is in flight: move the clocks, pick the nested operation."""
        if plan.advance is not None:
            self.advance(self.span(*plan.advance))
        if plan.nested is None:
            return None
        sending = self.issuing[CURRENT_CALL.get() or 0]
        number = sending.number if plan.nested.number is None else NUMBERS[plan.nested.number]
        purpose = sending.purpose if plan.nested.purpose is None else PURPOSES[plan.nested.purpose]
        assert number is not None
        server = 1 - sending.server
        if plan.nested.kind == "issue":
            return self._issue_op(number, number, purpose, server, object())
        if plan.nested.kind == "verify-live":
            code = self._live_or_latest(number, purpose) or "1" * self.limits.length
            return self._verify_op(number, number, purpose, server, code, code)
        typed, read = _wrong_code(self.limits.length, "same length", 4242424242)
        return self._verify_op(number, number, purpose, server, typed, read)

    # --- Checking an operation's outcome --------------------------------------------------------------

    def finish_verify(self, op: VerifyOp, outcome: Outcome) -> None:
        self._documented(outcome.error, interrupted=False)
        what = f"verify({op.mobile!r}, {op.typed!r}, {op.purpose!r}) at {self.now():g} s"
        if op.number is None:
            self.check_error(outcome.error, InvalidPhoneNumber, what)
            return
        if isinstance(op.expected, Locked):
            self.check_error(outcome.error, OtpLockedError, what)
            assert isinstance(outcome.error, OtpLockedError)
            self.check(
                outcome.error.retry_after == retry_after(op.expected.wait),
                f"{what}: retry_after {outcome.error.retry_after}, expected {retry_after(op.expected.wait)}",
            )
            return
        self.check(outcome.error is None, f"{what}: raised {outcome.error!r}, expected {op.expected}")
        self.check(outcome.value is op.expected, f"{what}: answered {outcome.value!r}, expected {op.expected}")
        if op.expected:
            self.verified_since[(op.number, op.purpose)] = True

    def finish_issue(self, op: IssueOp, outcome: Outcome) -> None:
        assert self.driver is not None
        attempts = self.driver.hooks.of(op.id)
        error = outcome.error
        what = f"issue({op.mobile!r}, {op.purpose!r}) at {op.started:g} s"
        self._documented(error, interrupted=op.stop is not None or any(attempt.plan.interrupt for attempt in attempts))
        if op.stop is not None and op.stop.update == 1:
            # Interrupted while reserving: nothing sent, nothing counted, the reservation given back.
            assert op.number is not None
            self.check(isinstance(error, INJECTED), f"{what}: interrupted while reserving, got {error!r}")
            self.check(not attempts, f"{what}: interrupted while reserving, yet sent {attempts}")
            self.model.release(op.number, op.purpose, self.now(), op.holder)
            return
        if op.number is None:
            self.check_error(error, InvalidPhoneNumber, what)
            self.check(not attempts, f"{what}: an invalid number was sent to")
            return
        if op.refusals:
            self._refused(op, error, attempts, what)
            return
        self.check(not isinstance(error, OtpError), f"{what}: refused with {error!r}, but nothing forbids a code now")
        self.check(len(attempts) == 1, f"{what}: expected one send, got {attempts}")
        self._settle(op, outcome, attempts[0], what)

    def _refused(self, op: IssueOp, error: BaseException | None, attempts: list[Attempt], what: str) -> None:
        self.check(not attempts, f"{what}: should have been refused ({op.refusals}), but sent {attempts}")
        self.check(isinstance(error, OtpError), f"{what}: should have been refused ({op.refusals}), got {error!r}")
        assert isinstance(error, OtpError)
        longest = max(refusal.wait for refusal in op.refusals)
        exact = all(refusal.exact for refusal in op.refusals)
        kinds = {refusal.kind for refusal in op.refusals if not exact or refusal.wait == longest}
        self.check(type(error) in kinds, f"{what}: refused with {error!r}, expected one of {kinds} ({op.refusals})")
        if isinstance(error, OtpRateLimitError):
            key_kinds = {refusal.key_kind for refusal in op.refusals if refusal.kind is OtpRateLimitError}
            self.check(error.key_kind in key_kinds, f"{what}: refused by {error.key_kind!r}, expected {key_kinds}")
        if exact:
            expected = retry_after(longest)
            self.check(error.retry_after == expected, f"{what}: retry_after {error.retry_after}, expected {expected}")
        self.check((error.mobile, error.purpose) == (op.number, op.purpose), f"{what}: refusal names {error!r}")

    def _message(self, attempt: Attempt) -> int | None:
        """The outbox message the send produced (matched by number and code), if it reached the outbox."""
        for index, message in enumerate(self.mock.outbox):
            if index in self.attributed or message.recipient != attempt.recipient:
                continue
            if message.text.rsplit(" ", 1)[-1] == attempt.code:
                self.attributed[index] = attempt
                return index
        return None

    def _settle(self, op: IssueOp, outcome: Outcome, attempt: Attempt, what: str) -> None:
        """Check an issue that was allowed to send, and tell the model what became of it."""
        assert op.number is not None and self.driver is not None
        number, purpose, now = op.number, op.purpose, self.now()
        plan, fault, error = attempt.plan, attempt.plan.fault, outcome.error
        what = f"{what} with {plan}"
        self.check(attempt.recipient == number, f"{what}: sent to {attempt.recipient}")
        index = self._message(attempt)
        self.check((index is not None) == plan.processed, f"{what}: in the outbox: {index is not None}")
        overran = now - op.started >= self.limits.send_window
        if index is not None:
            self._went_out(number, purpose, index, overran)
        stopped = op.stop is not None  # interrupted while the store recorded what became of the send
        if plan.interrupt or fault.outcome == "maybe":
            self.model.count(number, purpose, now, op.holder)
        elif fault.outcome == "refused":
            # An interruption while the store recorded it ends the issue before it settles the limits'
            # shares: they count as sends (documented: stricter, never looser).
            self.model.release(number, purpose, now, op.holder, limits=not stopped)
        if plan.interrupt or stopped:
            self.check(isinstance(error, INJECTED), f"{what}: the interruption became {error!r}")
        elif fault.outcome != "sent":
            assert fault.error is not None
            self.check_error(error, fault.error, what)
            if isinstance(error, APIConnectionError):
                reached = error.may_have_reached_service
                self.check(reached == fault.reached, f"{what}: may_have_reached_service={reached}")
        # The sync service records a send again after an interrupt, lest it go uncounted; if the first
        # record had landed, the send counts twice (documented: it only makes the limits stricter).
        again = stopped and op.stop is not None and op.stop.after and self.driver.mode == "sync"
        if plan.interrupt or fault.outcome != "sent":
            if again and (plan.interrupt or fault.outcome == "maybe"):
                self.model.count(number, purpose, now, op.holder)
            return
        stored = self.model.commit(number, purpose, now, op.holder, attempt.code)
        if again:
            self.model.count(number, purpose, now, op.holder)
        if stopped:
            return  # the code is stored all the same, but was never reported
        if isinstance(stored, Late):
            self.check_error(error, APITimeoutError, what)
            self.check(getattr(error, "may_have_reached_service", False), f"{what}: a late send said not sent")
        elif isinstance(stored, Locked):
            self.check_error(error, OtpLockedError, what)
        else:
            self._issued(op, outcome, attempt, stored, index, what)

    def _issued(
        self, op: IssueOp, outcome: Outcome, attempt: Attempt, stored: Stored, index: int | None, what: str
    ) -> None:
        assert op.number is not None and index is not None
        now, issued = self.now(), outcome.value
        self.check(outcome.error is None and isinstance(issued, Issued), f"{what}: expected Issued, got {outcome}")
        assert isinstance(issued, Issued)
        request_id = attempt.plan.fault.request_id or self.mock.outbox[index].send_request_id
        self.check(issued.code == attempt.code, f"{what}: reported another code than it sent")
        self.check((issued.mobile, issued.purpose) == (op.number, op.purpose), f"{what}: reported {issued}")
        self.check(issued.send_request_id == request_id, f"{what}: send_request_id {issued.send_request_id}")
        expires, resend = (
            START + timedelta(seconds=now + self.limits.ttl),
            START + timedelta(seconds=now + stored.resend_wait),
        )
        self.check(issued.expires_at == expires, f"{what}: expires_at {issued.expires_at}, expected {expires}")
        self.check(
            issued.resend_available_at == resend,
            f"{what}: resend_available_at {issued.resend_available_at}, expected {resend}",
        )
        self.reported[(op.number, op.purpose)].append(attempt.code)

    def _went_out(self, number: str, purpose: str, index: int, overran: bool) -> None:
        """A code reached the phone: it must not come sooner than the shortest cooldown after the last."""
        key = (number, purpose)
        sent_at = (self.mock.outbox[index].sent_at - START).total_seconds()
        self.received[key].append(self.attributed[index].code)
        if overran:
            self.overran.add(index)
        last = self.last_out.get(key)
        if last is not None and not self.verified_since.get(key, False) and not (overran or last[1]):
            gap, shortest = sent_at - last[0], min(self.limits.resend_cooldown)
            self.check(
                gap >= shortest, f"two codes to {number} for {purpose!r} {gap:g} s apart (cooldown {shortest:g} s)"
            )
        self.last_out[key] = (self.now(), overran)
        self.verified_since[key] = False

    # --- Invariants --------------------------------------------------------------------------------

    @invariant()
    def every_sms_is_accounted_for(self) -> None:
        outbox = self.mock.outbox
        self.check(len(outbox) == len(self.attributed), f"the outbox has messages nobody sent: {outbox}")

    @invariant()
    def the_hourly_cap_holds_in_the_outbox(self) -> None:
        cap = getattr(self, "limits", None) and self.limits.cap
        if not cap:
            return
        for number in NUMBERS:
            times = sorted(
                (message.sent_at - START).total_seconds()
                for index, message in enumerate(self.mock.outbox)
                if message.recipient == number and index not in self.overran
            )
            for first, last in zip(times, times[cap:], strict=False):
                self.check(last - first >= HOUR, f"{cap + 1} codes to {number} within {last - first:g} s")

    def _sends_by_issue(self) -> list[IssueOp]:
        """The issue behind each message of the outbox."""
        return [
            self.issuing[attempt.call]
            for attempt in self.attributed.values()
            if attempt.call is not None and attempt.call in self.issuing
        ]

    @invariant()
    def the_ip_limit_holds_in_the_outbox(self) -> None:
        ip_limit = getattr(self, "limits", None) and self.limits.ip_limit
        if not ip_limit:
            return
        limit, per = ip_limit
        for ip in IPS:
            times = sorted(op.started for op in self._sends_by_issue() if op.ip == ip)
            for first, last in zip(times, times[limit:], strict=False):
                self.check(last - first >= per, f"{limit + 1} codes for IP {ip} within {last - first:g} s")

    @invariant()
    def the_daily_budget_holds_in_the_outbox(self) -> None:
        budget = getattr(self, "limits", None) and self.limits.budget
        if not budget:
            return
        days = Counter(day_of(op.started) for op in self._sends_by_issue())
        self.check(all(count <= budget for count in days.values()), f"the daily budget {budget} was overspent: {days}")

    @invariant()
    def note_what_redis_will_forget(self) -> None:
        if self.driver is not None:
            self.driver.note_expiries(self.now())


SETTINGS = settings(
    max_examples=search.examples(quick=60, slow=600),
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def _run(driver: type[Driver], redis: RedisServer | None, suite: str) -> None:
    figures: Counter[str] = Counter()
    machine = type(
        "Machine", (OtpMachine,), {"driver_class": driver, "redis_port": redis and redis.port, "figures": figures}
    )
    run_state_machine_as_test(machine, settings=SETTINGS)
    observe("search", suite=suite, runs=figures["runs"], steps=figures["steps"], checks=figures["checks"])


def test_otp_service_on_the_memory_store_keeps_its_rules() -> None:
    _run(SyncDriver, None, "OTP state machine (sync, memory store)")


def test_otp_service_on_redis_keeps_its_rules(redis_server: RedisServer) -> None:
    _run(SyncDriver, redis_server, "OTP state machine (sync, Redis store)")


def test_async_otp_service_on_the_memory_store_keeps_its_rules() -> None:
    _run(AsyncDriver, None, "OTP state machine (async, memory store)")


def test_async_otp_service_on_redis_keeps_its_rules(redis_server: RedisServer) -> None:
    _run(AsyncDriver, redis_server, "OTP state machine (async, Redis store)")
