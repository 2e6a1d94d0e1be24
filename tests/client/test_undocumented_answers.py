"""Operations whose success body the documentation leaves empty accept any successful answer.

The documented body of the panel operations is ``{}``; ten more (LBS create and update, contacts,
wallet, account, orders) document an empty schema. None of them may read a successful write as a
failure, since the caller would retry it and send twice (spec audit, rows P1 and P2). Every such operation,
on both clients, is fed the answers the service might give; each comes back as its payload.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import pytest

from generator.resources import Method
from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import ResponseParseError
from iranpayamak.resources.panel import PanelSession
from tests.fakes import FakeService
from tests.spec.schema_check import resolve
from tests.spec_examples import METHODS, SPEC, ergonomic_call, operation_of, success, wire


def _answers_with_ack(method: Method) -> bool:
    _, _, operation = operation_of(method)
    code = next(code for code in operation["responses"] if str(code).startswith("2"))
    content = resolve(SPEC, operation["responses"][code])["content"]
    schema = content.get("application/json", {}).get("schema", {})  # downloads answer with a file
    return bool(schema.get("$ref", "").endswith("/AckResult"))


ACK_METHODS = [method for method in METHODS if _answers_with_ack(method)]

both_clients = pytest.mark.parametrize("cls", [IranPayamak, AsyncIranPayamak], ids=["sync", "async"])


def each_method_of(operation_ids: set[str]) -> pytest.MarkDecorator:
    """Parametrize ``method`` with the ergonomic methods of these operations."""
    chosen = [method for method in METHODS if method.operation_id in operation_ids]
    return pytest.mark.parametrize("method", chosen, ids=lambda method: f"{method.namespace}.{method.name}")


# An answer the service might give, and the payload the method returns for it.
ANSWERS: list[tuple[str, Any, Any]] = [
    ("the documented empty object", {}, None),
    (
        "a bare object",
        {"orderId": 18, "redirectUrl": "https://pay.example/18"},
        {"orderId": 18, "redirectUrl": "https://pay.example/18"},
    ),
    ("an envelope with a payload", {"status": "success", "data": {"id": 7}, "messages": None}, {"id": 7}),
    ("an envelope without one", {"status": "success", "data": None, "message": "انجام شد"}, None),
    ("an envelope and more", {"status": "success", "orderId": 18}, {"orderId": 18}),
]


def test_the_operations_the_audit_named_are_all_covered() -> None:
    named = {
        "login", "logout", "get_register_form", "verify_two_factor",  # P1: documented {}
        "create_lbs_request", "update_lbs_request", "add_contact", "bulk_upsert_contacts",  # P2
        "upsert_contacts_excel", "delete_contact", "charge_wallet", "update_account",
        "apply_order_discount", "pay_order",
    }  # fmt: skip
    assert named <= {method.operation_id for method in ACK_METHODS}


# Methods that send their input in chunks return one payload per request (one, for these examples).
CHUNKED = {"bulk_upsert_contacts"}


# Panel sign-in returns a session: the token it found in the payload, and the payload whole.
SIGN_IN = {"login", "verify_two_factor"}


def _returned(method: Method, payload: Any) -> Any:
    if method.operation_id in SIGN_IN:
        token = payload.get("token") if isinstance(payload, dict) else None
        return PanelSession(token=token, two_factor_required=False, data=payload)
    return [payload] if method.operation_id in CHUNKED else payload


def _call(client: Any, method: Method) -> Any:
    positional, keywords, _ = ergonomic_call(method)
    outcome = getattr(getattr(client, method.namespace), method.public_name)(*positional, **keywords)
    if inspect.isawaitable(outcome):
        return asyncio.run(_awaited(outcome))
    return outcome


async def _awaited(outcome: Any) -> Any:
    return await outcome


@both_clients
@each_method_of({method.operation_id for method in ACK_METHODS})
def test_every_successful_answer_comes_back_as_its_payload(method: Method, cls: type[Any]) -> None:
    status = success(operation_of(method)[2])[0]
    for label, body, payload in ANSWERS:
        service = FakeService(httpx.Response(status, json=body))
        assert _call(service.ergonomic(cls, max_retries=0), method) == _returned(method, payload), label
        assert len(service.requests) == 1


@each_method_of({method.operation_id for method in ACK_METHODS})
def test_the_documented_example_parses(method: Method) -> None:
    status, _, example = success(operation_of(method)[2])
    service = FakeService(httpx.Response(status, json=example))
    if "data" in example:
        expected = example["data"]
    else:
        expected = {key: value for key, value in example.items() if key not in ("status", "message", "messages")}
    assert _call(service.ergonomic(IranPayamak), method) == _returned(method, expected or None)


# Operations answering with records no page shows (spec audit, rows P7 and P10): inferred, so no field
# of them is required, and a field under another name is kept.
INFERRED_RECORDS = {
    "get_lbs_request",
    "list_lbs_requests",
    "get_send_request",
    "list_send_requests",
    "get_ticket",
    "list_tickets",
    "list_postal_genders",
}


def _renamed(value: Any) -> Any:
    """``value`` with every ``id`` and ``title`` key spelled otherwise, as another service version might."""
    if isinstance(value, dict):
        spelled = {"id": "uuid", "title": "name"}
        return {spelled.get(key, key): _renamed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_renamed(item) for item in value]
    return value


@both_clients
@each_method_of(INFERRED_RECORDS)
def test_inferred_records_parse_without_the_fields_we_guessed(method: Method, cls: type[Any]) -> None:
    status, _, example = success(operation_of(method)[2])
    body = {**example, "data": _renamed(example["data"])}
    assert "uuid" in repr(body["data"]) or "name" in repr(body["data"])  # the example has records to rename
    service = FakeService(httpx.Response(status, json=body))
    result = _call(service.ergonomic(cls, max_retries=0), method)
    if hasattr(result, "page"):
        result = result.page()
        result = asyncio.run(_awaited(result)) if inspect.isawaitable(result) else result
    kept = repr(getattr(result, "raw", result))  # a record keeps what it was read from in `raw`
    assert "'uuid'" in kept or "'name'" in kept  # kept, though no field is named so


def test_the_audit_rows_on_inferred_records_are_all_covered() -> None:
    assert {method.operation_id for method in METHODS} >= INFERRED_RECORDS


# Lists no page shows (spec audit, rows P5 and P6), and list_lines, which public clients have seen in
# two shapes: each takes its records as a list, wrapped in items, or as a page.
LISTS = {"list_lbs_requests", "list_postal_lines", "list_lines"}


def _shapes(records: list[Any]) -> list[tuple[str, Any]]:
    page = {"currentPage": 1, "totalPages": 1, "totalItems": len(records), "itemsPerPage": 10}
    return [("a list", records), ("wrapped in items", {"items": records}), ("a page", {**page, "items": records})]


@both_clients
@each_method_of(LISTS)
def test_lists_come_back_as_lists_whatever_their_shape(method: Method, cls: type[Any]) -> None:
    status, _, example = success(operation_of(method)[2])
    records = example["data"] if isinstance(example["data"], list) else example["data"]["items"]
    assert records, "the example has records"
    for label, data in _shapes(records):
        service = FakeService(httpx.Response(status, json={**example, "data": data}))
        returned = _call(service.ergonomic(cls, max_retries=0), method)
        assert isinstance(returned, list), label
        assert [record.to_dict() for record in returned] == records, label


def test_the_audit_rows_on_lists_are_all_covered() -> None:
    assert {method.operation_id for method in METHODS} >= LISTS


# Paged lists whose answer no page shows (spec audit, rows P3, P8 and the lists of P10): a page, a page
# without its numbers, items alone, or a plain list; all but a full page are read as the only page.
INFERRED_PAGES = {
    "list_patterns",
    "list_provinces",
    "list_send_requests",
    "list_tickets",
    "list_send_request_items",
    "list_cities",
    "list_number_banks",
}


def _page_shapes(records: list[Any]) -> list[tuple[str, Any]]:
    numbers = {"currentPage": 1, "totalPages": 1, "totalItems": len(records), "itemsPerPage": 10}
    return [
        ("a page", {**numbers, "items": records}),
        ("a page without its totals", {"currentPage": 1, "items": records}),
        ("items alone", {"items": records}),
        ("a plain list", records),
    ]


def _all_items(client: Any, method: Method) -> list[Any]:
    returned = _call(client, method)
    if hasattr(returned, "__aiter__"):
        return asyncio.run(_collected(returned))
    if hasattr(returned, "items") and not callable(returned.items):
        return list(returned.items)  # a Page: the operation takes no page number
    return list(returned)


async def _collected(pager: Any) -> list[Any]:
    return [item async for item in pager]


@both_clients
@each_method_of(INFERRED_PAGES)
def test_inferred_pages_are_read_whatever_their_shape(method: Method, cls: type[Any]) -> None:
    status, _, example = success(operation_of(method)[2])
    records = example["data"]["items"]
    assert records, "the example has records"
    for label, data in _page_shapes(records):
        service = FakeService(httpx.Response(status, json={**example, "data": data}))
        items = _all_items(service.ergonomic(cls, max_retries=0), method)
        assert [wire(item) for item in items] == records, label
        assert len(service.requests) == 1, label  # read as the only page: no second request


def test_the_audit_rows_on_pages_are_all_covered() -> None:
    assert {method.operation_id for method in METHODS} >= INFERRED_PAGES


# Numbers written as text, as PHP writes them as readily (spec audit, row P9): read as the numbers.
@both_clients
@pytest.mark.parametrize(("data", "count"), [(4200, 4200), ("4200", 4200), (4200.0, 4200), ("+7", 7)])
def test_a_count_written_as_text_or_a_whole_float_is_a_number(cls: type[Any], data: Any, count: int) -> None:
    service = FakeService(httpx.Response(200, json={"status": "success", "data": data}))
    client = service.ergonomic(cls, max_retries=0)
    assert _run(client.reference.count_postal_receivers("123", 1300, 1400)) == count


@pytest.mark.parametrize("data", ["42.5", "4 200", "12a", "9" * 40, 4200.5, True])
def test_text_or_a_float_that_is_no_whole_number_is_still_refused(data: Any) -> None:
    service = FakeService(httpx.Response(200, json={"status": "success", "data": data}))
    with pytest.raises(ResponseParseError):
        service.ergonomic(IranPayamak, max_retries=0).reference.count_postal_receivers("123", 1300, 1400)


def test_ids_written_as_text_are_numbers() -> None:
    method = next(method for method in METHODS if method.operation_id == "send_peer_to_peer")
    service = FakeService(httpx.Response(201, json={"status": "success", "data": ["11", 12, "13"]}))
    assert _call(service.ergonomic(IranPayamak, max_retries=0), method) == [11, 12, 13]


def _run(outcome: Any) -> Any:
    return asyncio.run(_awaited(outcome)) if inspect.isawaitable(outcome) else outcome


@both_clients
def test_a_pattern_without_a_code_and_with_variables_of_unknown_kinds_parses(cls: type[Any]) -> None:
    # spec audit, row P4: no page shows a pattern as get_pattern answers, so none of it is required.
    shown = {"title": "ورود", "vars": [{"var": "code", "type": "otp"}, {"name": "expiry"}]}
    service = FakeService(httpx.Response(200, json={"status": "success", "data": shown}))
    pattern = _run(service.ergonomic(cls, max_retries=0).patterns.get("SJ3FgPrE0C"))
    assert pattern.title == "ورود"
    assert [variable.to_dict() for variable in pattern.vars_] == shown["vars"]
