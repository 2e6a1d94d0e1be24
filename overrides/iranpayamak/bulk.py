"""Sending to many recipients: chunking, and results that account for every recipient.

``client.sms.send_simple`` sends one request per chunk of recipients and keeps going when a chunk
fails; ``client.sms.send_pattern_many`` sends one pattern per recipient with bounded concurrency and
never stops at the first failure. Either way every recipient ends up sent, not sent, or (when the
connection broke after the request left) uncertain, so a rerun of the ones not sent completes the job
without sending anything twice.

Example::

    try:
        ids = client.sms.send_simple(text, recipients=numbers)
    except BulkSendError as error:
        retry = error.result.unsent_recipients        # safe to send again
        check = error.result.uncertain_recipients     # look them up in the reports first
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from attrs import define, field, frozen

from ._arguments import iterable
from .errors import (
    APIConnectionError,
    AuthenticationError,
    BulkSendError,
    InvalidArgumentError,
    InvalidPhoneNumber,
    IranPayamakError,
    MissingAPIKeyError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
)
from .phone import Rejected, normalize_mobile

__all__ = [
    "BulkSendResult",
    "ChunkedSend",
    "FailedChunk",
    "PatternSendResult",
    "SentChunk",
    "chunked",
    "is_fatal",
    "may_have_been_sent",
    "mobiles_upfront",
]


T = TypeVar("T")


def chunked(values: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` values, read lazily."""
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk


def may_have_been_sent(error: BaseException) -> bool:
    """Whether a send that failed with ``error`` may still have been carried out by the service.

    True when the request may have arrived but its answer was lost or unreadable (a broken connection,
    a timeout after sending, an unreadable 2xx body) or when the service itself failed (5xx).
    """
    if isinstance(error, APIConnectionError):
        return error.may_have_reached_service
    return isinstance(error, ResponseParseError | ServerError)


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
    """A request that failed.

    Attributes:
        recipients: Its numbers, normalized.
        error: Why it failed.
        selected_phone_books: The phonebook slices it carried, if it was the phonebook request.
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

    Attributes:
        sent: The accepted requests, in order.
        failed: The failed requests, in order; chunks left unsent after an error that would repeat for
            every chunk (a bad key, an exhausted rate limit) are here too.
        invalid: Inputs skipped because they are not mobile numbers (with ``skip_invalid=True``).
    """

    sent: list[SentChunk] = field(factory=list)
    failed: list[FailedChunk] = field(factory=list)
    invalid: list[Rejected] = field(factory=list)

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
        """The phonebook slices of a failed phonebook request."""
        return [piece for chunk in self.failed for piece in chunk.selected_phone_books]

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
        error: The failure otherwise.
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


def is_fatal(error: IranPayamakError) -> bool:
    """Whether an error will repeat for every later request too, so sending the rest is pointless.

    A bad key or missing permission, a rate limit that outlasted the retries, and an argument that
    turned invalid (a schedule that has passed) all qualify.
    """
    return isinstance(
        error, AuthenticationError | PermissionDeniedError | MissingAPIKeyError | RateLimitError | InvalidArgumentError
    )


def mobiles_upfront(
    values: Iterable[str | int], field: str, *, skip_invalid: bool, invalid: list[Rejected]
) -> list[str]:
    """Every number normalized and checked, repeats dropped, before anything is sent."""
    numbers: dict[str, None] = {}
    for index, value in enumerate(iterable(values, field, expected=_NUMBERS)):
        try:
            numbers[normalize_mobile(value, field=f"{field}[{index}]")] = None
        except InvalidPhoneNumber as error:
            if not skip_invalid:
                raise
            invalid.append(Rejected(str(value), error.reason))
    return list(numbers)


_NUMBERS = "a list of numbers"


def _is_collection(values: object) -> bool:
    return isinstance(values, Collection) and not isinstance(values, str | bytes)


