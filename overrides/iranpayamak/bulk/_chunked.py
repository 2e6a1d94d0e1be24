"""The chunked send of ``client.sms.send_simple``: one request per chunk of recipients."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from attrs import field, frozen

from .._arguments import iterable
from ..errors import BulkSendError, InvalidArgumentError, InvalidPhoneNumber, IranPayamakError
from ..outcomes import is_fatal
from ..phone import Rejected, normalize_mobile
from ._recipients import NUMBERS, SeenNumbers, chunked, is_collection, mobiles_upfront
from ._results import BulkSendResult, FailedChunk, SentChunk
from ._steps import Flow, answer_to, run, run_async
from ._stops import interrupted, raise_stopped

__all__ = ["Chunk", "ChunkedSend"]


@frozen
class Chunk:
    """The recipients of one request: numbers, and the phonebook slices that go with the first."""

    recipients: list[str]
    phone_books: list[Any] = field(factory=list)


class ChunkedSend:
    """The bookkeeping of a chunked send, shared by the sync and async clients.

    A collection (list, tuple, set) is checked completely and its repeats dropped before anything is
    sent. Any other iterable (a generator reading a file) is read one chunk at a time, its repeats
    dropped as they come (see :class:`SeenNumbers` for the memory that takes). An invalid number in
    it (unless ``skip_invalid``) raises before the first request; after that it stops the sending,
    and the rest of the stream is read so that every later number is listed as not sent.

    ``phone_books`` go in the first request, with the first chunk of numbers: the service then builds
    one list of recipients from both. So that no number gets a message from two requests, the numbers
    must then fit in that one request: more than ``size`` is refused before anything is sent.

    After an error that would repeat for every chunk, later chunks are not sent but recorded as
    failed with that error. ``on_progress`` is called with the size of every chunk once its outcome is
    known, sent or not (not for those an interruption leaves). See the module documentation for what
    an interruption does.
    """

    def __init__(
        self,
        recipients: Iterable[str | int],
        size: int,
        *,
        skip_invalid: bool,
        on_progress: Callable[[int], None] | None = None,
        phone_books: list[Any] | None = None,
    ) -> None:
        self.result = BulkSendResult()
        self.attempted = False
        """Whether a request has been made (accepted or not)."""
        self._recipients = recipients
        self._size = size
        self._skip_invalid = skip_invalid
        self._on_progress = on_progress
        self._phone_books = list(phone_books or [])
        self._fatal: IranPayamakError | None = None
        self._stopped_by: InvalidPhoneNumber | None = None
        self._in_flight: tuple[Chunk, int] | None = None
        """The chunk being sent, and how many chunks had been recorded when it was handed out."""
        self._waiting: list[str] = []
        """Numbers of a stream read but not yet handed out as a chunk."""
        self._listed_numbers: list[str] = []
        self._next = 0
        """Where the next chunk of a list starts."""
        self._exhausted = False
        """Whether the recipients have been read to their end."""

    def send(self, request: Callable[[Chunk], int]) -> BulkSendResult:
        """Send each chunk with ``request`` (see :meth:`_flow`): the sync shell."""
        with self._stops():
            return run(self._flow(), request)

    async def send_async(self, request: Callable[[Chunk], Awaitable[int]]) -> BulkSendResult:
        """Send each chunk with an asynchronous ``request``, one after another (see :meth:`_flow`): the async shell."""
        with self._stops():
            return await run_async(self._flow(), request)

    def _flow(self) -> Flow[Chunk, BulkSendResult]:
        """The send, written once for both clients: yields each chunk to send, and is sent its send request id
        or has its error thrown in; returns the result (see :meth:`_outcome`).

        Run it inside :meth:`_stops` (as :meth:`send` and :meth:`send_async` do), which turns whatever
        stops it, in the flow or in the shell around it, into the documented errors.
        """
        for chunk in self._chunks():
            self._answered(chunk, (yield from answer_to(chunk)))
        return self._outcome()

    @contextmanager
    def _stops(self) -> Iterator[None]:
        # Around the outcome too, so that an interruption while it is worked out still carries the result.
        try:
            yield
        except BulkSendError:
            raise  # the outcome itself: it carries the result
        except BaseException as error:
            if isinstance(error, InvalidArgumentError) and not self.attempted:
                raise  # refused before any request (an invalid number, a bad argument): nothing was sent
            self._leave(type(error).__name__)
            raise_stopped(error, self.result)

    def _recorded(self) -> int:
        return len(self.result.sent) + len(self.result.failed)

    def _leave(self, interruption: str) -> None:
        """Record what an interruption left: the request in flight, and the numbers never sent.

        An interruption may land between any two steps of the bookkeeping, which is ordered so that a
        number is always somewhere: a chunk is put in flight before it leaves the waiting numbers, and
        recorded before it stops being in flight. So what is in flight and already recorded is not
        recorded again, and a waiting number in flight or recorded is not listed as never sent.
        """
        flight, self._in_flight = self._in_flight, None
        accounted = {number for chunk in self.result.failed for number in chunk.recipients}
        if flight is not None:
            chunk, recorded_before = flight
            accounted.update(chunk.recipients)
            if self._recorded() == recorded_before:  # not answered yet: it may have been sent
                self.attempted = True
                error = interrupted(interruption, in_flight=True)
                self.result.failed.append(FailedChunk(chunk.recipients, error, chunk.phone_books))
            if chunk.phone_books:
                self._phone_books = []
        waiting = [*self._waiting, *self._listed_numbers[self._next :]]
        left = [number for number in waiting if number not in accounted]
        self._waiting, self._listed_numbers = [], []
        if left or self._phone_books:
            error = interrupted(interruption, in_flight=False)
            books, self._phone_books = self._phone_books, []
            for index, numbers in enumerate(chunked(left, self._size) if left else iter([[]])):
                self.result.failed.append(FailedChunk(numbers, error, books if index == 0 else []))
        if not self._exhausted:
            self.result.complete = False

    def _chunks(self) -> Iterator[Chunk]:
        if is_collection(self._recipients):
            yield from self._listed()
        else:
            yield from self._streamed_chunks()

    def _listed(self) -> Iterator[Chunk]:
        numbers_given = cast(Collection[Any], self._recipients)
        numbers = mobiles_upfront(
            self._recipients, "recipients", skip_invalid=self._skip_invalid, invalid=self.result.invalid
        )
        if self._phone_books and len(numbers) > self._size:
            raise self._too_many_for_phone_books()
        # In one statement: the numbers are listed (waiting) from the moment the list counts as read.
        self._listed_numbers, self.result.inputs_read, self._exhausted = numbers, len(numbers_given), True
        if not numbers and self._phone_books:
            yield from self._release([], resume=0)
        while self._next < len(numbers):
            end = self._next + self._size
            yield from self._release(numbers[self._next : end], resume=end)

    def _streamed_chunks(self) -> Iterator[Chunk]:
        seen = SeenNumbers()
        for value in iterable(self._recipients, "recipients", expected=NUMBERS):
            # An item counts as read once it is placed (rejected, dropped as a repeat, or waiting): an
            # interruption before that leaves it to be read again, not lost.
            index = self.result.inputs_read
            try:
                number = normalize_mobile(value, field=f"recipients[{index}]")
            except InvalidPhoneNumber as error:
                self._rejected(value, error)
                self.result.inputs_read = index + 1
                continue
            if seen.add(number):
                self._waiting.append(number)
            self.result.inputs_read = index + 1
            if self._phone_books and len(self._waiting) > self._size:
                raise self._too_many_for_phone_books()
            if len(self._waiting) == self._size and not self._phone_books:
                yield from self._release(list(self._waiting), resume=0)
        self._exhausted = True
        if self._waiting or self._phone_books:
            yield from self._release(list(self._waiting), resume=0)

    def _rejected(self, value: object, error: InvalidPhoneNumber) -> None:
        if not self._skip_invalid and not self.attempted:
            raise error  # nothing was sent yet: the caller fixes the input
        self.result.invalid.append(Rejected.of(value, error.reason))
        if not self._skip_invalid and self._fatal is None:
            # Sending stops here; the rest of the stream is still read, to list who was not sent.
            self._stopped_by = self._fatal = error

    def _too_many_for_phone_books(self) -> InvalidArgumentError:
        return InvalidArgumentError(
            f"selected_phone_books: go in one request with the numbers, so that a number in both gets one "
            f"message; more than {self._size} numbers (chunk_size) need more than one request. Pass a larger "
            "chunk_size, or send the phonebooks on their own (a number also in them then gets two messages)",
            field="selected_phone_books",
            reason="too many recipients to go with phonebooks",
        )

    def _release(self, numbers: list[str], *, resume: int) -> Iterator[Chunk]:
        """Hand out ``numbers`` as the next chunk, then take them out of the waiting ones (the stream's
        waiting list, or the list of numbers up to ``resume``)."""
        chunk = Chunk(numbers, self._phone_books)
        if self._fatal is not None:
            self._record(FailedChunk(chunk.recipients, self._fatal, chunk.phone_books))
            self._forget(chunk, resume)
            return
        self._in_flight = (chunk, self._recorded())
        self._forget(chunk, resume)
        yield chunk

    def _forget(self, chunk: Chunk, resume: int) -> None:
        self._phone_books = []
        if self._listed_numbers:
            self._next = resume
        else:
            self._waiting = []

    def _answered(self, chunk: Chunk, answer: int | IranPayamakError) -> None:
        # Recorded before it stops being in flight (see _leave).
        if not isinstance(answer, IranPayamakError):
            self.attempted = True
            self.result.sent.append(SentChunk(answer, len(chunk.recipients)))
            self._in_flight = None
            self._progress(len(chunk.recipients))
            return
        if isinstance(answer, InvalidArgumentError) and not self.attempted:
            self._in_flight = None
            raise answer  # the first request was refused before it was sent
        self.attempted = True
        self.result.failed.append(FailedChunk(chunk.recipients, answer, chunk.phone_books))
        self._in_flight = None
        self._progress(len(chunk.recipients))
        if is_fatal(answer) and self._fatal is None:
            self._fatal = answer

    def _record(self, failure: FailedChunk) -> None:
        self.result.failed.append(failure)
        self._progress(len(failure.recipients))

    def _progress(self, size: int) -> None:
        if self._on_progress is not None and size:
            self._on_progress(size)

    def _outcome(self) -> BulkSendResult:
        """The result; or the error of a send that could not start, or of a stream that hit an invalid number.

        Raises:
            BulkSendError: A stream met an invalid number after some requests; the error carries the
                result, with every later number as not sent, and the invalid number as its cause.
            InvalidArgumentError: There was no one to send to.
        """
        if self._stopped_by is not None:
            raise BulkSendError(
                f"Stopped at an invalid number after {len(self.result.sent)} requests were sent: "
                f"{self._stopped_by} ({self.result.summary()})",
                result=self.result,
            ) from self._stopped_by
        if not self.attempted:
            raise InvalidArgumentError("recipients: no recipients to send to", field="recipients", reason="empty")
        return self.result
