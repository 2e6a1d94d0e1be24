"""Sending to many recipients: chunking, and results that account for every recipient.

``client.sms.send_simple`` sends one request per chunk of recipients and keeps going when a chunk
fails; ``client.sms.send_pattern_many`` sends one pattern per recipient with bounded concurrency and
never stops at the first failure. Either way every recipient ends up sent, not sent, or (when the
connection broke after the request left) uncertain, so a rerun of the ones not sent completes the job
without sending anything twice.

The same holds when something stops a send half-way:

- an exception raised by the recipients iterable (a generator reading a file), by ``on_progress``, or
  anything unexpected while a request was in flight becomes a :class:`~iranpayamak.errors.BulkSendError`
  whose ``result`` says who was sent, with the original exception as its ``__cause__``;
- ``KeyboardInterrupt``, a cancellation (``asyncio.CancelledError``, so also ``asyncio.timeout``) and
  ``SystemExit`` are re-raised as themselves, never swallowed, with the partial result attached and a
  note summarising it; :func:`result_of` finds it on them, and on whatever they were turned into.

In such a result, the request that was in flight "may have been sent" (its recipients are
``uncertain_recipients``) and, for a list of recipients, the numbers never reached are
``unsent_recipients``. A generator is not read further after an interruption: ``result.complete`` is
then False and ``result.inputs_read`` says how many of its items were taken.

Example::

    try:
        ids = client.sms.send_simple(text, recipients=numbers)
    except BulkSendError as error:
        retry = error.result.unsent_recipients        # safe to send again
        check = error.result.uncertain_recipients     # look them up in the reports first
    except KeyboardInterrupt as interrupt:
        save(result_of(interrupt).unsent_recipients)
        raise
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Collection, Iterable, Iterator
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, cast

from attrs import define, field, frozen

from ._arguments import each, iterable
from .errors import BulkSendError, InvalidArgumentError, InvalidPhoneNumber, IranPayamakError, SendInterruptedError
from .outcomes import is_fatal, may_have_been_sent
from .phone import Rejected, normalize_mobile

if TYPE_CHECKING:
    from anyio.abc import TaskGroup

__all__ = [
    "BulkSendResult",
    "Chunk",
    "ChunkedSend",
    "FailedChunk",
    "PatternSendResult",
    "PatternSendResults",
    "PatternSends",
    "SentChunk",
    "chunked",
    "is_fatal",
    "may_have_been_sent",
    "mobiles_upfront",
    "result_of",
]


T = TypeVar("T")


def chunked(values: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` values, read lazily."""
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk


@frozen
class SentChunk:
    """A request the service accepted.

    Attributes:
        send_request_id: The id of its send request.
        size: How many numbers it held (recipients chosen by phonebook slices are not counted).
    """

    send_request_id: int
    size: int


@frozen
class FailedChunk:
    """A request that failed, or that a stop left unmade.

    Attributes:
        recipients: Its numbers, normalized.
        error: Why it failed; a :class:`~iranpayamak.errors.SendInterruptedError` when an interruption
            left it in flight or unmade.
        selected_phone_books: The phonebook slices it carried, if it was the first request.
    """

    recipients: list[str]
    error: IranPayamakError
    selected_phone_books: list[Any] = field(factory=list)

    @property
    def maybe_sent(self) -> bool:
        """Whether the service may have sent it anyway (see :func:`may_have_been_sent`)."""
        return may_have_been_sent(self.error)


