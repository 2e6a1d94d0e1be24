"""The ``patterns`` tag: message templates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._state import MockState
from ._common import Call, _not_found, _page, handles

if TYPE_CHECKING:
    from iranpayamak_api import wire


@handles("create_pattern")
def create_pattern(state: MockState, call: Call) -> str:
    code = f"mock{state.next_id():06d}"
    body = cast("wire.PatternCreateRequest", call.body)
    state.patterns[code] = {
        "code": code,
        "text": body["text"],
        "description": body.get("description"),
        "status": "pending",
        "share": body["share"],
        "website": body["website"],
        "category": body["category"],
        "vars": [{"var": v["var"], "type": v["type"], "length": v["length"]} for v in body["vars"]],
    }
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
    pattern["text"] = body["text"]
    pattern["website"] = body["website"]
    pattern["share"] = int(body["shared"])
    pattern["status"] = "pending"
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
def get_pattern(state: MockState, call: Call) -> wire.Pattern:
    pattern = state.patterns.get(call.params["code"])
    if pattern is None:
        raise _not_found()
    return pattern
