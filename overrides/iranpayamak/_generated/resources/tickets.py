# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""``client.tickets``: the tickets operations of the spec, synchronous and asynchronous side by side.

Each method checks and converts its arguments (see ``iranpayamak._arguments``) before anything is
sent, calls the generated operation and returns the payload of the answer. Operation modules and
models are imported inside the methods so that importing the client stays cheap.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from iranpayamak_api.types import UNSET

from ..._resource import Resource, payload_of
from ...pagination import AsyncPager, Page, Pager
from ...raw import async_raw_method, async_raw_pages, raw_method, raw_pages

if TYPE_CHECKING:
    from iranpayamak_api.models import (
        Ticket,
    )

    from ...files import FileInput

__all__ = [
    "AsyncTicketsResource",
    "AsyncTicketsResourceWithRawResponse",
    "TicketsResource",
    "TicketsResourceWithRawResponse",
]


class TicketsResource(Resource):
    """The ``tickets`` operations."""

    @property
    def with_raw_response(self) -> TicketsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.tickets.with_raw_response.close(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return TicketsResourceWithRawResponse(self)

    def close(
        self,
        ticket_id: int,
    ) -> Any:
        """Close a support ticket.

        Closes the ticket `ticket_id`, the one field the endpoint list names as required. No documentation
        page exists; the JSON body and the plain-envelope response are inferred.

        Args:
            ticket_id: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import close_ticket as operation
        from iranpayamak_api.models import TicketCloseRequest

        args = self._args
        _ticket_id = args.integer(ticket_id, "ticket_id", minimum=1)
        body = TicketCloseRequest(
            ticket_id=_ticket_id,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def create(
        self,
        department: int,
        subject: str,
        text: str,
        *,
        file: FileInput | None = None,
    ) -> Any:
        """Open a support ticket.

        Opens a ticket with a department, a subject, the first message and an optional attachment. No
        documentation page exists. Public client code posts it as a multipart form with `department` and
        `subject`; the message field name `text` follows the rest of the service and is an inference, so
        the form accepts further fields. The response is inferred to be the plain envelope.

        Args:
            department: Id of the support department.
            subject: See the spec.
            text: See the spec.
            file: The file: a path, its bytes, or a binary file object.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import create_ticket as operation
        from iranpayamak_api.models import TicketCreateRequest

        args = self._args
        _department = args.integer(department, "department")
        _subject = args.string(subject, "subject", min_length=1)
        _text = args.string(text, "text", min_length=1)
        _file = UNSET if file is None else args.upload(file, "file", "upload.bin")
        body = TicketCreateRequest(
            department=_department,
            subject=_subject,
            text=_text,
            file=_file,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def download_file(
        self,
        file_id: int,
        *,
        save_to: str | os.PathLike[str] | None = None,
    ) -> bytes:
        """Download a file attached to a ticket message.

        Returns the raw attachment. No documentation page exists; the `file_id` query parameter and the
        binary response are inferred.

        Args:
            file_id: Id of the attachment, as listed in the ticket's conversation.
            save_to: Also write the file to this path (its folder is checked before the download).

        Returns:
            The file's bytes.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import download_ticket_file as operation

        args = self._args
        _save_to = args.save_path(save_to, "save_to")
        _file_id = args.integer(file_id, "file_id", minimum=1)
        result = operation.sync(client=self._api, file_id=_file_id)
        return args.save(result.payload.read(), _save_to, "save_to")

    def get(
        self,
        id: int,
    ) -> Ticket:
        """Show a ticket and its whole conversation.

        No documentation page exists; the ticket and message shapes are inferred.

        Args:
            id: Id of the ticket.

        Returns:
            The ``data`` of the answer (Ticket).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import get_ticket as operation

        args = self._args
        _id = args.integer(id, "id", minimum=1)
        result = operation.sync(_id, client=self._api)
        return result.data

    def list(
        self,
        *,
        limit: int | None = None,
        status: str | None = None,
        department: int | None = None,
        page: int = 1,
    ) -> Pager[Ticket]:
        """List support tickets page by page.

        Returns the account's tickets, optionally filtered by status and department. No documentation
        page exists; the filters come from the endpoint list and the paged shape from the other lists.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            status: Only tickets in this status.
            department: Only tickets of this department.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every Ticket: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import list_tickets as operation

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _status = UNSET if status is None else args.string(status, "status", max_length=1000)
        _department = UNSET if department is None else args.integer(department, "department")

        def fetch(number: int) -> Page[Ticket]:
            result = operation.sync(client=self._api, limit=_limit, status=_status, department=_department, page=number)
            return Page.of(result.data, self._api)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def reply(
        self,
        ticket_id: int,
        text: str,
        *,
        file: FileInput | None = None,
    ) -> Any:
        """Reply to a support ticket.

        Adds a message, with an optional attachment, to the ticket `ticket_id`. The path is spelled
        `replay` by the service. No documentation page exists; the multipart form follows ticket creation
        and the response is the plain envelope.

        Args:
            ticket_id: See the spec.
            text: See the spec.
            file: The file: a path, its bytes, or a binary file object.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import reply_to_ticket as operation
        from iranpayamak_api.models import TicketReplyRequest

        args = self._args
        _ticket_id = args.integer(ticket_id, "ticket_id", minimum=1)
        _text = args.string(text, "text", min_length=1)
        _file = UNSET if file is None else args.upload(file, "file", "upload.bin")
        body = TicketReplyRequest(
            ticket_id=_ticket_id,
            text=_text,
            file=_file,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)


class TicketsResourceWithRawResponse:
    """``client.tickets.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: TicketsResource) -> None:
        self.close = raw_method(resource, TicketsResource.close)
        self.create = raw_method(resource, TicketsResource.create)
        self.download_file = raw_method(resource, TicketsResource.download_file)
        self.get = raw_method(resource, TicketsResource.get)
        self.list = raw_pages(resource, TicketsResource.list)
        self.reply = raw_method(resource, TicketsResource.reply)


class AsyncTicketsResource(Resource):
    """The ``tickets`` operations (asynchronous)."""

    @property
    def with_raw_response(self) -> AsyncTicketsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = await client.tickets.with_raw_response.close(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AsyncTicketsResourceWithRawResponse(self)

    async def close(
        self,
        ticket_id: int,
    ) -> Any:
        """Close a support ticket.

        Closes the ticket `ticket_id`, the one field the endpoint list names as required. No documentation
        page exists; the JSON body and the plain-envelope response are inferred.

        Args:
            ticket_id: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import close_ticket as operation
        from iranpayamak_api.models import TicketCloseRequest

        args = self._args
        _ticket_id = args.integer(ticket_id, "ticket_id", minimum=1)
        body = TicketCloseRequest(
            ticket_id=_ticket_id,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def create(
        self,
        department: int,
        subject: str,
        text: str,
        *,
        file: FileInput | None = None,
    ) -> Any:
        """Open a support ticket.

        Opens a ticket with a department, a subject, the first message and an optional attachment. No
        documentation page exists. Public client code posts it as a multipart form with `department` and
        `subject`; the message field name `text` follows the rest of the service and is an inference, so
        the form accepts further fields. The response is inferred to be the plain envelope.

        Args:
            department: Id of the support department.
            subject: See the spec.
            text: See the spec.
            file: The file: a path, its bytes, or a binary file object.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import create_ticket as operation
        from iranpayamak_api.models import TicketCreateRequest

        args = self._args
        _department = args.integer(department, "department")
        _subject = args.string(subject, "subject", min_length=1)
        _text = args.string(text, "text", min_length=1)
        _file = UNSET if file is None else args.upload(file, "file", "upload.bin")
        body = TicketCreateRequest(
            department=_department,
            subject=_subject,
            text=_text,
            file=_file,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def download_file(
        self,
        file_id: int,
        *,
        save_to: str | os.PathLike[str] | None = None,
    ) -> bytes:
        """Download a file attached to a ticket message.

        Returns the raw attachment. No documentation page exists; the `file_id` query parameter and the
        binary response are inferred.

        Args:
            file_id: Id of the attachment, as listed in the ticket's conversation.
            save_to: Also write the file to this path (its folder is checked before the download).

        Returns:
            The file's bytes.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import download_ticket_file as operation

        args = self._args
        _save_to = args.save_path(save_to, "save_to")
        _file_id = args.integer(file_id, "file_id", minimum=1)
        result = await operation.asyncio(client=self._api, file_id=_file_id)
        return args.save(result.payload.read(), _save_to, "save_to")

    async def get(
        self,
        id: int,
    ) -> Ticket:
        """Show a ticket and its whole conversation.

        No documentation page exists; the ticket and message shapes are inferred.

        Args:
            id: Id of the ticket.

        Returns:
            The ``data`` of the answer (Ticket).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import get_ticket as operation

        args = self._args
        _id = args.integer(id, "id", minimum=1)
        result = await operation.asyncio(_id, client=self._api)
        return result.data

    def list(
        self,
        *,
        limit: int | None = None,
        status: str | None = None,
        department: int | None = None,
        page: int = 1,
    ) -> AsyncPager[Ticket]:
        """List support tickets page by page.

        Returns the account's tickets, optionally filtered by status and department. No documentation
        page exists; the filters come from the endpoint list and the paged shape from the other lists.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            status: Only tickets in this status.
            department: Only tickets of this department.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every Ticket: iterate it with ``async for``, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import list_tickets as operation

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _status = UNSET if status is None else args.string(status, "status", max_length=1000)
        _department = UNSET if department is None else args.integer(department, "department")

        async def fetch(number: int) -> Page[Ticket]:
            result = await operation.asyncio(
                client=self._api, limit=_limit, status=_status, department=_department, page=number
            )
            return Page.of(result.data, self._api)

        return AsyncPager(fetch, start=args.integer(page, "page", minimum=1))

    async def reply(
        self,
        ticket_id: int,
        text: str,
        *,
        file: FileInput | None = None,
    ) -> Any:
        """Reply to a support ticket.

        Adds a message, with an optional attachment, to the ticket `ticket_id`. The path is spelled
        `replay` by the service. No documentation page exists; the multipart form follows ticket creation
        and the response is the plain envelope.

        Args:
            ticket_id: See the spec.
            text: See the spec.
            file: The file: a path, its bytes, or a binary file object.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import reply_to_ticket as operation
        from iranpayamak_api.models import TicketReplyRequest

        args = self._args
        _ticket_id = args.integer(ticket_id, "ticket_id", minimum=1)
        _text = args.string(text, "text", min_length=1)
        _file = UNSET if file is None else args.upload(file, "file", "upload.bin")
        body = TicketReplyRequest(
            ticket_id=_ticket_id,
            text=_text,
            file=_file,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)


class AsyncTicketsResourceWithRawResponse:
    """``client.tickets.with_raw_response``: each operation returning a ``RawResponse`` (asynchronous).

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AsyncTicketsResource) -> None:
        self.close = async_raw_method(resource, AsyncTicketsResource.close)
        self.create = async_raw_method(resource, AsyncTicketsResource.create)
        self.download_file = async_raw_method(resource, AsyncTicketsResource.download_file)
        self.get = async_raw_method(resource, AsyncTicketsResource.get)
        self.list = async_raw_pages(resource, AsyncTicketsResource.list)
        self.reply = async_raw_method(resource, AsyncTicketsResource.reply)
