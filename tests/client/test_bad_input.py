"""Bad input raises a clear, typed error that names the field, before any request is made."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import InvalidArgumentError, InvalidPhoneNumber, MissingAPIKeyError
from tests.fakes import NOW, FakeService

PAST = NOW - timedelta(minutes=1)


def _refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"a request was sent: {request.method} {request.url}")


CASES: list[tuple[str, Callable[[Any], Any], type[Exception], str]] = [
    (
        "invalid phone",
        lambda c: c.sms.send_pattern("SJ3FgPrE0C", "0912", {"code": "1"}),
        InvalidPhoneNumber,
        "recipient",
    ),
    ("phone of another country", lambda c: c.otp.send("+1 555 0100", pattern="P"), InvalidPhoneNumber, "mobile"),
    ("empty text", lambda c: c.sms.send_simple("  ", recipients=["09121234567"]), InvalidArgumentError, "text"),
    ("empty recipient list", lambda c: c.sms.send_simple("hi", recipients=[]), InvalidArgumentError, "recipients"),
    ("no recipients at all", lambda c: c.voice.send(1), InvalidArgumentError, "recipients"),
    (
        "one bad number in a list",
        lambda c: c.sms.send_simple("hi", recipients=["09121234567", "hello"]),
        InvalidPhoneNumber,
        "recipients[1]",
    ),
    (
        "unknown number format",
        lambda c: c.sms.send_simple("hi", recipients=["09121234567"], number_format="fa"),
        InvalidArgumentError,
        "number_format",
    ),
    ("non-digit OTP", lambda c: c.otp.send("09121234567", pattern="P", code="12ab"), InvalidArgumentError, "code"),
    ("OTP too short", lambda c: c.otp.send("09121234567", pattern="P", code="123"), InvalidArgumentError, "code"),
    (
        "OTP length out of range",
        lambda c: c.otp.send("09121234567", pattern="P", length=3),
        InvalidArgumentError,
        "length",
    ),
    (
        "past schedule",
        lambda c: c.sms.send_pattern("P", "09121234567", {}, schedule=PAST),
        InvalidArgumentError,
        "schedule",
    ),
    (
        "schedule that is not a datetime",
        lambda c: c.sms.send_sample("hi", schedule="tomorrow"),
        InvalidArgumentError,
        "schedule",
    ),
    ("line with letters", lambda c: c.sms.send_sample("hi", line_number="PRO"), InvalidArgumentError, "line_number"),
    (
        "pattern to many with a bad number format",
        lambda c: c.sms.send_pattern_many("P", ["09121234567"], {"code": "1"}, number_format="latin"),
        InvalidArgumentError,
        "number_format",
    ),
    (
        "pattern to many with an empty list",
        lambda c: c.sms.send_pattern_many("P", [], {"code": "1"}),
        InvalidArgumentError,
        "recipients",
    ),
    ("zero page", lambda c: c.reports.inbox(page=0), InvalidArgumentError, "page"),
    ("negative limit", lambda c: c.reports.inbox(limit=-5), InvalidArgumentError, "limit"),
    ("unknown delivery status", lambda c: c.reports.items(1, status="lost"), InvalidArgumentError, "status"),
    ("text with NUL", lambda c: c.sms.send_sample("a\x00b"), InvalidArgumentError, "text"),
    (
        "attribute value of the wrong type",
        lambda c: c.sms.send_pattern("P", "09121234567", {"code": 1.5}),
        InvalidArgumentError,
        "attributes",
    ),
    ("upload that does not exist", lambda c: c.voice.upload("/no/such/file.mp3"), InvalidArgumentError, "file"),
    ("empty upload", lambda c: c.voice.upload(b""), InvalidArgumentError, "file"),
    ("id of the wrong type", lambda c: c.lbs.get("52"), InvalidArgumentError, "lbs_id"),
    ("boolean where a number belongs", lambda c: c.reference.cities(True), InvalidArgumentError, "province_id"),
    (
        "too many contacts at once is fine, a bad one is not",
        lambda c: c.phonebook.upsert_contacts(1, [{"mobile": "09121234567"}] * 600 + [{"mobile": "bad"}]),
        InvalidPhoneNumber,
        "items[600].mobile",
    ),
]


@pytest.mark.parametrize(("call", "error", "field"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_sync_client_rejects_bad_input_without_sending(
    call: Callable[[Any], Any], error: type[Exception], field: str
) -> None:
    client = FakeService(_refuse).ergonomic(IranPayamak)
    with pytest.raises(error) as caught:
        call(client)
    assert isinstance(caught.value, InvalidArgumentError)
    assert caught.value.field is not None and caught.value.field.startswith(field)
    assert str(caught.value).startswith(field)


@pytest.mark.anyio
@pytest.mark.parametrize(("call", "error", "field"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
async def test_async_client_rejects_bad_input_without_sending(
    call: Callable[[Any], Any], error: type[Exception], field: str
) -> None:
    client = FakeService(_refuse).ergonomic(AsyncIranPayamak)
    with pytest.raises(error):
        outcome = call(client)
        await outcome if hasattr(outcome, "__await__") else outcome.page()


def test_missing_api_key_fails_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IRANPAYAMAK_API_KEY", raising=False)
    with pytest.raises(MissingAPIKeyError, match="IRANPAYAMAK_API_KEY"):
        IranPayamak()
    with pytest.raises(MissingAPIKeyError):
        AsyncIranPayamak(api_key="")


def test_future_schedule_is_accepted() -> None:
    service = FakeService(httpx.Response(201, json={"status": "success", "data": 1, "messages": None}))
    client = service.ergonomic(IranPayamak)
    client.sms.send_sample("hi", schedule=datetime(2026, 11, 28, 6, 0, tzinfo=UTC))
    assert service.json_bodies()[0]["schedule"] == "2026-11-28 09:30:00"


NESTED_CASES: list[tuple[str, Callable[[Any], Any], str]] = [
    (
        "unknown enum value inside a nested object",
        lambda c: c.phonebook.upsert_contacts(3, [{"mobile": "09121234567", "prefix": "xyz"}]),
        "items[0].prefix",
    ),
    (
        "datetime inside a request mapping",
        lambda c: c.reference.calculate_cost(
            {"text": "t", "number_format": "english", "line_id": 1, "schedule": NOW, "filters": []}
        ),
        "request",
    ),
    (
        "nested object of the wrong type",
        lambda c: c.sms.send_simple("hi", selected_phone_books=["44"]),
        "selected_phone_books[0]",
    ),
    (
        "text with a trailing line break where digits belong",
        lambda c: c.voice.send(1, recipients=["09121234567\n"]),
        "recipients[0]",
    ),
    ("a boolean where an id belongs", lambda c: c.lbs.get(True), "lbs_id"),
]


@pytest.mark.parametrize(("call", "field"), [case[1:] for case in NESTED_CASES], ids=[case[0] for case in NESTED_CASES])
def test_nested_and_edge_values_are_rejected_without_sending(call: Callable[[Any], Any], field: str) -> None:
    client = FakeService(_refuse).ergonomic(IranPayamak)
    with pytest.raises(InvalidArgumentError) as caught:
        call(client)
    assert caught.value.field is not None and caught.value.field.startswith(field)


def test_spec_patterns_do_not_accept_a_trailing_line_break() -> None:
    from iranpayamak._arguments import Arguments

    with pytest.raises(InvalidArgumentError, match="expected form"):
        Arguments(line_number="1").string("123\n", "order_id", pattern="^[0-9]+$")
    assert Arguments(line_number="1").string("123", "order_id", pattern="^[0-9]+$") == "123"


def test_a_clock_without_a_time_zone_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="timezone-aware"):
        IranPayamak(api_key="k", clock=datetime.now)


def test_page_numbers_below_one_are_refused_before_fetching() -> None:
    client = FakeService(_refuse).ergonomic(IranPayamak)
    with pytest.raises(InvalidArgumentError, match="page"):
        client.reports.inbox().page(0)
