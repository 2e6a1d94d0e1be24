"""What each operation does to the mock account, and what it answers.

A handler receives a request that already matched the spec (see ``_spec``) and returns the ``data`` of
a success envelope, or raises :class:`Refused` with the status and messages the service would send.
"""

from __future__ import annotations

import csv
import io
import re
import zlib
from collections.abc import Callable, Iterable
from typing import Any

from attrs import frozen

from ..parts import as_delivered
from ._state import MockState, SendRequest, now_text

__all__ = ["HANDLERS", "Call", "Refused"]

NOT_FOUND = "داده درخواستی یافت نشد"
BAD_LINE = "گزینه انتخاب شده line number صحیح نمی باشد"
NO_CREDIT = "اعتبار کافی نیست"


class Refused(Exception):
    """The service's answer to a request it will not carry out."""

    def __init__(self, status: int, messages: str | dict[str, list[str]], *, key: str = "messages") -> None:
        super().__init__(str(messages))
        self.status = status
        self.messages = messages
        self.key = key


def _not_found() -> Refused:
    return Refused(404, NOT_FOUND)


def _invalid(field: str, message: str) -> Refused:
    return Refused(422, {field: [message]})


@frozen
class Call:
    """A validated request: its parameters (query and path), body and uploaded files."""

    params: dict[str, Any]
    body: dict[str, Any]
    files: dict[str, bytes]
    bearer: str | None = None


Handler = Callable[[MockState, Call], Any]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


# --- Shared pieces -----------------------------------------------------------------------------------


