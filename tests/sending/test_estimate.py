"""Estimates before sending, dry runs that send nothing, and max_cost, in both clients."""

from __future__ import annotations

from typing import Any

import pytest

from iranpayamak import DryRun, message_parts
from iranpayamak.errors import CostLimitError, InvalidArgumentError, InvalidPhoneNumber

from .conftest import Both, sent

pytestmark = pytest.mark.anyio

LONG_PERSIAN = "سلام " * 30  # 150 UCS-2 characters: 3 parts


async def test_estimate_by_count_prices_with_the_service(both: Both) -> None:
    estimate = await both.call(both.client.sms.estimate(LONG_PERSIAN, count=1000))
    assert estimate.parts == message_parts(LONG_PERSIAN) and estimate.parts.parts == 3
    assert estimate.recipients == 1000 and estimate.messages == 3000
    assert estimate.cost == 3000 * 200 and estimate.cost_source == "service"
    assert estimate.balance == 1_000_000 and estimate.balance_after == 1_000_000 - 600_000
    assert both.mock.outbox == []


async def test_estimate_by_recipients_normalizes_and_drops_repeats(both: Both) -> None:
    numbers = ["09121234567", "+98 912 123 4567", "۰۹۳۵۱۲۳۴۵۶۷"]
    estimate = await both.call(both.client.sms.estimate("hi", numbers))
    assert estimate.recipients == 2 and estimate.cost == 400
    with pytest.raises(InvalidPhoneNumber):
        await both.call(both.client.sms.estimate("hi", ["0912"]))


async def test_persian_digits_are_priced_as_delivered(both: Both) -> None:
    latin = "Your code is 1234 " * 8  # 144 GSM characters: 1 part, or 3 once its digits are Persian
    english = await both.call(both.client.sms.estimate(latin, count=1))
    persian = await both.call(both.client.sms.estimate(latin, count=1, number_format="persian"))
    assert (english.parts.parts, persian.parts.parts) == (1, 3)
    assert (english.cost, persian.cost) == (200, 600)


async def test_without_the_services_figure_the_balance_rate_prices_it(both: Both) -> None:
    both.mock.faults.add(operation="calculate_cost", status=500)
    estimate = await both.call(both.client.sms.estimate(LONG_PERSIAN, count=10))
    assert estimate.cost == 30 * 200 and estimate.cost_source == "rate"


async def test_neither_count_nor_recipients_or_both_is_refused(both: Both) -> None:
    for arguments in ({}, {"recipients": ["09121234567"], "count": 1}):
        with pytest.raises(InvalidArgumentError, match="either recipients or count"):
            await both.call(both.client.sms.estimate("hi", **arguments))
    assert both.mock.requests == []


async def test_a_dry_run_validates_normalizes_dedupes_estimates_and_sends_nothing(both: Both) -> None:
    numbers = ["09121234567", "0912 123 4567", "0912", "09351234567"]
    dry = await both.call(both.client.sms.send_simple("سلام", numbers, skip_invalid=True, dry_run=True, chunk_size=1))
    assert isinstance(dry, DryRun)
    assert dry.recipients == ["09121234567", "09351234567"] and dry.duplicates == 1
    assert [rejected.input for rejected in dry.invalid] == ["0912"]
    assert dry.requests == 2 and dry.estimate.cost == 400
    assert sent(both.mock, "send_simple") == 0 and both.mock.outbox == []
    with pytest.raises(InvalidPhoneNumber):  # as the send itself would
        await both.call(both.client.sms.send_simple("سلام", numbers, dry_run=True))


async def test_a_pattern_dry_run_prices_each_recipients_message(both: Both) -> None:
    both.mock.add_pattern("Greet", "سلام %name%", variables=["name:str:200"])
    names = {"09121234567": "سارا", "09351234567": "علی " * 40}  # the second takes 3 parts
    dry = await both.call(
        both.client.sms.send_pattern_many("Greet", list(names), lambda n: {"name": names[n]}, dry_run=True)
    )
    assert dry.recipients == list(names) and dry.estimate.messages == 1 + 3
    assert dry.estimate.cost == 4 * 200 and dry.estimate.parts.parts == 3
    assert both.mock.outbox == []


async def test_max_cost_refuses_before_sending_and_allows_what_fits(both: Both) -> None:
    numbers = ["09121234567", "09351234567"]
    with pytest.raises(CostLimitError) as caught:
        await both.call(both.client.sms.send_simple(LONG_PERSIAN, numbers, max_cost=1000))
    assert caught.value.estimate.cost == 1200 and caught.value.max_cost == 1000
    with pytest.raises(CostLimitError):
        await both.call(both.client.sms.send_pattern_many("mockOtp001", numbers, {"code": "1"}, max_cost=399))
    assert both.mock.outbox == []
    await both.call(both.client.sms.send_simple(LONG_PERSIAN, numbers, max_cost=1200))
    await both.call(both.client.sms.send_pattern_many("mockOtp001", numbers, {"code": "1"}, max_cost=400))
    assert len(both.mock.outbox) == 4


async def test_max_cost_refuses_when_no_estimate_can_be_made(both: Both) -> None:
    both.mock.faults.add(operation="calculate_cost", status=500)
    both.mock.faults.add(operation="get_balance", status=500)
    with pytest.raises(CostLimitError, match="could not be estimated"):
        await both.call(both.client.sms.send_simple("hi", ["09121234567"], max_cost=10**6))
    assert both.mock.outbox == []


async def test_a_bad_max_cost_is_refused_before_any_request(both: Both) -> None:
    for bad in (-1, "100", float("nan"), True):
        with pytest.raises(InvalidArgumentError, match="max_cost"):
            await both.call(both.client.sms.send_simple("hi", ["09121234567"], max_cost=bad))
    assert both.mock.requests == []


def test_a_generator_is_read_once_for_a_priced_send(mock: Any) -> None:
    client = mock.client()
    numbers = (f"0912000000{i}" for i in range(5))
    ids = client.sms.send_simple("hi", numbers, max_cost=1000, chunk_size=2)
    assert len(ids) == 3 and len(mock.outbox) == 5
