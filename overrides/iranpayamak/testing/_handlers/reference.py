"""The ``reference`` tag: places, number banks, costs and postal targeting."""

from __future__ import annotations

import zlib
from typing import Any

from ...parts import as_delivered
from .._state import MockState
from ._common import Call, _whole, handles


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
