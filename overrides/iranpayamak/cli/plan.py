"""What a bulk send would do, before it does it: printed by ``send --dry-run``, and asked about before a
large send to a real account.

A real account is any service not on this machine: a mock on a loopback address (``iranpayamak mock``,
``iranpayamak demo``, the test fixtures) costs nothing, so it is never asked about.
"""

from __future__ import annotations

from datetime import datetime

import typer
from attrs import frozen
from rich.console import Console

from iranpayamak_api.models import CostBreakdown, CostRequest, NumberFormat

from ..client import IranPayamak
from ..errors import APIError, AuthenticationError, ResponseParseError
from ..parts import MessageParts, message_parts
from ..phone import NormalizedMobiles
from .errors import CliError, ExitCode, describe
from .output import Output, plural
from .settings import is_local
from .times import moment, scheduled_at

__all__ = ["CONFIRM_ABOVE", "SendPlan", "confirm", "needs_confirmation", "plan_send", "show_plan"]

CONFIRM_ABOVE = 100
"""A send to more recipients than this (more than one request at the default chunk size) to a real
account asks before sending; ``--yes`` skips the question."""


@frozen
class SendPlan:
    """A bulk send worked out but not made.

    Attributes:
        recipients: The valid numbers it would send to.
        requests: The requests it would take.
        line_number: The sender line.
        cost: The service's estimate (a number, or its breakdown); None when it gave none.
        cost_error: Why there is no estimate, when there is none.
        parts: What each message is billed as (``iranpayamak.message_parts``).
        balance_after: The balance less a numeric estimate; None when either is unknown.
    """

    recipients: int
    requests: int
    line_number: str
    cost: float | CostBreakdown | None
    cost_error: str | None
    parts: MessageParts
    balance_after: float | None = None

    def parts_text(self) -> str:
        """``"2 parts (UCS-2, 75 characters, 67 a part)"``."""
        encoding = "GSM-7" if self.parts.encoding == "gsm7" else "UCS-2"
        return (
            f"{plural(self.parts.parts, 'part')} ({encoding}, {plural(self.parts.characters, 'character')}, "
            f"{self.parts.per_part} a part)"
        )

    def cost_text(self) -> str:
        """The estimate for people: ``"41,000 toman"``, the breakdown's fields, or why there is none."""
        if isinstance(self.cost, CostBreakdown):
            return ", ".join(f"{key}: {value}" for key, value in self.cost.additional_properties.items())
        if self.cost is not None:
            return f"{self.cost:,.0f} toman" if float(self.cost).is_integer() else f"{self.cost:,.2f} toman"
        return f"not available ({self.cost_error})"


def _estimate(client: IranPayamak, text: str, recipients: int) -> tuple[float | CostBreakdown | None, str | None]:
    # The command sends with the client's default number format, English digits; the estimate must price
    # the same message.
    request = CostRequest(
        text=text, receiver_count=recipients, line_number=client.line_number, number_format=NumberFormat.ENGLISH
    )
    try:
        return client.reference.calculate_cost(request), None
    except AuthenticationError:
        raise  # a refused key fails the send as well: say so now
    except (APIError, ResponseParseError) as error:
        # The service documents little of this operation: an estimate it does not give is not a reason to
        # stop, only to say there is none.
        return None, describe(error)


def plan_send(client: IranPayamak, text: str, numbers: NormalizedMobiles, *, chunk_size: int) -> SendPlan:
    """What sending ``text`` to the valid ``numbers`` would take, with the service's cost estimate."""
    count = len(numbers.valid)
    cost, why = _estimate(client, text, count) if count else (None, "no recipients")
    return SendPlan(
        recipients=count,
        requests=-(-count // chunk_size),
        line_number=client.line_number,
        cost=cost,
        cost_error=why,
        parts=message_parts(text),
        balance_after=_balance_after(client, cost),
    )


def _balance_after(client: IranPayamak, cost: float | CostBreakdown | None) -> float | None:
    if not isinstance(cost, int | float):
        return None
    try:
        return client.account.balance().amount - cost
    except (APIError, ResponseParseError):
        return None  # the plan stands without it


def show_plan(
    out: Output, plan: SendPlan, numbers: NormalizedMobiles, *, schedule: datetime | None, skip_invalid: bool
) -> None:
    """Print what the send would do (``--dry-run``)."""

    def render(_console: Console) -> None:
        out.say("Dry run: nothing was sent.")
        out.say(
            f"Would send to {plural(plan.recipients, 'recipient')} in {plural(plan.requests, 'request')} "
            f"from line {plan.line_number}"
            + ("." if schedule is None else f", scheduled for {scheduled_at(schedule)}.")
        )
        if numbers.rejected and skip_invalid:
            out.say(f"Would leave out {plural(len(numbers.rejected), 'invalid number')}.")
        elif numbers.rejected:
            out.say(
                f"{plural(len(numbers.rejected), 'invalid number')} (listed above) would stop the send; "
                "fix them or pass --skip-invalid."
            )
        if numbers.duplicates:
            out.say(f"Would leave out {plural(numbers.duplicates, 'repeated number')}.")
        out.say(f"Each message: {plan.parts_text()}.")
        out.say(f"Estimated cost: {plan.cost_text()}.")
        if plan.balance_after is not None:
            out.say(f"Balance after: {plan.balance_after:,.0f} toman.")

    out.result(
        {
            "dry_run": True,
            "recipients": plan.recipients,
            "requests": plan.requests,
            "line_number": plan.line_number,
            "schedule": None if schedule is None else moment(schedule),
            "invalid": [{"input": r.input, "reason": r.reason} for r in numbers.rejected],
            "duplicates": numbers.duplicates,
            "cost": plan.cost,
            "cost_error": plan.cost_error,
            "parts": {
                "parts": plan.parts.parts,
                "encoding": plan.parts.encoding,
                "characters": plan.parts.characters,
                "per_part": plan.parts.per_part,
            },
            "balance_after": plan.balance_after,
        },
        render,
    )


def needs_confirmation(client: IranPayamak, recipients: int) -> bool:
    """Whether a send to ``recipients`` numbers through ``client`` asks first (without ``--yes``)."""
    return recipients > CONFIRM_ABOVE and not is_local(client.api.base_url)


def confirm(plan: SendPlan, *, schedule: datetime | None) -> None:
    """Ask on the terminal whether to make the send.

    Raises:
        CliError: The answer was no (exit code 1), or there was no one to answer (exit code 2: pass --yes).
    """
    when = "" if schedule is None else f", scheduled for {scheduled_at(schedule)}"
    question = (
        f"Send to {plural(plan.recipients, 'recipient')} in {plural(plan.requests, 'request')} from line "
        f"{plan.line_number}{when} (estimated cost: {plan.cost_text()})?"
    )
    try:
        # On stderr, so that --json output stays JSON.
        answer = typer.confirm(question, default=False, err=True)
    except typer.Abort:  # standard input ended: a script, with no one to answer
        raise CliError(
            f"not sent: a send to more than {CONFIRM_ABOVE} recipients asks first; pass --yes to send without "
            "asking (--dry-run shows what would be sent)",
            ExitCode.USAGE,
        ) from None
    if not answer:
        raise CliError("not sent: the send was not confirmed")
