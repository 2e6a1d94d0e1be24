"""What a send will cost before it is made: ``sms.estimate``, ``dry_run=True`` and ``max_cost=``.

The parts come from :func:`~iranpayamak.message_parts` on the text as delivered (pattern values filled
in, digits as ``number_format`` writes them). The cost comes from the service's ``calculate_cost``
where it answers with a number (or an object with a ``cost``, ``price``, ``total`` or ``amount``);
otherwise from the balance's tariff (its highest ``rate`` per part, so the figure errs on the high
side). The balance left after is the balance less the cost.

Example::

    estimate = client.sms.estimate("سلام", recipients=numbers)
    estimate.parts.parts, estimate.messages, estimate.cost, estimate.balance_after
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from attrs import frozen

from iranpayamak_api.models import CostRequest, NumberFormat
from iranpayamak_api.types import Unset

from ._steps import Call, Flow, Step
from .bulk import mobiles_upfront
from .errors import APIConnectionError, APIError, AuthenticationError, CostLimitError, ResponseParseError
from .parts import MessageParts, as_delivered, message_parts
from .pattern_checks import PatternPreview, definition_flow
from .phone import Rejected

if TYPE_CHECKING:
    from ._arguments import Arguments

__all__ = ["DryRun", "Estimate", "check_max_cost", "estimate_flow", "pattern_dry_run_flow", "simple_dry_run_flow"]

_COST_FIELDS = ("cost", "price", "total", "amount", "total_cost", "totalCost")
_RECOVERABLE = (APIError, APIConnectionError, ResponseParseError)


@frozen
class Estimate:
    """What a send would take and cost.

    Attributes:
        recipients: How many recipients (numbers, and phonebook slices counted by their ``limit``).
        parts: The parts of one message (of the longest, when the recipients' texts differ).
        messages: The SMS parts billed in all: each recipient's parts, added up.
        cost: The estimated cost in toman; None when neither the service nor the balance gave one.
        cost_source: ``"service"`` (``calculate_cost``), ``"rate"`` (the balance's tariff) or None.
        balance: The balance now, in toman; None when it could not be read.
        balance_after: The balance less the cost; None when either is unknown.
    """

    recipients: int
    parts: MessageParts
    messages: int
    cost: float | None
    cost_source: Literal["service", "rate"] | None
    balance: float | None
    balance_after: float | None


@frozen
class DryRun:
    """What a send with ``dry_run=True`` would do; nothing was sent.

    Attributes:
        estimate: Its :class:`Estimate`.
        recipients: The numbers it would send to, normalized and without repeats, in order.
        requests: The requests it would take.
        invalid: The invalid numbers it would leave out (with ``skip_invalid``).
        duplicates: How many repeated numbers it would leave out.
    """

    estimate: Estimate
    recipients: list[str]
    requests: int
    invalid: list[Rejected]
    duplicates: int


def _figure(value: object) -> float | None:
    """A cost the service gave, if it is one: a finite number, 0 or more (a negative or infinite
    figure is no estimate, and would let any send past ``max_cost``)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    try:
        figure = float(value)
    except OverflowError:
        return None
    return figure if 0 <= figure < math.inf else None


def _cost_of(answer: object) -> float | None:
    """The figure in a ``calculate_cost`` answer, when there is one."""
    if isinstance(answer, int | float):
        return _figure(answer)
    fields: Mapping[str, Any] = getattr(answer, "additional_properties", {})
    for name in _COST_FIELDS:
        figure = _figure(fields.get(name))
        if figure is not None:
            return figure
    return None


def _balance_of(answer: Any) -> tuple[float | None, float | None]:
    """The balance's amount and its highest rate per part (either None when the answer lacks it)."""
    try:
        amount: float | None = float(answer.amount)
    except (AttributeError, ResponseParseError, TypeError, ValueError):
        amount = None
    details = getattr(answer, "details", None)
    rates = [detail.rate for detail in ([] if details is None or isinstance(details, Unset) else details)]
    numbers = [float(rate) for rate in rates if isinstance(rate, int | float) and not isinstance(rate, bool)]
    return amount, max(numbers, default=None)


def estimate_flow(
    texts: Iterable[tuple[str, int]], *, recipients: int, line_number: str, number_format: str
) -> Flow[Step, Estimate]:
    """The estimate of sending each text (as delivered) to its number of recipients.

    Texts with the same number of parts are priced together, by the service when it can: one
    ``calculate_cost`` per group, then one balance read.

    Raises:
        AuthenticationError: The key was refused (a send would be refused too).
    """
    groups: dict[int, tuple[str, int]] = {}
    for text, count in texts:
        parts = message_parts(text).parts
        first, counted = groups.get(parts, (text, 0))
        groups[parts] = (first, counted + count)
    longest = message_parts(groups[max(groups)][0]) if groups else message_parts("")
    messages = sum(parts * count for parts, (_, count) in groups.items())
    cost: float | None = 0.0
    for text, count in groups.values():
        request = CostRequest(
            text=text, receiver_count=count, line_number=line_number, number_format=NumberFormat(number_format)
        )
        try:
            answer = yield Call("reference", "calculate_cost", (request,))
        except AuthenticationError:
            raise
        except _RECOVERABLE:
            answer = None
        figure = _cost_of(answer)
        if figure is None:
            cost = None
            break
        cost = (cost or 0.0) + figure
    source: Literal["service", "rate"] | None = "service" if cost is not None else None
    try:
        balance, rate = _balance_of((yield Call("account", "balance")))
    except AuthenticationError:
        raise
    except _RECOVERABLE:
        balance, rate = None, None
    if cost is None and rate is not None:
        cost, source = messages * rate, "rate"
    return Estimate(
        recipients=recipients,
        parts=longest,
        messages=messages,
        cost=cost,
        cost_source=source,
        balance=balance,
        balance_after=None if balance is None or cost is None else balance - cost,
    )


def check_max_cost(estimate: Estimate, max_cost: float | None) -> None:
    """Refuse a send whose estimate is above ``max_cost`` (or unknown, when there is a limit).

    Raises:
        CostLimitError: It is, and nothing was sent.
    """
    if max_cost is None:
        return
    if estimate.cost is None:
        raise CostLimitError(
            "max_cost: the cost could not be estimated (the service gave no figure and the balance no rate), "
            "so the send was refused",
            estimate=estimate,
            max_cost=max_cost,
        )
    if estimate.cost > max_cost:
        raise CostLimitError(
            f"max_cost: the send would cost about {estimate.cost:,.0f} toman, above the {max_cost:,.0f} allowed",
            estimate=estimate,
            max_cost=max_cost,
        )


def _slice_sizes(books: list[Any] | None) -> int:
    """Recipients that phonebook slices add, counted by their ``limit`` (the client cannot see inside)."""
    total = 0
    for book in books or []:
        limit = book.get("limit") if isinstance(book, Mapping) else getattr(book, "limit", None)
        total += limit if isinstance(limit, int) and not isinstance(limit, bool) else 0
    return total


def simple_dry_run_flow(
    args: Arguments,
    text: str,
    numbers: list[Any],
    books: list[Any] | None,
    *,
    chunk_size: int,
    skip_invalid: bool,
    settings: tuple[str | int | None, Any],
) -> Flow[Step, DryRun]:
    """What a ``send_simple`` of ``text`` to ``numbers`` (read into a list) and ``books`` would do.

    Raises:
        InvalidPhoneNumber: A number is invalid and ``skip_invalid`` is off, as the send would raise.
        InvalidArgumentError: Another argument was refused.
    """
    line = args.line(settings[0], "line_number")
    number_format = args.number_format_or_default(settings[1], "number_format").value
    args.message_text(text, "text", min_length=1)
    invalid: list[Rejected] = []
    valid = mobiles_upfront(numbers, "recipients", skip_invalid=skip_invalid, invalid=invalid)
    count = len(valid) + _slice_sizes(books)
    estimate = yield from estimate_flow(
        [(as_delivered(text, number_format), count)], recipients=count, line_number=line, number_format=number_format
    )
    return DryRun(
        estimate=estimate,
        recipients=valid,
        requests=-(-len(valid) // chunk_size) or (1 if books else 0),
        invalid=invalid,
        duplicates=len(numbers) - len(valid) - len(invalid),
    )


def pattern_dry_run_flow(
    args: Arguments, code: str, values: Mapping[str, Mapping[str, str]], settings: tuple[str | int | None, Any]
) -> Flow[Step, DryRun]:
    """What a ``send_pattern_many`` of ``code`` with each recipient's ``values`` would do.

    Raises:
        PatternCheckError: The pattern is unknown, or its definition (needed to price it) has no text.
        APIError: The definition could not be fetched (nor the price known without it).
    """
    line = args.line(settings[0], "line_number")
    number_format = args.number_format_or_default(settings[1], "number_format").value
    definition = yield from definition_flow(args.sending.patterns, code, required=True)
    assert definition is not None  # required: a failure raised
    texts = [(PatternPreview.of(definition, each, number_format).text, 1) for each in values.values()]
    estimate = yield from estimate_flow(texts, recipients=len(values), line_number=line, number_format=number_format)
    return DryRun(estimate=estimate, recipients=list(values), requests=len(values), invalid=[], duplicates=0)
