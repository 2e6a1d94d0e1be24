"""Pattern sends are checked against the pattern's definition before anything is sent, in both clients."""

from __future__ import annotations

from typing import Any

import pytest

from iranpayamak import IranPayamak
from iranpayamak.errors import NotFoundError, PatternCheckError
from iranpayamak.pattern_checks import VALUE_RULES, PatternVariable, ValueRule

from .conftest import Both, sent

pytestmark = pytest.mark.anyio

MOBILE = "09121234567"


@pytest.mark.parametrize(
    ("values", "field", "reason"),
    [
        ({}, "attributes.code", "missing"),
        ({"code": "1234", "name": "x"}, "attributes.name", "no such variable"),
        ({"kod": "1234"}, "attributes.kod", "no such variable"),
        ({"code": "12345678901"}, "attributes.code", "at most 10"),
        ({"code": "12a4"}, "attributes.code", "whole number"),
        ({"code": "۱۲۳۴"}, "attributes.code", "whole number"),
    ],
)
async def test_values_that_break_the_pattern_are_refused_before_sending(
    both: Both, values: dict[str, str], field: str, reason: str
) -> None:
    with pytest.raises(PatternCheckError) as caught:
        await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, values))
    assert caught.value.field == field and reason in caught.value.reason
    assert caught.value.pattern == "mockOtp001"
    assert str(caught.value).startswith(f"{field}: ")
    assert sent(both.mock, "send_pattern") == 0 and both.mock.outbox == []


async def test_a_value_is_never_quoted(both: Both) -> None:
    with pytest.raises(PatternCheckError) as caught:
        await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "98765432109"}))
    assert "98765432109" not in str(caught.value)


async def test_unapproved_patterns_are_refused_and_approval_counts_at_once(both: Both) -> None:
    both.mock.add_pattern("Xr52", "سفارش %order% ارسال شد", variables=["order:int:8"], status="pending")
    both.mock.add_pattern("Rej1", "سلام %name%", status="rejected")
    for code, values, why in [("Xr52", {"order": "17"}, "approval"), ("Rej1", {"name": "سارا"}, "rejected")]:
        with pytest.raises(PatternCheckError, match=why) as caught:
            await both.call(both.client.sms.send_pattern(code, MOBILE, values))
        assert caught.value.field == "code"
    both.mock.approve_pattern("Xr52")
    await both.call(both.client.sms.send_pattern("Xr52", MOBILE, {"order": "17"}))
    assert both.mock.outbox[-1].text == "سفارش 17 ارسال شد"


async def test_an_unknown_pattern_fails_with_the_services_not_found(both: Both) -> None:
    with pytest.raises(NotFoundError):
        await both.call(both.client.sms.send_pattern("noSuchCode", MOBILE, {"code": "1"}))
    assert sent(both.mock, "send_pattern") == 0


async def test_the_definition_is_cached_for_its_ttl_on_the_clients_clock(mock: Any, kind: Any) -> None:
    both = Both(mock, kind, pattern_cache_ttl=60)
    for _ in range(3):
        await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1234"}))
    assert sent(mock, "get_pattern") == 1
    mock.advance(59)
    await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1234"}))
    assert sent(mock, "get_pattern") == 1
    mock.advance(1)
    await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1234"}))
    assert sent(mock, "get_pattern") == 2


async def test_a_not_found_answer_drops_the_cached_definition(both: Both) -> None:
    both.mock.add_pattern("Gone1", "سلام %name%")
    await both.call(both.client.sms.send_pattern("Gone1", MOBILE, {"name": "x"}))
    with both.mock.state.lock:
        del both.mock.state.patterns["Gone1"]  # deleted in the panel meanwhile
    with pytest.raises(NotFoundError):
        await both.call(both.client.sms.send_pattern("Gone1", MOBILE, {"name": "x"}))
    both.mock.add_pattern("Gone1", "سلام %name% و %city%")
    with pytest.raises(PatternCheckError, match="missing"):  # the new definition, fetched afresh
        await both.call(both.client.sms.send_pattern("Gone1", MOBILE, {"name": "x"}))
    assert sent(both.mock, "get_pattern") == 2


async def test_check_patterns_false_sends_unchecked(mock: Any, kind: Any) -> None:
    both = Both(mock, kind, check_patterns=False)
    await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1234", "extra": "x"}))
    assert sent(mock, "get_pattern") == 0 and len(mock.outbox) == 1


async def test_pattern_to_many_checks_every_recipients_values_before_any_send(both: Both) -> None:
    codes = {"09121234567": "1234", "09351234567": "12345678901"}
    with pytest.raises(PatternCheckError, match="at most 10"):
        await both.call(both.client.sms.send_pattern_many("mockOtp001", list(codes), lambda n: {"code": codes[n]}))
    assert sent(both.mock, "send_pattern") == 0


async def test_otp_send_is_checked_through_the_pattern_send(both: Both) -> None:
    both.mock.add_pattern("Short", "کد: %code%", variables=["code:int:4"])
    with pytest.raises(PatternCheckError, match="at most 4"):
        await both.call(both.client.otp.send(MOBILE, pattern="Short", length=6))
    with pytest.raises(PatternCheckError, match="no such variable"):
        await both.call(both.client.otp.send(MOBILE, pattern="Short", length=4, variable="pin"))
    await both.call(both.client.otp.send(MOBILE, pattern="Short", length=4))
    assert len(both.mock.outbox) == 1


async def test_preview_renders_the_message_and_its_parts(both: Both) -> None:
    both.mock.add_pattern("Long1", "سلام %name%، " + "متن " * 20)
    preview = await both.call(both.client.patterns.preview("Long1", {"name": "سارا"}))
    assert preview.text.startswith("سلام سارا، ") and preview.parts.parts == 2
    persian = await both.call(both.client.patterns.preview("mockOtp001", {"code": 42}, number_format="persian"))
    assert persian.text == "کد ورود شما: ۴۲" and persian.parts.encoding == "ucs2"
    assert both.mock.outbox == []
    sent_text = await both.call(both.client.sms.send_pattern("Long1", MOBILE, {"name": "سارا"}))
    assert sent_text and both.mock.outbox[-1].text == preview.text


def test_value_rules_are_one_table_a_finding_can_extend(mock: Any) -> None:
    def no_newline(value: str, _variable: PatternVariable) -> str | None:
        return "contains a newline" if "\n" in value else None

    client: IranPayamak = mock.client()
    client.sms.send_pattern("mockOtp001", MOBILE, {"code": "12"})
    mock.add_pattern("Free", "%note%", variables=["note:str:50"])
    client.sms.send_pattern("Free", MOBILE, {"note": "a\nb"})
    VALUE_RULES.append(ValueRule("no newline", None, no_newline))
    try:
        with pytest.raises(PatternCheckError, match="contains a newline"):
            client.sms.send_pattern("Free", MOBILE, {"note": "a\nb"})
    finally:
        VALUE_RULES.pop()