@define
class BulkSendResult:
    """What a chunked send did with every recipient.

    Every distinct valid number read from the input is in exactly one of: a sent request (counted by
    ``sent_count``), ``unsent_recipients`` or ``uncertain_recipients``.

    Attributes:
        sent: The accepted requests, in order.
        failed: The failed requests, in order; chunks left unsent after an error that would repeat for
            every chunk (a bad key, an exhausted rate limit, an invalid number in a stream) or by an
            interruption are here too.
        invalid: Inputs that are not mobile numbers: the ones skipped (``skip_invalid=True``), or the
            one that stopped a streamed send and every later one.
        complete: False when the recipients were not read to their end (an interruption, or an
            exception they raised, stopped the reading): items after the first ``inputs_read`` were
            neither read nor sent.
        inputs_read: How many items were taken from the recipients (repeats and invalid ones included).
    """

    sent: list[SentChunk] = field(factory=list)
    failed: list[FailedChunk] = field(factory=list)
    invalid: list[Rejected] = field(factory=list)
    complete: bool = True
    inputs_read: int = 0

    @property
    def send_request_ids(self) -> list[int]:
        """The ids of the accepted requests."""
        return [chunk.send_request_id for chunk in self.sent]

    @property
    def sent_count(self) -> int:
        """How many numbers the accepted requests held."""
        return sum(chunk.size for chunk in self.sent)

    @property
    def failed_recipients(self) -> list[str]:
        """Every number of a failed request (unsent and uncertain together)."""
        return [number for chunk in self.failed for number in chunk.recipients]

    @property
    def unsent_recipients(self) -> list[str]:
        """Numbers the service certainly did not send: safe to send again."""
        return [number for chunk in self.failed if not chunk.maybe_sent for number in chunk.recipients]

    @property
    def uncertain_recipients(self) -> list[str]:
        """Numbers whose request may have been carried out: check the send-request reports first."""
        return [number for chunk in self.failed if chunk.maybe_sent for number in chunk.recipients]

    @property
    def failed_phone_books(self) -> list[Any]:
        """The phonebook slices of a failed first request."""
        return [piece for chunk in self.failed for piece in chunk.selected_phone_books]

    def summary(self) -> str:
        """One line: how many recipients were sent, may have been sent, and were not sent."""
        text = (
            f"{self.sent_count} sent, {len(self.uncertain_recipients)} may have been sent, "
            f"{len(self.unsent_recipients)} not sent"
        )
        if self.invalid:
            text += f", {len(self.invalid)} invalid"
        if not self.complete:
            text += f"; the input was not read after its first {self.inputs_read} items"
        return text

    def raise_for_failures(self) -> list[int]:
        """The send request ids, or ``BulkSendError`` carrying this result when any request failed."""
        if self.failed:
            first = self.failed[0].error
            raise BulkSendError(
                f"{len(self.failed)} of {len(self.failed) + len(self.sent)} requests failed "
                f"({len(self.unsent_recipients)} recipients not sent, {len(self.uncertain_recipients)} "
                f"uncertain; first error: {first})",
                result=self,
            )
        return self.send_request_ids


@frozen
class PatternSendResult:
    """The outcome of one recipient of ``send_pattern_many``.

    Attributes:
        recipient: The number, normalized.
        send_request_id: The send request id when the service accepted it.
        error: The failure otherwise (a :class:`~iranpayamak.errors.SendInterruptedError` when an
            interruption left it in flight or unsent).
    """

    recipient: str
    send_request_id: int | None = None
    error: IranPayamakError | None = None

    @property
    def ok(self) -> bool:
        """Whether the service accepted this recipient's message."""
        return self.error is None

    @property
    def maybe_sent(self) -> bool:
        """Whether a failed message may have been sent anyway (see :func:`may_have_been_sent`)."""
        return self.error is not None and may_have_been_sent(self.error)


class PatternSendResults(list[PatternSendResult]):
    """The results of ``send_pattern_many``: a list with one result per recipient, in input order."""

    @property
    def send_request_ids(self) -> list[int]:
        """The ids of the accepted sends."""
        return [result.send_request_id for result in self if result.send_request_id is not None]

    @property
    def sent_recipients(self) -> list[str]:
        """Numbers the service accepted."""
        return [result.recipient for result in self if result.ok]

    @property
    def unsent_recipients(self) -> list[str]:
        """Numbers the service certainly did not send: safe to send again."""
        return [result.recipient for result in self if not result.ok and not result.maybe_sent]

    @property
    def uncertain_recipients(self) -> list[str]:
        """Numbers whose send may have been carried out: check the send-request reports first."""
        return [result.recipient for result in self if result.maybe_sent]

    def summary(self) -> str:
        """One line: how many recipients were sent, may have been sent, and were not sent."""
        return (
            f"{len(self.sent_recipients)} sent, {len(self.uncertain_recipients)} may have been sent, "
            f"{len(self.unsent_recipients)} not sent"
        )


