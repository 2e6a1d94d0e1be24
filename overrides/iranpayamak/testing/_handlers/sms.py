"""The ``sms`` tag: sends, voice messages and location-based (LBS) campaigns."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._state import MockState
from ._common import (
    NOT_FOUND,
    Call,
    _fill,
    _invalid,
    _line,
    _mobile,
    _not_found,
    _rows,
    _send,
    _slices,
    _table,
    _unique,
    handles,
)

if TYPE_CHECKING:
    from iranpayamak_api import wire


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


def _lbs(state: MockState, call: Call) -> wire.LbsRequest:
    campaign = state.lbs.get(call.params["lbsId"])
    if campaign is None:
        raise _not_found()
    return campaign


@handles("create_lbs_request")
def create_lbs_request(state: MockState, call: Call) -> int:
    campaign_id = state.next_id()
    state.lbs[campaign_id] = {**cast("wire.LbsCreateRequest", call.body), "id": campaign_id, "status": "pending"}
    return campaign_id


@handles("list_lbs_requests")
def list_lbs_requests(state: MockState, call: Call) -> list[wire.LbsRequest]:
    return list(state.lbs.values())


@handles("update_lbs_request")
def update_lbs_request(state: MockState, call: Call) -> None:
    campaign = _lbs(state, call)
    if campaign["status"] != "pending":
        raise _invalid("lbsId", "The campaign can no longer be edited.")
    state.lbs[call.params["lbsId"]] = {**campaign, **cast("wire.LbsUpdateRequest", call.body)}


@handles("get_lbs_request")
def get_lbs_request(state: MockState, call: Call) -> wire.LbsRequest:
    return _lbs(state, call)


@handles("cancel_lbs_request")
def cancel_lbs_request(state: MockState, call: Call) -> None:
    _lbs(state, call)["status"] = "cancelled"
