"""Every fault of the matrix, for a read and a send, sync and async: the exception (or the success after
a retry), the requests the server received, the waits, and a client that still works afterwards."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import BulkSendError, IranPayamakError
from iranpayamak.testing import MockServer
from iranpayamak_api import RetryPolicy

from .matrix import CASES, CLOCK, OPERATIONS, READ_TIMEOUT, Case, Operation, ScriptedTransport
from .report import observe

SECRET = "sk-reliability-0123456789abcdef"


def _outcome(error: BaseException | None) -> str:
    if error is None:
        return "ok"
    if isinstance(error, BulkSendError):
        return f"BulkSendError({type(error.result.failed[0].error).__name__})"
    return type(error).__name__


def _expected(case: Case, operation: Operation) -> str:
    outcome = case.expect(operation).outcome
    # The chunked simple send reports a failed chunk in BulkSendError, carrying the chunk's own error.
    return f"BulkSendError({outcome})" if operation.operation_id == "send_simple" and outcome != "ok" else outcome


class Run:
    """One case: the server, the transport, the recorded waits, and the client settings."""

    def __init__(self, case: Case, server: MockServer) -> None:
        self.case = case
        self.server = server
        self.transport = ScriptedTransport()
        self.waits: list[float] = []

    def _wait(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.case.late_start:
            self.server.start()  # the refused connection is followed by a server that listens

    async def _async_wait(self, seconds: float) -> None:
        self._wait(seconds)

    def settings(self) -> dict[str, Any]:
        return {
            "api_key": SECRET,
            "base_url": self.server.url,
            "max_retries": 2,
            "timeout": httpx.Timeout(READ_TIMEOUT, connect=READ_TIMEOUT),
            "retry_policy": RetryPolicy(
                sleep=self._wait, async_sleep=self._async_wait, clock=lambda: CLOCK, random=lambda: 0.0
            ),
        }

    def requests(self, operation: Operation) -> int:
        return sum(1 for request in self.server.requests if request.operation_id == operation.operation_id)


@pytest.fixture
def server() -> Iterator[MockServer]:
    mock = MockServer(api_key=SECRET)
    try:
        yield mock
    finally:
        mock.stop()


Outcome = tuple[BaseException | None, int, Any]
"""The call's error (or None), the requests it made, and the balance read by the same client after."""


def _sync(run: Run, operation: Operation) -> Outcome:
    with IranPayamak(**run.settings(), http_client=httpx.Client(transport=run.transport)) as client:
        error: BaseException | None = None
        try:
            operation.call(client)
        except IranPayamakError as raised:
            error = raised
        requests = run.requests(operation)
        run.server.faults.clear()
        return error, requests, client.account.balance()


def _async(run: Run, operation: Operation) -> Outcome:
    async def main() -> Outcome:
        async with httpx.AsyncClient(transport=run.transport) as http:
            client = AsyncIranPayamak(**run.settings(), http_client=http)
            error: BaseException | None = None
            try:
                await operation.call(client)
            except IranPayamakError as raised:
                error = raised
            requests = run.requests(operation)
            run.server.faults.clear()
            return error, requests, await client.account.balance()

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.name)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_fault(
    case: Case, operation: Operation, mode: str, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="iranpayamak")
    if not case.late_start:
        server.start()
    run = Run(case, server)
    case.arrange(server, run.transport, operation.operation_id)
    error, requests, balance_after = (_sync if mode == "sync" else _async)(run, operation)
    expect = case.expect(operation)
    observed = {"outcome": _outcome(error), "requests": requests, "waits": run.waits}
    observe("faults", fault=case.name, operation=operation.name, mode=mode, **observed)

    assert observed == {"outcome": _expected(case, operation), "requests": expect.requests, "waits": expect.waits}
    if operation.send and not case.before_sending and "429" not in case.name:
        assert requests <= 1, "a send reached the service twice"
    assert balance_after.amount > 0  # the same client still works: the pool was not poisoned
    # The key never shows, whatever failed: not in exceptions, their causes, or the log.
    texts = [str(error), repr(error), str(getattr(error, "__cause__", "")), caplog.text]
    assert not [text for text in texts if SECRET in text]
