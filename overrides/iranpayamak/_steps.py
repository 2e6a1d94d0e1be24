"""The I/O steps of the sending features' flows, and how the sync and async clients perform them.

The features of ``pattern_checks``, ``estimate``, ``idempotency`` and ``tracking`` are written once, as
flows (``otp._flow``): generators that yield each step needing I/O and get its result back. A step is
data; :func:`performer` and :func:`async_performer` are the only places where the two clients differ.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

from attrs import field, frozen

from .otp._flow import Flow, run, run_async
from .otp.store import Change

if TYPE_CHECKING:
    from iranpayamak_api import Client

    from ._arguments import Arguments
    from .otp.store import AsyncOtpStore, OtpStore

__all__ = ["Call", "Step", "Thunk", "Update", "async_performer", "performer", "run", "run_async"]


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


Step = Call | Update | Thunk

__all__ += ["Flow"]


def _namespace(api: Client, args: Arguments, name: str, *, asynchronous: bool) -> Any:
    from .client import AsyncIranPayamak, IranPayamak

    module, cls = (AsyncIranPayamak if asynchronous else IranPayamak)._namespaces[name]
    return getattr(import_module(module, "iranpayamak"), cls)(api, args)


def performer(api: Client, args: Arguments, store: OtpStore | AsyncOtpStore) -> Callable[[Step], Any]:
    """How the sync client performs a step."""

    def perform(step: Step) -> Any:
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


def async_performer(api: Client, args: Arguments, store: OtpStore | AsyncOtpStore) -> Callable[[Step], Awaitable[Any]]:
    """How the async client performs a step."""

    async def perform(step: Step) -> Any:
        if isinstance(step, Call):
            method = getattr(_namespace(api, args, step.namespace, asynchronous=True), step.method)
            return await method(*step.args, **step.kwargs)
        if isinstance(step, Update):
            answer = store.update(step.key, step.change)
            # A sync store (MemoryStore, RedisStore) works here too: its update never waits for I/O long.
            return await answer if inspect.isawaitable(answer) else answer
        return await step.run()

    return perform
