"""``client.sms``: the generated send methods, plus chunked simple sends and patterns to many recipients,
estimates and dry runs (``estimate``), pattern checks (``pattern_checks``) and idempotency keys
(``idempotency``).

The decisions are written once: as flows (``_steps``), and for each bulk send as a builder
(:class:`_SimpleBulkSend`, :class:`_PatternManySend`) that checks the call, plans it and makes the flow
of each request. The sync and async classes only perform what these hand them."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from attrs import frozen

from iranpayamak_api.types import Secret

from .._arguments import Arguments, each
from .._generated.resources.sms import AsyncSmsResource, SmsResource
from .._steps import Flow, Step, Thunk
from ..bulk import BulkSendResult, Chunk, ChunkedSend, PatternSendResults, PatternSends, mobiles_upfront
from ..errors import InvalidArgumentError, NotFoundError
from ..estimate import DryRun, Estimate, check_max_cost, estimate_flow, pattern_dry_run_flow, simple_dry_run_flow
from ..idempotency import check_key, idempotent_flow, subkey
from ..parts import as_delivered
from ..pattern_checks import checked_flow

if TYPE_CHECKING:
    from iranpayamak_api import wire
    from iranpayamak_api.models import NumberFormat, PhonebookSlice


__all__ = ["AsyncSms", "Sms"]

R = TypeVar("R")

_Settings = tuple[str | int | None, "NumberFormat | str | None"]

Attributes = Mapping[str, str | int] | Callable[[str], Mapping[str, str | int]]
"""Pattern values: one mapping for every recipient, or a function of the recipient's number."""

_Message = tuple[str, str | int | None, "NumberFormat | str | None", datetime | None]
"""What every request of a bulk send carries but its recipients: the text (or the pattern's code),
``line_number``, ``number_format`` and ``schedule``."""

_Guards = tuple[bool, float | None, str | None]
"""``dry_run``, ``max_cost`` and ``idempotency_key`` of a bulk send."""

_Chunking = tuple[
    Iterable[str | int] | None,
    "Iterable[PhonebookSlice | wire.PhonebookSlice] | None",
    int | None,
    bool,
    Callable[[int], None] | None,
]
"""``recipients``, ``selected_phone_books``, ``chunk_size``, ``skip_invalid`` and ``on_progress`` of a
``send_simple_bulk``."""

_FanOut = tuple[Iterable[str | int], Attributes | None, int]
"""``recipients``, ``attributes`` and ``concurrency`` of a ``send_pattern_many``."""


def _recipients_of(chunk: Chunk) -> dict[str, Any]:
    """The recipient arguments of one request: its numbers, and the phonebooks of the first."""
    return {"recipients": chunk.recipients or None, "selected_phone_books": chunk.phone_books or None}


def _masked(values: Mapping[str, str]) -> dict[str, str]:
    """Pattern values for a fingerprint: a secret (a one-time code) is left out, not hashed, since a
    short code's hash would be easy to reverse from a shared store."""
    return {name: "<secret>" if isinstance(value, Secret) else value for name, value in values.items()}


def _pattern_send_flow(
    args: Arguments,
    send: Callable[..., Any],
    code: str,
    recipient: str | int,
    attributes: Mapping[str, str | int],
    options: tuple[object, ...],
    key: str | None,
) -> Flow[Step, int]:
    """One pattern send: its values checked against the pattern, then sent with ``send`` (the generated
    ``_send_pattern``) once per idempotency key."""
    # Every argument is checked before the pattern is fetched: bad input fails before the network.
    args.string(code, "code", min_length=1)
    number = args.mobile(recipient, "recipient")
    values = args.texts(attributes, "attributes")
    line_number, number_format, schedule = options
    keyed = args.sending.keyed(key, "send_pattern", code, number, _masked(values), *args.as_sent(*options))

    def checks() -> Flow[Step, None]:
        # Run once the key says there is a send to make: a repeat of one that went out returns its
        # result even if the pattern has changed or the send time has passed since.
        args.schedule(schedule, "schedule")
        if args.sending.check_patterns:
            yield from checked_flow(args.sending.patterns, code, [values])

    def request() -> Any:
        # The arguments as given: the generated method checks and converts them as it always does.
        return send(
            code, recipient, attributes, line_number=line_number, number_format=number_format, schedule=schedule
        )

    try:
        result: int = yield from idempotent_flow(keyed, Thunk(request), checks=checks())
    except NotFoundError:
        args.sending.patterns.drop(code)  # deleted since it was cached, perhaps: fetch it afresh next time
        raise
    return result


