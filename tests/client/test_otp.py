"""One-time codes: drawn from ``secrets``, sent through the pattern endpoint, returned with the id."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from iranpayamak import AsyncIranPayamak, IranPayamak, OtpSent
from iranpayamak.otp import generate_code
from tests.fakes import FakeService, envelope


def test_send_generates_a_six_digit_code_and_sends_it_in_the_pattern() -> None:
    service = FakeService(envelope(407328, code=201))
    sent = service.ergonomic(IranPayamak).otp.send("+98 912 123 4567", pattern="SJ3FgPrE0C")
    assert isinstance(sent, OtpSent)
    assert (sent.recipient, sent.send_request_id) == ("09121234567", 407328)
    assert len(sent.code) == 6 and sent.code.isdigit() and sent.code[0] != "0"
    body = service.json_bodies()[0]
    assert service.requests[0].url.path == "/ws/v1/sms/pattern"
    assert body["code"] == "SJ3FgPrE0C"
    assert body["recipient"] == "09121234567"
    assert body["attributes"] == {"code": sent.code}


def test_length_and_variable_name_are_configurable() -> None:
    service = FakeService(envelope(1, code=201))
    sent = service.ergonomic(IranPayamak).otp.send("09121234567", pattern="P", length=4, variable="otp")
    assert len(sent.code) == 4
    assert service.json_bodies()[0]["attributes"] == {"otp": sent.code}


def test_a_supplied_code_is_sent_as_is() -> None:
    service = FakeService(envelope(1, code=201))
    sent = service.ergonomic(IranPayamak).otp.send("09121234567", pattern="P", code="012345")
    assert sent.code == "012345"
    assert service.json_bodies()[0]["attributes"] == {"code": "012345"}


def test_codes_come_from_the_secrets_module(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def fake_randbelow(bound: int) -> int:
        calls.append(bound)
        return 0

    monkeypatch.setattr(secrets, "randbelow", fake_randbelow)
    assert generate_code(6) == "100000"
    assert calls == [900000]


@pytest.mark.parametrize("length", [4, 6, 10])
def test_generated_codes_have_the_length_and_vary(length: int) -> None:
    codes = {generate_code(length) for _ in range(200)}
    assert all(len(code) == length and code.isdigit() and code[0] != "0" for code in codes)
    assert len(codes) > 150


def test_the_code_is_hidden_in_repr() -> None:
    sent = OtpSent(code="483920", send_request_id=1, recipient="09121234567")
    assert "483920" not in repr(sent)
    assert sent.code == "483920"


@pytest.mark.anyio
async def test_async_send() -> None:
    service = FakeService(envelope(9, code=201))
    client: Any = service.ergonomic(AsyncIranPayamak)
    sent = await client.otp.send("09121234567", pattern="P")
    assert sent.send_request_id == 9
    assert service.json_bodies()[0]["attributes"]["code"] == sent.code
