"""The OTP state machine's rig: the faults it injects into a send, the transports that inject them,
and the drivers that run ``OtpService`` (sync) or ``AsyncOtpService`` on a memory or Redis store.

Every pattern send goes through a :class:`SyncHookTransport` / :class:`AsyncHookTransport` in front
of the mock. The first send after the machine armed a :class:`Plan` takes it: the transport logs the
send (which call made it, to whom, with which code), and then, before or after the mock carries the
request out, moves the clocks, runs another operation in the middle of the send (as another server
would), interrupts it (``KeyboardInterrupt``, or cancelling the task), and answers with the plan's
fault. A :class:`Gate` holds a send until every other issue of a group has either finished or is
sending too, so the issues of a group really overlap. The stores in front of the real ones interrupt
the store update a :class:`Stop` names (``KeyboardInterrupt``, or cancelling the issue's task).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextvars import ContextVar
from typing import Any, Literal, Protocol

import httpx
import redis
import redis.asyncio
from attrs import define, field, fields_dict, frozen
from hypothesis import reject

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    ValidationError,
)
from iranpayamak.otp import AsyncMemoryStore, AsyncOtpService, AsyncRedisStore, MemoryStore, OtpService, RedisStore
from iranpayamak.testing import MockService
from iranpayamak.testing._faults import Fault as MockFault

__all__ = [
    "CURRENT_CALL",
    "FAULTS",
    "AsyncDriver",
    "Attempt",
    "Driver",
    "Fault",
    "Hooks",
    "Nested",
    "Outcome",
    "Plan",
    "Stop",
    "SyncDriver",
]

SEND_PATH = "/ws/v1/sms/pattern"
PATTERN = "mockOtp001"
SECRET = "the machine's secret key"
GATE_TIMEOUT = 30.0
"""Real seconds a send waits at a gate for the other issues of its group: only a hang takes that long."""

CURRENT_CALL: ContextVar[int | None] = ContextVar("otp_machine_call", default=None)
"""The machine's id of the operation running in this thread or task, so its sends can be told apart."""

Processing = Literal["sent", "maybe", "refused"]


@frozen
class Fault:
    """What happens to one send, and what the caller may conclude from it.

    Attributes:
        name: For the machine's step log.
        mock: Settings of the mock fault that hits the send (``MockService.faults.add``).
        transport: A failure the transport raises instead: ``connect`` (before sending), ``timeout-before``
            (the request never arrived), ``timeout-after`` (after the mock carried it out).
        processed: Whether the mock carries the send out (so the SMS is in the outbox).
        outcome: ``sent`` (answered), ``maybe`` (may have been sent), ``refused`` (certainly not sent).
        error: The exception the caller gets.
        reached: For an ``APIConnectionError``: its ``may_have_reached_service``.
        request_id: The send request id the answer carries, when it is not the mock's own.
    """

    name: str
    mock: dict[str, Any] | None = None
    transport: str | None = None
    processed: bool = True
    outcome: Processing = "sent"
    error: type[BaseException] | None = None
    reached: bool = True
    request_id: int | None = None

    def __repr__(self) -> str:
        return f"Fault({self.name!r})"


def _status(code: int, error: type[BaseException], body: Any = None) -> Fault:
    outcome: Processing = "maybe" if code >= 500 else "refused"
    settings: dict[str, Any] = {"status": code} if body is None else {"status": code, "body": body}
    return Fault(f"HTTP {code}", mock=settings, processed=False, outcome=outcome, error=error)


def _unreadable(name: str, **settings: Any) -> Fault:
    return Fault(name, mock=settings, outcome="maybe", error=ResponseParseError)


