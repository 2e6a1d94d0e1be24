"""The I/O shells of the bulk sends: perform a flow's requests, synchronously or awaited.

A flow is a generator written once for both clients (``ChunkedSend._flow``, ``PatternSends._flow``):
it yields each request to make and is sent its answer, or has the request's exception thrown in at
that ``yield``, so that every decision (what an answer or a failure means, what comes next) is in the
flow. :func:`run` and :func:`run_async` only make the requests; they are the one place where the sync
and async sends differ, apart from how each runs several at once (threads, tasks).

Neither imports ``asyncio`` or ``anyio``: a sync client that sends in bulk never loads them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

from ..errors import IranPayamakError

__all__ = ["Flow", "answer_to", "run", "run_async"]

S = TypeVar("S")
R = TypeVar("R")

Flow = Generator[S, Any, R]
"""Yields requests of type ``S``, is sent their answers (or has their exceptions thrown in), returns ``R``."""


def answer_to(request: S) -> Generator[S, Any, int | IranPayamakError]:
    """In a flow: yield ``request``; the send request id it got, or the service's error that failed it.

    Anything else that stops it (an interruption, an unexpected exception) is raised, for the flow's
    caller to account for.
    """
    try:
        send_request_id: int = yield request
    except IranPayamakError as error:
        return error
    return send_request_id


class _Done(Generic[R]):
    """The flow has returned ``value``."""

    def __init__(self, value: R) -> None:
        self.value = value


def _resume(flow: Flow[S, R], answer: Any = None, failure: BaseException | None = None) -> S | _Done[R]:
    """The flow's next request, after giving it ``answer`` or throwing ``failure`` in; or what it returned."""
    try:
        return flow.send(answer) if failure is None else flow.throw(failure)
    except StopIteration as done:
        return _Done(done.value)


def run(flow: Flow[S, R], perform: Callable[[S], Any]) -> R:
    """Run ``flow`` to its end, making each of its requests with ``perform``; what the flow returns or raises."""
    step = _resume(flow)
    while not isinstance(step, _Done):
        try:
            answer = perform(step)
        except BaseException as failure:
            step = _resume(flow, failure=failure)
        else:
            step = _resume(flow, answer)
    return step.value


async def run_async(flow: Flow[S, R], perform: Callable[[S], Awaitable[Any]]) -> R:
    """:func:`run`, awaiting each request (a cancellation is thrown into the flow like any failure)."""
    step = _resume(flow)
    while not isinstance(step, _Done):
        try:
            answer = await perform(step)
        except BaseException as failure:
            step = _resume(flow, failure=failure)
        else:
            step = _resume(flow, answer)
    return step.value
