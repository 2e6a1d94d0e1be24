"""Logic written once for the sync and the async services and stores, with only the I/O apart.

A flow is a generator: it yields each step that needs I/O (a store update, an SMS send, a Redis
command) and gets back the step's result, or has the step's exception thrown in at that ``yield``, so
even what happens after a failure is written once. :func:`run` performs the steps synchronously and
:func:`run_async` with coroutines.

:func:`finish_despite_cancellation` runs a coroutine that must not be interrupted (a store update
that records an SMS already sent) to its end, whatever cancels the caller; :func:`finish_despite_interrupt`
does the same for a synchronous update and Ctrl-C.

``asyncio`` and ``anyio`` are imported inside the one function that needs them, so a synchronous
client that touches ``client.otp`` (or an ``OtpService``) never loads them.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar, cast

__all__ = ["Flow", "finish_despite_cancellation", "finish_despite_interrupt", "run", "run_async"]

S = TypeVar("S")
R = TypeVar("R")
T = TypeVar("T")

Flow = Generator[S, Any, R]
"""Yields steps of type ``S``, is sent their results, and returns ``R``."""


def run(flow: Flow[S, R], perform: Callable[[S], Any]) -> R:
    """Run ``flow`` to its end, performing each step with ``perform``; its result or its exception.

    Whatever is raised while the flow waits at a step (the step's own failure, or an interrupt that
    lands anywhere in this runner) is thrown into the flow there, so the flow settles what it started
    (records a send that went out, gives a reservation back); only what the flow itself raises ends
    the run.
    """
    failure: BaseException | None = None
    while True:
        try:
            return _drive(flow, perform, failure)
        except BaseException as error:
            if inspect.getgeneratorstate(flow) != inspect.GEN_SUSPENDED:
                raise  # the flow's own outcome
            failure = error


def _drive(flow: Flow[S, R], perform: Callable[[S], Any], failure: BaseException | None) -> R:
    reply: Any = None
    while True:
        try:
            step = flow.send(reply) if failure is None else flow.throw(failure)
        except StopIteration as done:
            return cast(R, done.value)
        failure = None  # not kept alive with its traceback while the step runs
        reply = perform(step)


async def run_async(flow: Flow[S, R], perform: Callable[[S], Awaitable[Any]]) -> R:
    """:func:`run`, awaiting each step (a cancellation is thrown into the flow like any failure)."""
    failure: BaseException | None = None
    while True:
        try:
            return await _drive_async(flow, perform, failure)
        except BaseException as error:
            if inspect.getgeneratorstate(flow) != inspect.GEN_SUSPENDED:
                raise
            failure = error


async def _drive_async(flow: Flow[S, R], perform: Callable[[S], Awaitable[Any]], failure: BaseException | None) -> R:
    reply: Any = None
    while True:
        try:
            step = flow.send(reply) if failure is None else flow.throw(failure)
        except StopIteration as done:
            return cast(R, done.value)
        failure = None
        reply = await perform(step)


def finish_despite_interrupt(work: Callable[[], T]) -> T:
    """Run ``work`` (a store update that records an SMS already sent) to its end despite an interrupt.

    A ``KeyboardInterrupt`` or ``SystemExit`` that arrives while it runs (Ctrl-C, a worker shutting
    down, during the store's round trip) would leave an SMS that went out uncounted: no cooldown, no
    entry against the hourly cap. So ``work`` is run once more, then the interrupt is raised. The
    updates are safe to repeat: at worst a send is counted twice, which only makes the limits stricter.
    A second interrupt during the repeat is raised at once.
    """
    try:
        return work()
    except (KeyboardInterrupt, SystemExit) as interrupt:
        try:
            work()
        except Exception as error:
            interrupt.add_note(f"recording the send after the interrupt failed too: {error!r}")
        raise


async def finish_despite_cancellation(work: Awaitable[T]) -> T:
    """Await ``work`` to its end even if the caller is cancelled meanwhile, then pass the cancellation on.

    On asyncio ``anyio.CancelScope(shield=True)`` is not enough: it shields from anyio's cancel scopes
    but not from ``Task.cancel()``, which is how ``asyncio.timeout``, ``wait_for`` and servers dropping
    a disconnected request cancel. So ``work`` runs as a task of its own behind ``asyncio.shield``; if
    the caller is cancelled (once, or again and again as anyio's scopes do), it keeps waiting for the
    task, and raises the cancellation once the task is done. Elsewhere (trio) anyio's shield holds.
    """
    import asyncio

    import anyio

    try:
        asyncio.get_running_loop()
    except RuntimeError:  # not on asyncio: trio, through anyio
        with anyio.CancelScope(shield=True):
            return await work
    task = asyncio.ensure_future(work)
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        while not task.done():
            try:
                await asyncio.shield(task)
            except asyncio.CancelledError:
                continue  # cancelled again while waiting: keep waiting
            except BaseException:
                break  # the work failed; the cancellation below is what the caller gets
        if not task.cancelled():
            # Marks a failure as seen, so asyncio does not log it as never retrieved; the caller was
            # cancelled, and the cancellation is what it must get.
            task.exception()
        raise
