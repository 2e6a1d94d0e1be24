"""``iranpayamak report`` and ``inbox``: what happened to sent messages, and what came back."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Annotated

import typer
from rich.console import Console

from ..client import IranPayamak
from ..inbox_watch import cursor_after
from ..records import DeliveryReport, InboxMessage, SendRequest
from .errors import naming, reports_errors
from .options import JsonOption, LimitOption, PageOption, client_of
from .output import Output, cell, jsonable, show_page, table, to_json

__all__ = ["inbox", "report", "show_delivery", "status_counts"]

sleep: Callable[[float], None] = time.sleep
"""How ``inbox --follow`` waits between polls (replaced in tests)."""

ITEMS_SHOWN = 50
"""Recipients listed by ``report ID``; the counts per status cover all of them."""


def _request_row(request: SendRequest) -> tuple[object, ...]:
    return (request.id, request.status, request.type, request.recipients_count, request.cost, request.created_at)


def status_counts(items: Iterable[DeliveryReport]) -> Counter[str]:
    """How many recipients are in each delivery status."""
    return Counter(str(jsonable(item.status)) for item in items)


def show_delivery(client: IranPayamak, out: Output, send_request_id: int) -> Counter[str]:
    """Print one send request, its recipients' delivery statuses and the count per status.

    Returns:
        How many recipients are in each status.
    """
    with naming(f"send request {send_request_id}"):
        request = client.reports.send_request(send_request_id)
        items: list[DeliveryReport] = list(client.reports.items(send_request_id))
    counts = status_counts(items)

    def render(console: Console) -> None:
        console.print(table(["id", "status", "type", "recipients", "cost", "created"], [_request_row(request)]))
        rows = [(item.mobile, item.status, item.sent_at, item.delivered_at) for item in items[:ITEMS_SHOWN]]
        console.print(table(["mobile", "status", "sent", "delivered"], rows))
        if len(items) > ITEMS_SHOWN:
            out.say(f"... and {len(items) - ITEMS_SHOWN:,} more (--json lists them all).")
        out.say("Per status: " + ", ".join(f"{status} {count:,}" for status, count in sorted(counts.items())))

    out.result({"send_request": request, "items": items, "counts": dict(counts)}, render)
    return counts


@reports_errors
def report(
    context: typer.Context,
    send_request_id: Annotated[
        int | None, typer.Argument(help="A send request id: show its recipients' delivery statuses.", min=1)
    ] = None,
    status: Annotated[str | None, typer.Option(help="Only send requests in this status.")] = None,
    page: PageOption = 1,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """List send requests, or show the delivery status of each recipient of one.

    Example: iranpayamak report 1042
    """
    out = Output(as_json=as_json)
    with client_of(context) as client:
        if send_request_id is not None:
            show_delivery(client, out, send_request_id)
            return
        found = client.reports.send_requests(status=status, limit=limit).page(page)
    show_page(out, found, ["id", "status", "type", "recipients", "cost", "created"], _request_row, noun="send request")


def _message_row(message: InboxMessage) -> tuple[object, ...]:
    return (message.received_at, message.from_, message.to, message.text)


@reports_errors
def inbox(
    context: typer.Context,
    follow: Annotated[
        bool, typer.Option("--follow", "-f", help="Keep polling and print new messages (Ctrl-C stops).")
    ] = False,
    interval: Annotated[float, typer.Option(help="Seconds between polls with --follow.", min=0.5)] = 5.0,
    limit: LimitOption = 20,
    page: PageOption = 1,
    as_json: JsonOption = False,
) -> None:
    """Show received messages (replies), newest first; --follow prints new ones as they arrive.

    With --follow and --json, each new message is printed as one JSON line.
    """
    out = Output(as_json=as_json)
    columns = ["received", "from", "line", "text"]
    with client_of(context) as client:
        if not follow:
            show_page(out, client.reports.inbox(limit=limit).page(page), columns, _message_row, noun="message")
            return
        latest = client.reports.inbox(limit=limit).page()
        if not out.as_json:
            out.console.print(table(columns, (_message_row(m) for m in reversed(latest.items))))
            out.say(f"Waiting for new messages (every {interval:g} s; Ctrl-C stops).")
        # From just past the newest message shown: each later one is printed once (reports.watch_inbox).
        events = client.reports.watch_inbox(
            cursor_after(latest.items), poll=interval, limit=limit, sleep=lambda seconds: sleep(seconds)
        )
        try:
            for event in events:
                if out.as_json:
                    out.console.out(_json_line(event.message), highlight=False)
                else:
                    out.say("  ".join(cell(value) for value in _message_row(event.message)))
        except KeyboardInterrupt:
            out.say("Stopped.")


def _json_line(message: InboxMessage) -> str:
    return to_json(message)
