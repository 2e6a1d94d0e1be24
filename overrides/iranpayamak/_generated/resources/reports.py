# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""``client.reports``: the reports operations of the spec, synchronous and asynchronous side by side.

Each method checks and converts its arguments (see ``iranpayamak._arguments``) before anything is
sent, calls the generated operation and returns the payload of the answer. Operation modules and
models are imported inside the methods so that importing the client stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iranpayamak_api.types import UNSET

from ... import records
from ..._resource import Resource
from ...pagination import AsyncPager, Page, Pager
from ...raw import async_raw_method, async_raw_pages, raw_method, raw_pages

if TYPE_CHECKING:
    from iranpayamak_api.models import (
        DeliveryStatus,
        SendRequestStatus,
    )


__all__ = [
    "AsyncReportsResource",
    "AsyncReportsResourceWithRawResponse",
    "ReportsResource",
    "ReportsResourceWithRawResponse",
]


class ReportsResource(Resource):
    """The ``reports`` operations."""

    @property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.reports.with_raw_response.inbox(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return ReportsResourceWithRawResponse(self)

    def inbox(
        self,
        *,
        limit: int | None = None,
        page: int = 1,
    ) -> Pager[records.InboxMessage]:
        """List received messages (replies) page by page.

        Returns the messages that mobile users sent to the account's lines, newest first. Poll it to make
        a conversation two-way. The received time is named `recievedAt` (sic) by the service.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every InboxMessage: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import list_inbox_messages as operation

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)

        def fetch(number: int) -> Page[records.InboxMessage]:
            result = operation.sync(client=self._api, limit=_limit, page=number)
            return Page.of(result.data, self._api).map(records.InboxMessage.of)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def items(
        self,
        send_request_id: int,
        *,
        limit: int | None = None,
        search: str | None = None,
        status: DeliveryStatus | str | None = None,
        page: int = 1,
    ) -> Pager[records.DeliveryReport]:
        """List the per-recipient delivery status of one send request.

        Returns one item per recipient of a send request with its delivery status (delivered, failed,
        blacklisted, ...), page by page. The page copies the phonebook list's description and response
        schema; the item shape here is inferred (recipient number, status, times), with unknown fields kept.
        The page gives `page` and `limit` no minimum and no default; those of the other documented lists
        (from 1, 10 per page) are assumed here.

        Args:
            send_request_id: Id of the send request, as returned by a send operation. The items page types
                it as a string with
                a numeric example ('407328'); it is an integer here, which puts the same digits in the URL.
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            search: Free-text filter.
            status: Only items in this delivery status.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every DeliveryReport: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import list_send_request_items as operation
        from iranpayamak_api.models import DeliveryStatus

        args = self._args
        _send_request_id = args.integer(send_request_id, "send_request_id", minimum=1)
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _status = UNSET if status is None else args.enum(DeliveryStatus, status, "status")

        def fetch(number: int) -> Page[records.DeliveryReport]:
            result = operation.sync(
                _send_request_id, client=self._api, limit=_limit, search=_search, status=_status, page=number
            )
            return Page.of(result.data, self._api).map(records.DeliveryReport.of)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def send_request(
        self,
        send_request_id: int,
    ) -> records.SendRequest:
        """Show one send request.

        Returns the overall status and details of one send request, by the id a send returned. No
        documentation page exists; the shape is the one of `list_send_requests` items.

        Args:
            send_request_id: Id of the send request, as returned by a send operation. The items page types
                it as a string with
                a numeric example ('407328'); it is an integer here, which puts the same digits in the URL.

        Returns:
            The ``data`` of the answer (SendRequest).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import get_send_request as operation

        args = self._args
        _send_request_id = args.integer(send_request_id, "send_request_id", minimum=1)
        result = operation.sync(_send_request_id, client=self._api)
        return records.SendRequest.of(result.data)

    def send_requests(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
        status: SendRequestStatus | str | None = None,
        page: int = 1,
    ) -> Pager[records.SendRequest]:
        """List the account's send requests with their overall status.

        Returns every send request (one per send call, or one per peer) with its overall status, page by
        page, optionally filtered by `status`. No documentation page exists; the status values come from
        public client code, and the paged shape and filters from the documented send-request items list.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            search: Free-text filter.
            status: Only send requests in this status.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every SendRequest: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import list_send_requests as operation
        from iranpayamak_api.models import SendRequestStatus

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _status = UNSET if status is None else args.enum(SendRequestStatus, status, "status")

        def fetch(number: int) -> Page[records.SendRequest]:
            result = operation.sync(client=self._api, limit=_limit, search=_search, status=_status, page=number)
            return Page.of(result.data, self._api).map(records.SendRequest.of)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))