FAULTS = [
    Fault("none"),
    _status(500, ServerError),
    _status(502, ServerError, "<html><body>Bad gateway</body></html>"),
    _status(503, ServerError),
    _status(400, ValidationError),
    _status(401, AuthenticationError),
    _status(403, PermissionDeniedError),
    _status(404, NotFoundError),
    _status(422, ValidationError),
    _status(429, RateLimitError),
    Fault("dropped", mock={"drop": True}, outcome="maybe", error=APIConnectionError),
    _unreadable("truncated JSON", malformed=True),
    _unreadable("HTML", html=True),
    _unreadable("empty body", empty=True),
    _unreadable("1e999", answer=b'{"status":"success","data":1e999}'),
    _unreadable("NaN", answer=b'{"status":"success","data":NaN}'),
    _unreadable("text id", answer=b'{"status":"success","data":"x"}'),
    _unreadable("no data", answer=b'{"status":"success"}'),
    Fault("another id", mock={"answer": b'{"status":"success","data":7}'}, request_id=7),
    Fault("trickling", mock={"drip": 0.002, "pad": 300}),
    Fault("delayed", mock={"delay": 0.002}),
    Fault(
        "connect error",
        transport="connect",
        processed=False,
        outcome="refused",
        error=APIConnectionError,
        reached=False,
    ),
    Fault("timeout, not arrived", transport="timeout-before", processed=False, outcome="maybe", error=APITimeoutError),
    Fault("timeout, carried out", transport="timeout-after", outcome="maybe", error=APITimeoutError),
]


@frozen
class Nested:
    """An operation another server runs while a send is in flight.

    ``kind`` is ``issue``, ``verify-live`` (the code that works now) or ``verify-wrong``; ``number`` and
    ``purpose`` index the machine's pools, None meaning the interrupted issue's own.
    """

    kind: str
    number: int | None
    purpose: int | None


@frozen
class Plan:
    """What happens to the next send: its fault, and what happens while it is in flight.

    Attributes:
        fault: How the send ends.
        advance: Which time span the clocks move by during the send (see the machine's ``span``), or None.
        nested: An operation another server runs during the send.
        interrupt: Interrupt the send (``KeyboardInterrupt`` / cancellation).
        after: Do the above after the mock carried the request out, rather than before it arrives.
    """

    fault: Fault = FAULTS[0]
    advance: tuple[str, float] | None = None
    nested: Nested | None = None
    interrupt: bool = False
    after: bool = False

    @property
    def processed(self) -> bool:
        """Whether the send reaches the outbox."""
        return self.fault.processed and (self.after or not self.interrupt)


@frozen
class Stop:
    """Interrupt an issue in its ``update``-th store update (1: the reservation, 2: what settles the
    send), before or ``after`` the store applied it."""

    call: int
    update: int
    after: bool


@define
class Attempt:
    """A send that reached the transport."""

    call: int | None
    recipient: str
    code: str
    plan: Plan


@frozen
class Outcome:
    """What an operation returned or raised."""

    value: Any = None
    error: BaseException | None = None


class Gate:
    """Holds a send until the other ``parties - 1`` issues of its group have finished or are sending too."""

    def __init__(self, parties: int) -> None:
        self.parties = parties
        self.arrived = 0
        self.finished = 0
        self.timed_out = False
        self._condition = threading.Condition()

    def _open(self) -> bool:
        return self.arrived + self.finished >= self.parties

    def arrive(self) -> None:
        with self._condition:
            self.arrived += 1
            self._condition.notify_all()
            if not self._condition.wait_for(self._open, timeout=GATE_TIMEOUT):
                self.timed_out = True

    def finish(self) -> None:
        with self._condition:
            self.finished += 1
            self._condition.notify_all()


class AsyncGate(Gate):
    """:class:`Gate` for tasks of one event loop."""

    def __init__(self, parties: int) -> None:
        super().__init__(parties)
        self._event = asyncio.Event()

    async def arrive_async(self) -> None:
        self.arrived += 1
        if self._open():
            self._event.set()
        try:
            await asyncio.wait_for(self._event.wait(), GATE_TIMEOUT)
        except TimeoutError:
            self.timed_out = True

    def finish(self) -> None:
        self.finished += 1
        if self._open():
            self._event.set()