class ChunkedSend:
    """The bookkeeping of a chunked send, shared by the sync and async clients.

    A collection (list, tuple, set) is checked completely and its repeats dropped before anything is
    sent. Any other iterable (a generator reading a file) is read one chunk at a time, so memory stays
    flat however long it is; it is sent as given, and an invalid number stops it where it stands
    (unless ``skip_invalid``), the chunk being read then counted as not sent.

    The caller iterates :meth:`chunks`, sends each and reports the outcome with :meth:`sent` or
    :meth:`failed`. After an error that would repeat for every chunk, later chunks are not sent but
    recorded as failed with that error. ``on_progress`` is called with the size of every chunk once
    its outcome is known, sent or not.
    """

    def __init__(
        self,
        recipients: Iterable[str | int],
        size: int,
        *,
        skip_invalid: bool,
        on_progress: Callable[[int], None] | None = None,
    ) -> None:
        self.result = BulkSendResult()
        self._on_progress = on_progress
        self.stopped_by: InvalidPhoneNumber | None = None
        self.attempted = False
        self._size = size
        self._skip_invalid = skip_invalid
        self._fatal: IranPayamakError | None = None
        if _is_collection(recipients):
            self._source: Iterable[str | int] = mobiles_upfront(
                recipients, "recipients", skip_invalid=skip_invalid, invalid=self.result.invalid
            )
            self._checked = True
        else:
            self._source, self._checked = iterable(recipients, "recipients", expected=_NUMBERS), False

    def chunks(self) -> Iterator[list[str]]:
        """The chunks still to send."""
        chunk: list[str] = []
        for index, value in enumerate(self._source):
            if self._checked:
                chunk.append(str(value))
            else:
                try:
                    chunk.append(normalize_mobile(value, field=f"recipients[{index}]"))
                except InvalidPhoneNumber as error:
                    if self._skip_invalid:
                        self.result.invalid.append(Rejected(str(value), error.reason))
                        continue
                    self.stopped_by = error
                    if chunk:
                        self._record(FailedChunk(chunk, error))
                    return
            if len(chunk) == self._size:
                yield from self._release(chunk)
                chunk = []
        if chunk:
            yield from self._release(chunk)

    def _release(self, chunk: list[str]) -> Iterator[list[str]]:
        if self._fatal is not None:
            self._record(FailedChunk(chunk, self._fatal))
        else:
            yield chunk

    def sent(self, chunk: list[str], send_request_id: int) -> None:
        """Record an accepted request."""
        self.attempted = True
        self.result.sent.append(SentChunk(send_request_id, len(chunk)))
        self._progress(len(chunk))

    def failed(self, chunk: list[str], error: IranPayamakError, phone_books: list[Any] | None = None) -> None:
        """Record a failed request (a chunk, or the phonebook request with its slices)."""
        self.attempted = True
        self._record(FailedChunk(chunk, error, phone_books or []))
        if is_fatal(error):
            self._fatal = error

    def _record(self, failure: FailedChunk) -> None:
        self.result.failed.append(failure)
        self._progress(len(failure.recipients))

    def _progress(self, size: int) -> None:
        if self._on_progress is not None and size:
            self._on_progress(size)

    def outcome(self) -> BulkSendResult:
        """The result; or the error of a send that could not start, or of a stream that hit an invalid number.

        Raises:
            InvalidPhoneNumber: The invalid number came before any request.
            BulkSendError: It came after some requests; the error carries the result.
            InvalidArgumentError: There was no one to send to.
        """
        if self.stopped_by is not None:
            if not self.attempted:
                raise self.stopped_by
            raise BulkSendError(
                f"Stopped at an invalid number after {len(self.result.sent)} requests were sent: {self.stopped_by}",
                result=self.result,
            ) from self.stopped_by
        if not self.attempted:
            raise InvalidArgumentError("recipients: no recipients to send to", field="recipients", reason="empty")
        return self.result