class ReportsResourceWithRawResponse:
    """``client.reports.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: ReportsResource) -> None:
        self.inbox = raw_pages(resource, ReportsResource.inbox)
        self.items = raw_pages(resource, ReportsResource.items)
        self.send_request = raw_method(resource, ReportsResource.send_request)
        self.send_requests = raw_pages(resource, ReportsResource.send_requests)


class AsyncReportsResource(Resource):
    """The ``reports`` operations (asynchronous)."""

    @property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = await client.reports.with_raw_response.inbox(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AsyncReportsResourceWithRawResponse(self)

    def inbox(
        self,
        *,
        limit: int | None = None,
        page: int = 1,
    ) -> AsyncPager[records.InboxMessage]:
        """List received messages (replies) page by page.

        Returns the messages that mobile users sent to the account's lines, newest first. Poll it to make
        a conversation two-way. The received time is named `recievedAt` (sic) by the service.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every InboxMessage: iterate it with ``async for``, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import list_inbox_messages as operation

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)

        async def fetch(number: int) -> Page[records.InboxMessage]:
            result = await operation.asyncio(client=self._api, limit=_limit, page=number)
            return Page.of(result.data, self._api).map(records.InboxMessage.of)

        return AsyncPager(fetch, start=args.integer(page, "page", minimum=1))

    def items(
        self,
        send_request_id: int,
        *,
        limit: int | None = None,
        search: str | None = None,
        status: DeliveryStatus | str | None = None,
        page: int = 1,
    ) -> AsyncPager[records.DeliveryReport]:
        """List the per-recipient delivery status of one send request.

        Returns one item per recipient of a send request with its delivery status (delivered, failed,
        blacklisted, ...), page by page. The page copies the phonebook list's description and response
        schema; the item shape here is inferred (recipient number, status, times), with unknown fields kept.
        The page gives `page` and `limit` no minimum and no default; those of the other documented lists
        (from 1, 10 per page) are assumed here.

        Args:
            send_request_id: Id of the send request, as returned by a send operation. The items page types
                it as a string with
                a numeric example ('407328'); it is an integer here, which puts the same digits in the URL.
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            search: Free-text filter.
            status: Only items in this delivery status.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every DeliveryReport: iterate it with ``async for``, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import list_send_request_items as operation
        from iranpayamak_api.models import DeliveryStatus

        args = self._args
        _send_request_id = args.integer(send_request_id, "send_request_id", minimum=1)
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _status = UNSET if status is None else args.enum(DeliveryStatus, status, "status")

        async def fetch(number: int) -> Page[records.DeliveryReport]:
            result = await operation.asyncio(
                _send_request_id, client=self._api, limit=_limit, search=_search, status=_status, page=number
            )
            return Page.of(result.data, self._api).map(records.DeliveryReport.of)

        return AsyncPager(fetch, start=args.integer(page, "page", minimum=1))

    async def send_request(
        self,
        send_request_id: int,
    ) -> records.SendRequest:
        """Show one send request.

        Returns the overall status and details of one send request, by the id a send returned. No
        documentation page exists; the shape is the one of `list_send_requests` items.

        Args:
            send_request_id: Id of the send request, as returned by a send operation. The items page types
                it as a string with
                a numeric example ('407328'); it is an integer here, which puts the same digits in the URL.

        Returns:
            The ``data`` of the answer (SendRequest).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import get_send_request as operation

        args = self._args
        _send_request_id = args.integer(send_request_id, "send_request_id", minimum=1)
        result = await operation.asyncio(_send_request_id, client=self._api)
        return records.SendRequest.of(result.data)

    def send_requests(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
        status: SendRequestStatus | str | None = None,
        page: int = 1,
    ) -> AsyncPager[records.SendRequest]:
        """List the account's send requests with their overall status.

        Returns every send request (one per send call, or one per peer) with its overall status, page by
        page, optionally filtered by `status`. No documentation page exists; the status values come from
        public client code, and the paged shape and filters from the documented send-request items list.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            search: Free-text filter.
            status: Only send requests in this status.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every SendRequest: iterate it with ``async for``, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import list_send_requests as operation
        from iranpayamak_api.models import SendRequestStatus

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _status = UNSET if status is None else args.enum(SendRequestStatus, status, "status")

        async def fetch(number: int) -> Page[records.SendRequest]:
            result = await operation.asyncio(
                client=self._api, limit=_limit, search=_search, status=_status, page=number
            )
            return Page.of(result.data, self._api).map(records.SendRequest.of)

        return AsyncPager(fetch, start=args.integer(page, "page", minimum=1))


class AsyncReportsResourceWithRawResponse:
    """``client.reports.with_raw_response``: each operation returning a ``RawResponse`` (asynchronous).

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AsyncReportsResource) -> None:
        self.inbox = async_raw_pages(resource, AsyncReportsResource.inbox)
        self.items = async_raw_pages(resource, AsyncReportsResource.items)
        self.send_request = async_raw_method(resource, AsyncReportsResource.send_request)
        self.send_requests = async_raw_pages(resource, AsyncReportsResource.send_requests)