class Machine(Protocol):
    """What the drivers and transports call back into."""

    def mid_send(self, plan: Plan) -> Operation | None:
        """Move the clocks as the plan says; the nested operation to run now, if any."""
        ...

    def timer(self) -> float:
        """The services' clock, in seconds, for the memory store's TTLs."""
        ...


@define
class Hooks:
    """Shared by the transports and stores of one run: the armed plan, the log of sends, the group's
    gate, and the store update to interrupt."""

    plan: Plan | None = None
    attempts: list[Attempt] = field(factory=list)
    gate: Gate | None = None
    lock: threading.Lock = field(factory=threading.Lock)
    stop: Stop | None = None
    updates: Counter[int | None] = field(factory=Counter)

    def stop_here(self) -> bool | None:
        """Whether to interrupt this store update: None not, else whether after it was applied."""
        call = CURRENT_CALL.get()
        with self.lock:
            self.updates[call] += 1
            stop = self.stop
            if stop is None or stop.call != call or stop.update != self.updates[call]:
                return None
            self.stop = None
            return stop.after

    def take(self, request: httpx.Request) -> Attempt:
        body = json.loads(request.content)
        with self.lock:
            plan, self.plan = self.plan, None
            attempt = Attempt(CURRENT_CALL.get(), body["recipient"], str(body["attributes"]["code"]), plan or Plan())
            self.attempts.append(attempt)
        return attempt

    def of(self, call: int) -> list[Attempt]:
        with self.lock:
            return [attempt for attempt in self.attempts if attempt.call == call]


def _fail_before(fault: Fault, request: httpx.Request) -> None:
    if fault.transport == "connect":
        raise httpx.ConnectError("connection refused (injected)", request=request)
    if fault.transport == "timeout-before":
        raise httpx.WriteTimeout("timed out writing the request (injected)", request=request)


def _fail_after(fault: Fault, request: httpx.Request) -> None:
    if fault.transport == "timeout-after":
        raise httpx.ReadTimeout("timed out waiting for the answer (injected)", request=request)


# A mock older than its ``answer`` fault (the code before this suite, for one) gets the answer from
# the transport instead: the request is carried out, then answered with exactly these bytes.
_MOCK_ANSWERS = "answer" in fields_dict(MockFault)


def _mock_settings(fault: Fault) -> tuple[dict[str, Any] | None, bytes | None]:
    """The settings of the mock fault for ``fault``, and the answer the transport substitutes, if any."""
    if fault.mock is None or _MOCK_ANSWERS or "answer" not in fault.mock:
        return fault.mock, None
    return None, fault.mock["answer"]


def _answered(response: httpx.Response, answer: bytes | None, request: httpx.Request) -> httpx.Response:
    if answer is None:
        return response
    return httpx.Response(200, headers={"content-type": "application/json"}, content=answer, request=request)


class SyncHookTransport(httpx.BaseTransport):
    """The sync transport in front of the mock (see the module documentation)."""

    def __init__(self, driver: SyncDriver) -> None:
        self._driver = driver
        self._inner = driver.mock.transport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != SEND_PATH:
            return self._inner.handle_request(request)
        hooks = self._driver.hooks
        plan = hooks.take(request).plan
        if hooks.gate is not None:
            hooks.gate.arrive()
        if not plan.after:
            self._meanwhile(plan)
        response: httpx.Response | None = None
        failure: httpx.HTTPError | None = None
        try:
            _fail_before(plan.fault, request)
            settings, answer = _mock_settings(plan.fault)
            if settings is not None:
                self._driver.mock.faults.add(operation="send_pattern", times=1, **settings)
            response = _answered(self._inner.handle_request(request), answer, request)
            _fail_after(plan.fault, request)
        except httpx.HTTPError as error:
            failure = error
        if plan.after:
            self._meanwhile(plan)
        if failure is not None:
            raise failure
        assert response is not None
        return response

    def _meanwhile(self, plan: Plan) -> None:
        nested = self._driver.machine.mid_send(plan)
        if nested is not None:
            self._driver.perform(nested)
        if plan.interrupt:
            raise KeyboardInterrupt("injected while sending")

    def close(self) -> None:
        self._inner.close()