def mobiles_upfront(
    values: Iterable[str | int], field: str, *, skip_invalid: bool, invalid: list[Rejected]
) -> list[str]:
    """Every number normalized and checked, repeats dropped, before anything is sent."""
    numbers: dict[str, None] = {}
    for index, value in enumerate(each(values, field, expected=_NUMBERS)):
        try:
            numbers[normalize_mobile(value, field=f"{field}[{index}]")] = None
        except InvalidPhoneNumber as error:
            if not skip_invalid:
                raise
            invalid.append(Rejected.of(value, error.reason))
    return list(numbers)


_NUMBERS = "a list of numbers"

_RESULT = "iranpayamak_bulk_result"
"""The attribute that carries the partial result on an exception re-raised as itself."""


def result_of(error: BaseException) -> BulkSendResult | PatternSendResults | None:
    """The partial result of the bulk send that ``error`` stopped, or None if it stopped none.

    Found on a ``BulkSendError``, on a ``KeyboardInterrupt``, cancellation or ``SystemExit`` a bulk send
    re-raised, and on any exception that one caused or was raised while handling it (``__cause__``,
    ``__context__``, members of exception groups): the ``TimeoutError`` of ``asyncio.timeout``, the
    ``KeyboardInterrupt`` ``asyncio.run`` raises after cancelling its task on Ctrl-C.

    Example::

        try:
            client.sms.send_simple(text, recipients=numbers)
        except BaseException as error:
            if (result := result_of(error)) is not None:
                save(result.unsent_recipients)
            raise
    """
    pending, seen = [error], set()
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        found = current.result if isinstance(current, BulkSendError) else getattr(current, _RESULT, None)
        if isinstance(found, BulkSendResult | PatternSendResults):
            return found
        pending += [linked for linked in (current.__cause__, current.__context__) if linked is not None]
        if isinstance(current, BaseExceptionGroup):
            pending += current.exceptions
    return None


def _raise_stopped(error: BaseException, result: BulkSendResult | PatternSendResults) -> NoReturn:
    """Raise for ``error``, which stopped a bulk send, so that ``result`` is reachable from what is raised.

    An ordinary exception becomes a ``BulkSendError`` caused by it. Anything else (``KeyboardInterrupt``,
    a cancellation, ``SystemExit``) must reach the caller as itself: it gets the result and a note.
    """
    if isinstance(error, Exception):
        raise BulkSendError(
            f"The bulk send stopped at an unexpected {type(error).__name__}: {_text_of(error)} ({result.summary()})",
            result=result,
        ) from error
    setattr(error, _RESULT, result)
    error.add_note(
        f"iranpayamak: the bulk send stopped here ({result.summary()}); "
        "iranpayamak.bulk.result_of(error) lists who was sent"
    )
    raise error


def _text_of(error: BaseException) -> str:
    # The caller's exception may be anything, even one whose str() fails: that must not lose the result.
    try:
        return str(error)
    except Exception:
        return "(its message cannot be shown)"


def _interrupted(interruption: str, *, in_flight: bool) -> SendInterruptedError:
    if in_flight:
        return SendInterruptedError(
            f"{interruption} stopped the send while this request was in flight: it may have been sent",
            may_have_reached_service=True,
            interruption=interruption,
        )
    return SendInterruptedError(
        f"{interruption} stopped the send before this request: not sent",
        may_have_reached_service=False,
        interruption=interruption,
    )


def _is_collection(values: object) -> bool:
    return isinstance(values, Collection) and not isinstance(values, str | bytes)


