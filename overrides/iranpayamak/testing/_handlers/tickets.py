"""The ``tickets`` tag: support tickets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._state import MockState, now_text
from ._common import Call, _not_found, _page, handles

if TYPE_CHECKING:
    from iranpayamak_api import wire


def _ticket(state: MockState, ticket_id: Any) -> wire.Ticket:
    ticket = state.tickets.get(ticket_id)
    if ticket is None:
        raise _not_found()
    return ticket


def _ticket_message(state: MockState, text: str, file: bytes | None, *, admin: bool = False) -> wire.TicketMessage:
    message: wire.TicketMessage = {
        "id": state.next_id(),
        "text": text,
        "is_admin": admin,
        "created_at": now_text(state.clock.now()),
        "file_id": None,
    }
    if file:
        file_id = message["file_id"] = state.next_id()
        state.ticket_files[file_id] = file
    return message


@handles("create_ticket")
def create_ticket(state: MockState, call: Call) -> int:
    ticket_id = state.next_id()
    state.tickets[ticket_id] = {
        "id": ticket_id,
        "subject": call.body["subject"],
        "department": call.body["department"],
        "status": "open",
        "created_at": now_text(state.clock.now()),
        "conversation": [_ticket_message(state, call.body["text"], call.files.get("file"))],
    }
    return ticket_id


@handles("list_tickets")
def list_tickets(state: MockState, call: Call) -> dict[str, Any]:
    tickets = [
        {key: value for key, value in ticket.items() if key != "conversation"}
        for ticket in state.tickets.values()
        if ("status" not in call.params or ticket["status"] == call.params["status"])
        and ("department" not in call.params or ticket["department"] == call.params["department"])
    ]
    return _page(tickets, call.params)


@handles("close_ticket")
def close_ticket(state: MockState, call: Call) -> None:
    _ticket(state, call.body["ticket_id"])["status"] = "closed"


@handles("download_ticket_file")
def download_ticket_file(state: MockState, call: Call) -> bytes:
    content = state.ticket_files.get(call.params["file_id"])
    if content is None:
        raise _not_found()
    return content


@handles("reply_to_ticket")
def reply_to_ticket(state: MockState, call: Call) -> None:
    ticket = _ticket(state, call.body["ticket_id"])
    ticket["conversation"].append(_ticket_message(state, call.body["text"], call.files.get("file")))
    ticket["status"] = "open"


@handles("get_ticket")
def get_ticket(state: MockState, call: Call) -> wire.Ticket:
    return _ticket(state, call.params["id"])