class AsyncHookTransport(httpx.AsyncBaseTransport):
    """The async transport in front of the mock; an interruption cancels the task that sends."""

    def __init__(self, driver: AsyncDriver) -> None:
        self._driver = driver
        self._inner = driver.mock.async_transport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != SEND_PATH:
            return await self._inner.handle_async_request(request)
        await request.aread()
        hooks = self._driver.hooks
        plan = hooks.take(request).plan
        if isinstance(hooks.gate, AsyncGate):
            await hooks.gate.arrive_async()
        if not plan.after:
            await self._meanwhile(plan)
        response: httpx.Response | None = None
        failure: httpx.HTTPError | None = None
        try:
            _fail_before(plan.fault, request)
            settings, answer = _mock_settings(plan.fault)
            if settings is not None:
                self._driver.mock.faults.add(operation="send_pattern", times=1, **settings)
            response = await self._inner.handle_async_request(request)
            await response.aread()
            response = _answered(response, answer, request)
            _fail_after(plan.fault, request)
        except httpx.HTTPError as error:
            failure = error
        if plan.after:
            await self._meanwhile(plan)
        if failure is not None:
            raise failure
        assert response is not None
        return response

    async def _meanwhile(self, plan: Plan) -> None:
        nested = self._driver.machine.mid_send(plan)
        if nested is not None:
            await self._driver.perform_inside(nested)
        if plan.interrupt:
            task = asyncio.current_task()
            assert task is not None
            task.cancel()  # the issue's task is cancelled while its send is in flight
            await asyncio.sleep(0)

    async def aclose(self) -> None:
        await self._inner.aclose()


class SyncHookStore:
    """A store that raises ``KeyboardInterrupt`` in the update the hooks name, before or after ``inner`` applies it."""

    def __init__(self, inner: Any, hooks: Hooks) -> None:
        self._inner = inner
        self._hooks = hooks

    def update(self, key: str, change: Any) -> Any:
        after = self._hooks.stop_here()
        if after is False:
            raise KeyboardInterrupt("injected before the store update")
        result = self._inner.update(key, change)
        if after:
            raise KeyboardInterrupt("injected after the store update")
        return result


class AsyncHookStore:
    """A store that cancels the issue's task during the update the hooks name, before or after ``inner`` applies it."""

    def __init__(self, inner: Any, driver: AsyncDriver) -> None:
        self._inner = inner
        self._driver = driver

    async def update(self, key: str, change: Any) -> Any:
        after = self._driver.hooks.stop_here()
        issue = self._driver.tasks.get(CURRENT_CALL.get() or 0)
        if after is False and issue is not None:
            issue.cancel()
        result = await self._inner.update(key, change)
        if after and issue is not None:
            issue.cancel()
        return result


class Operation(Protocol):
    """One call of the machine: ``issue`` or ``verify`` on one of the services."""

    id: int
    server: int

    def call(self, service: Any) -> Any:
        """Start the call on ``service`` (a coroutine for the async services)."""
        ...

    def finish(self, outcome: Outcome) -> None:
        """Check what the call returned or raised."""
        ...


def _outcome(call: Callable[[], Any]) -> Outcome:
    try:
        return Outcome(value=call())
    except (Exception, KeyboardInterrupt) as error:
        return Outcome(error=error)