class _SeenNumbers:
    """The numbers a stream has yielded so far, to drop repeats without holding every one as a string.

    A set for the first 65,536 numbers; past that, one bit per possible number, in 8 KiB blocks of
    65,536 numbers allocated as numbers fall in them: about 1.2 MiB per prefix such as ``0912``
    however many numbers share it, and at most 120 MiB (every ``09xxxxxxxxx`` at once).
    """

    _SET_LIMIT = 1 << 16

    def __init__(self) -> None:
        self._set: set[int] | None = set()
        self._blocks: dict[int, bytearray] = {}

    def add(self, number: str) -> bool:
        """Remember ``number`` (normalized); whether it was new."""
        key = int(number)
        if self._set is not None:
            if key in self._set:
                return False
            self._set.add(key)
            if len(self._set) > self._SET_LIMIT:
                for known in self._set:
                    self._mark(known)
                self._set = None
            return True
        return self._mark(key)

    def _mark(self, key: int) -> bool:
        blocks, index = self._blocks, key >> 16  # blocks of 65,536 numbers, 8 KiB each
        block = blocks.get(index)
        if block is None:
            block = blocks[index] = bytearray(8192)
        offset = key & 0xFFFF
        byte, bit = offset >> 3, 1 << (offset & 7)
        if block[byte] & bit:
            return False
        block[byte] |= bit
        return True


@frozen
class Chunk:
    """The recipients of one request: numbers, and the phonebook slices that go with the first."""

    recipients: list[str]
    phone_books: list[Any] = field(factory=list)


