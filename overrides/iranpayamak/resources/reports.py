"""``client.reports``: the generated reports, plus delivery tracking and inbox watching by polling."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .._arguments import each
from .._generated.resources.reports import AsyncReportsResource, ReportsResource
from .._steps import async_performer, iterate, iterate_async, performer, run, run_async
from ..inbox_watch import InboxCursor, InboxEvent, inbox_flow
from ..tracking import Delivery, Polling, StatusChange, wait_flow, watch_flow

if TYPE_CHECKING:
    from .._arguments import Arguments
    from ..pagination import Page
    from ..records import DeliveryReport, InboxMessage

__all__ = ["AsyncReports", "Reports"]

DEFAULT_POLL = 2.0
DEFAULT_MAX_POLL = 30.0
DEFAULT_INBOX_POLL = 5.0


def _ids(args: Arguments, send_request_ids: int | Iterable[int]) -> list[int]:
    if isinstance(send_request_ids, int):
        return [args.integer(send_request_ids, "send_request_ids", minimum=1)]
    given = each(send_request_ids, "send_request_ids", expected="a send request id or a list of them")
    return list(dict.fromkeys(args.integer(value, "send_request_ids", minimum=1) for value in given))


def _inbox_settings(args: Arguments, cursor: str | None, poll: float, limit: int | None) -> tuple[float, int]:
    InboxCursor.parse(cursor)  # a bad cursor fails at the call, before any request
    seconds = Polling.checked(poll, poll, None, args.clock).poll
    return seconds, args.page_size if limit is None else args.integer(limit, "limit", minimum=1)


class Reports(ReportsResource):
    """The ``reports`` operations."""

    def _every_item(self, send_request_id: int) -> list[DeliveryReport]:
        return list(self.items(send_request_id))

    def _inbox_page(self, number: int, limit: int) -> Page[InboxMessage]:
        return self.inbox(limit=limit).page(number)

    def wait_for_delivery(
        self,
        send_request_id: int,
        *,
        timeout: float | None = 600.0,
        poll: float = DEFAULT_POLL,
        max_poll: float = DEFAULT_MAX_POLL,
        sleep: Callable[[float], None] | None = None,
    ) -> Delivery:
        """Poll until every recipient of the send request has a final status; return them all.

        Args:
            send_request_id: What a send returned.
            timeout: Seconds to wait at most (10 minutes by default); None to wait as long as it takes.
            poll: Seconds before the second look; each later wait is 1.5 times longer, up to ``max_poll``.
            max_poll: The longest wait between looks.
            sleep: How to wait (``time.sleep`` by default; tests pass one that moves a fake clock).

        Raises:
            DeliveryTimeoutError: ``timeout`` passed first; ``error.statuses`` holds the statuses so far.

        Example::

            delivery = client.reports.wait_for_delivery(send_request_id, timeout=120)
            delivery.statuses      # {'09121234567': 'delivered'}
        """
        request = self._args.integer(send_request_id, "send_request_id", minimum=1)
        polling = Polling.checked(poll, max_poll, timeout, self._args.clock)
        delivery: Delivery = run(wait_flow(request, polling), self._perform(sleep))
        return delivery

    def watch(
        self,
        send_request_ids: int | Iterable[int],
        *,
        timeout: float | None = None,
        poll: float = DEFAULT_POLL,
        max_poll: float = DEFAULT_MAX_POLL,
        sleep: Callable[[float], None] | None = None,
    ) -> Iterator[StatusChange]:
        """Yield each recipient's status when first seen and whenever it changes, until every recipient
        of the send requests is final (or ``timeout`` seconds have passed).

        The arguments are those of :meth:`wait_for_delivery`. Leaving the loop early stops the polling.

        Example::

            for change in client.reports.watch([1042, 1043]):
                print(change.send_request_id, change.mobile, change.status)
        """
        requests = _ids(self._args, send_request_ids)
        polling = Polling.checked(poll, max_poll, timeout, self._args.clock)
        return iterate(watch_flow(requests, polling), self._perform(sleep))

    def watch_inbox(
        self,
        cursor: str | None = None,
        *,
        poll: float = DEFAULT_INBOX_POLL,
        limit: int | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> Iterator[InboxEvent]:
        """Yield each new inbound message once, oldest first, forever (leave the loop to stop).

        Args:
            cursor: Where the last watch stopped (an event's ``cursor``); None starts with the oldest
                message the inbox holds. See :mod:`iranpayamak.inbox_watch`.
            poll: Seconds between looks once every message is handed out.
            limit: Messages per page read; the client's ``page_size`` when None.
            sleep: How to wait (``time.sleep`` by default).

        Raises:
            InvalidArgumentError: ``cursor`` is not one a watch gave.

        Example::

            for event in client.reports.watch_inbox(cursor=saved):
                reply_to(event.message)
                saved = event.cursor     # persist it: a restart resumes after this message
        """
        seconds, size = _inbox_settings(self._args, cursor, poll, limit)
        return iterate(inbox_flow(cursor, poll=seconds, limit=size), self._perform(sleep))

    def _perform(self, sleep: Callable[[float], None] | None) -> Callable[..., object]:
        return performer(self._api, self._args, self._args.sending.store(), sleep=self._args.callback(sleep, "sleep"))


class AsyncReports(AsyncReportsResource):
    """The ``reports`` operations (asynchronous)."""

    async def _every_item(self, send_request_id: int) -> list[DeliveryReport]:
        return [item async for item in self.items(send_request_id)]

    async def _inbox_page(self, number: int, limit: int) -> Page[InboxMessage]:
        return await self.inbox(limit=limit).page(number)

    async def wait_for_delivery(
        self,
        send_request_id: int,
        *,
        timeout: float | None = 600.0,
        poll: float = DEFAULT_POLL,
        max_poll: float = DEFAULT_MAX_POLL,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> Delivery:
        """The asynchronous :meth:`Reports.wait_for_delivery` (``sleep`` is ``anyio.sleep`` by default)."""
        request = self._args.integer(send_request_id, "send_request_id", minimum=1)
        polling = Polling.checked(poll, max_poll, timeout, self._args.clock)
        delivery: Delivery = await run_async(wait_flow(request, polling), self._perform(sleep))
        return delivery

    def watch(
        self,
        send_request_ids: int | Iterable[int],
        *,
        timeout: float | None = None,
        poll: float = DEFAULT_POLL,
        max_poll: float = DEFAULT_MAX_POLL,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> AsyncIterator[StatusChange]:
        """The asynchronous :meth:`Reports.watch`: ``async for change in client.reports.watch(ids)``."""
        requests = _ids(self._args, send_request_ids)
        polling = Polling.checked(poll, max_poll, timeout, self._args.clock)
        return iterate_async(watch_flow(requests, polling), self._perform(sleep))

    def watch_inbox(
        self,
        cursor: str | None = None,
        *,
        poll: float = DEFAULT_INBOX_POLL,
        limit: int | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> AsyncIterator[InboxEvent]:
        """The asynchronous :meth:`Reports.watch_inbox`: ``async for event in client.reports.watch_inbox()``."""
        seconds, size = _inbox_settings(self._args, cursor, poll, limit)
        return iterate_async(inbox_flow(cursor, poll=seconds, limit=size), self._perform(sleep))

    def _perform(self, sleep: Callable[[float], Awaitable[None]] | None) -> Callable[..., Awaitable[object]]:
        return async_performer(
            self._api, self._args, self._args.sending.store(), sleep=self._args.callback(sleep, "sleep")
        )
