"""The I/O steps of the sending features' flows, and how the sync and async clients perform them.

The features of ``pattern_checks``, ``estimate``, ``idempotency`` and ``tracking`` are written once, as
flows (``otp._flow``): generators that yield each step needing I/O and get its result back. A step is
data; :func:`performer` and :func:`async_performer` are the only places where the two clients differ.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

import anyio
from attrs import field, frozen

from .otp._flow import Flow, run, run_async
from .otp.store import Change

if TYPE_CHECKING:
    from iranpayamak_api import Client

    from ._arguments import Arguments
    from .otp.store import AsyncOtpStore, OtpStore

__all__ = [
    "Call",
    "Emit",
    "Sleep",
    "Step",
    "Thunk",
    "Update",
    "async_performer",
    "iterate",
    "iterate_async",
    "performer",
    "run",
    "run_async",
]


@frozen
class Call:
    """Call ``method`` of the client's ``namespace`` (``"patterns"``, ``"reference"``...) with these arguments."""

    namespace: str
    method: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(factory=dict)


@frozen
class Update:
    """Apply ``change`` to ``key`` of the idempotency store (see ``otp.store`` for the contract)."""

    key: str
    change: Change[Any]


@frozen
class Thunk:
    """Run a call the shell prepared (a send): ``run()`` returns the result, or an awaitable of it."""

    run: Callable[[], Any]


@frozen
class Sleep:
    """Wait ``seconds`` before the next poll (with the sleep the caller gave, or the real one)."""

    seconds: float


@frozen
class Emit:
    """Hand ``value`` to the caller of a watch (see :func:`iterate`); the flow resumes when asked for more."""

    value: Any


Step = Call | Update | Thunk | Sleep | Emit

__all__ += ["Flow"]


@frozen
class _Parts:
    """What a client's namespace property reads of the client: the low-level client and the defaults."""

    _api: Client
    _args: Arguments


def _namespace(api: Client, args: Arguments, name: str, *, asynchronous: bool) -> Any:
    """The client's namespace ``name`` over ``api`` and ``args``, built as the client builds it.

    The client's ``cached_property`` is the one place that says which class a namespace is (and imports
    it on first use), so its function is called on the parts it reads rather than repeating that here.
    """
    from .client import AsyncIranPayamak, IranPayamak

    made = vars(AsyncIranPayamak if asynchronous else IranPayamak)[name]
    if not isinstance(made, cached_property):
        raise TypeError(f"{name!r} is not a namespace of the client")
    return made.func(cast(Any, _Parts(api, args)))


def performer(
    api: Client, args: Arguments, store: OtpStore | AsyncOtpStore, *, sleep: Callable[[float], None] | None = None
) -> Callable[[Step], Any]:
    """How the sync client performs a step (``sleep``: how to wait, ``time.sleep`` by default)."""

    def perform(step: Step) -> Any:
        if isinstance(step, Sleep):
            return (sleep or time.sleep)(step.seconds)
        if isinstance(step, Emit):
            raise TypeError("a flow that emits values is run with iterate()")
        if isinstance(step, Call):
            return getattr(_namespace(api, args, step.namespace, asynchronous=False), step.method)(
                *step.args, **step.kwargs
            )
        if isinstance(step, Update):
            answer = store.update(step.key, step.change)
            if inspect.isawaitable(answer):
                # An async store given to the sync client: nothing was written, as the coroutine never ran.
                cast(Any, answer).close()
                raise TypeError("idempotency_store: an async store needs AsyncIranPayamak; use a sync one here")
            return answer
        return step.run()

    return perform


def async_performer(
    api: Client,
    args: Arguments,
    store: OtpStore | AsyncOtpStore,
    *,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> Callable[[Step], Awaitable[Any]]:
    """How the async client performs a step (``sleep``: how to wait, ``anyio.sleep`` by default)."""

    async def perform(step: Step) -> Any:
        if isinstance(step, Sleep):
            return await (sleep or anyio.sleep)(step.seconds)
        if isinstance(step, Emit):
            raise TypeError("a flow that emits values is run with iterate_async()")
        if isinstance(step, Call):
            method = getattr(_namespace(api, args, step.namespace, asynchronous=True), step.method)
            return await method(*step.args, **step.kwargs)
        if isinstance(step, Update):
            answer = store.update(step.key, step.change)
            # A sync store (MemoryStore, RedisStore) works here too: its update never waits for I/O long.
            return await answer if inspect.isawaitable(answer) else answer
        return await step.run()

    return perform


def iterate(flow: Flow[Step, None], perform: Callable[[Step], Any]) -> Iterator[Any]:
    """Run ``flow``, yielding the value of each :class:`Emit` to the caller (a watch, synchronously).

    A step's failure is thrown into the flow where it waits, as :func:`run` does. Closing the iterator
    (leaving the ``for`` loop) closes the flow.
    """
    reply: Any = None
    failure: BaseException | None = None
    try:
        while True:
            try:
                step = flow.send(reply) if failure is None else flow.throw(failure)
            except StopIteration:
                return
            reply, failure = None, None
            if isinstance(step, Emit):
                yield step.value
                continue
            try:
                reply = perform(step)
            except Exception as error:
                failure = error
    finally:
        flow.close()


async def iterate_async(flow: Flow[Step, None], perform: Callable[[Step], Awaitable[Any]]) -> AsyncIterator[Any]:
    """:func:`iterate` for the async client: an async iterator, awaiting each step."""
    reply: Any = None
    failure: BaseException | None = None
    try:
        while True:
            try:
                step = flow.send(reply) if failure is None else flow.throw(failure)
            except StopIteration:
                return
            reply, failure = None, None
            if isinstance(step, Emit):
                yield step.value
                continue
            try:
                reply = await perform(step)
            except Exception as error:
                failure = error
    finally:
        flow.close()