class Driver:
    """Runs operations on the services of one run; made by the machine when it has drawn its settings.

    Attributes:
        mock: The mock account every send goes to; its ``outbox`` is what was really sent.
        hooks: What the transports share.
        services: Two services on one store ("two app servers").
    """

    mode = "sync"

    def __init__(self, machine: Machine, mock: MockService, options: dict[str, Any], redis_port: int | None) -> None:
        self.machine = machine
        self.mock = mock
        self.hooks = Hooks()
        self.redis_port = redis_port
        self.prefix = f"otp-machine:{id(self)}:{time.monotonic_ns()}:"
        self.options = options
        self._expiries: dict[bytes, tuple[float, float]] = {}
        self._redis = None if redis_port is None else redis.Redis(port=redis_port)

    # --- Keys that Redis may drop in real time ---------------------------------------------------

    def _redis_keys(self) -> Iterator[tuple[bytes, int]]:
        """Each key of the run and its remaining time to live in ms (Redis counts real time)."""
        assert self._redis is not None
        for key in self._redis.scan_iter(match=f"{self.prefix}*"):
            yield key, int(self._redis.pttl(key))

    def _forget_keys(self) -> None:
        """Delete the run's keys (they would slow down every later run's scan)."""
        if self._redis is not None:
            keys = list(self._redis.scan_iter(match=f"{self.prefix}*"))
            if keys:
                self._redis.delete(*keys)
            self._redis.close()

    def note_expiries(self, fake_now: float) -> None:
        """After an operation: when each Redis key will expire, in real and in the machine's time."""
        if self.redis_port is None:
            return
        now = time.monotonic()
        self._expiries = {key: (now + ttl / 1000, fake_now + ttl / 1000) for key, ttl in self._redis_keys() if ttl > 0}

    def guard_expiries(self, fake_now: float) -> None:
        """Before an operation: give up the run if Redis dropped (or is about to drop) a key on real time
        that the machine's clock still needs. The service sets each key's TTL to the time its data
        matters, in its own clock's seconds; the machine's clock jumps ahead of real time, so this only
        happens if the machine stalls for the second or so that a nearly expired record is given."""
        now = time.monotonic()
        for real_deadline, fake_deadline in self._expiries.values():
            if real_deadline - 0.25 <= now and fake_now < fake_deadline:
                reject()

    # --- To be provided by the sync and async drivers --------------------------------------------

    def perform(self, operation: Operation) -> None:
        """Run ``operation`` to its end and check it."""
        raise NotImplementedError

    def perform_group(self, operations: Sequence[Operation]) -> list[Outcome]:
        """Run ``operations`` at once (the first send waits for the others at a gate); their outcomes."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class SyncDriver(Driver):
    """``OtpService`` on ``MemoryStore`` (shared by both services) or two ``RedisStore`` connections."""

    def __init__(self, machine: Machine, mock: MockService, options: dict[str, Any], redis_port: int | None) -> None:
        super().__init__(machine, mock, options, redis_port)
        self._closing: list[Callable[[], None]] = []
        memory = MemoryStore(timer=machine.timer)
        self.services = [self._service(memory) for _ in range(2)]

    def _service(self, memory: MemoryStore) -> OtpService:
        http = httpx.Client(transport=SyncHookTransport(self))
        client = IranPayamak(api_key=self.mock.api_key, base_url=self.mock.url, max_retries=0, http_client=http)
        self._closing += [client.close, http.close]
        if self.redis_port is None:
            return OtpService(
                client, pattern=PATTERN, store=SyncHookStore(memory, self.hooks), secret=SECRET, **self.options
            )
        connection = redis.Redis(port=self.redis_port)
        self._closing.append(connection.close)
        store = SyncHookStore(RedisStore(connection, prefix=self.prefix), self.hooks)
        return OtpService(client, pattern=PATTERN, store=store, secret=SECRET, **self.options)

    def _run(self, operation: Operation) -> Outcome:
        token = CURRENT_CALL.set(operation.id)
        try:
            return _outcome(lambda: operation.call(self.services[operation.server]))
        finally:
            CURRENT_CALL.reset(token)

    def perform(self, operation: Operation) -> None:
        operation.finish(self._run(operation))

    def perform_group(self, operations: Sequence[Operation]) -> list[Outcome]:
        gate = self.hooks.gate = Gate(len(operations))
        outcomes: list[Outcome] = [Outcome() for _ in operations]

        def run(index: int, operation: Operation) -> None:
            try:
                outcomes[index] = self._run(operation)
            finally:
                gate.finish()

        threads = [threading.Thread(target=run, args=pair) for pair in enumerate(operations)]
        try:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(GATE_TIMEOUT * 2)
        finally:
            self.hooks.gate = None
        assert not any(thread.is_alive() for thread in threads), "an issue of the group hangs"
        assert not gate.timed_out, "a send waited in vain for the other issues of its group"
        return outcomes

    def close(self) -> None:
        for close in reversed(self._closing):
            with contextlib.suppress(Exception):
                close()
        self._forget_keys()


class AsyncDriver(Driver):
    """``AsyncOtpService`` on one event loop (an ``asyncio.Runner`` kept for the run), on
    ``AsyncMemoryStore`` views of one ``MemoryStore`` or two ``AsyncRedisStore`` connections."""

    mode = "async"

    def __init__(self, machine: Machine, mock: MockService, options: dict[str, Any], redis_port: int | None) -> None:
        super().__init__(machine, mock, options, redis_port)
        self.runner = asyncio.Runner()
        self.tasks: dict[int, asyncio.Future[Any]] = {}
        self._closing: list[Callable[[], Awaitable[None]]] = []
        memory = MemoryStore(timer=machine.timer)
        self.services = [self._service(memory) for _ in range(2)]

    def _service(self, memory: MemoryStore) -> AsyncOtpService:
        http = httpx.AsyncClient(transport=AsyncHookTransport(self))
        client = AsyncIranPayamak(api_key=self.mock.api_key, base_url=self.mock.url, max_retries=0, http_client=http)
        self._closing += [client.close, http.aclose]
        if self.redis_port is None:
            store: AsyncHookStore = AsyncHookStore(AsyncMemoryStore(memory), self)
            return AsyncOtpService(client, pattern=PATTERN, store=store, secret=SECRET, **self.options)
        connection = redis.asyncio.Redis(port=self.redis_port)
        self._closing.append(connection.aclose)
        store = AsyncHookStore(AsyncRedisStore(connection, prefix=self.prefix), self)
        return AsyncOtpService(client, pattern=PATTERN, store=store, secret=SECRET, **self.options)

    async def _run(self, operation: Operation) -> Outcome:
        """The call, in a task of its own, so that cancelling it (mid-send) leaves the caller running."""

        async def call() -> Any:
            CURRENT_CALL.set(operation.id)
            return await operation.call(self.services[operation.server])

        task = self.tasks[operation.id] = asyncio.ensure_future(call())
        try:
            return Outcome(value=await task)
        except asyncio.CancelledError as error:
            if not task.cancelled():
                raise  # the machine itself was cancelled, not the issue
            return Outcome(error=error)
        except Exception as error:
            return Outcome(error=error)

    def perform(self, operation: Operation) -> None:
        operation.finish(self.runner.run(self._run(operation)))

    async def perform_inside(self, operation: Operation) -> None:
        """Run ``operation`` from inside another one's send (on the loop that is running it)."""
        token = CURRENT_CALL.set(operation.id)
        try:
            outcome = Outcome(value=await operation.call(self.services[operation.server]))
        except Exception as error:
            outcome = Outcome(error=error)
        finally:
            CURRENT_CALL.reset(token)
        operation.finish(outcome)

    def perform_group(self, operations: Sequence[Operation]) -> list[Outcome]:
        gate = self.hooks.gate = AsyncGate(len(operations))

        async def one(operation: Operation) -> Outcome:
            try:
                return await self._run(operation)
            finally:
                gate.finish()

        async def together() -> list[Outcome]:
            return list(await asyncio.gather(*(one(operation) for operation in operations)))

        try:
            outcomes = self.runner.run(together())
        finally:
            self.hooks.gate = None
        assert not gate.timed_out, "a send waited in vain for the other issues of its group"
        return outcomes

    def close(self) -> None:
        async def close_all() -> None:
            for close in reversed(self._closing):
                with contextlib.suppress(Exception):
                    await close()

        try:
            self.runner.run(close_all())
        finally:
            self.runner.close()
            self._forget_keys()
