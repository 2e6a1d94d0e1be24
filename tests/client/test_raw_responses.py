"""Every operation of both clients can return its HTTP answer (``with_raw_response``), typed result one call away.

When the spec is wrong about a successful answer, the user must still get at what the service said:
the raw response arrives, and only ``parse()`` raises, with the operation, status and body.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from generator.resources import Method
from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import BulkSendError, ResponseParseError, ServerError, ValidationError
from iranpayamak.pagination import Page
from iranpayamak.raw import RawResponse
from iranpayamak.resources.panel import PanelSession
from tests.client.test_undocumented_answers import _run, both_clients
from tests.fakes import FakeService
from tests.spec_examples import METHODS, ergonomic_call, normalized, operation_of, plain, success

each_method = pytest.mark.parametrize("method", METHODS, ids=[f"{m.namespace}.{m.name}" for m in METHODS])
JSON_METHODS = [m for m in METHODS if success(operation_of(m)[2])[1] == "application/json"]


def _raw_call(client: Any, method: Method) -> Any:
    positional, keywords, _ = ergonomic_call(method)
    namespace = getattr(client, method.namespace)
    return _run(getattr(namespace.with_raw_response, method.public_name)(*positional, **keywords))


def _operation_result(method: Method, data: Any) -> Any:
    """What the operation's method returns for ``data``. Raw methods are one request each: the chunking of
    ``sms.send_simple`` and ``phonebook.upsert_contacts`` is not theirs, while ``account.balance`` and panel
    sign-in parse as their methods do."""
    if method.result in ("pager", "page"):
        return data["items"]
    if method.result == "items" and isinstance(data, dict):
        return data["items"]
    if method.namespace == "panel" and method.public_name in ("login", "verify_two_factor"):
        return PanelSession(token=data["token"], two_factor_required=False, data=data)  # as the method reads it
    return data


def test_every_operation_has_a_raw_form_on_both_clients() -> None:
    for cls in (IranPayamak, AsyncIranPayamak):
        client = cls(api_key="k")
        for method in METHODS:
            raw = getattr(client, method.namespace).with_raw_response
            assert callable(getattr(raw, method.public_name)), (cls.__name__, method.namespace, method.name)
    assert len(METHODS) == 63


@both_clients
@each_method
def test_the_raw_response_holds_the_answer_and_parses_to_the_result(method: Method, cls: type[Any]) -> None:
    _, _, operation = operation_of(method)
    status, media_type, example = success(operation)
    body = json.dumps(example).encode() if media_type == "application/json" else b"binary-bytes"
    service = FakeService(httpx.Response(status, content=body, headers={"content-type": media_type, "x-trace": "t-1"}))
    raw = _raw_call(service.ergonomic(cls), method)
    assert isinstance(raw, RawResponse)
    assert len(service.requests) == 1
    assert (raw.operation, raw.status_code, raw.content) == (operation["operationId"], status, body)
    assert raw.headers["x-trace"] == "t-1" and raw.http_response.request.url == service.requests[0].url
    result = raw.parse()
    if media_type != "application/json":
        assert result == b"binary-bytes"
        return
    assert raw.json() == example
    if method.result in ("pager", "page"):
        assert isinstance(result, Page)
    assert normalized(plain(result)) == normalized(plain(_operation_result(method, example.get("data"))))


@both_clients
@pytest.mark.parametrize("method", JSON_METHODS, ids=[f"{m.namespace}.{m.name}" for m in JSON_METHODS])
def test_an_answer_the_spec_does_not_allow_still_arrives_and_only_parse_raises(method: Method, cls: type[Any]) -> None:
    _, _, operation = operation_of(method)
    status = success(operation)[0]
    service = FakeService(httpx.Response(status, json="a shape no spec names"))
    client = service.ergonomic(cls, max_retries=0)
    with pytest.raises((ResponseParseError, BulkSendError)) as plain_call:
        positional, keywords, _ = ergonomic_call(method)
        outcome = getattr(getattr(client, method.namespace), method.public_name)(*positional, **keywords)
        _run(outcome.page() if hasattr(outcome, "page") else outcome)
    failure = plain_call.value
    # The chunked sends report each request's failure in their result.
    failure = failure.result.failed[0].error if isinstance(failure, BulkSendError) else failure
    assert isinstance(failure, ResponseParseError) and failure.operation == operation["operationId"]
    raw = _raw_call(client, method)
    assert raw.json() == "a shape no spec names" and raw.status_code == status
    with pytest.raises(ResponseParseError) as parsing:
        raw.parse()
    error = parsing.value
    assert (error.operation, error.status_code, error.body) == (
        operation["operationId"],
        status,
        '"a shape no spec names"',
    )
    assert str(error).startswith(f"{operation['operationId']}: HTTP {status}")


@both_clients
def test_errors_the_service_reports_are_raised_as_by_the_method(cls: type[Any]) -> None:
    service = FakeService(httpx.Response(422, json={"status": "error", "messages": {"code": ["نامعتبر"]}}))
    client = service.ergonomic(cls)
    with pytest.raises(ValidationError) as refused:
        _run(client.patterns.with_raw_response.get("SJ3FgPrE0C"))
    assert refused.value.operation == "get_pattern" and refused.value.field_errors == {"code": ["نامعتبر"]}


@both_clients
def test_retried_attempts_are_kept_and_the_last_one_is_the_answer(cls: type[Any]) -> None:
    service = FakeService(
        httpx.Response(503, json={"status": "error", "message": "busy"}),
        httpx.Response(
            200, json={"status": "success", "data": {"balanceAmount": 10, "balanceCount": 1, "details": []}}
        ),
    )
    raw = _run(service.ergonomic(cls).account.with_raw_response.balance())
    assert [exchange.response.status_code for exchange in raw.exchanges] == [503, 200]
    assert [exchange.attempt for exchange in raw.exchanges] == [0, 1]
    assert raw.status_code == 200 and raw.parse().balance_amount == 10


@both_clients
def test_a_failed_answer_after_retries_raises_as_the_method_does(cls: type[Any]) -> None:
    service = FakeService(httpx.Response(503, json={"status": "error", "message": "busy"}))
    with pytest.raises(ServerError):
        _run(service.ergonomic(cls, max_retries=1).account.with_raw_response.balance())
    assert len(service.requests) == 2


def test_a_raw_call_leaves_the_client_it_came_from_as_it_was() -> None:
    service = FakeService(
        httpx.Response(200, json={"status": "success", "data": {"balanceAmount": 1, "balanceCount": 1}})
    )
    client = service.ergonomic(IranPayamak)
    client.account.with_raw_response.balance()
    assert client.api._observers == ()  # the raw call observed a copy
    assert client.account.balance().amount == 1


@both_clients
def test_overridden_methods_parse_as_the_methods_return(cls: type[Any]) -> None:
    balance = {"status": "success", "data": {"balanceAmount": 10, "balanceCount": 2, "details": []}}
    service = FakeService(httpx.Response(200, json=balance))
    raw = _run(service.ergonomic(cls).account.with_raw_response.balance())
    assert (raw.parse().amount, raw.parse().count) == (10, 2)  # the plain names, as account.balance() has
    token = "7|kXb2Qm9TqzR4vW8yLd3HfN6pJc1sAe5G"
    service = FakeService(httpx.Response(200, json={"status": "success", "data": {"token": token}}))
    session = _run(service.ergonomic(cls).panel.with_raw_response.login("shop", "pw")).parse()
    assert isinstance(session, PanelSession) and session.token == token and token not in repr(session)


@both_clients
def test_a_boolean_where_an_id_is_promised_does_not_parse(cls: type[Any]) -> None:
    # int(True) is 1: without a check, a body of `true` would read as the send request id 1.
    service = FakeService(httpx.Response(201, json={"status": "success", "data": True, "messages": None}))
    raw = _run(service.ergonomic(cls).sms.with_raw_response.send_pattern("SJ3FgPrE0C", "09121234567", {"code": "1"}))
    with pytest.raises(ResponseParseError, match="a boolean where a number is declared"):
        raw.parse()