def _estimate_flow(
    args: Arguments,
    text: str,
    recipients: Iterable[str | int] | None,
    count: int | None,
    settings: _Settings,
) -> Flow[Step, Estimate]:
    if (recipients is None) == (count is None):
        reason = "give either recipients or count"
        raise InvalidArgumentError(f"recipients: {reason}", field="recipients", reason=reason)
    if recipients is not None:
        numbers = list(each(recipients, "recipients", expected="a list of numbers"))
        dry = yield from simple_dry_run_flow(
            args, text, numbers, None, chunk_size=args.chunk_size, skip_invalid=False, settings=settings
        )
        return dry.estimate
    total = args.integer(count, "count", minimum=1)
    args.message_text(text, "text", min_length=1)
    line = args.line(settings[0], "line_number")
    number_format = args.number_format_or_default(settings[1], "number_format").value
    estimate: Estimate = yield from estimate_flow(
        [(as_delivered(text, number_format), total)], recipients=total, line_number=line, number_format=number_format
    )
    return estimate


def _upfront(
    args: Arguments,
    key: str | None,
    dry_run: bool,
    max_cost: float | None,
    schedule: datetime | None,
    settings: _Settings,
    on_progress: object = None,
) -> None:
    """The arguments of a bulk send that are checked before anything else (and any request)."""
    check_key(key)
    args.callback(on_progress, "on_progress")  # before a dry run's or max_cost's estimate asks the service
    args.boolean(dry_run, "dry_run")
    _max_cost(args, max_cost)
    args.schedule(schedule, "schedule", future=key is None or dry_run)  # keyed: after the claim
    line_number, number_format = settings
    args.line(line_number, "line_number")  # before a keyed chunk's fingerprint is made of them
    args.number_format_or_default(number_format, "number_format")


def _max_cost(args: Arguments, value: float | None) -> float | None:
    if value is None:
        return None
    reason = "expected a cost in toman, 0 or more, or None"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentError(f"max_cost: {reason}", field="max_cost", reason=reason)
    try:
        limit = float(value)
    except OverflowError:  # a whole number past a float's range: no send costs that
        limit = math.inf
    if not limit >= 0:
        raise InvalidArgumentError(f"max_cost: {reason}", field="max_cost", reason=reason)
    return limit


@frozen
class _BulkCall:
    """What the calls of both bulk sends hold: the client's arguments, the message and the guards."""

    args: Arguments
    message: _Message
    dry_run: bool
    max_cost: float | None
    key: str | None
    """``idempotency_key``: each request is keyed by a sub-key of it."""


