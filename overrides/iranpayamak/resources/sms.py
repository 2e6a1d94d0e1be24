"""``client.sms``: the generated send methods, plus chunked simple sends and patterns to many recipients."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING, Any

from attrs import frozen

from .._arguments import Arguments
from .._generated.async_resources import AsyncSmsResource
from .._generated.resources import SmsResource
from ..bulk import BulkSendResult, ChunkedSend, PatternSendResult, mobiles_upfront
from ..errors import InvalidArgumentError, IranPayamakError

if TYPE_CHECKING:
    from iranpayamak_api.models import NumberFormat, PhonebookSlice


__all__ = ["AsyncSms", "Sms"]

Attributes = Mapping[str, str | int] | Callable[[str], Mapping[str, str | int]]
"""Pattern values: one mapping for every recipient, or a function of the recipient's number."""


def _chunk_size(args: Arguments, chunk_size: int | None) -> int:
    return args.chunk_size if chunk_size is None else args.integer(chunk_size, "chunk_size", minimum=1)


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
            shared = attributes or {}

            def values_for(_number: str) -> Mapping[str, str | int]:
                return shared

        return cls({n: args.texts(values_for(n), f"attributes[{n!r}]") for n in numbers}, workers)


class Sms(SmsResource):
    """The ``sms`` operations."""

    def send_simple(  # type: ignore[override]
        self,
        text: str,
        recipients: Iterable[str | int] | None = None,
        *,
        line_number: str | int | None = None,
        selected_phone_books: Iterable[PhonebookSlice | Mapping[str, Any]] | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        chunk_size: int | None = None,
        skip_invalid: bool = False,
    ) -> list[int]:
        """Send one text to many numbers, one request per chunk of ``chunk_size`` numbers.

        Numbers are normalized and, for a list, checked and de-duplicated before anything is sent.
        A chunk that fails does not stop the others. ``selected_phone_books`` go with the first chunk.

        Returns:
            One send request id per chunk.

        Raises:
            InvalidPhoneNumber: A number is invalid (and ``skip_invalid`` is off); nothing was sent.
            BulkSendError: Some chunks failed; ``error.result`` says which recipients were sent and
                which were not, with each error.

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
        selected_phone_books: Iterable[PhonebookSlice | Mapping[str, Any]] | None = None,
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
        """
        plan = ChunkedSend(
            () if recipients is None else recipients,
            _chunk_size(self._args, chunk_size),
            skip_invalid=skip_invalid,
            on_progress=on_progress,
        )
        send = super().send_simple
        if selected_phone_books is not None:
            # The phonebook slices go in a request of their own, so a failure names them.
            slices = list(selected_phone_books)
            try:
                send_request_id = send(
                    text,
                    line_number=line_number,
                    selected_phone_books=slices,
                    number_format=number_format,
                    schedule=schedule,
                )
            except InvalidArgumentError:
                raise
            except IranPayamakError as error:
                plan.failed([], error, slices)
            else:
                plan.sent([], send_request_id)
        for chunk in plan.chunks():
            try:
                send_request_id = send(
                    text, line_number=line_number, recipients=chunk, number_format=number_format, schedule=schedule
                )
            except InvalidArgumentError as error:
                if not plan.attempted:
                    raise
                plan.failed(chunk, error)  # e.g. the schedule passed while earlier chunks were sent
            except IranPayamakError as error:
                plan.failed(chunk, error)
            else:
                plan.sent(chunk, send_request_id)
        return plan.outcome()

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
    ) -> list[PatternSendResult]:
        """Send a pattern to each recipient, ``concurrency`` at a time, recording each outcome.

        ``attributes`` is one mapping for everyone or a function of the recipient's number. Numbers
        are checked and de-duplicated first; a failed send does not stop the others.

        Returns:
            One result per recipient, in input order: its send request id or its error.

        Example::

            results = client.sms.send_pattern_many("SJ3FgPrE0C", numbers, lambda n: {"code": codes[n]})
            failed = [r.recipient for r in results if not r.ok]
        """
        batch = _PatternBatch.check(
            self._args, code, recipients, attributes, concurrency, (line_number, number_format, schedule)
        )

        def send(number: str) -> PatternSendResult:
            try:
                send_request_id = self.send_pattern(
                    code,
                    number,
                    batch.values[number],
                    line_number=line_number,
                    number_format=number_format,
                    schedule=schedule,
                )
            except IranPayamakError as error:
                return PatternSendResult(number, error=error)
            return PatternSendResult(number, send_request_id)

        with ThreadPoolExecutor(max_workers=min(batch.workers, len(batch.values))) as pool:
            return list(pool.map(send, batch.values))


class AsyncSms(AsyncSmsResource):
    """The ``sms`` operations (asynchronous)."""

    async def send_simple(  # type: ignore[override]
        self,
        text: str,
        recipients: Iterable[str | int] | None = None,
        *,
        line_number: str | int | None = None,
        selected_phone_books: Iterable[PhonebookSlice | Mapping[str, Any]] | None = None,
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
        selected_phone_books: Iterable[PhonebookSlice | Mapping[str, Any]] | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        chunk_size: int | None = None,
        skip_invalid: bool = False,
        on_progress: Callable[[int], None] | None = None,
    ) -> BulkSendResult:
        """The asynchronous :meth:`Sms.send_simple_bulk`; chunks are sent one after another."""
        plan = ChunkedSend(
            () if recipients is None else recipients,
            _chunk_size(self._args, chunk_size),
            skip_invalid=skip_invalid,
            on_progress=on_progress,
        )
        send = super().send_simple
        if selected_phone_books is not None:
            # The phonebook slices go in a request of their own, so a failure names them.
            slices = list(selected_phone_books)
            try:
                send_request_id = await send(
                    text,
                    line_number=line_number,
                    selected_phone_books=slices,
                    number_format=number_format,
                    schedule=schedule,
                )
            except InvalidArgumentError:
                raise
            except IranPayamakError as error:
                plan.failed([], error, slices)
            else:
                plan.sent([], send_request_id)
        for chunk in plan.chunks():
            try:
                send_request_id = await send(
                    text, line_number=line_number, recipients=chunk, number_format=number_format, schedule=schedule
                )
            except InvalidArgumentError as error:
                if not plan.attempted:
                    raise
                plan.failed(chunk, error)  # e.g. the schedule passed while earlier chunks were sent
            except IranPayamakError as error:
                plan.failed(chunk, error)
            else:
                plan.sent(chunk, send_request_id)
        return plan.outcome()

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
    ) -> list[PatternSendResult]:
        """The asynchronous :meth:`Sms.send_pattern_many`: at most ``concurrency`` requests in flight."""
        import anyio

        batch = _PatternBatch.check(
            self._args, code, recipients, attributes, concurrency, (line_number, number_format, schedule)
        )
        results: list[PatternSendResult] = [PatternSendResult(number) for number in batch.values]
        limiter = anyio.CapacityLimiter(batch.workers)

        async def send(index: int, number: str) -> None:
            async with limiter:
                try:
                    send_request_id = await self.send_pattern(
                        code,
                        number,
                        batch.values[number],
                        line_number=line_number,
                        number_format=number_format,
                        schedule=schedule,
                    )
                except IranPayamakError as error:
                    results[index] = PatternSendResult(number, error=error)
                else:
                    results[index] = PatternSendResult(number, send_request_id)

        async with anyio.create_task_group() as group:
            for index, number in enumerate(batch.values):
                group.start_soon(send, index, number)
        return results
