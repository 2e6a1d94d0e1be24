"""The spec accepts what real clients send today and rejects what the service is known to reject.

The accepted bodies are the ones public clients of the service send (see the project's reference notes
on community clients); the rejected ones are inputs the service answers with an error.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec.schema_check import errors

ACCEPTED = [
    pytest.param(
        "/ws/v1/sms/pattern",
        "post",
        {
            "code": "SJ3FgPrE0C",
            "attributes": {"var1": "1", "var2": "2"},
            "recipient": "09120000000",
            "line_number": "50002178584000",
            "number_format": "english",
        },
        id="pattern send with an attributes map (official SDKs)",
    ),
    pytest.param(
        "/ws/v1/sms/pattern",
        "post",
        {
            "code": "j3MnVzhrMj",
            "attributes": {},
            "recipient": "09120000000",
            "line_number": "90008361",
            "number_format": "english",
        },
        id="pattern without variables sends an empty object",
    ),
    pytest.param(
        "/ws/v1/sms/pattern",
        "post",
        {
            "code": "SJ3FgPrE0C",
            "attributes": {"name": "Sara"},
            "recipient": "09120000000",
            "line_number": "90008361",
            "number_format": "english",
            "schedule": "2025-08-20 15:30:00",
        },
        id="delayed pattern send with a schedule",
    ),
    pytest.param(
        "/ws/v1/sms/simple",
        "post",
        {
            "text": "test text",
            "line_number": "2191307530",
            "recipients": ["09391155747"],
            "number_format": "english",
            "schedule": None,
        },
        id="simple send with schedule null",
    ),
    pytest.param(
        "/ws/v1/sms/simple",
        "post",
        {
            "text": "test message",
            "selectedPhoneBooks": [{"id": 1, "offset": 0, "limit": 10}],
            "line_number": "98123123",
            "number_format": "english",
            "schedule": "2026-03-20T10:00:00Z",
        },
        id="simple send to a phonebook slice with an ISO schedule",
    ),
    pytest.param(
        "/ws/v1/sms/keywords",
        "post",
        {
            "text": "test %var1% text",
            "line_number": "50002178584000",
            "recipients": [{"mobile": "09120000000", "var1": "value1"}, {"mobile": "09130000000", "var1": "value2"}],
            "number_format": "english",
        },
        id="variable send",
    ),
    pytest.param(
        "/ws/v1/send/peer-to-peer",
        "post",
        {
            "line_number": "2191307530",
            "number_format": "persian",
            "schedule": "",
            "peers": [{"text": "تست", "recipients": ["09112176238", "09203189087"]}],
        },
        id="peer-to-peer send with an empty schedule",
    ),
    pytest.param(
        "/ws/v1/sms/bank",
        "post",
        {
            "text": "test message",
            "recipients": [{"bank_id": 1, "limit": 50, "offset": 0}],
            "line_number": "98123123",
            "number_format": "english",
            "schedule": "2026-03-20T10:00:00Z",
        },
        id="number bank send",
    ),
    pytest.param(
        "/ws/v1/sms/voice/send",
        "post",
        {
            "file_id": 1,
            "recipients": ["09120000000"],
            "selectedPhoneBooks": [{"id": 1, "offset": 0, "limit": 10}],
            "schedule": "2025-08-20 15:30:00",
        },
        id="voice send",
    ),
    pytest.param(
        "/ws/v1/patterns",
        "post",
        {
            "text": "test text %var%, %var2%",
            "description": "test desc",
            "share": 1,
            "website": "example.com",
            "category": 1,
            "vars": [{"var": "var", "length": 12, "type": "int"}, {"var": "var2", "length": 12, "type": "str"}],
        },
        id="pattern create with vars",
    ),
    pytest.param(
        "/ws/v1/phone_book",
        "post",
        {"title": "test title", "attributes": [2]},
        id="phonebook create",
    ),
    pytest.param(
        "/ws/v1/phone_book",
        "post",
        {"title": "test title"},
        id="phonebook create without attributes",
    ),
    pytest.param(
        "/ws/v1/phone_book_data",
        "post",
        {"phone_book_id": 33, "prefix": "man", "mobile": "09123456781", "name": "test name"},
        id="contact add with prefix",
    ),
    pytest.param(
        "/ws/v1/phone_book_data",
        "post",
        {
            "phone_book_id": 33,
            "phone_book_data_id": 1,
            "prefix": "man",
            "mobile": "09123456781",
            "name": "test name",
            "attributes": [{"attribute_id": 5, "value": "1378/01/24"}],
        },
        id="contact update with attributes",
    ),
    pytest.param(
        "/ws/v1/phone_book_data/bulk-upsert",
        "post",
        {"phone_book_id": 86292, "items": [{"prefix": "man", "mobile": "09123456781", "name": "test name"}]},
        id="bulk contact upsert",
    ),
    pytest.param(
        "/ws/v1/account/wallet/charge",
        "post",
        {"amount": 100000, "redirectUrl": "https://test.com/test"},
        id="wallet charge",
    ),
    pytest.param(
        "/ws/v1/auth/login",
        "post",
        {"username": "Raya", "password": "1272893596", "method": None},
        id="panel login without a second factor",
    ),
    pytest.param(
        "/ws/v1/sms/calculate-cost",
        "post",
        {
            "filters": [
                {
                    "postal_code": "12345",
                    "gender_id": 1,
                    "age_from": 1305,
                    "age_to": 1310,
                    "number_prefix": "912",
                    "operator": "mci",
                    "row_from": 0,
                    "row_count": 50,
                }
            ],
            "text": "message text",
            "line_id": 12,
            "number_format": "english",
            "schedule": "2026-04-01T10:00:00Z",
        },
        id="postal-code cost estimate",
    ),
]

REJECTED = [
    pytest.param(
        "/ws/v1/sms/pattern",
        "post",
        {"code": "SJ3FgPrE0C", "recipient": "09120000000", "line_number": "90008361", "number_format": "english"},
        id="pattern send without attributes (the service answers 500)",
    ),
    pytest.param(
        "/ws/v1/sms/pattern",
        "post",
        {
            "code": "SJ3FgPrE0C",
            "attributes": {},
            "recipient": "+989120000000",
            "line_number": "90008361",
            "number_format": "english",
        },
        id="recipient in international form",
    ),
    pytest.param(
        "/ws/v1/sms/pattern",
        "post",
        {
            "code": "SJ3FgPrE0C",
            "attributes": {},
            "recipient": "09120000000",
            "line_number": "۹۰۰۰۸۳۶۱",
            "number_format": "english",
        },
        id="line number in Persian digits",
    ),
    pytest.param(
        "/ws/v1/sms/pattern",
        "post",
        {
            "code": "SJ3FgPrE0C",
            "attributes": {"code": 1234},
            "recipient": "09120000000",
            "line_number": "90008361",
            "number_format": "english",
        },
        id="attribute value that is not a string",
    ),
    pytest.param(
        "/ws/v1/sms/simple",
        "post",
        {"text": "hello", "line_number": "90008361", "number_format": "english"},
        id="simple send with neither recipients nor phonebooks",
    ),
    pytest.param(
        "/ws/v1/sms/simple",
        "post",
        {"text": "hello", "line_number": "90008361", "number_format": "fa", "recipients": ["09120000000"]},
        id="number format outside english|persian",
    ),
    pytest.param(
        "/ws/v1/sms/simple",
        "post",
        {"text": "", "line_number": "90008361", "number_format": "english", "recipients": ["09120000000"]},
        id="empty text",
    ),
    pytest.param(
        "/ws/v1/phone_book_data/bulk-upsert",
        "post",
        {"phone_book_id": 1, "items": [{"mobile": "09120000000"}] * 501},
        id="more than 500 contacts in one bulk upsert",
    ),
    pytest.param(
        "/ws/v1/sms/voice/send",
        "post",
        {"file_id": 1},
        id="voice send without recipients",
    ),
]


def _body_schema(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    return schema


@pytest.mark.parametrize(("path", "method", "body"), ACCEPTED)
def test_real_request_is_accepted(spec: dict[str, Any], path: str, method: str, body: dict[str, Any]) -> None:
    assert errors(spec, _body_schema(spec, path, method), body) == []


@pytest.mark.parametrize(("path", "method", "body"), REJECTED)
def test_request_the_service_rejects_is_rejected(
    spec: dict[str, Any], path: str, method: str, body: dict[str, Any]
) -> None:
    assert errors(spec, _body_schema(spec, path, method), body) != []