@frozen
class _SimpleBulkSend(_BulkCall):
    """A ``send_simple_bulk`` call: every decision of it, made once for the sync and async clients.

    A shell builds it with :meth:`check`, runs the flow of :meth:`plan` (its dry run, or the chunked
    send), and sends the chunks with the requests of :meth:`request`, which it performs.
    """

    recipients: Iterable[str | int] | None
    books: Iterable[Any] | None
    chunk_size: int | None
    skip_invalid: bool
    on_progress: Callable[[int], None] | None

    @classmethod
    def check(cls, args: Arguments, message: _Message, chunking: _Chunking, guards: _Guards) -> _SimpleBulkSend:
        """The call, with the arguments checked that go before anything else (and any request)."""
        text, line_number, number_format, schedule = message
        recipients, books, chunk_size, skip_invalid, on_progress = chunking
        dry_run, max_cost, key = guards
        args.message_text(text, "text")  # before a keyed chunk's fingerprint is made of it
        _upfront(args, key, dry_run, max_cost, schedule, (line_number, number_format), on_progress)
        return cls(args, message, dry_run, max_cost, key, recipients, books, chunk_size, skip_invalid, on_progress)

    def plan(self) -> Flow[Step, DryRun | ChunkedSend]:
        """The chunked send; its dry run instead with ``dry_run``; with ``max_cost``, the send once its
        estimate is within it (the recipients and phonebook slices are then read into lists first, and
        those lists are sent: a generator cannot be read a second time)."""
        recipients, books = self.recipients, self.books
        if self.dry_run or self.max_cost is not None:
            dry, recipients, books = yield from self._dry_run(None if self.dry_run else self.max_cost)
            if self.dry_run:
                return dry
        return self._chunked(recipients, books)

    def request(self, send: Callable[..., Any], perform: Callable[[Flow[Step, int]], R]) -> Callable[[Chunk], R]:
        """How a shell sends a chunk: ``perform`` (its ``_run``) of the chunk's flow, whose request calls
        ``send`` (the generated ``_send_simple``)."""
        return lambda chunk: perform(self._request(send, chunk))

    def _dry_run(self, max_cost: float | None) -> Flow[Step, tuple[DryRun, list[Any], list[Any] | None]]:
        """The dry run (its recipients and phonebook slices read into lists, which are returned to send)."""
        args = self.args
        limit = _max_cost(args, max_cost)
        numbers = (
            [] if self.recipients is None else list(each(self.recipients, "recipients", expected="a list of numbers"))
        )
        size = args.chunk_size if self.chunk_size is None else args.integer(self.chunk_size, "chunk_size", minimum=1)
        listed = None if self.books is None else list(args.items(self.books, "selected_phone_books", min_items=1))
        if listed is not None:
            from iranpayamak_api.models import PhonebookSlice  # imported here, as the generated methods do

            # Each slice is checked as the send will check it, before the dry run's requests.
            args.models(PhonebookSlice, listed, "selected_phone_books", (), min_items=1)
        text, line_number, number_format, _ = self.message
        dry = yield from simple_dry_run_flow(
            args,
            text,
            numbers,
            listed,
            chunk_size=size,
            skip_invalid=args.boolean(self.skip_invalid, "skip_invalid"),
            settings=(line_number, number_format),
        )
        check_max_cost(dry.estimate, limit)
        return dry, numbers, listed

    def _chunked(self, recipients: Iterable[str | int] | None, books: Iterable[Any] | None) -> ChunkedSend:
        """The chunked send of ``recipients`` and ``books``, its remaining arguments checked."""
        args = self.args
        size = args.chunk_size if self.chunk_size is None else args.integer(self.chunk_size, "chunk_size", minimum=1)
        slices = None if books is None else args.items(books, "selected_phone_books", min_items=1)
        return ChunkedSend(
            () if recipients is None else recipients,
            size,
            skip_invalid=args.boolean(self.skip_invalid, "skip_invalid"),
            on_progress=args.callback(self.on_progress, "on_progress"),
            phone_books=slices,
        )

    def _request(self, send: Callable[..., Any], chunk: Chunk) -> Flow[Step, int]:
        """One chunk's request, sent once per idempotency sub-key (made of its numbers and phonebooks)."""
        text, line_number, number_format, schedule = self.message
        key = None if self.key is None else subkey(self.key, chunk.recipients, chunk.phone_books)
        keyed = self.args.sending.keyed(
            key, "send_simple", chunk.recipients, text, *self.args.as_sent(*self.message[1:])
        )

        def once() -> Any:
            return send(
                text, line_number=line_number, number_format=number_format, schedule=schedule, **_recipients_of(chunk)
            )

        return idempotent_flow(keyed, Thunk(once))


