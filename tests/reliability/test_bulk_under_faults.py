"""Bulk sends while 10% of sends fail with 503 and 5% with 429: every recipient accounted for exactly
once, no duplicate in the outbox, and a rerun of only the failed ones completes the job."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from attrs import frozen

from iranpayamak import AsyncIranPayamak, BulkSendResult, IranPayamak, PatternSendResult
from iranpayamak.testing import MockService
from iranpayamak_api import RetryPolicy

from .report import observe


async def _no_wait(_seconds: float) -> None:
    pass


NO_WAIT = RetryPolicy(sleep=lambda _seconds: None, async_sleep=_no_wait)


def _numbers(count: int) -> list[str]:
    return [f"0912{index:07d}" for index in range(count)]


@frozen
class BulkRun:
    """One bulk job: its name, how many recipients, and how to send to some of them."""

    name: str
    recipients: int
    operation_id: str
    send: Callable[[Any, list[str]], list[str]]
    """Sends to the numbers with the given client; returns the numbers that failed."""
    asynchronous: bool


def _simple(client: IranPayamak, numbers: list[str]) -> list[str]:
    result: BulkSendResult = client.sms.send_simple_bulk("جشنواره", numbers)
    assert result.sent_count + len(result.failed_recipients) == len(numbers)
    return result.failed_recipients


def _pattern(client: IranPayamak, numbers: list[str]) -> list[str]:
    results = client.sms.send_pattern_many("mockOtp001", numbers, {"code": "1234"})
    return _failed(results, numbers)


async def _simple_async(client: AsyncIranPayamak, numbers: list[str]) -> list[str]:
    result: BulkSendResult = await client.sms.send_simple_bulk("جشنواره", numbers)
    assert result.sent_count + len(result.failed_recipients) == len(numbers)
    return result.failed_recipients


async def _pattern_async(client: AsyncIranPayamak, numbers: list[str]) -> list[str]:
    results = await client.sms.send_pattern_many("mockOtp001", numbers, {"code": "1234"}, concurrency=50)
    return _failed(results, numbers)


def _failed(results: list[PatternSendResult], numbers: list[str]) -> list[str]:
    assert [result.recipient for result in results] == numbers  # one result per recipient, in order
    assert all((result.send_request_id is None) == (result.error is not None) for result in results)
    return [result.recipient for result in results if not result.ok]


RUNS = [
    BulkRun("send_simple, sync, chunks of 100", 5000, "send_simple", _simple, False),
    BulkRun("send_pattern_many, sync, concurrency 8", 500, "send_pattern", _pattern, False),
    BulkRun("send_simple, async, chunks of 100", 5000, "send_simple", _simple_async, True),  # type: ignore[arg-type]
    BulkRun("send_pattern_many, async, concurrency 50", 500, "send_pattern", _pattern_async, True),  # type: ignore[arg-type]
]


def _send(run: BulkRun, mock: MockService, numbers: list[str]) -> list[str]:
    if not run.asynchronous:
        with mock.client(retry_policy=NO_WAIT) as client:
            return run.send(client, numbers)

    async def main() -> list[str]:
        async with mock.async_client(retry_policy=NO_WAIT) as client:
            failed: list[str] = await run.send(client, numbers)  # type: ignore[misc]
            return failed

    return asyncio.run(main())


@pytest.mark.parametrize("run", RUNS, ids=lambda r: r.name)
def test_every_recipient_is_accounted_for_once_and_a_rerun_completes(run: BulkRun) -> None:
    numbers = _numbers(run.recipients)
    with MockService(balance=10**9) as mock:
        mock.faults.add(operation=run.operation_id, status=503, probability=0.10, seed=1)
        mock.faults.add(operation=run.operation_id, status=429, probability=0.05, seed=2)
        failed = _send(run, mock, numbers)
        delivered = Counter(message.recipient for message in mock.outbox)
        assert failed, "the faults should have failed some sends"
        assert set(delivered).isdisjoint(failed)  # a failed recipient was not sent
        assert sorted([*delivered, *failed]) == numbers  # ... and every recipient is one or the other
        first_time = len(delivered)

        mock.faults.clear()
        assert _send(run, mock, failed) == []
        resent = len(mock.outbox) - first_time
        delivered = Counter(message.recipient for message in mock.outbox)
        duplicates = sum(count - 1 for count in delivered.values())
        assert sorted(delivered) == numbers and duplicates == 0

    observe(
        "bulk",
        name=run.name,
        recipients=run.recipients,
        sent=first_time,
        failed=len(failed),
        resent=resent,
        duplicates=duplicates,
    )
