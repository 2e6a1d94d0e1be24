"""Every failure surfaces as one typed exception that says what went wrong; nothing raw leaks out."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import iranpayamak_api
from iranpayamak_api import errors
from iranpayamak_api.api.account import get_balance
from iranpayamak_api.api.reports import list_send_request_items
from iranpayamak_api.api.sms import send_pattern
from iranpayamak_api.models import DeliveryStatus
from tests.fakes import FakeService, envelope, raw
from tests.generated.bodies import pattern_body


def _send(answer: httpx.Response) -> Any:
    service = FakeService(answer)
    return send_pattern.sync(client=service.client(iranpayamak_api, max_retries=0), body=pattern_body())


@pytest.mark.parametrize(
    ("code", "body", "expected", "message"),
    [
        (400, {"status": "error", "messages": "bad request"}, errors.ValidationError, "bad request"),
        (
            401,
            {"status": "error", "message": "Auth required", "data": None},
            errors.AuthenticationError,
            "Auth required",
        ),
        (
            401,
            {"status": "error", "message": "Api-Key not valid", "data": None},
            errors.AuthenticationError,
            "Api-Key not valid",
        ),
        (403, {"status": "error", "messages": ["line not allowed"]}, errors.PermissionDeniedError, "line not allowed"),
        (
            404,
            {"status": "error", "messages": "داده درخواستی یافت نشد"},
            errors.NotFoundError,
            "داده درخواستی یافت نشد",
        ),
        (409, {"status": "error", "messages": "conflict"}, errors.APIError, "conflict"),
        (429, {"status": "error", "messages": "Too Many Attempts."}, errors.RateLimitError, "Too Many Attempts."),
        (500, {"message": "Server Error"}, errors.ServerError, "Server Error"),
        (503, {}, errors.ServerError, "Service Unavailable"),
        (599, {}, errors.ServerError, "Unknown error"),
    ],
)
def test_status_codes_map_to_error_classes(code: int, body: Any, expected: type, message: str) -> None:
    with pytest.raises(errors.APIError) as caught:
        _send(httpx.Response(code, json=body))
    assert type(caught.value) is expected
    assert caught.value.status_code == code
    assert caught.value.message == message
    assert str(caught.value) == f"HTTP {code}: {message}"


def test_validation_error_lists_each_field_and_flattens_the_message() -> None:
    body = {
        "status": "error",
        "data": None,
        "messages": {"line_number": ["گزینه انتخاب شده line number صحیح نمی باشد"], "recipient": "invalid"},
    }
    with pytest.raises(errors.ValidationError) as caught:
        _send(httpx.Response(422, json=body))
    assert caught.value.field_errors == {
        "line_number": ["گزینه انتخاب شده line number صحیح نمی باشد"],
        "recipient": ["invalid"],
    }
    assert caught.value.message == "line_number: گزینه انتخاب شده line number صحیح نمی باشد; recipient: invalid"
    assert caught.value.body == body


def test_both_message_keys_are_read_without_repeating_text() -> None:
    body = {"status": "error", "message": "first", "messages": ["first", "second"]}
    with pytest.raises(errors.APIError) as caught:
        _send(httpx.Response(400, json=body))
    assert caught.value.message == "first; second"


def test_html_error_page_becomes_a_server_error_with_the_page_kept() -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    with pytest.raises(errors.ServerError) as caught:
        _send(raw(502, page, "text/html"))
    assert caught.value.message == "Bad Gateway"
    assert caught.value.body == page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"status": "error", "data": None, "messages": "اعتبار کافی نیست"}, errors.APIError),
        ({"status": "error", "data": None, "messages": {"text": ["required"]}}, errors.ValidationError),
        ({"status": "error", "data": None, "messages": "داده درخواستی یافت نشد"}, errors.NotFoundError),
        ({"status": "error", "data": None, "message": "Api-Key not valid"}, errors.AuthenticationError),
    ],
)
def test_error_envelope_inside_a_2xx_answer_is_an_error(body: Any, expected: type) -> None:
    with pytest.raises(errors.APIError) as caught:
        _send(httpx.Response(201, json=body))
    assert type(caught.value) is expected
    assert caught.value.status_code == 201


@pytest.mark.parametrize(
    "answer",
    [
        raw(201, "<!doctype html><title>maintenance</title>", "text/html"),
        raw(201, '{"status": "success", "data": 4073'),
        raw(201, ""),
        raw(201, '{"status": "success"}'),
        raw(201, '"just a string"'),
        raw(201, b"\xff\xfe\x00garbage"),
    ],
)
def test_unreadable_success_answer_raises_response_parse_error(answer: httpx.Response) -> None:
    with pytest.raises(errors.ResponseParseError) as caught:
        _send(answer)
    assert caught.value.status_code == 201
    assert isinstance(caught.value.body, str)


def test_detailed_variant_returns_the_answer_instead_of_raising() -> None:
    service = FakeService(httpx.Response(422, json={"status": "error", "messages": {"text": ["required"]}}))
    response = send_pattern.sync_detailed(client=service.client(iranpayamak_api), body=pattern_body())
    assert response.status_code == 422
    assert response.parsed is None
    error = errors.error_from_response(response)
    assert isinstance(error, errors.ValidationError)
    assert error.field_errors == {"text": ["required"]}


def test_unknown_delivery_status_and_fields_are_kept() -> None:
    page = {
        "currentPage": 1,
        "totalPages": 1,
        "totalItems": 1,
        "itemsPerPage": 10,
        "items": [{"id": 1, "mobile": "09121234567", "status": "queued-at-operator", "operator": "mci"}],
    }
    service = FakeService(envelope(page, trace="t-9"))
    result = list_send_request_items.sync(407328, client=service.client(iranpayamak_api))
    item = result.data.items[0]
    assert item.status == "queued-at-operator"
    assert isinstance(item.status, DeliveryStatus)
    assert DeliveryStatus("queued-at-operator") is item.status
    assert item.additional_properties == {"operator": "mci"}
    assert result.additional_properties == {"trace": "t-9"}


def test_null_where_the_spec_allows_it_parses() -> None:
    service = FakeService(httpx.Response(200, json={"status": "success", "message": None, "data": {}}))
    balance = get_balance.sync(client=service.client(iranpayamak_api))
    assert balance.message is None
    assert balance.data.to_dict() == {}


@pytest.mark.parametrize(
    ("data", "expected"),
    [(407328, 407328), ("407328", 407328)],
    ids=["number", "numeric text"],
)
def test_ids_are_read_as_numbers(data: object, expected: int) -> None:
    assert _send(envelope(data, code=201)).data == expected


@pytest.mark.parametrize("data", [None, "oops", {"id": 1}], ids=["null", "text", "object"])
def test_an_id_that_is_not_a_number_is_a_parse_error(data: object) -> None:
    with pytest.raises(errors.ResponseParseError):
        _send(envelope(data, code=201))


def test_a_null_optional_number_reads_as_absent() -> None:
    page = {"currentPage": 1, "totalPages": 1, "totalItems": 1, "itemsPerPage": 10, "items": [{"id": 1, "parts": None}]}
    service = FakeService(envelope(page))
    item = list_send_request_items.sync(1, client=service.client(iranpayamak_api)).data.items[0]
    assert item.parts is iranpayamak_api.UNSET


def test_deeply_nested_bodies_are_reported_not_crashed_on() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(errors.ResponseParseError):
        _send(raw(201, deep))
    with pytest.raises(errors.ServerError):
        _send(raw(500, deep))


@pytest.mark.parametrize(
    ("code", "body"),
    [
        (422, {"status": "error", "messages": "داده درخواستی یافت نشد"}),
        (400, {"status": "error", "messages": "Pattern not found"}),
        (422, {"status": "error", "error_code": "pattern_not_found", "messages": "..."}),
    ],
)
def test_the_not_found_text_means_not_found_on_client_errors_too(code: int, body: dict[str, object]) -> None:
    with pytest.raises(errors.NotFoundError):
        _send(httpx.Response(code, json=body))


@pytest.mark.parametrize(
    ("failure", "reached"),
    [
        (httpx.ConnectError("refused"), False),
        (httpx.ConnectTimeout("slow to connect"), False),
        (httpx.ReadTimeout("slow to answer"), True),
        (httpx.RemoteProtocolError("reset"), True),
    ],
)
def test_connection_errors_say_whether_the_request_may_have_arrived(failure: Exception, reached: bool) -> None:
    with pytest.raises(errors.APIConnectionError) as caught:
        _send_with(FakeService(failure))
    assert caught.value.may_have_reached_service is reached


def _send_with(service: FakeService) -> Any:
    return send_pattern.sync(client=service.client(iranpayamak_api, max_retries=0), body=pattern_body())