@frozen
class _PatternManySend(_BulkCall):
    """A ``send_pattern_many`` call: every decision of it, made once for the sync and async clients.

    :meth:`check` checks everything, and computes every recipient's values, before anything is sent:
    an error there (including one raised by an ``attributes`` function) means no message went out. A
    shell then runs the flow of :meth:`plan` (the batch checked against the pattern, then its dry run
    or the sends), and sends to each recipient with the requests of :meth:`request`, ``workers`` at a
    time.
    """

    values: dict[str, dict[str, str]]
    """Each recipient's pattern values, checked."""
    workers: int

    @classmethod
    def check(cls, args: Arguments, message: _Message, fan_out: _FanOut, guards: _Guards) -> _PatternManySend:
        """The call, every argument checked (and no request made)."""
        code, line_number, number_format, schedule = message
        recipients, attributes, concurrency = fan_out
        dry_run, max_cost, key = guards
        _upfront(args, key, dry_run, max_cost, schedule, (line_number, number_format))
        args.string(code, "code", min_length=1)
        args.line(line_number, "line_number")
        args.number_format_or_default(number_format, "number_format")
        args.schedule(schedule, "schedule", future=key is None or dry_run)
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

        values = {n: args.texts(values_for(n), f"attributes[{n!r}]") for n in numbers}
        return cls(args, message, dry_run, max_cost, key, values, workers)

    def plan(self) -> Flow[Step, DryRun | PatternSends]:
        """The batch checked against the pattern; then its dry run (with ``dry_run``, or to hold it to
        ``max_cost``), and the sends unless ``dry_run``."""
        code, line_number, number_format, _ = self.message
        limit = _max_cost(self.args, self.max_cost)
        if self.args.sending.check_patterns:
            yield from checked_flow(self.args.sending.patterns, code, self.values.values())
        if self.dry_run or limit is not None:
            dry = yield from pattern_dry_run_flow(self.args, code, self.values, (line_number, number_format))
            check_max_cost(dry.estimate, limit)
            if self.dry_run:
                return dry
        return PatternSends(self.values)

    def request(self, send: Callable[..., Any], perform: Callable[[Flow[Step, int]], R]) -> Callable[[str], R]:
        """How a shell sends to a recipient: ``perform`` (its ``_run``) of the recipient's flow, whose
        request calls ``send`` (the generated ``_send_pattern``)."""
        return lambda number: perform(self._request(send, number))

    def _request(self, send: Callable[..., Any], number: str) -> Flow[Step, int]:
        """One recipient's pattern send, keyed by its idempotency sub-key (made of its number)."""
        code, line_number, number_format, schedule = self.message
        key = None if self.key is None else subkey(self.key, number)
        options = (line_number, number_format, schedule)
        return _pattern_send_flow(self.args, send, code, number, self.values[number], options, key)


