"""The ``reports`` tag: send requests, their recipients and the inbox."""

from __future__ import annotations

from typing import Any

from .._state import MockState, SendRequest, now_text
from ._common import Call, _not_found, _page, handles


def _send_request(state: MockState, request: SendRequest) -> dict[str, Any]:
    return {
        "id": request.id,
        "status": state.request_status(request),
        "type": request.kind,
        "text": request.text,
        "line_number": request.line_number,
        "recipients_count": len(request.items),
        "cost": request.cost,
        "created_at": now_text(request.created_at),
        "schedule": request.schedule,
    }


@handles("list_inbox_messages")
def list_inbox_messages(state: MockState, call: Call) -> dict[str, Any]:
    messages = [
        {"from": m.sender, "to": m.line_number, "text": m.text, "recievedAt": now_text(m.received_at)}
        for m in reversed(state.inbox)
    ]
    return _page(messages, call.params)


@handles("list_send_requests")
def list_send_requests(state: MockState, call: Call) -> dict[str, Any]:
    requests = [_send_request(state, request) for request in reversed(state.send_requests.values())]
    if "status" in call.params:
        requests = [request for request in requests if request["status"] == call.params["status"]]
    if call.params.get("search"):
        requests = [request for request in requests if call.params["search"] in request["text"]]
    return _page(requests, call.params)


@handles("get_send_request")
def get_send_request(state: MockState, call: Call) -> dict[str, Any]:
    request = state.send_requests.get(call.params["send_request_id"])
    if request is None:
        raise _not_found()
    return _send_request(state, request)


@handles("list_send_request_items")
def list_send_request_items(state: MockState, call: Call) -> dict[str, Any]:
    request = state.send_requests.get(call.params["send_request_id"])
    if request is None:
        raise _not_found()
    items: list[dict[str, Any]] = []
    for item in request.items:
        status = state.item_status(request, item)
        items.append(
            {
                "id": item.id,
                "mobile": item.mobile,
                "status": status,
                "parts": item.parts,
                "cost": item.cost,
                "sent_at": None if status == "in-queue" else now_text(request.starts_at()),
                "delivered_at": now_text(state.delivered_at(request)) if status == "delivered" else None,
            }
        )
    if "status" in call.params:
        items = [item for item in items if item["status"] == call.params["status"]]
    if call.params.get("search"):
        items = [item for item in items if call.params["search"] in item["mobile"]]
    return _page(items, call.params)
