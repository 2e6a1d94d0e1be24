"""``iranpayamak balance``, ``profile`` and ``lines``: the account."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from iranpayamak_api.types import Unset

from ..client import IranPayamak
from ..resources import Balance
from .errors import reports_errors
from .options import JsonOption, client_of
from .output import Output, jsonable, table

__all__ = ["balance", "lines", "profile", "show_balance"]


def _thousands(value: object) -> object:
    # As the line above the table writes them: 1,000,000.
    return f"{value:,}" if isinstance(value, int | float) and not isinstance(value, bool) else value


def show_balance(client: IranPayamak, out: Output) -> Balance:
    """Fetch and print the balance; returns it."""
    current = client.account.balance()
    details = [] if isinstance(current.details, Unset) else current.details

    def render(console: Console) -> None:
        out.say(f"Balance: {current.amount:,} toman ({current.count:,} messages)")
        if details:
            rows = [(_thousands(d.count), _thousands(d.rate), _thousands(d.amount)) for d in details]
            console.print(table(["messages", "rate", "toman"], rows))

    out.result({"amount": current.amount, "count": current.count, "details": jsonable(details)}, render)
    return current


@reports_errors
def balance(context: typer.Context, as_json: JsonOption = False) -> None:
    """Show the account balance, in toman and in messages."""
    with client_of(context) as client:
        show_balance(client, Output(as_json=as_json))


@reports_errors
def profile(context: typer.Context, as_json: JsonOption = False) -> None:
    """Show the account's profile: name, mobile, plan, status."""
    with client_of(context) as client:
        data = client.account.profile().to_dict()
    out = Output(as_json=as_json)
    out.result(data, lambda console: console.print(table(["field", "value"], _flat(data))))


def _flat(data: dict[str, object], prefix: str = "") -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            rows.extend(_flat(value, f"{prefix}{key}."))
        else:
            rows.append((f"{prefix}{key}", value))
    return rows


@reports_errors
def lines(
    context: typer.Context,
    search: Annotated[str | None, typer.Option(help="Only lines matching this text.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List the sender lines the account may use."""
    with client_of(context) as client:
        found = client.account.lines(search=search)
    rows = [
        (
            line.id,
            line.line_number if not isinstance(line.line_number, Unset) else line.number,
            line.title,
            line.is_dedicated,
        )
        for line in found
    ]
    out = Output(as_json=as_json)
    out.result(found, lambda console: console.print(table(["id", "number", "title", "dedicated"], rows)))