class ChunkedSend:
    """The bookkeeping of a chunked send, shared by the sync and async clients.

    A collection (list, tuple, set) is checked completely and its repeats dropped before anything is
    sent. Any other iterable (a generator reading a file) is read one chunk at a time, its repeats
    dropped as they come (see :class:`_SeenNumbers` for the memory that takes). An invalid number in
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
        """Send each chunk with ``request`` and record its outcome; the result (see :meth:`_outcome`)."""
        with self._stops():
            for chunk in self._chunks():
                try:
                    send_request_id = request(chunk)
                except IranPayamakError as error:
                    self._answered(chunk, error=error)
                else:
                    self._answered(chunk, send_request_id)
            return self._outcome()

    async def send_async(self, request: Callable[[Chunk], Awaitable[int]]) -> BulkSendResult:
        """:meth:`send` with an asynchronous ``request``; chunks are sent one after another."""
        with self._stops():
            for chunk in self._chunks():
                try:
                    send_request_id = await request(chunk)
                except IranPayamakError as error:
                    self._answered(chunk, error=error)
                else:
                    self._answered(chunk, send_request_id)
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
            _raise_stopped(error, self.result)

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
                error = _interrupted(interruption, in_flight=True)
                self.result.failed.append(FailedChunk(chunk.recipients, error, chunk.phone_books))
            if chunk.phone_books:
                self._phone_books = []
        waiting = [*self._waiting, *self._listed_numbers[self._next :]]
        left = [number for number in waiting if number not in accounted]
        self._waiting, self._listed_numbers = [], []
        if left or self._phone_books:
            error = _interrupted(interruption, in_flight=False)
            books, self._phone_books = self._phone_books, []
            for index, numbers in enumerate(chunked(left, self._size) if left else iter([[]])):
                self.result.failed.append(FailedChunk(numbers, error, books if index == 0 else []))
        if not self._exhausted:
            self.result.complete = False

    def _chunks(self) -> Iterator[Chunk]:
        if _is_collection(self._recipients):
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
        seen = _SeenNumbers()
        for value in iterable(self._recipients, "recipients", expected=_NUMBERS):
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

    def _answered(self, chunk: Chunk, send_request_id: int = 0, *, error: IranPayamakError | None = None) -> None:
        # Recorded before it stops being in flight (see _leave).
        if error is None:
            self.attempted = True
            self.result.sent.append(SentChunk(send_request_id, len(chunk.recipients)))
            self._in_flight = None
            self._progress(len(chunk.recipients))
            return
        if isinstance(error, InvalidArgumentError) and not self.attempted:
            self._in_flight = None
            raise error  # the first request was refused before it was sent
        self.attempted = True
        self.result.failed.append(FailedChunk(chunk.recipients, error, chunk.phone_books))
        self._in_flight = None
        self._progress(len(chunk.recipients))
        if is_fatal(error) and self._fatal is None:
            self._fatal = error

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


class PatternSends:
    """The bookkeeping of ``send_pattern_many``, shared by the sync and async clients.

    Each recipient is waiting, in flight or answered. The first interruption (``KeyboardInterrupt``, a
    cancellation, an unexpected exception) stops the batch: nothing more is started, and the results
    then show the recipients in flight as "may have been sent" and the ones never started as not sent
    (see the module documentation for what is raised).
    """

    def __init__(self, recipients: Iterable[str]) -> None:
        self._lock = threading.Lock()
        self._answers: dict[str, PatternSendResult | None] = dict.fromkeys(recipients)
        self._in_flight: set[str] = set()
        self._stopped_by: BaseException | None = None

    def send(self, request: Callable[[str], int], workers: int) -> PatternSendResults:
        """Send to each recipient with ``request``, ``workers`` threads at a time; one result each, in order."""

        def one(number: str) -> None:
            if not self._start(number):
                return
            try:
                send_request_id = request(number)
            except IranPayamakError as error:
                self._answered(number, error=error)
            except BaseException as error:
                self._stop(error)  # at once, before the other workers start more sends
                raise
            else:
                self._answered(number, send_request_id)

        pool = ThreadPoolExecutor(max_workers=max(1, min(workers, len(self._answers))))
        try:
            futures = [pool.submit(one, number) for number in self._answers]
            wait(futures, return_when=FIRST_EXCEPTION)
            for future in futures:
                if future.done() and (raised := future.exception()) is not None:
                    raise raised
        except BaseException as error:
            self._stop(error)
            # Sends in flight finish in their threads; waiting for them would hold up Ctrl-C.
            pool.shutdown(wait=False, cancel_futures=True)
            _raise_stopped(error, self.results())
        pool.shutdown()
        return self.results()

    async def send_async(self, request: Callable[[str], Awaitable[int]], workers: int) -> PatternSendResults:
        """:meth:`send` with an asynchronous ``request``: at most ``workers`` in flight."""
        import anyio

        limiter = anyio.CapacityLimiter(workers)
        cancelled = anyio.get_cancelled_exc_class()

        async def one(number: str, group: TaskGroup) -> None:
            async with limiter:
                if not self._start(number):
                    return
                try:
                    send_request_id = await request(number)
                except IranPayamakError as error:
                    self._answered(number, error=error)
                except cancelled:
                    raise  # left in flight: it may have been sent
                except BaseException as error:
                    # Kept out of the task group (which would wrap it, or let asyncio raise a
                    # KeyboardInterrupt past it); raised below once the other sends have stopped.
                    self._stop(error)
                    group.cancel_scope.cancel()
                else:
                    self._answered(number, send_request_id)

        try:
            async with anyio.create_task_group() as group:
                for number in self._answers:
                    group.start_soon(one, number, group)
        except BaseException as error:
            self._stop(error)
            _raise_stopped(error, self.results())
        if self._stopped_by is not None:
            _raise_stopped(self._stopped_by, self.results())
        return self.results()

    def _start(self, number: str) -> bool:
        with self._lock:
            if self._stopped_by is not None:
                return False
            self._in_flight.add(number)
            return True

    def _answered(
        self, number: str, send_request_id: int | None = None, *, error: IranPayamakError | None = None
    ) -> None:
        answer = PatternSendResult(number, send_request_id, error)
        with self._lock:
            self._answers[number] = answer  # answered before it stops being in flight: never neither
            self._in_flight.discard(number)

    def _stop(self, error: BaseException) -> None:
        with self._lock:
            if self._stopped_by is None:
                self._stopped_by = error

    def results(self) -> PatternSendResults:
        """One result per recipient, in order, as things stand."""
        with self._lock:
            interruption = type(self._stopped_by).__name__
            return PatternSendResults(
                answer
                if answer is not None
                else PatternSendResult(number, error=_interrupted(interruption, in_flight=number in self._in_flight))
                for number, answer in self._answers.items()
            )
