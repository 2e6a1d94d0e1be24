"""What a bulk send did with every recipient: the results and their summaries."""

from __future__ import annotations

from typing import Any

from attrs import define, field, frozen

from ..errors import BulkSendError, IranPayamakError
from ..outcomes import may_have_been_sent
from ..phone import Rejected

__all__ = ["BulkSendResult", "FailedChunk", "PatternSendResult", "PatternSendResults", "SentChunk"]


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