def _page(items: list[Any], params: dict[str, Any]) -> dict[str, Any]:
    page, limit = int(params.get("page") or 1), int(params.get("limit") or 10)
    start = (page - 1) * limit
    return {
        "currentPage": page,
        "totalPages": -(-len(items) // limit),
        "totalItems": len(items),
        "itemsPerPage": limit,
        "items": items[start : start + limit],
    }


def _whole(items: list[Any]) -> dict[str, Any]:
    """A paged answer holding every item (for lists the service does not page by request)."""
    return {
        "currentPage": 1,
        "totalPages": 1,
        "totalItems": len(items),
        "itemsPerPage": max(len(items), 1),
        "items": items,
    }


def _line(state: MockState, value: Any, field: str = "line_number") -> str:
    if not state.has_line(str(value)):
        raise _invalid(field, BAD_LINE)
    return str(value)


def _fill(template: str, values: dict[str, Any]) -> str:
    return re.sub(r"%(\w+)%", lambda match: str(values.get(match.group(1), match.group(0))), template)


def _send(
    state: MockState,
    kind: str,
    line: str,
    messages: list[tuple[str, str]],
    body: dict[str, Any],
    *,
    template: str | None = None,
) -> SendRequest:
    if not state.affordable(text for _, text in messages):
        raise _invalid("balance", NO_CREDIT)
    number_format = body.get("number_format") or body.get("numberFormat")
    return state.record_send(
        kind, line, messages, schedule=body.get("schedule") or None, number_format=number_format, template=template
    )


def _slices(state: MockState, slices: Iterable[dict[str, Any]], field: str) -> list[str]:
    numbers: list[str] = []
    for index, piece in enumerate(slices or []):
        if piece["id"] not in state.phonebooks:
            raise _invalid(f"{field}.{index}.id", NOT_FOUND)
        numbers += state.phonebook_numbers(piece["id"], piece["offset"], piece["limit"])
    return numbers


def _unique(numbers: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(numbers))


def _rows(content: bytes) -> list[list[str]] | None:
    """The rows of an uploaded sheet (xlsx or CSV), or None when it cannot be read."""
    if content.startswith(b"PK"):
        try:
            from openpyxl import load_workbook

            book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
            sheet = book.active
            rows = (
                []
                if sheet is None
                else [["" if cell is None else str(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
            )
            book.close()
            return rows
        except Exception:  # any unreadable workbook is reported the same way
            return None
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    try:
        # newline="" lets the csv module see line breaks itself: a lone "\r" (old Mac files) is one too.
        return [row for row in csv.reader(io.StringIO(text, newline="")) if row]
    except csv.Error:  # a NUL byte, a field over the csv module's limit: unreadable, as the service says
        return None


def _table(content: bytes) -> list[dict[str, str]] | None:
    """An uploaded sheet as records keyed by its header row."""
    rows = _rows(content)
    if not rows or len(rows) < 2:
        return None
    header = [cell.strip() for cell in rows[0]]
    return [dict(zip(header, (cell.strip() for cell in row), strict=False)) for row in rows[1:]]


def _mobile(value: str) -> str | None:
    digits = re.sub(r"\D", "", value)
    if digits.startswith("98") and len(digits) == 12:
        digits = "0" + digits[2:]
    elif len(digits) == 10 and digits.startswith("9"):
        digits = "0" + digits
    return digits if re.fullmatch(r"09\d{9}", digits) else None


# --- sms ---------------------------------------------------------------------------------------------


@handles("send_pattern")
def send_pattern(state: MockState, call: Call) -> int:
    body = call.body
    pattern = state.patterns.get(body["code"])
    if pattern is None or pattern["status"] != "active":
        raise _not_found()
    line = _line(state, body["line_number"])
    missing = [var["var"] for var in pattern["vars"] if var["var"] not in body["attributes"]]
    if missing:
        raise _invalid(f"attributes.{missing[0]}", f"The attributes.{missing[0]} field is required.")
    text = _fill(pattern["text"], body["attributes"])
    return _send(state, "pattern", line, [(body["recipient"], text)], body, template=pattern["text"]).id


@handles("send_simple")
def send_simple(state: MockState, call: Call) -> int:
    body = call.body
    line = _line(state, body["line_number"])
    numbers = _unique(
        [*body.get("recipients", []), *_slices(state, body.get("selectedPhoneBooks", []), "selectedPhoneBooks")]
    )
    return _send(state, "simple", line, [(number, body["text"]) for number in numbers], body).id


@handles("send_variables")
def send_variables(state: MockState, call: Call) -> int:
    body = call.body
    line = _line(state, body["line_number"])
    messages = [(recipient["mobile"], _fill(body["text"], recipient)) for recipient in body["recipients"]]
    return _send(state, "variables", line, messages, body, template=body["text"]).id


@handles("send_variables_file")
def send_variables_file(state: MockState, call: Call) -> int:
    body = call.body
    line = _line(state, body["from"], "from")
    table = _table(call.files.get("recipients", b""))
    records = [(record, _mobile(record.get("mobile", ""))) for record in table or []]
    messages = [(mobile, _fill(body["text"], record)) for record, mobile in records if mobile]
    if not messages:
        return state.record_rejected("variables", line, body["text"]).id
    return _send(state, "variables", line, messages, body, template=body["text"]).id


@handles("send_peer_to_peer")
def send_peer_to_peer(state: MockState, call: Call) -> list[int]:
    body = call.body
    line = _line(state, body["line_number"])
    ids = []
    for index, peer in enumerate(body["peers"]):
        slices = _slices(state, peer.get("selectedPhoneBooks", []), f"peers.{index}.selectedPhoneBooks")
        numbers = _unique([*peer.get("recipients", []), *slices])
        ids.append(_send(state, "peer-to-peer", line, [(number, peer["text"]) for number in numbers], body).id)
    return ids


@handles("send_peer_to_peer_file")
def send_peer_to_peer_file(state: MockState, call: Call) -> list[int]:
    body = call.body
    line = _line(state, body["line_number"])
    peers: dict[str, list[str]] = {}
    for record in _table(call.files.get("peers_file", b"")) or []:
        mobile = _mobile(record.get("mobile", ""))
        if mobile and record.get("text"):
            peers.setdefault(record["text"], []).append(mobile)
    if not peers:
        return [state.record_rejected("peer-to-peer", line, "").id]
    return [
        _send(state, "peer-to-peer", line, [(number, text) for number in _unique(numbers)], body).id
        for text, numbers in peers.items()
    ]


@handles("send_to_number_bank")
def send_to_number_bank(state: MockState, call: Call) -> int:
    body = call.body
    line = _line(state, body["line_number"])
    numbers: list[str] = []
    for index, piece in enumerate(body.get("recipients", [])):
        if not any(bank["id"] == piece["bank_id"] for bank in state.banks):
            raise _invalid(f"recipients.{index}.bank_id", NOT_FOUND)
        numbers += state.bank_numbers(piece["bank_id"], piece["offset"], piece["limit"])
    return _send(state, "bank", line, [(number, body["text"]) for number in _unique(numbers)], body).id


@handles("send_sample")
def send_sample(state: MockState, call: Call) -> int:
    body = call.body
    line = _line(state, body["line_number"])
    return _send(state, "sample", line, [(state.profile["mobile"], body["text"])], body).id


@handles("send_simple_file")
def send_simple_file(state: MockState, call: Call) -> int:
    body = call.body
    line = _line(state, body["line_number"])
    rows = _rows(call.files.get("recipients_file", b"")) or []
    numbers = _unique(mobile for row in rows for mobile in [_mobile(row[0])] if row and mobile)
    if not numbers:
        return state.record_rejected("simple", line, body["text"]).id
    return _send(state, "simple", line, [(number, body["text"]) for number in numbers], body).id


@handles("download_voice_file")
def download_voice_file(state: MockState, call: Call) -> bytes:
    content = state.voice_files.get(call.params["file_id"])
    if content is None:
        raise _not_found()
    return content


@handles("send_voice")
def send_voice(state: MockState, call: Call) -> int:
    body = call.body
    if body["file_id"] not in state.voice_files:
        raise _invalid("file_id", NOT_FOUND)
    numbers = _unique(
        [*body.get("recipients", []), *_slices(state, body.get("selectedPhoneBooks", []), "selectedPhoneBooks")]
    )
    text = f"(voice message {body['file_id']})"
    return _send(state, "voice", state.lines[0]["line_number"], [(number, text) for number in numbers], body).id


@handles("upload_voice_file")
def upload_voice_file(state: MockState, call: Call) -> int:
    file_id = state.next_id()
    state.voice_files[file_id] = call.files.get("file", b"")
    return file_id


# --- lbs ---------------------------------------------------------------------------------------------


def _lbs(state: MockState, call: Call) -> dict[str, Any]:
    campaign = state.lbs.get(call.params["lbsId"])
    if campaign is None:
        raise _not_found()
    return campaign


@handles("create_lbs_request")
def create_lbs_request(state: MockState, call: Call) -> int:
    campaign_id = state.next_id()
    state.lbs[campaign_id] = {**call.body, "id": campaign_id, "status": "pending"}
    return campaign_id


@handles("list_lbs_requests")
def list_lbs_requests(state: MockState, call: Call) -> list[dict[str, Any]]:
    return list(state.lbs.values())


@handles("update_lbs_request")
def update_lbs_request(state: MockState, call: Call) -> None:
    campaign = _lbs(state, call)
    if campaign["status"] != "pending":
        raise _invalid("lbsId", "The campaign can no longer be edited.")
    campaign.update(call.body)


@handles("get_lbs_request")
def get_lbs_request(state: MockState, call: Call) -> dict[str, Any]:
    return _lbs(state, call)


@handles("cancel_lbs_request")
def cancel_lbs_request(state: MockState, call: Call) -> None:
    _lbs(state, call)["status"] = "cancelled"


# --- patterns ----------------------------------------------------------------------------------------


@handles("create_pattern")
def create_pattern(state: MockState, call: Call) -> str:
    code = f"mock{state.next_id():06d}"
    state.patterns[code] = {**call.body, "code": code, "status": "pending"}
    return code


@handles("list_patterns")
def list_patterns(state: MockState, call: Call) -> dict[str, Any]:
    params = call.params
    patterns = [
        pattern
        for pattern in state.patterns.values()
        if ("staus" not in params or pattern["status"] == params["staus"])
        and ("share" not in params or int(pattern.get("share", 0)) == params["share"])
        and (not params.get("search") or params["search"] in pattern.get("text", ""))
    ]
    return _page(patterns, params)


@handles("update_pattern")
def update_pattern(state: MockState, call: Call) -> str:
    pattern = state.patterns.get(call.params["code"])
    if pattern is None:
        raise _not_found()
    body = call.body
    pattern.update(text=body["text"], website=body["website"], share=int(body["shared"]), status="pending")
    if "description" in body:
        pattern["description"] = body["description"]
    if "attributes" in body:
        kinds = {"integer": "int", "string": "str", "date": "date"}
        pattern["vars"] = [
            {"var": a["name"], "type": kinds[a.get("type", "string")], "length": a["length"]}
            for a in body["attributes"]
        ]
    return str(pattern["code"])


@handles("get_pattern")
def get_pattern(state: MockState, call: Call) -> dict[str, Any]:
    pattern = state.patterns.get(call.params["code"])
    if pattern is None:
        raise _not_found()
    return pattern


# --- reports -----------------------------------------------------------------------------------------


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


# --- phonebook ---------------------------------------------------------------------------------------


def _phonebook(state: MockState, phonebook_id: Any, *, field: str | None = None) -> dict[str, Any]:
    phonebook = state.phonebooks.get(phonebook_id)
    if phonebook is None:
        raise _invalid(field, NOT_FOUND) if field else _not_found()
    return phonebook


def _phonebook_view(state: MockState, phonebook: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": phonebook["id"],
        "title": phonebook["title"],
        "records": sum(1 for c in state.contacts.values() if c["phone_book_id"] == phonebook["id"]),
        "attributes": [state.attributes[a] for a in phonebook["attributes"] if a in state.attributes],
    }


def _contact_view(state: MockState, contact: dict[str, Any]) -> dict[str, Any]:
    values = []
    for attribute_id, value in contact["attributes"].items():
        attribute = state.attributes.get(attribute_id)
        if attribute is not None:
            values.append({**attribute, "value": value})
    return {
        "id": contact["id"],
        "prefix": contact.get("prefix"),
        "name": contact.get("name"),
        "mobile": contact["mobile"],
        "attributes": values,
    }


def _upsert_contact(state: MockState, phonebook_id: int, item: dict[str, Any], existing_id: int | None = None) -> int:
    contact = state.contacts.get(existing_id) if existing_id else None
    if contact is None:
        contact = next(
            (
                c
                for c in state.contacts.values()
                if c["phone_book_id"] == phonebook_id and c["mobile"] == item["mobile"]
            ),
            None,
        )
    if contact is None:
        contact = {"id": state.next_id(), "phone_book_id": phonebook_id, "attributes": {}}
        state.contacts[contact["id"]] = contact
    contact.update(mobile=item["mobile"], prefix=item.get("prefix", contact.get("prefix")))
    contact["name"] = item.get("name", contact.get("name"))
    for value in item.get("attributes", []):
        contact["attributes"][value["attribute_id"]] = value["value"]
    return int(contact["id"])


@handles("download_phonebook_sample")
def download_phonebook_sample(state: MockState, call: Call) -> bytes:
    phonebook = _phonebook(state, call.params["phone_book"])
    header = [
        "mobile",
        "name",
        "prefix",
        *(state.attributes[a]["code"] for a in phonebook["attributes"] if a in state.attributes),
    ]
    from ..files import workbook

    return workbook([["09120000000", "نمونه", "man"]], header=header)


@handles("create_phonebook")
def create_phonebook(state: MockState, call: Call) -> int:
    phonebook_id = state.next_id()
    state.phonebooks[phonebook_id] = {
        "id": phonebook_id,
        "title": call.body["title"],
        "attributes": call.body.get("attributes") or [],
    }
    return phonebook_id


@handles("list_phonebooks")
def list_phonebooks(state: MockState, call: Call) -> dict[str, Any]:
    return _page([_phonebook_view(state, p) for p in state.phonebooks.values()], call.params)


@handles("update_phonebook")
def update_phonebook(state: MockState, call: Call) -> int:
    phonebook = _phonebook(state, call.params["id"])
    phonebook["title"] = call.body["title"]
    if call.body.get("attributes") is not None:
        phonebook["attributes"] = call.body["attributes"]
    return int(phonebook["id"])


@handles("create_phonebook_attribute")
def create_phonebook_attribute(state: MockState, call: Call) -> int:
    attribute_id = state.next_id()
    state.attributes[attribute_id] = {
        "id": attribute_id,
        "title": call.body["title"],
        "type": call.body["type"],
        "code": f"attribute_{attribute_id}",
    }
    return attribute_id


@handles("list_phonebook_attributes")
def list_phonebook_attributes(state: MockState, call: Call) -> dict[str, Any]:
    attributes = [
        a
        for a in state.attributes.values()
        if ("type" not in call.params or a["type"] == call.params["type"])
        and (not call.params.get("search") or call.params["search"] in a["title"])
    ]
    return _page(attributes, call.params)


@handles("add_contact")
def add_contact(state: MockState, call: Call) -> int:
    body = call.body
    _phonebook(state, body["phone_book_id"], field="phone_book_id")
    existing = body.get("phone_book_data_id")
    if existing is not None and existing not in state.contacts:
        raise _invalid("phone_book_data_id", NOT_FOUND)
    return _upsert_contact(state, body["phone_book_id"], body, existing)


@handles("list_contacts")
def list_contacts(state: MockState, call: Call) -> dict[str, Any]:
    params = call.params
    contacts = [
        _contact_view(state, c)
        for c in state.contacts.values()
        if ("phone_book_id" not in params or c["phone_book_id"] == params["phone_book_id"])
        and (not params.get("search") or params["search"] in f"{c['mobile']} {c.get('name') or ''}")
    ]
    return _page(contacts, params)


@handles("bulk_upsert_contacts")
def bulk_upsert_contacts(state: MockState, call: Call) -> dict[str, int]:
    body = call.body
    _phonebook(state, body["phone_book_id"], field="phone_book_id")
    before = len(state.contacts)
    for item in body["items"]:
        _upsert_contact(state, body["phone_book_id"], item)
    created = len(state.contacts) - before
    return {"created": created, "updated": len(body["items"]) - created}


@handles("upsert_contacts_excel")
def upsert_contacts_excel(state: MockState, call: Call) -> dict[str, int]:
    phonebook_id = call.body["phone_book_id"]
    _phonebook(state, phonebook_id, field="phone_book_id")
    before, skipped = len(state.contacts), 0
    for record in _table(call.files.get("file", b"")) or []:
        mobile = _mobile(record.get("mobile", ""))
        if mobile is None:
            skipped += 1
            continue
        _upsert_contact(state, phonebook_id, {"mobile": mobile, "name": record.get("name") or None})
    return {"created": len(state.contacts) - before, "skipped": skipped}


@handles("delete_contact")
def delete_contact(state: MockState, call: Call) -> None:
    if state.contacts.pop(call.params["id"], None) is None:
        raise _not_found()


# --- account -----------------------------------------------------------------------------------------


def _order(state: MockState, order_id: str) -> dict[str, Any]:
    # Ids are 64-bit: longer digits name no order (and int() refuses more than 4,300 of them).
    order = state.orders.get(int(order_id)) if len(order_id) <= 18 else None
    if order is None or order["status"] == "cancelled":
        raise _not_found()
    return order


@handles("get_balance")
def get_balance(state: MockState, call: Call) -> dict[str, Any]:
    count_ = state.balance // state.rate
    return {
        "balanceAmount": state.balance,
        "balanceCount": count_,
        "details": [{"count": count_, "rate": state.rate, "amount": state.balance}],
    }


@handles("charge_wallet")
def charge_wallet(state: MockState, call: Call) -> dict[str, Any]:
    order_id = state.next_id()
    state.orders[order_id] = {
        "id": order_id,
        "amount": call.body["amount"],
        "status": "created",
        "redirect": call.body.get("redirectUrl"),
    }
    return {"orderId": order_id, "amount": call.body["amount"]}


@handles("get_profile")
def get_profile(state: MockState, call: Call) -> dict[str, Any]:
    return state.profile


@handles("register_account")
def register_account(state: MockState, call: Call) -> None:
    return None


@handles("update_account")
def update_account(state: MockState, call: Call) -> None:
    if "first_name" in call.body or "last_name" in call.body:
        state.profile["displayName"] = f"{call.body.get('first_name', '')} {call.body.get('last_name', '')}".strip()
    if "mobile" in call.body:
        state.profile["mobile"] = call.body["mobile"]


@handles("list_lines")
def list_lines(state: MockState, call: Call) -> list[dict[str, Any]]:
    lines = state.lines
    if "is_dedicated" in call.params:
        lines = [line for line in lines if line["is_dedicated"] == bool(call.params["is_dedicated"])]
    if call.params.get("search"):
        lines = [line for line in lines if call.params["search"] in line["line_number"]]
    return lines


@handles("apply_order_discount")
def apply_order_discount(state: MockState, call: Call) -> dict[str, Any]:
    order = _order(state, call.body["orderId"])
    if order["status"] != "created":
        raise _invalid("orderId", "The order is already paid.")
    order["amount"] = order["amount"] * 9 // 10
    return {"orderId": order["id"], "amount": order["amount"]}


@handles("cancel_order")
def cancel_order(state: MockState, call: Call) -> None:
    order = _order(state, call.body["orderId"])
    if order["status"] != "created":
        raise _invalid("orderId", "The order is already paid.")
    order["status"] = "cancelled"


@handles("pay_order")
def pay_order(state: MockState, call: Call) -> dict[str, Any]:
    order = _order(state, call.body["orderId"])
    if order["status"] == "created":
        # The mock's gateway approves every payment at once.
        order["status"] = "paid"
        state.balance += int(order["amount"])
    source = call.body.get("paymentSource", "gateway")
    result: dict[str, Any] = {"orderId": order["id"], "status": order["status"]}
    if source != "wallet":
        result["redirectUrl"] = call.body.get("redirectUrl") or order.get("redirect")
    return result


# --- tickets -----------------------------------------------------------------------------------------


def _ticket(state: MockState, ticket_id: Any) -> dict[str, Any]:
    ticket = state.tickets.get(ticket_id)
    if ticket is None:
        raise _not_found()
    return ticket


def _ticket_message(state: MockState, text: str, file: bytes | None, *, admin: bool = False) -> dict[str, Any]:
    message: dict[str, Any] = {
        "id": state.next_id(),
        "text": text,
        "is_admin": admin,
        "created_at": now_text(state.clock.now()),
        "file_id": None,
    }
    if file:
        message["file_id"] = state.next_id()
        state.ticket_files[message["file_id"]] = file
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
def get_ticket(state: MockState, call: Call) -> dict[str, Any]:
    return _ticket(state, call.params["id"])


# --- reference ---------------------------------------------------------------------------------------


@handles("list_cities")
def list_cities(state: MockState, call: Call) -> dict[str, Any]:
    cities = [city for city in state.cities if city["province_id"] == call.params["province_id"]]
    if call.params.get("has_any_banks"):
        cities = [city for city in cities if any(bank["city_id"] == city["id"] for bank in state.banks)]
    return _whole(cities)


@handles("list_provinces")
def list_provinces(state: MockState, call: Call) -> dict[str, Any]:
    provinces = state.provinces
    if call.params.get("has_any_banks"):
        provinces = [p for p in provinces if any(bank["province_id"] == p["id"] for bank in state.banks)]
    return _whole(provinces)


@handles("list_number_banks")
def list_number_banks(state: MockState, call: Call) -> dict[str, Any]:
    params = call.params
    banks = [
        bank
        for bank in state.banks
        if bank["province_id"] == params["province_id"]
        and bank["city_id"] == params["city_id"]
        and (not params.get("search") or params["search"] in bank["title"])
    ]
    return _whole(banks)


@handles("calculate_cost")
def calculate_cost(state: MockState, call: Call) -> int:
    body = call.body
    receivers = sum(piece["row_count"] for piece in body["filters"]) if "filters" in body else body["receiver_count"]
    return state.cost_of([as_delivered(body["text"], body.get("number_format") or "english")]) * int(receivers)


@handles("list_postal_lines")
def list_postal_lines(state: MockState, call: Call) -> list[dict[str, Any]]:
    return [{"id": 12, "line_number": "50004001", "title": "خط تبلیغاتی"}]


@handles("list_postal_genders")
def list_postal_genders(state: MockState, call: Call) -> list[dict[str, Any]]:
    return [{"id": 1, "title": "مرد"}, {"id": 2, "title": "زن"}]


@handles("count_postal_receivers")
def count_postal_receivers(state: MockState, call: Call) -> int:
    # Stable for the same filters, so tests can rely on it.
    key = "|".join(
        str(call.params.get(name)) for name in ("postal_code", "gender_id", "age_from", "age_to", "number_prefix")
    )
    return 1000 + zlib.crc32(key.encode()) % 9000


# --- panel -------------------------------------------------------------------------------------------

PANEL_USER = ("demo", "demo")
"""The panel username and password the mock accepts."""
TWO_FACTOR_CODE = "123456"
"""The second-factor code the mock accepts."""


@handles("login")
def login(state: MockState, call: Call) -> dict[str, Any]:
    if (call.body["username"], call.body["password"]) != PANEL_USER:
        raise Refused(401, "نام کاربری یا رمز عبور اشتباه است", key="message")
    token = f"panel-{state.next_id()}"
    state.panel_tokens[token] = "pending" if call.body.get("method") else "active"
    return {"token": token, "two_factor": bool(call.body.get("method"))}


@handles("verify_two_factor")
def verify_two_factor(state: MockState, call: Call) -> dict[str, Any]:
    if state.panel_tokens.get(call.body["token"]) != "pending" or call.body["code"] != TWO_FACTOR_CODE:
        raise Refused(401, "کد تایید اشتباه است", key="message")
    state.panel_tokens[call.body["token"]] = "active"
    return {"token": call.body["token"]}


@handles("logout")
def logout(state: MockState, call: Call) -> None:
    if call.bearer:
        state.panel_tokens.pop(call.bearer, None)


@handles("register_panel_user")
def register_panel_user(state: MockState, call: Call) -> None:
    return None


@handles("get_register_form")
def get_register_form(state: MockState, call: Call) -> dict[str, Any]:
    return {"fields": ["mobile", "username", "password", "first_name", "last_name", "email"]}
