"""``client.sms``: the generated send methods, plus chunked simple sends and patterns to many recipients."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from attrs import frozen

from .._arguments import Arguments
from .._generated.resources.sms import AsyncSmsResource, SmsResource
from ..bulk import BulkSendResult, Chunk, ChunkedSend, PatternSendResults, PatternSends, mobiles_upfront
from ..errors import InvalidArgumentError

if TYPE_CHECKING:
    from iranpayamak_api import wire
    from iranpayamak_api.models import NumberFormat, PhonebookSlice


__all__ = ["AsyncSms", "Sms"]

Attributes = Mapping[str, str | int] | Callable[[str], Mapping[str, str | int]]
"""Pattern values: one mapping for every recipient, or a function of the recipient's number."""


def _plan(
    args: Arguments,
    recipients: Iterable[str | int] | None,
    selected_phone_books: Iterable[PhonebookSlice | wire.PhonebookSlice] | None,
    chunk_size: int | None,
    skip_invalid: bool,
    on_progress: Callable[[int], None] | None,
) -> ChunkedSend:
    size = args.chunk_size if chunk_size is None else args.integer(chunk_size, "chunk_size", minimum=1)
    books = (
        None if selected_phone_books is None else args.items(selected_phone_books, "selected_phone_books", min_items=1)
    )
    return ChunkedSend(
        () if recipients is None else recipients,
        size,
        skip_invalid=args.boolean(skip_invalid, "skip_invalid"),
        on_progress=args.callback(on_progress, "on_progress"),
        phone_books=books,
    )


def _recipients_of(chunk: Chunk) -> dict[str, Any]:
    """The recipient arguments of one request: its numbers, and the phonebooks of the first."""
    return {"recipients": chunk.recipients or None, "selected_phone_books": chunk.phone_books or None}


@frozen
class _PatternBatch:
    """A checked ``send_pattern_many`` call: each recipient with its pattern values, and the concurrency."""

    values: dict[str, dict[str, str]]
    workers: int

    @classmethod
    def check(
        cls,
        args: Arguments,
        code: str,
        recipients: Iterable[str | int],
        attributes: Attributes | None,
        concurrency: int,
        settings: tuple[str | int | None, NumberFormat | str | None, datetime | None],
    ) -> _PatternBatch:
        # Everything is checked, and every recipient's values computed, before anything is sent: an
        # error here (including one raised by an `attributes` function) means no message went out.
        line_number, number_format, schedule = settings
        args.string(code, "code", min_length=1)
        args.line(line_number, "line_number")
        args.number_format_or_default(number_format, "number_format")
        args.schedule(schedule, "schedule")
        workers = args.integer(concurrency, "concurrency", minimum=1)
        numbers = mobiles_upfront(recipients, "recipients", skip_invalid=False, invalid=[])
        if not numbers:
            raise InvalidArgumentError("recipients: no recipients to send to", field="recipients", reason="empty")
        if callable(attributes):
            values_for = attributes
        else:
            shared = {} if attributes is None else attributes

            def values_for(_number: str) -> Mapping[str, str | int]:
                return shared

        return cls({n: args.texts(values_for(n), f"attributes[{n!r}]") for n in numbers}, workers)


