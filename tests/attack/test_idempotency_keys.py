"""Attacks on idempotency keys: long keys, reruns after a doubtful chunk, short TTLs, interrupts.

Each test names the defect it found; all run on both clients against the mock.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import anyio
import httpx
import pytest

from iranpayamak import IranPayamak
from iranpayamak.errors import (
    IdempotencyConflictError,
    IdempotencyError,
    IdempotencyUncertainError,
    OtpStoreError,
)
from iranpayamak.idempotency import PENDING_LEASE
from iranpayamak.otp.store import AsyncMemoryStore, MemoryStore
from iranpayamak.testing import MockService

from .conftest import Both, hooked, sent

pytestmark = pytest.mark.anyio

PATTERN = "mockOtp001"
MOBILE = "09121234567"
OTHER = "09351234567"


def _is_send(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path.endswith("/sms/pattern")


async def test_a_key_of_200_characters_keys_bulk_sends_too(both: Both) -> None:
    """Defect: a key of 200 characters (the documented maximum) failed every recipient of
    ``send_pattern_many`` and every chunk of ``send_simple`` with InvalidArgumentError, as the
    per-request subkeys made of it were longer than 200 characters."""
    key = "k" * 200
    for _ in range(2):
        results = await both.call(
            both.client.sms.send_pattern_many(PATTERN, [MOBILE, OTHER], {"code": "1234"}, idempotency_key=key)
        )
        assert [result.error for result in results] == [None, None]
        await both.call(both.client.sms.send_simple("hi", [MOBILE, OTHER], idempotency_key=key))
    assert sent(both.mock, "send_pattern") == 2 and sent(both.mock, "send_simple") == 1
    # Two long keys that differ only at their end stay two keys.
    await both.call(both.client.sms.send_simple("hi", [MOBILE, OTHER], idempotency_key="k" * 199 + "j"))
    assert sent(both.mock, "send_simple") == 2


@pytest.mark.parametrize("fault", [{"status": 500}, {"drop": True}], ids=["5xx", "dropped"])
async def test_a_rerun_reports_a_request_that_may_have_gone_out_as_uncertain(
    mock: MockService, kind: Any, fault: dict[str, Any]
) -> None:
    """Defect: rerunning a keyed bulk send after a request that may have gone out listed its
    recipients as certainly NOT sent (``unsent_recipients``, "safe to send again"): the rerun's
    IdempotencyUncertainError was not counted as "may have been sent"."""
    both = Both(mock, kind, max_retries=0)
    mock.faults.add(operation="send_simple", times=1, **fault)
    mock.faults.add(operation="send_pattern", times=1, **fault)
    for _ in range(2):
        simple = await both.call(both.client.sms.send_simple_bulk("hi", [MOBILE], idempotency_key="run"))
        assert (simple.uncertain_recipients, simple.unsent_recipients) == ([MOBILE], [])
        many = await both.call(
            both.client.sms.send_pattern_many(PATTERN, [MOBILE], {"code": "1234"}, idempotency_key="run")
        )
        assert (many.uncertain_recipients, many.unsent_recipients) == ([MOBILE], [])
    assert sent(mock, "send_simple") == 1 and sent(mock, "send_pattern") == 1


async def test_a_key_whose_ttl_passes_mid_send_is_not_sent_again(mock: MockService, kind: Any) -> None:
    """Defect: with ``idempotency_ttl`` shorter than a send (or than ``PENDING_LEASE``), the store
    dropped the running send's claim, so a second call with the key sent the SMS again."""
    now = [0.0]
    memory = MemoryStore(timer=lambda: now[0])
    store = memory if kind is IranPayamak else AsyncMemoryStore(memory)
    other = Both(mock, kind, idempotency_store=store, idempotency_ttl=60)
    outcomes: list[object] = []

    async def second_call() -> None:
        try:
            outcomes.append(
                await other.call(other.client.sms.send_pattern(PATTERN, MOBILE, {"code": "1"}, idempotency_key="k"))
            )
        except IdempotencyError as error:
            outcomes.append(error)

    def sync_meanwhile(request: httpx.Request) -> None:
        if _is_send(request) and not outcomes:
            now[0] += 61  # the first send is slow: its key's TTL passes while it is in flight
            try:
                outcomes.append(other.client.sms.send_pattern(PATTERN, MOBILE, {"code": "1"}, idempotency_key="k"))
            except IdempotencyError as error:
                outcomes.append(error)

    async def async_meanwhile(request: httpx.Request) -> None:
        if _is_send(request) and not outcomes:
            now[0] += 61
            await second_call()

    first = hooked(
        mock,
        kind,
        before=sync_meanwhile if kind is IranPayamak else async_meanwhile,
        idempotency_store=store,
        idempotency_ttl=60,
    )
    await Both.call(first.sms.send_pattern(PATTERN, MOBILE, {"code": "1"}, idempotency_key="k"))
    assert isinstance(outcomes[0], IdempotencyConflictError), outcomes
    assert len(mock.outbox) == 1
    await second_call()  # the first send's outcome, recorded after it, is kept for the TTL from then
    assert len(mock.outbox) == 1