class Sms(SmsResource):
    """The ``sms`` operations."""

    def send_pattern(
        self,
        code: str,
        recipient: str,
        attributes: Mapping[str, str | int],
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
    ) -> int:
        """Send a pattern (template) message to one recipient; see the generated method for the arguments.

        Unless the client has ``check_patterns=False``, the values are first checked against the pattern's
        definition (see :mod:`iranpayamak.pattern_checks`). With ``idempotency_key``, a repeat of a send
        that succeeded returns its send request id without sending (see :mod:`iranpayamak.idempotency`).

        Raises:
            PatternCheckError: The pattern is not approved, or a value is missing, unknown, or breaks its
                variable's type or length; nothing was sent.
            NotFoundError: The service knows no such pattern.
            IdempotencyError: A send with this key is under way, had other arguments, or may have gone out.

        Example::

            client.sms.send_pattern("SJ3FgPrE0C", "09121234567", {"code": "4821"}, idempotency_key="login:77")
        """
        send = self._send_pattern
        options = (line_number, number_format, schedule)
        return self._run(_pattern_send_flow(self._args, send, code, recipient, attributes, options, idempotency_key))

    def estimate(
        self,
        text: str,
        recipients: Iterable[str | int] | None = None,
        *,
        count: int | None = None,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
    ) -> Estimate:
        """What sending ``text`` to ``recipients`` (or to ``count`` recipients) would take and cost.

        Numbers are normalized and repeats dropped, as a send does. See :mod:`iranpayamak.estimate`.

        Raises:
            InvalidArgumentError: An argument was refused (an invalid number: ``InvalidPhoneNumber``), or
                both or neither of ``recipients`` and ``count`` were given.
            AuthenticationError: The key was refused.

        Example::

            estimate = client.sms.estimate("سلام", count=2500)
            print(estimate.parts.parts, estimate.messages, estimate.cost, estimate.balance_after)
        """
        return self._run(_estimate_flow(self._args, text, recipients, count, (line_number, number_format)))

    @overload
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
        dry_run: Literal[False] = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> list[int]: ...

    @overload
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
        dry_run: Literal[True],
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> DryRun: ...

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
        dry_run: bool = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> list[int] | DryRun:
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

        ``dry_run=True`` checks and counts everything, estimates the cost and sends nothing: it returns
        a :class:`~iranpayamak.estimate.DryRun`. ``max_cost`` refuses the send (``CostLimitError``)
        when its estimate is above it. Either reads ``recipients`` into a list first.
        ``idempotency_key`` keys each chunk by its numbers: rerunning the send with the key sends only
        the chunks that did not go out (see :mod:`iranpayamak.idempotency`).

        Returns:
            One send request id per chunk (a ``DryRun`` with ``dry_run=True``).

        Raises:
            InvalidPhoneNumber: A number is invalid (and ``skip_invalid`` is off) and nothing was sent.
            InvalidArgumentError: Another argument was refused (or a list could not be read: the error it
                raised is the ``__cause__``); nothing was sent.
            CostLimitError: The estimate is above ``max_cost``; nothing was sent.
            BulkSendError: Some chunks failed, a generator met an invalid number after sending began, or
                an exception stopped the send (the generator raised: it is the ``__cause__``);
                ``error.result`` says which recipients were sent, which may have been and which were not.
            KeyboardInterrupt: (and a cancellation, ``SystemExit``) re-raised as itself, with the
                partial result attached: see :func:`iranpayamak.bulk.result_of`.

        Example::

            ids = client.sms.send_simple("سلام", recipients=["09121234567", "+98 935 123 4567"])
            plan = client.sms.send_simple("سلام", numbers, dry_run=True)   # plan.estimate.cost
        """
        call = _SimpleBulkSend.check(
            self._args,
            (text, line_number, number_format, schedule),
            (recipients, selected_phone_books, chunk_size, skip_invalid, None),
            (dry_run, max_cost, idempotency_key),
        )
        result = self._send_chunks(call)
        return result if isinstance(result, DryRun) else result.raise_for_failures()

    @overload
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
        dry_run: Literal[False] = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> BulkSendResult: ...

    @overload
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
        dry_run: Literal[True],
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> DryRun: ...

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
        dry_run: bool = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> BulkSendResult | DryRun:
        """Like :meth:`send_simple`, but return the full result instead of raising for failed chunks.

        ``recipients`` may be any iterable, such as a generator reading a file: it is read one chunk at
        a time, so memory stays flat however many numbers it yields (unless ``dry_run`` or ``max_cost``
        is given, which count them all first). ``on_progress`` is called with the number of recipients
        of each request once its outcome is known (to drive a progress bar). To drop repeats, a
        generator's numbers are remembered as they are read (a bit each, past the first 65,536). The
        errors are those of :meth:`send_simple`, less the failed chunks.
        """
        call = _SimpleBulkSend.check(
            self._args,
            (text, line_number, number_format, schedule),
            (recipients, selected_phone_books, chunk_size, skip_invalid, on_progress),
            (dry_run, max_cost, idempotency_key),
        )
        return self._send_chunks(call)

    def _send_chunks(self, call: _SimpleBulkSend) -> BulkSendResult | DryRun:
        """Perform ``call``: its plan, then the request of each chunk."""
        plan = self._run(call.plan())
        if isinstance(plan, DryRun):
            return plan
        return plan.send(call.request(self._send_simple, self._run))

    @overload
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
        dry_run: Literal[False] = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> PatternSendResults: ...

    @overload
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
        dry_run: Literal[True],
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> DryRun: ...

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
        dry_run: bool = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> PatternSendResults | DryRun:
        """Send a pattern to each recipient, ``concurrency`` at a time, recording each outcome.

        ``attributes`` is one mapping for everyone or a function of the recipient's number. Numbers
        are checked and de-duplicated first, every recipient's values computed and checked against the
        pattern: an error then (including one raised by ``attributes``) means nothing was sent. A
        failed send does not stop the others.

        ``dry_run=True`` returns a :class:`~iranpayamak.estimate.DryRun` (each recipient's message
        rendered and priced) and sends nothing; ``max_cost`` refuses the batch when its estimate is
        above it. ``idempotency_key`` keys each recipient's send: rerunning the batch with the key sends
        only to those the first run did not reach (see :mod:`iranpayamak.idempotency`).

        Returns:
            One result per recipient, in input order: its send request id or its error.

        Raises:
            PatternCheckError: The pattern is not approved, or some values break it.
            NotFoundError: The service knows no such pattern.
            CostLimitError: The estimate is above ``max_cost``; nothing was sent.
            BulkSendError: An unexpected exception stopped the batch (it is the ``__cause__``).
            KeyboardInterrupt: (and ``SystemExit``) re-raised as itself once no send is started any
                more, with the results attached: see :func:`iranpayamak.bulk.result_of`. In them the
                sends in flight may have been sent, and the ones never started were not.

        Example::

            results = client.sms.send_pattern_many("SJ3FgPrE0C", numbers, lambda n: {"code": codes[n]})
            failed = [r.recipient for r in results if not r.ok]
        """
        call = _PatternManySend.check(
            self._args,
            (code, line_number, number_format, schedule),
            (recipients, attributes, concurrency),
            (dry_run, max_cost, idempotency_key),
        )
        plan = self._run(call.plan())
        if isinstance(plan, DryRun):
            return plan
        return plan.send(call.request(self._send_pattern, self._run), call.workers)


class AsyncSms(AsyncSmsResource):
    """The ``sms`` operations (asynchronous)."""

    async def send_pattern(
        self,
        code: str,
        recipient: str,
        attributes: Mapping[str, str | int],
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
    ) -> int:
        """The asynchronous :meth:`Sms.send_pattern`."""
        send = self._send_pattern
        options = (line_number, number_format, schedule)
        return await self._run_async(
            _pattern_send_flow(self._args, send, code, recipient, attributes, options, idempotency_key)
        )

    async def estimate(
        self,
        text: str,
        recipients: Iterable[str | int] | None = None,
        *,
        count: int | None = None,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
    ) -> Estimate:
        """The asynchronous :meth:`Sms.estimate`."""
        return await self._run_async(_estimate_flow(self._args, text, recipients, count, (line_number, number_format)))

    @overload
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
        dry_run: Literal[False] = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> list[int]: ...

    @overload
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
        dry_run: Literal[True],
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> DryRun: ...

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
        dry_run: bool = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> list[int] | DryRun:
        """The asynchronous :meth:`Sms.send_simple`."""
        call = _SimpleBulkSend.check(
            self._args,
            (text, line_number, number_format, schedule),
            (recipients, selected_phone_books, chunk_size, skip_invalid, None),
            (dry_run, max_cost, idempotency_key),
        )
        result = await self._send_chunks(call)
        return result if isinstance(result, DryRun) else result.raise_for_failures()

    @overload
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
        dry_run: Literal[False] = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> BulkSendResult: ...

    @overload
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
        dry_run: Literal[True],
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> DryRun: ...

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
        dry_run: bool = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> BulkSendResult | DryRun:
        """The asynchronous :meth:`Sms.send_simple_bulk`; chunks are sent one after another.

        A cancellation (``asyncio.timeout``, ``task.cancel()``) is re-raised with the partial result
        attached: see :func:`iranpayamak.bulk.result_of`.
        """
        call = _SimpleBulkSend.check(
            self._args,
            (text, line_number, number_format, schedule),
            (recipients, selected_phone_books, chunk_size, skip_invalid, on_progress),
            (dry_run, max_cost, idempotency_key),
        )
        return await self._send_chunks(call)

    async def _send_chunks(self, call: _SimpleBulkSend) -> BulkSendResult | DryRun:
        """Perform ``call``: its plan, then the request of each chunk, one after another."""
        plan = await self._run_async(call.plan())
        if isinstance(plan, DryRun):
            return plan
        return await plan.send_async(call.request(self._send_simple, self._run_async))

    @overload
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
        dry_run: Literal[False] = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> PatternSendResults: ...

    @overload
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
        dry_run: Literal[True],
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> DryRun: ...

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
        dry_run: bool = False,
        max_cost: float | None = None,
        idempotency_key: str | None = None,
    ) -> PatternSendResults | DryRun:
        """The asynchronous :meth:`Sms.send_pattern_many`: at most ``concurrency`` requests in flight.

        A cancellation (``asyncio.timeout``, ``task.cancel()``) is re-raised once every send has
        stopped, with the results attached: see :func:`iranpayamak.bulk.result_of`.
        """
        call = _PatternManySend.check(
            self._args,
            (code, line_number, number_format, schedule),
            (recipients, attributes, concurrency),
            (dry_run, max_cost, idempotency_key),
        )
        plan = await self._run_async(call.plan())
        if isinstance(plan, DryRun):
            return plan
        return await plan.send_async(call.request(self._send_pattern, self._run_async), call.workers)