class Sms(SmsResource):
    """The ``sms`` operations."""

    def send_simple(
        self,
        text: str,
        recipients: Iterable[str | int] | None = None,
        *,
        line_number: str | int | None = None,
        selected_phone_books: Iterable[PhonebookSlice | wire.PhonebookSlice] | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        chunk_size: int | None = None,
        skip_invalid: bool = False,
    ) -> list[int]:
        """Send one text to many numbers, one request per chunk of ``chunk_size`` numbers.

        Numbers are normalized and de-duplicated (lists and generators alike); a list is checked
        completely before anything is sent. A chunk that fails does not stop the others.

        ``selected_phone_books`` are slices of phonebooks, each a ``PhonebookSlice`` or a dict with the
        keys of ``iranpayamak_api.wire.PhonebookSlice``, as sent: ``id``, ``offset``, ``limit``. They
        go in the first request, together with the numbers: the service
        accepts both in one send (its documentation: at least one of ``recipients`` and
        ``selectedPhoneBooks``) and builds one list of recipients from them, which is the only place
        where a number in both can be sent once, since the client cannot see who is in a phonebook.
        The numbers must then fit in that request (at most ``chunk_size``); more are refused before
        anything is sent, as a second request could send a number in the phonebooks a second message.

        Returns:
            One send request id per chunk.

        Raises:
            InvalidPhoneNumber: A number is invalid (and ``skip_invalid`` is off) and nothing was sent.
            InvalidArgumentError: Another argument was refused (or a list could not be read: the error it
                raised is the ``__cause__``); nothing was sent.
            BulkSendError: Some chunks failed, a generator met an invalid number after sending began, or
                an exception stopped the send (the generator raised: it is the ``__cause__``);
                ``error.result`` says which recipients were sent, which may have been and which were not.
            KeyboardInterrupt: (and a cancellation, ``SystemExit``) re-raised as itself, with the
                partial result attached: see :func:`iranpayamak.bulk.result_of`.

        Example::

            ids = client.sms.send_simple("سلام", recipients=["09121234567", "+98 935 123 4567"])
        """
        return self.send_simple_bulk(
            text,
            recipients,
            line_number=line_number,
            selected_phone_books=selected_phone_books,
            number_format=number_format,
            schedule=schedule,
            chunk_size=chunk_size,
            skip_invalid=skip_invalid,
        ).raise_for_failures()

    def send_simple_bulk(
        self,
        text: str,
        recipients: Iterable[str | int] | None = None,
        *,
        line_number: str | int | None = None,
        selected_phone_books: Iterable[PhonebookSlice | wire.PhonebookSlice] | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        chunk_size: int | None = None,
        skip_invalid: bool = False,
        on_progress: Callable[[int], None] | None = None,
    ) -> BulkSendResult:
        """Like :meth:`send_simple`, but return the full result instead of raising for failed chunks.

        ``recipients`` may be any iterable, such as a generator reading a file: it is read one chunk at
        a time, so memory stays flat however many numbers it yields. ``on_progress`` is called with
        the number of recipients of each request once its outcome is known (to drive a progress bar).
        To drop repeats, a generator's numbers are remembered as they are read (a bit each, past the
        first 65,536). The errors are those of :meth:`send_simple`, less the failed chunks.
        """
        plan = _plan(self._args, recipients, selected_phone_books, chunk_size, skip_invalid, on_progress)
        send = self._send_simple

        def request(chunk: Chunk) -> int:
            return send(
                text,
                line_number=line_number,
                number_format=number_format,
                schedule=schedule,
                **_recipients_of(chunk),
            )

        return plan.send(request)

    def send_pattern_many(
        self,
        code: str,
        recipients: Iterable[str | int],
        attributes: Attributes | None = None,
        *,
        concurrency: int = 8,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> PatternSendResults:
        """Send a pattern to each recipient, ``concurrency`` at a time, recording each outcome.

        ``attributes`` is one mapping for everyone or a function of the recipient's number. Numbers
        are checked and de-duplicated first, and every recipient's values computed: an error then
        (including one raised by ``attributes``) means nothing was sent. A failed send does not stop
        the others.

        Returns:
            One result per recipient, in input order: its send request id or its error.

        Raises:
            BulkSendError: An unexpected exception stopped the batch (it is the ``__cause__``).
            KeyboardInterrupt: (and ``SystemExit``) re-raised as itself once no send is started any
                more, with the results attached: see :func:`iranpayamak.bulk.result_of`. In them the
                sends in flight may have been sent, and the ones never started were not.

        Example::

            results = client.sms.send_pattern_many("SJ3FgPrE0C", numbers, lambda n: {"code": codes[n]})
            failed = [r.recipient for r in results if not r.ok]
        """
        batch = _PatternBatch.check(
            self._args, code, recipients, attributes, concurrency, (line_number, number_format, schedule)
        )

        def request(number: str) -> int:
            return self.send_pattern(
                code,
                number,
                batch.values[number],
                line_number=line_number,
                number_format=number_format,
                schedule=schedule,
            )

        return PatternSends(batch.values).send(request, batch.workers)


class AsyncSms(AsyncSmsResource):
    """The ``sms`` operations (asynchronous)."""

    async def send_simple(
        self,
        text: str,
        recipients: Iterable[str | int] | None = None,
        *,
        line_number: str | int | None = None,
        selected_phone_books: Iterable[PhonebookSlice | wire.PhonebookSlice] | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        chunk_size: int | None = None,
        skip_invalid: bool = False,
    ) -> list[int]:
        """The asynchronous :meth:`Sms.send_simple`."""
        result = await self.send_simple_bulk(
            text,
            recipients,
            line_number=line_number,
            selected_phone_books=selected_phone_books,
            number_format=number_format,
            schedule=schedule,
            chunk_size=chunk_size,
            skip_invalid=skip_invalid,
        )
        return result.raise_for_failures()

    async def send_simple_bulk(
        self,
        text: str,
        recipients: Iterable[str | int] | None = None,
        *,
        line_number: str | int | None = None,
        selected_phone_books: Iterable[PhonebookSlice | wire.PhonebookSlice] | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        chunk_size: int | None = None,
        skip_invalid: bool = False,
        on_progress: Callable[[int], None] | None = None,
    ) -> BulkSendResult:
        """The asynchronous :meth:`Sms.send_simple_bulk`; chunks are sent one after another.

        A cancellation (``asyncio.timeout``, ``task.cancel()``) is re-raised with the partial result
        attached: see :func:`iranpayamak.bulk.result_of`.
        """
        plan = _plan(self._args, recipients, selected_phone_books, chunk_size, skip_invalid, on_progress)
        send = self._send_simple

        async def request(chunk: Chunk) -> int:
            return await send(
                text,
                line_number=line_number,
                number_format=number_format,
                schedule=schedule,
                **_recipients_of(chunk),
            )

        return await plan.send_async(request)

    async def send_pattern_many(
        self,
        code: str,
        recipients: Iterable[str | int],
        attributes: Attributes | None = None,
        *,
        concurrency: int = 8,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> PatternSendResults:
        """The asynchronous :meth:`Sms.send_pattern_many`: at most ``concurrency`` requests in flight.

        A cancellation (``asyncio.timeout``, ``task.cancel()``) is re-raised once every send has
        stopped, with the results attached: see :func:`iranpayamak.bulk.result_of`.
        """
        batch = _PatternBatch.check(
            self._args, code, recipients, attributes, concurrency, (line_number, number_format, schedule)
        )

        async def request(number: str) -> int:
            return await self.send_pattern(
                code,
                number,
                batch.values[number],
                line_number=line_number,
                number_format=number_format,
                schedule=schedule,
            )

        return await PatternSends(batch.values).send_async(request, batch.workers)
