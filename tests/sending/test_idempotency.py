"""Idempotency keys: a repeat returns the first result, a doubtful first attempt is never sent again."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iranpayamak._steps import Thunk, Update
from iranpayamak.errors import (
    APIConnectionError,
    IdempotencyConflictError,
    IdempotencyError,
    IdempotencyUncertainError,
    InvalidArgumentError,
    PatternCheckError,
    ServerError,
    ValidationError,
)
from iranpayamak.idempotency import PENDING_LEASE, Idempotency, idempotent_flow
from iranpayamak.otp.store import AsyncMemoryStore, MemoryStore, Write
from tests import search

from .conftest import Both, sent

pytestmark = pytest.mark.anyio

MOBILE = "09121234567"


async def test_a_repeat_returns_the_first_result_without_sending(both: Both) -> None:
    sms = both.client.sms
    first = await both.call(sms.send_pattern("mockOtp001", MOBILE, {"code": "1234"}, idempotency_key="k1"))
    again = await both.call(sms.send_pattern("mockOtp001", MOBILE, {"code": "1234"}, idempotency_key="k1"))
    ids = await both.call(sms.send_simple("hi", [MOBILE, "09351234567"], idempotency_key="k2"))
    ids_again = await both.call(sms.send_simple("hi", [MOBILE, "09351234567"], idempotency_key="k2"))
    otp = await both.call(both.client.otp.send(MOBILE, pattern="mockOtp001", idempotency_key="k3"))
    otp_again = await both.call(both.client.otp.send(MOBILE, pattern="mockOtp001", idempotency_key="k3"))
    assert again == first and ids_again == ids
    assert otp_again == otp and str(otp_again.code) == str(otp.code)
    assert len(both.mock.outbox) == 4  # one pattern, two simple, one code
    other = await both.call(sms.send_pattern("mockOtp001", MOBILE, {"code": "1234"}, idempotency_key="k4"))
    assert other != first and len(both.mock.outbox) == 5


async def test_a_rerun_batch_sends_only_to_those_not_reached(both: Both) -> None:
    numbers = [MOBILE, "09351234567", "09901234567"]
    both.mock.faults.add(operation="send_pattern", status=422, times=1)  # the first recipient: refused
    first = await both.call(
        both.client.sms.send_pattern_many("mockOtp001", numbers, {"code": "1"}, idempotency_key="b")
    )
    assert [r.ok for r in first] == [False, True, True] and len(both.mock.outbox) == 2
    again = await both.call(
        both.client.sms.send_pattern_many("mockOtp001", numbers, {"code": "1"}, idempotency_key="b")
    )
    assert all(r.ok for r in again) and len(both.mock.outbox) == 3
    assert [r.send_request_id for r in again][1:] == [r.send_request_id for r in first][1:]


async def test_a_key_reused_with_other_arguments_is_refused(both: Both) -> None:
    await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="k"))
    with pytest.raises(IdempotencyConflictError, match="other arguments"):
        await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "2"}, idempotency_key="k"))
    assert len(both.mock.outbox) == 1


async def test_a_failure_before_anything_went_out_is_forgotten(both: Both) -> None:
    both.mock.faults.add(operation="send_pattern", status=422, times=1)
    with pytest.raises(ValidationError):
        await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="k"))
    await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="k"))
    assert len(both.mock.outbox) == 1


@pytest.mark.parametrize("fault", [{"drop": True}, {"status": 503}])
async def test_an_uncertain_first_attempt_makes_the_second_raise(mock: Any, kind: Any, fault: dict[str, Any]) -> None:
    both = Both(mock, kind, max_retries=0)
    mock.faults.add(operation="send_pattern", times=1, **fault)
    with pytest.raises((APIConnectionError, ServerError)):
        await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="k"))
    with pytest.raises(IdempotencyUncertainError) as caught:
        await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="k"))
    assert caught.value.key == "k" and caught.value.first_error
    assert sent(mock, "send_pattern") == 1


async def test_keys_expire_after_the_ttl(mock: Any, kind: Any) -> None:
    now = [0.0]
    memory = MemoryStore(timer=lambda: now[0])
    store = memory if kind.__name__ == "IranPayamak" else AsyncMemoryStore(memory)
    both = Both(mock, kind, idempotency_store=store, idempotency_ttl=3600)
    for _ in range(2):
        await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="k"))
    assert len(mock.outbox) == 1 and len(memory.raw()) == 1
    now[0] += 3600
    await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="k"))
    assert len(mock.outbox) == 2


async def test_a_send_under_way_conflicts_and_one_never_finished_becomes_uncertain(mock: Any, kind: Any) -> None:
    memory = MemoryStore()
    both = Both(mock, kind, idempotency_store=memory if kind.__name__ == "IranPayamak" else AsyncMemoryStore(memory))
    await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="seed"))
    (stored_key,) = memory.raw()
    record = json.loads(memory.raw()[stored_key])
    pending = json.dumps({**record, "state": "pending", "at": mock.now().timestamp()})
    memory.update(stored_key, lambda _current: (Write(pending, 3600), None))  # a process mid-send
    with pytest.raises(IdempotencyConflictError, match="under way"):
        await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="seed"))
    mock.advance(PENDING_LEASE)  # it never recorded an outcome: it may have sent
    with pytest.raises(IdempotencyUncertainError, match="never recorded"):
        await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="seed"))
    assert len(mock.outbox) == 1


async def test_a_bad_key_is_refused_before_any_request(both: Both) -> None:
    for bad in ("", " ", "x" * 201, 12):
        with pytest.raises(InvalidArgumentError, match="idempotency_key"):
            await both.call(both.client.sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key=bad))
        with pytest.raises(InvalidArgumentError, match="idempotency_key"):
            await both.call(both.client.sms.send_simple("hi", [MOBILE], idempotency_key=bad))
    assert both.mock.requests == []


def test_an_async_store_is_refused_by_the_sync_client(mock: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="idempotency_store"):
        mock.client(idempotency_store=AsyncStore())


class AsyncStore:
    async def update(self, key: str, change: Any) -> Any:  # pragma: no cover - never called
        raise AssertionError


# --- Interleavings of two calls with one key, on the core ---------------------------------------------


OUTCOMES = st.sampled_from(["ok", "refused", "uncertain"])


def _error(outcome: str) -> Exception:
    if outcome == "refused":
        return InvalidArgumentError("refused")  # certainly not sent
    return APIConnectionError("cut off", may_have_reached_service=True)


class Call:
    """One keyed call, driven a step at a time."""

    def __init__(self, store: MemoryStore, outcome: str, number: int, sends: list[int]) -> None:
        def send() -> int:
            sends.append(number)
            if outcome != "ok":
                raise _error(outcome)
            return number

        self.flow = idempotent_flow(Idempotency("key", "fp", 0.0, 3600.0), Thunk(send))
        self.store = store
        self.reply: Any = None
        self.failure: BaseException | None = None
        self.result: Any = None
        self.done = False

    def step(self) -> None:
        try:
            step = self.flow.send(self.reply) if self.failure is None else self.flow.throw(self.failure)
        except StopIteration as stop:
            self.result, self.done = stop.value, True
            return
        except Exception as error:
            self.result, self.done = error, True
            return
        self.reply, self.failure = None, None
        try:
            self.reply = self.store.update(step.key, step.change) if isinstance(step, Update) else step.run()
        except Exception as error:
            self.failure = error


@settings(max_examples=search.examples(quick=200, slow=2000), suppress_health_check=[HealthCheck.too_slow])
@given(
    outcomes=st.lists(OUTCOMES, min_size=2, max_size=4),
    order=st.lists(st.integers(0, 3), max_size=40),
)
def test_calls_with_one_key_never_send_twice_whatever_the_interleaving(outcomes: list[str], order: list[int]) -> None:
    store = MemoryStore()
    sends: list[int] = []
    calls = [Call(store, outcome, number, sends) for number, outcome in enumerate(outcomes)]
    schedule = [index % len(calls) for index in order] + [i for i in range(len(calls)) for _ in range(6)]
    for index in schedule:
        if not calls[index].done:
            calls[index].step()
    assert all(call.done for call in calls)
    # Another send happens only after a refusal (certainly not sent) freed the key.
    for earlier in sends[:-1]:
        assert outcomes[earlier] == "refused", (outcomes, sends)
    succeeded = [number for number in sends if outcomes[number] == "ok"]
    assert len(succeeded) <= 1
    for call in calls:
        result = call.result
        if succeeded and not isinstance(result, Exception):
            assert result == succeeded[0]  # every success is the one send's result
        assert isinstance(
            result,
            int | IdempotencyConflictError | IdempotencyUncertainError | InvalidArgumentError | APIConnectionError,
        ), result


async def test_a_rerun_meeting_a_send_still_under_way_does_not_call_it_unsent(mock: Any, kind: Any) -> None:
    # Found in review: a recipient another run was still sending was listed as "not sent", which a bulk
    # result calls safe to send again; it may go out, so it is uncertain. A key reused with other
    # arguments certainly sent nothing, and stays unsent.
    memory = MemoryStore()
    both = Both(mock, kind, idempotency_store=memory if kind.__name__ == "IranPayamak" else AsyncMemoryStore(memory))
    numbers = [MOBILE, "09351234567"]
    sms = both.client.sms
    await both.call(sms.send_pattern_many("mockOtp001", numbers, {"code": "1"}, idempotency_key="b"))
    for stored_key, value in memory.raw().items():  # the first recipient's send: running in another process
        if json.loads(value)["state"] == "done":
            pending = json.dumps({**json.loads(value), "state": "pending", "at": mock.now().timestamp()})
            memory.update(stored_key, lambda _current, pending=pending: (Write(pending, 3600), None))
            break
    results = await both.call(sms.send_pattern_many("mockOtp001", numbers, {"code": "1"}, idempotency_key="b"))
    (busy,) = [result for result in results if not result.ok]
    assert isinstance(busy.error, IdempotencyConflictError) and busy.error.under_way
    assert busy.maybe_sent and len(mock.outbox) == 2
    await both.call(sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, idempotency_key="single"))
    with pytest.raises(IdempotencyConflictError) as reused:
        await both.call(sms.send_pattern("mockOtp001", MOBILE, {"code": "2"}, idempotency_key="single"))
    assert not reused.value.under_way


async def test_a_keyed_code_is_kept_sealed_under_the_api_key(mock: Any, kind: Any) -> None:
    # Found by the outside attack: the store (Redis, shared and read by more people than the codes should
    # be) held each keyed otp.send's code in clear for 24 hours. It now holds it sealed under the API key.
    memory = MemoryStore()
    shared = memory if kind.__name__ == "IranPayamak" else AsyncMemoryStore(memory)
    both = Both(mock, kind, idempotency_store=shared)
    sent_first = await both.call(both.client.otp.send(MOBILE, "mockOtp001", idempotency_key="login:1"))
    (record,) = (json.loads(value) for value in memory.raw().values())
    kept = record["result"]
    assert "code" not in kept and str(sent_first.code) not in kept["sealed_code"].split(":")[1:2]
    again = await both.call(both.client.otp.send(MOBILE, "mockOtp001", idempotency_key="login:1"))
    assert str(again.code) == str(sent_first.code) and len(mock.outbox) == 1
    other_key = Both(mock, kind, idempotency_store=shared, api_key="another-key-of-the-account")
    with pytest.raises(IdempotencyError, match="another API key") as caught:
        await both.call(other_key.client.otp.send(MOBILE, "mockOtp001", idempotency_key="login:1"))
    assert str(sent_first.code) not in str(caught.value) and len(mock.outbox) == 1


@given(code=st.text("0123456789", min_size=4, max_size=10), secret=st.text(max_size=40), other=st.text(max_size=40))
def test_a_sealed_code_opens_with_its_key_only(code: str, secret: str, other: str) -> None:
    from iranpayamak.resources.otp import _opened, _sealed

    sealed = _sealed(code, secret)
    assert _opened(sealed, secret) == code
    if other != secret:
        assert _opened(sealed, other) is None


async def test_a_repeat_returns_the_first_result_though_the_pattern_changed_since(mock: Any, kind: Any) -> None:
    # Found by the outside attack: a repeat checked the pattern before reading the key, so one whose
    # pattern was since unapproved raised instead of returning the result of the send that went out.
    memory = MemoryStore()
    shared = memory if kind.__name__ == "IranPayamak" else AsyncMemoryStore(memory)
    mock.add_pattern("Xr52", "سفارش %order% ارسال شد", variables=["order:int:8"])
    first = Both(mock, kind, idempotency_store=shared)
    sent_id = await first.call(first.client.sms.send_pattern("Xr52", MOBILE, {"order": "1042"}, idempotency_key="o"))
    mock.add_pattern("Xr52", "سفارش %order% ارسال شد", variables=["order:int:8"], status="pending")
    later = Both(mock, kind, idempotency_store=shared)  # another worker: no cached definition
    again = await later.call(later.client.sms.send_pattern("Xr52", MOBILE, {"order": "1042"}, idempotency_key="o"))
    assert again == sent_id and len(mock.outbox) == 1
    with pytest.raises(PatternCheckError):  # a new send is checked, and its key not kept
        await later.call(later.client.sms.send_pattern("Xr52", MOBILE, {"order": "1042"}, idempotency_key="o2"))
    mock.approve_pattern("Xr52")
    fresh = Both(mock, kind, idempotency_store=shared)
    await fresh.call(fresh.client.sms.send_pattern("Xr52", MOBILE, {"order": "1042"}, idempotency_key="o2"))
    assert len(mock.outbox) == 2


async def test_a_rerun_with_other_arguments_does_not_call_the_first_recipients_unsent(both: Both) -> None:
    # Found by the second outside attack: a keyed bulk rerun with another text listed the recipients of
    # the first run as "not sent: safe to send again", though they had the first text.
    sms = both.client.sms
    await both.call(sms.send_simple_bulk("hi", [MOBILE], idempotency_key="b"))
    rerun = await both.call(sms.send_simple_bulk("hi again", [MOBILE], idempotency_key="b"))
    assert rerun.unsent_recipients == [] and rerun.uncertain_recipients == [MOBILE]
    await both.call(sms.send_pattern_many("mockOtp001", [MOBILE], {"code": "1"}, idempotency_key="p"))
    (again,) = await both.call(sms.send_pattern_many("mockOtp001", [MOBILE], {"code": "2"}, idempotency_key="p"))
    assert not again.ok and again.maybe_sent and len(both.mock.outbox) == 2


async def test_an_otp_retry_naming_the_defaults_is_the_same_send(both: Both) -> None:
    # Found by the second outside attack: otp.send fingerprinted the line and number format as given.
    first = await both.call(both.client.otp.send(MOBILE, "mockOtp001", idempotency_key="o"))
    again = await both.call(
        both.client.otp.send(MOBILE, "mockOtp001", number_format="english", line_number=90008361, idempotency_key="o")
    )
    assert str(again.code) == str(first.code) and len(both.mock.outbox) == 1


async def test_a_retry_after_the_send_time_has_passed_gets_the_first_result(both: Both) -> None:
    # Found by the second outside attack: a keyed retry of a scheduled send, once its time had passed,
    # raised "not in the future" before reading its key, so a task queue saw a failure for a send that went out.
    sms, mock = both.client.sms, both.mock
    at = mock.now() + timedelta(minutes=30)
    csv = b"mobile\n09121234567\n"
    sends = {
        "pattern": lambda key: sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, schedule=at, idempotency_key=key),
        "sample": lambda key: sms.send_sample("hello there", schedule=at, idempotency_key=key),
        "file": lambda key: sms.send_simple_file("hello there", csv, schedule=at, idempotency_key=key),
        "simple": lambda key: sms.send_simple("hi", [MOBILE], schedule=at, idempotency_key=key),
        "many": lambda key: sms.send_pattern_many(
            "mockOtp001", [MOBILE], {"code": "1"}, schedule=at, idempotency_key=key
        ),
    }
    first = {name: await both.call(send(name)) for name, send in sends.items()}
    requests = len(mock.requests)
    mock.advance(3600)
    for name, send in sends.items():
        again = await both.call(send(name))
        assert again == first[name] or [r.send_request_id for r in again] == [r.send_request_id for r in first[name]]
    # Every repeat answered from its key (a batch checks its pattern afresh first: a read, not a send).
    assert [r.operation_id for r in mock.requests[requests:]] == ["get_pattern"]
    for name, send in sends.items():  # a new key: the time has passed, nothing is sent
        if name == "many":
            (result,) = await both.call(send(f"new-{name}"))
            assert isinstance(result.error, InvalidArgumentError) and result.error.field == "schedule"
            continue
        with pytest.raises(InvalidArgumentError, match="not in the future"):
            await both.call(send(f"new-{name}"))
    unkeyed = (  # refused before any request, as always
        lambda: sms.send_pattern("mockOtp001", MOBILE, {"code": "1"}, schedule=at),
        lambda: sms.send_sample("hello there", schedule=at),
        lambda: sms.send_simple("hi", [MOBILE], schedule=at),
    )
    for call in unkeyed:
        with pytest.raises(InvalidArgumentError, match="not in the future"):
            await both.call(call())
    assert not any(r.operation_id.startswith("send") for r in mock.requests[requests:])
