"""The base of every resource namespace (the low-level client and the argument rules they share), and
what a namespace method returns of an answer the documentation does not show."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from iranpayamak_api import Client
from iranpayamak_api.types import Unset

from ._arguments import Arguments

if TYPE_CHECKING:
    from ._steps import Flow, Step
    from .idempotency import Idempotency

__all__ = ["Resource", "items_of", "payload_of"]

T = TypeVar("T")


class Resource:
    """A namespace of operations (``client.sms``, ``client.reports``, ...) bound to one client.

    Namespaces hold no state of their own, so they are as thread- and task-safe as the client.
    """

    def __init__(self, api: Client, args: Arguments) -> None:
        self._api = api
        self._args = args

    def _run(self, flow: Flow[Step, T]) -> T:
        """Perform ``flow`` (see ``iranpayamak._steps``) with this client, synchronously."""
        # Imported on first use: a client that never runs a flow never loads the flow machinery.
        from ._steps import performer, run

        return run(flow, performer(self._api, self._args, self._args.sending.store()))

    async def _run_async(self, flow: Flow[Step, T]) -> T:
        """Perform ``flow`` with this client, asynchronously."""
        from ._steps import async_performer, run_async

        return await run_async(flow, async_performer(self._api, self._args, self._args.sending.store()))

    def _once(self, keyed: Idempotency | None, send: Callable[[], T]) -> T:
        """``send()``, performed once per idempotency key (``keyed``; None: unkeyed, simply called).

        See :mod:`iranpayamak.idempotency` for what a repeat gets.
        """
        if keyed is None:
            return send()
        from ._steps import Thunk
        from .idempotency import idempotent_flow

        return self._run(idempotent_flow(keyed, Thunk(send)))

    async def _once_async(self, keyed: Idempotency | None, send: Callable[[], Awaitable[T]]) -> T:
        """The asynchronous :meth:`_once`."""
        if keyed is None:
            return await send()
        from ._steps import Thunk
        from .idempotency import idempotent_flow

        return await self._run_async(idempotent_flow(keyed, Thunk(send)))


class _Answer(Protocol):
    """A generated result model whose ``data`` may be missing (see ``AckResult`` in the spec)."""

    data: Any
    additional_properties: dict[str, Any]


def payload_of(result: _Answer) -> Any:
    """What an operation whose success body the documentation does not show answered.

    The envelope's ``data`` when it has one; otherwise the fields the answer carried (a bare
    ``{"orderId": 18}`` gives ``{"orderId": 18}``), or None for an empty answer such as the documented
    ``{}``. ``status`` and the messages are not part of the payload.

    Example::

        >>> from iranpayamak_api.models import AckResult
        >>> payload_of(AckResult.from_dict({"orderId": 18}))
        {'orderId': 18}
    """
    if not isinstance(result.data, Unset):
        return result.data
    return dict(result.additional_properties) or None


class _Items(Protocol[T]):
    """A generated model that wraps records in ``items`` (``LineItems``, ``LbsRequestItems``)."""

    @property
    def items(self) -> list[T]: ...


def items_of(data: list[T] | _Items[T]) -> list[T]:
    """The records of a list answer the documentation does not show: ``data`` itself when it is a list,
    else the ``items`` it wraps them in (page numbers beside them stay on ``data``)."""
    return data if isinstance(data, list) else list(data.items)
