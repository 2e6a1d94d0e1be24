"""Sending to many recipients: chunking, and results that account for every recipient.

``client.sms.send_simple`` sends one request per chunk of recipients and keeps going when a chunk
fails; ``client.sms.send_pattern_many`` sends one pattern per recipient with bounded concurrency and
never stops at the first failure. Either way every recipient ends up either sent or failed with its
error, so a rerun of only the failures completes the job.

Example::

    try:
        ids = client.sms.send_simple(text, recipients=numbers)
    except BulkSendError as error:
        retry = error.result.failed_recipients       # send these again later
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from attrs import define, field, frozen

from .errors import (
    AuthenticationError,
    BulkSendError,
    InvalidPhoneNumber,
    IranPayamakError,
    MissingAPIKeyError,
    PermissionDeniedError,
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
    "mobiles_for_sending",
]


@frozen
class SentChunk:
    """A chunk the service accepted.

    Attributes:
        send_request_id: The id of its send request.
        size: How many numbers it held (recipients chosen by phonebook slices are not counted).
    """

    send_request_id: int
    size: int


@frozen
class FailedChunk:
    """A chunk that was not sent, or may not have been.

    Attributes:
        recipients: Its numbers, normalized; send them again to finish the job.
        error: Why it failed. After an ``APIConnectionError`` or ``ResponseParseError`` the service
            may have accepted the chunk anyway: check ``client.reports.send_requests()`` first.
    """

    recipients: list[str]
    error: IranPayamakError


@define
class BulkSendResult:
    """What a chunked send did with every recipient.

    Attributes:
        sent: The accepted chunks, in order.
        failed: The chunks that failed, in order.
        invalid: Inputs skipped because they are not mobile numbers (with ``skip_invalid=True``).
    """

    sent: list[SentChunk] = field(factory=list)
    failed: list[FailedChunk] = field(factory=list)
    invalid: list[Rejected] = field(factory=list)

    @property
    def send_request_ids(self) -> list[int]:
        """The ids of the accepted chunks."""
        return [chunk.send_request_id for chunk in self.sent]

    @property
    def failed_recipients(self) -> list[str]:
        """Every recipient of a failed chunk, to send again."""
        return [number for chunk in self.failed for number in chunk.recipients]

    @property
    def sent_count(self) -> int:
        """How many recipients the accepted chunks held."""
        return sum(chunk.size for chunk in self.sent)

    def raise_for_failures(self) -> list[int]:
        """The send request ids, or ``BulkSendError`` carrying this result when any chunk failed."""
        if self.failed:
            first = self.failed[0].error
            raise BulkSendError(
                f"{len(self.failed)} of {len(self.failed) + len(self.sent)} chunks failed "
                f"({len(self.failed_recipients)} recipients; first error: {first})",
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


class ChunkedSend:
    """The bookkeeping of a chunked send, shared by the sync and async clients.

    The caller iterates :meth:`chunks`, sends each chunk and reports the outcome with :meth:`sent` or
    :meth:`failed`. After an error that would repeat for every chunk (a bad key), the remaining
    chunks are not sent but recorded as failed with that error, so every recipient is accounted for.
    """

    def __init__(self, recipients: Iterable[str | int], size: int, *, skip_invalid: bool) -> None:
        self.result = BulkSendResult()
        self._numbers = mobiles_for_sending(
            recipients, "recipients", skip_invalid=skip_invalid, invalid=self.result.invalid
        )
        self._size = size
        self._fatal: IranPayamakError | None = None
        self.first = True

    def chunks(self) -> Iterator[list[str]]:
        """The chunks still to send."""
        for chunk in chunked(self._numbers, self._size):
            if self._fatal is not None:
                self.result.failed.append(FailedChunk(chunk, self._fatal))
                continue
            yield chunk
            self.first = False

    def sent(self, chunk: list[str], send_request_id: int) -> None:
        """Record an accepted chunk."""
        self.result.sent.append(SentChunk(send_request_id, len(chunk)))

    def failed(self, chunk: list[str], error: IranPayamakError) -> None:
        """Record a failed chunk."""
        self.result.failed.append(FailedChunk(chunk, error))
        if is_fatal(error):
            self._fatal = error

    def stopped(self, error: InvalidPhoneNumber) -> BulkSendError | InvalidPhoneNumber:
        """The error to raise when a streamed list hits an invalid number."""
        if not self.result.sent and not self.result.failed:
            return error
        return BulkSendError(
            f"Stopped at an invalid number after {len(self.result.sent)} chunks were sent: {error}", result=self.result
        )


def is_fatal(error: IranPayamakError) -> bool:
    """Whether an error will repeat for every other chunk too, so sending the rest is pointless."""
    return isinstance(error, AuthenticationError | PermissionDeniedError | MissingAPIKeyError)


def chunked(values: Iterable[str], size: int) -> Iterator[list[str]]:
    """Consecutive lists of at most ``size`` values, read lazily."""
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk


def mobiles_for_sending(
    values: Iterable[str | int], field: str, *, skip_invalid: bool, invalid: list[Rejected]
) -> Iterator[str]:
    """Normalized numbers to send, each once.

    A list or tuple is checked completely, and repeats dropped, before the first number is yielded, so
    an invalid number fails before anything is sent. Any other iterable (a generator reading a file)
    is read lazily so that memory stays flat however long it is; it is sent as given, repeats
    included, and an invalid number stops it where it stands. With ``skip_invalid`` invalid inputs are
    appended to ``invalid`` instead of raising.
    """
    if isinstance(values, str | bytes):
        raise InvalidPhoneNumber(
            f"{field}: expected a list of numbers, got a single {type(values).__name__}",
            value=values,
            reason="not a list",
            field=field,
        )

    def numbers() -> Iterator[str]:
        for index, value in enumerate(values):
            try:
                yield normalize_mobile(value, field=f"{field}[{index}]")
            except InvalidPhoneNumber as error:
                if not skip_invalid:
                    raise
                invalid.append(Rejected(str(value), error.reason))

    if isinstance(values, Sequence):
        return iter(dict.fromkeys(numbers()))
    return numbers()