class _DyingStore:
    """A memory store whose process dies after a number of updates: later ones never happen."""

    def __init__(self, memory: MemoryStore, updates: int) -> None:
        self.memory, self.left = memory, updates

    def update(self, key: str, change: Any) -> Any:
        if self.left == 0:
            raise OtpStoreError("the worker died")
        self.left -= 1
        return self.memory.update(key, change)


async def test_a_send_whose_process_died_stays_uncertain_past_a_short_ttl(mock: MockService, kind: Any) -> None:
    """Defect: with ``idempotency_ttl`` shorter than ``PENDING_LEASE``, the claim of a send whose
    outcome was never recorded (its worker died once the SMS went out) vanished after the TTL, and
    the next call sent the SMS again."""
    now = [0.0]
    memory = MemoryStore(timer=lambda: now[0])
    dying = Both(mock, kind, idempotency_store=_DyingStore(memory, updates=1), idempotency_ttl=300)
    with pytest.raises(OtpStoreError):
        await dying.call(dying.client.sms.send_pattern(PATTERN, MOBILE, {"code": "1"}, idempotency_key="k"))
    assert len(mock.outbox) == 1
    store = memory if kind is IranPayamak else AsyncMemoryStore(memory)
    retry = Both(mock, kind, idempotency_store=store, idempotency_ttl=300)
    for seconds, error in ((301, IdempotencyConflictError), (PENDING_LEASE - 301, IdempotencyUncertainError)):
        now[0] += seconds
        mock.advance(seconds)
        with pytest.raises(error):
            await retry.call(retry.client.sms.send_pattern(PATTERN, MOBILE, {"code": "1"}, idempotency_key="k"))
    assert len(mock.outbox) == 1


def _pattern_send(client: Any) -> Any:
    return partial(client.sms.send_pattern, PATTERN, MOBILE, {"code": "1"}, idempotency_key="k")


def _otp_send(client: Any) -> Any:
    return partial(client.otp.send, MOBILE, PATTERN, idempotency_key="k")


@pytest.mark.parametrize("make_send", [_pattern_send, _otp_send], ids=["send_pattern", "otp.send"])
async def test_an_interrupted_send_is_uncertain_not_under_way(mock: MockService, kind: Any, make_send: Any) -> None:
    """Defect: a send interrupted once its request left (Ctrl-C, a task cancelled by a timeout)
    left its key claimed as running: a retry was told "a send with this key is under way; retry once
    it is done" for 15 minutes, though nothing was running and the SMS had gone out."""
    carried_out = anyio.Event()

    def interrupt(request: httpx.Request) -> None:
        if _is_send(request):
            raise KeyboardInterrupt

    async def hang(request: httpx.Request) -> None:
        if _is_send(request):
            carried_out.set()
            await anyio.sleep_forever()

    memory = MemoryStore()
    store = memory if kind is IranPayamak else AsyncMemoryStore(memory)
    client = hooked(mock, kind, after=interrupt if kind is IranPayamak else hang, idempotency_store=store)
    if kind is IranPayamak:
        with pytest.raises(KeyboardInterrupt):
            make_send(client)()
    else:
        async with anyio.create_task_group() as group:
            group.start_soon(make_send(client))
            await carried_out.wait()
            group.cancel_scope.cancel()
    assert len(mock.outbox) == 1
    again = Both(mock, kind, idempotency_store=store)
    with pytest.raises(IdempotencyUncertainError):
        await again.call(make_send(again.client)())
    assert len(mock.outbox) == 1
