"""Bulk sends: chunking, accounting for every recipient, and patterns to many recipients concurrently."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from iranpayamak import AsyncIranPayamak, BulkSendResult, IranPayamak, bulk
from iranpayamak.errors import AuthenticationError, BulkSendError, InvalidArgumentError, InvalidPhoneNumber, ServerError
from iranpayamak.testing import MockService
from tests.fakes import NOW, FakeService

pytestmark = pytest.mark.anyio


def numbers(count: int, start: int = 0) -> list[str]:
    return [f"0912{index:07d}" for index in range(start, start + count)]


class Counter:
    """Answers each send with the next id, failing the sends whose recipients include a chosen number."""

    def __init__(self, fail_on: set[str] | None = None, status: int = 503) -> None:
        self.fail_on = fail_on or set()
        self.status = status
        self.next_id = 1000
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent = set(body.get("recipients") or [body.get("recipient")])
        if sent & self.fail_on:
            return httpx.Response(self.status, json={"status": "error", "data": None, "messages": "failed"})
        with self.lock:
            self.next_id += 1
            return httpx.Response(201, json={"status": "success", "data": self.next_id, "messages": None})


@pytest.fixture(params=[IranPayamak, AsyncIranPayamak], ids=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Any:
    return request.param


async def run(value: Any) -> Any:
    return await value if hasattr(value, "__await__") else value


async def test_send_simple_sends_one_request_per_chunk(kind: Any) -> None:
    service = FakeService(Counter())
    client = service.ergonomic(kind, chunk_size=100)
    ids = await run(client.sms.send_simple("سلام", recipients=numbers(250)))
    assert ids == [1001, 1002, 1003]
    sizes = [len(body["recipients"]) for body in service.json_bodies()]
    assert sizes == [100, 100, 50]
    assert [n for body in service.json_bodies() for n in body["recipients"]] == numbers(250)


async def test_lists_are_normalized_and_deduplicated_before_sending(kind: Any) -> None:
    service = FakeService(Counter())
    client = service.ergonomic(kind)
    await run(client.sms.send_simple("hi", recipients=["+98 912 000 0001", "09120000001", "۰۹۱۲۰۰۰۰۰۰۲"]))
    assert service.json_bodies()[0]["recipients"] == ["09120000001", "09120000002"]


async def test_failed_chunks_do_not_stop_the_others_and_are_reported(kind: Any) -> None:
    service = FakeService(Counter(fail_on={"09120000150"}))
    client = service.ergonomic(kind, chunk_size=100)
    with pytest.raises(BulkSendError) as caught:
        await run(client.sms.send_simple("hi", recipients=numbers(300)))
    result: BulkSendResult = caught.value.result
    assert result.send_request_ids == [1001, 1002]
    assert result.failed_recipients == numbers(100, start=100)
    assert isinstance(result.failed[0].error, ServerError)
    # A 5xx after a send may hide a send that happened: those numbers are uncertain, not unsent.
    assert result.uncertain_recipients == numbers(100, start=100)
    assert result.unsent_recipients == []
    assert result.sent_count + len(result.failed_recipients) == 300
    assert len(service.requests) == 3


async def test_refused_chunks_are_unsent_and_safe_to_send_again(kind: Any) -> None:
    service = FakeService(Counter(fail_on={"09120000005"}, status=422))
    client = service.ergonomic(kind, chunk_size=10)
    result = await run(client.sms.send_simple_bulk("hi", recipients=numbers(20)))
    assert result.unsent_recipients == numbers(10)
    assert result.uncertain_recipients == []


async def test_rerunning_the_failed_recipients_completes_the_job(kind: Any) -> None:
    counter = Counter(fail_on={"09120000150"})
    service = FakeService(counter)
    client = service.ergonomic(kind, chunk_size=100)
    result = await run(client.sms.send_simple_bulk("hi", recipients=numbers(300)))
    counter.fail_on.clear()
    again = await run(client.sms.send_simple("hi", recipients=result.uncertain_recipients + result.unsent_recipients))
    assert len(again) == 1
    sent = [n for body in service.json_bodies() for n in body["recipients"]]
    assert sorted(set(sent)) == numbers(300)


async def test_an_authentication_failure_stops_sending_but_accounts_for_everyone(kind: Any) -> None:
    service = FakeService(httpx.Response(401, json={"status": "error", "message": "Api-Key not valid", "data": None}))
    client = service.ergonomic(kind, chunk_size=10)
    result = await run(client.sms.send_simple_bulk("hi", recipients=numbers(35)))
    assert len(service.requests) == 1
    assert len(result.failed) == 4
    assert all(isinstance(chunk.error, AuthenticationError) for chunk in result.failed)
    assert result.failed_recipients == numbers(35)


async def test_progress_counts_every_recipient_once_sent_or_not(kind: Any) -> None:
    service = FakeService(Counter(fail_on={numbers(1, 120)[0]}))
    client = service.ergonomic(kind, chunk_size=100)
    progress: list[int] = []
    result = await run(client.sms.send_simple_bulk("سلام", numbers(250), on_progress=progress.append))
    assert progress == [100, 100, 50]
    assert len(result.failed_recipients) == 100 and result.sent_count == 150


async def test_progress_reports_chunks_skipped_after_a_fatal_error(kind: Any) -> None:
    service = FakeService(Counter(fail_on=set(numbers(250)), status=401))
    client = service.ergonomic(kind, chunk_size=100)
    progress: list[int] = []
    await run(client.sms.send_simple_bulk("سلام", numbers(250), on_progress=progress.append))
    assert progress == [100, 100, 50]
    assert len(service.requests) == 1


async def test_a_stream_is_sent_chunk_by_chunk_without_reading_it_all(kind: Any) -> None:
    read: list[int] = []

    def stream() -> Iterator[str]:
        for index, number in enumerate(numbers(25)):
            read.append(index)
            yield number

    service = FakeService(Counter())
    client = service.ergonomic(kind, chunk_size=10)

    def sent_so_far(request: httpx.Request) -> httpx.Response:
        # When the first chunk goes out, only that chunk (and the next number) has been read.
        if not service.requests[:-1]:
            assert len(read) <= 11
        return Counter()(request)

    service.steps = [sent_so_far]
    ids = await run(client.sms.send_simple("hi", recipients=stream()))
    assert len(ids) == 3


async def test_an_invalid_number_in_a_stream_stops_it_and_accounts_for_everyone_after_it(kind: Any) -> None:
    # The case: 150 numbers, one invalid, 249 more; chunks of 100.
    def stream() -> Iterator[str]:
        yield from numbers(150)
        yield "not a number"
        yield from numbers(249, start=1000)

    service = FakeService(Counter())
    client = service.ergonomic(kind, chunk_size=100)
    with pytest.raises(BulkSendError) as caught:
        await run(client.sms.send_simple_bulk("hi", recipients=stream()))
    result = caught.value.result
    assert result.send_request_ids == [1001]
    # The numbers read into the unfinished chunk and every number after the invalid one: not sent.
    assert result.unsent_recipients == numbers(50, start=100) + numbers(249, start=1000)
    assert result.sent_count + len(result.failed_recipients) == 399
    assert [rejected.input for rejected in result.invalid] == ["not a number"]
    assert result.complete and result.inputs_read == 400
    assert isinstance(caught.value.__cause__, InvalidPhoneNumber)
    assert len(service.requests) == 1


async def test_an_invalid_number_before_anything_was_sent_raises_it_plainly(kind: Any) -> None:
    service = FakeService(Counter())
    client = service.ergonomic(kind, chunk_size=10)
    with pytest.raises(InvalidPhoneNumber, match=r"recipients\[3\]"):
        await run(client.sms.send_simple("hi", recipients=iter([*numbers(3), "x"])))
    assert service.requests == []


async def test_a_schedule_that_passes_mid_send_fails_the_rest_without_losing_the_result(kind: Any) -> None:
    now = [NOW]

    def clock() -> datetime:
        return now[0]

    def answer(request: httpx.Request) -> httpx.Response:
        now[0] += timedelta(minutes=10)  # each request takes ten minutes
        return Counter()(request)

    client = FakeService(answer).ergonomic(kind, chunk_size=10, clock=clock)
    with pytest.raises(BulkSendError) as caught:
        await run(client.sms.send_simple("hi", recipients=numbers(30), schedule=NOW + timedelta(minutes=15)))
    result = caught.value.result
    assert len(result.sent) == 2
    assert result.unsent_recipients == numbers(10, start=20)
    assert isinstance(result.failed[0].error, InvalidArgumentError)


async def test_a_rate_limit_that_outlasts_the_retries_stops_the_send(kind: Any) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "3600"}, json={"status": "error", "messages": "slow"})
    service = FakeService(Counter(), limited)
    client = service.ergonomic(kind, chunk_size=10)
    result = await run(client.sms.send_simple_bulk("hi", recipients=numbers(40)))
    assert len(service.requests) == 2
    assert result.send_request_ids == [1001]
    assert result.unsent_recipients == numbers(30, start=10)


async def test_invalid_numbers_can_be_skipped_and_are_listed(kind: Any) -> None:
    service = FakeService(Counter())
    client = service.ergonomic(kind)
    result = await run(client.sms.send_simple_bulk("hi", recipients=["09121234567", "bad", "0912"], skip_invalid=True))
    assert service.json_bodies()[0]["recipients"] == ["09121234567"]
    assert [rejected.input for rejected in result.invalid] == ["bad", "0912"]


async def test_phonebook_slices_go_with_the_numbers_in_one_request(kind: Any) -> None:
    service = FakeService(Counter())
    client = service.ergonomic(kind, chunk_size=3)
    slices = [{"id": 44, "offset": 0, "limit": 100}]
    ids = await run(client.sms.send_simple("hi", recipients=numbers(3), selected_phone_books=slices))
    [body] = service.json_bodies()
    assert ids == [1001]
    assert body["selectedPhoneBooks"] == slices and body["recipients"] == numbers(3)


@pytest.mark.parametrize("shape", [list, iter], ids=["list", "stream"])
async def test_more_numbers_than_one_request_with_phonebooks_is_refused_before_sending(kind: Any, shape: Any) -> None:
    # A second request could send a number that is also in the phonebooks a second message.
    service = FakeService(Counter())
    client = service.ergonomic(kind, chunk_size=2)
    slices = [{"id": 44, "offset": 0, "limit": 100}]
    with pytest.raises(InvalidArgumentError) as caught:
        await run(client.sms.send_simple("hi", recipients=shape(numbers(3)), selected_phone_books=slices))
    assert caught.value.field == "selected_phone_books"
    assert service.requests == []


async def test_a_number_in_a_phonebook_and_in_the_recipients_gets_one_message(kind: Any) -> None:
    with MockService() as mock:
        phonebook = next(iter(mock.state.phonebooks))
        members = mock.state.phonebook_numbers(phonebook, 0, 100)
        client = mock.client() if kind is IranPayamak else mock.async_client()
        slices = [{"id": phonebook, "offset": 0, "limit": 100}]
        await run(client.sms.send_simple("hi", recipients=[members[0], "09351111111"], selected_phone_books=slices))
        delivered = [message.recipient for message in mock.outbox]
        assert sorted(delivered) == sorted({*members, "09351111111"})
        await run(client.close())


async def test_a_failed_phonebook_request_names_its_slices(kind: Any) -> None:
    service = FakeService(httpx.Response(422, json={"status": "error", "messages": {"selectedPhoneBooks.0.id": ["x"]}}))
    client = service.ergonomic(kind)
    slices = [{"id": 44, "offset": 0, "limit": 100}]
    result = await run(client.sms.send_simple_bulk("hi", recipients=[], selected_phone_books=slices))
    assert result.failed_phone_books == slices


async def test_a_phonebook_only_send_is_one_request(kind: Any) -> None:
    service = FakeService(Counter())
    client = service.ergonomic(kind)
    ids = await run(client.sms.send_simple("hi", selected_phone_books=[{"id": 44, "offset": 0, "limit": 100}]))
    assert ids == [1001]
    assert "recipients" not in service.json_bodies()[0]


async def test_pattern_to_many_returns_one_result_per_recipient_in_order(kind: Any) -> None:
    service = FakeService(Counter(fail_on={"09120000003"}))
    client = service.ergonomic(kind)
    recipients = numbers(6)
    results = await run(
        client.sms.send_pattern_many(
            "SJ3FgPrE0C", [*recipients, "+98" + recipients[0][1:]], lambda n: {"code": n[-4:]}, concurrency=3
        )
    )
    assert [r.recipient for r in results] == recipients
    assert [r.ok for r in results] == [True, True, True, False, True, True]
    assert isinstance(results[3].error, ServerError)
    assert sorted(r.send_request_id for r in results if r.ok) == [1001, 1002, 1003, 1004, 1005]
    codes = {body["recipient"]: body["attributes"]["code"] for body in service.json_bodies()}
    assert codes == {n: n[-4:] for n in recipients}


async def test_pattern_to_many_computes_every_value_before_sending(kind: Any) -> None:
    service = FakeService(Counter())
    client = service.ergonomic(kind)
    codes = {number: "1234" for number in numbers(5)}
    with pytest.raises(KeyError):
        await run(client.sms.send_pattern_many("P", [*numbers(5), "09129999999"], lambda n: {"code": codes[n]}))
    assert service.requests == []


async def test_pattern_to_many_marks_failures_that_may_have_been_sent(kind: Any) -> None:
    service = FakeService(httpx.ReadTimeout("slow"), httpx.Response(422, json={"status": "error", "messages": "no"}))
    client = service.ergonomic(kind, max_retries=0)
    timeout, refused = await run(client.sms.send_pattern_many("P", numbers(2), {"code": "1"}, concurrency=1))
    assert (timeout.ok, timeout.maybe_sent) == (False, True)
    assert (refused.ok, refused.maybe_sent) == (False, False)


def test_pattern_to_many_runs_exactly_concurrency_requests_at_once_sync() -> None:
    # Each request waits until three others are in flight; with fewer workers the barrier would break.
    barrier = threading.Barrier(4, timeout=10)
    in_flight, peak = 0, 0
    lock = threading.Lock()

    def gathered(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        barrier.wait()
        with lock:
            in_flight -= 1
        return httpx.Response(201, json={"status": "success", "data": 1, "messages": None})

    client = FakeService(gathered).ergonomic(IranPayamak)
    results = client.sms.send_pattern_many("P", numbers(20), {"code": "1"}, concurrency=4)
    assert all(r.ok for r in results)
    assert peak == 4


async def test_pattern_to_many_runs_exactly_concurrency_requests_at_once_async() -> None:
    import anyio

    in_flight, peak = 0, 0

    async def yielding(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(5):
            await anyio.sleep(0)  # let every other task that can run start first
        in_flight -= 1
        return httpx.Response(201, json={"status": "success", "data": 1, "messages": None})

    client = FakeService(yielding).ergonomic(AsyncIranPayamak)  # type: ignore[arg-type]
    results = await client.sms.send_pattern_many("P", numbers(20), {"code": "1"}, concurrency=4)
    assert all(r.ok for r in results)
    assert peak == 4


async def test_contacts_are_upserted_500_at_a_time(kind: Any) -> None:
    service = FakeService(httpx.Response(200, json={"status": "success", "data": None, "messages": None}))
    client = service.ergonomic(kind)
    contacts = [{"mobile": number, "name": "x"} for number in numbers(1200)]
    progress: list[int] = []
    answers = await run(client.phonebook.upsert_contacts(44, contacts, on_progress=progress.append))
    assert answers == [None, None, None]
    assert [len(body["items"]) for body in service.json_bodies()] == [500, 500, 200]
    assert progress == [500, 500, 200]


# --- Streams: repeats -------------------------------------------------------------------------------


async def test_a_stream_drops_repeats_as_a_list_does(kind: Any) -> None:
    spellings = ["09121234567", "+98 912 123 4567", "00989121234567", "۰۹۱۲۱۲۳۴۵۶۷"]

    def stream() -> Iterator[str]:
        for start in range(0, 12, 3):
            yield from spellings
            yield from numbers(3, start=start)

    sent_by: dict[str, list[str]] = {}
    for name, recipients in [("stream", stream()), ("list", list(stream()))]:
        service = FakeService(Counter())
        client = service.ergonomic(kind, chunk_size=5)
        await run(client.sms.send_simple("hi", recipients=recipients))
        sent_by[name] = [n for body in service.json_bodies() for n in body["recipients"]]
    assert sent_by["stream"] == sent_by["list"] == ["09121234567", *numbers(12)]


# --- Interruptions: the partial result is always reachable ----------------------------------------

result_of = getattr(bulk, "result_of", lambda error: getattr(error, "result", None))


class Interrupting(Counter):
    """Answers like :class:`Counter`, but the ``at``-th request raises ``error`` after being counted
    (``processed``: after the service took it, so its recipients were in fact sent)."""

    def __init__(self, at: int, error: BaseException, *, processed: bool = True) -> None:
        super().__init__()
        self.at, self.error, self.processed = at, error, processed
        self.taken: list[list[str]] = []
        self.seen = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.seen += 1
            interrupt = self.seen == self.at
        body = json.loads(request.content)
        if not interrupt or self.processed:
            self.taken.append(body.get("recipients") or [body.get("recipient")])
        answer = super().__call__(request)
        if interrupt:
            raise self.error
        return answer


async def test_an_exception_from_the_recipients_is_a_bulk_send_error_with_the_result(kind: Any) -> None:
    def stream() -> Iterator[str]:
        yield from numbers(250)
        raise OSError("the file went away")

    service = FakeService(Counter())
    client = service.ergonomic(kind, chunk_size=100)
    with pytest.raises(BulkSendError) as caught:
        await run(client.sms.send_simple("hi", recipients=stream()))
    assert isinstance(caught.value.__cause__, OSError)
    result = caught.value.result
    assert result.sent_count == 200 and result.uncertain_recipients == []
    assert result.unsent_recipients == numbers(50, start=200)  # read, but not sent
    assert not result.complete and result.inputs_read == 250
    assert len(service.requests) == 2


@pytest.mark.parametrize("shape", [list, iter], ids=["list", "stream"])
async def test_ctrl_c_during_a_request_is_re_raised_with_the_record(kind: Any, shape: Any) -> None:
    answers = Interrupting(at=4, error=KeyboardInterrupt())
    client = FakeService(answers).ergonomic(kind, chunk_size=100)
    with pytest.raises(KeyboardInterrupt) as caught:
        await run(client.sms.send_simple("hi", recipients=shape(numbers(1000))))
    result = result_of(caught.value)
    assert result is not None, "the partial result is lost"
    assert result.sent_count == 300
    assert result.uncertain_recipients == numbers(100, start=300)  # in flight: it was in fact sent
    if shape is list:
        assert result.unsent_recipients == numbers(600, start=400)  # never reached, listed
    else:
        assert result.unsent_recipients == [] and result.inputs_read == 400 and not result.complete
    assert "result_of" in "".join(caught.value.__notes__)
    assert [n for chunk in answers.taken for n in chunk] == numbers(400)


async def test_an_unexpected_exception_in_flight_counts_the_chunk_as_maybe_sent(kind: Any) -> None:
    client = FakeService(Interrupting(at=2, error=RuntimeError("a bug"))).ergonomic(kind, chunk_size=10)
    with pytest.raises(BulkSendError) as caught:
        await run(client.sms.send_simple_bulk("hi", recipients=numbers(30)))
    result = caught.value.result
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert result.sent_count == 10
    assert result.uncertain_recipients == numbers(10, start=10)
    assert result.unsent_recipients == numbers(10, start=20)


async def test_a_timeout_around_a_send_keeps_the_record() -> None:
    deadline: list[asyncio.Timeout] = []
    answers = Counter()

    def answer(request: httpx.Request) -> httpx.Response:
        if len(service.requests) == 3:  # the third request: time is up while it is in flight
            deadline[0].reschedule(asyncio.get_running_loop().time())
        return answers(request)

    async def slow(request: httpx.Request) -> httpx.Response:
        response = answer(request)
        await asyncio.sleep(0)  # the answer takes a turn of the loop, where the timeout strikes
        return response

    service = FakeService(slow)  # type: ignore[arg-type]
    client = service.ergonomic(AsyncIranPayamak, chunk_size=10)
    with pytest.raises(TimeoutError) as caught:
        async with asyncio.timeout(None) as timeout:
            deadline.append(timeout)
            await client.sms.send_simple("hi", recipients=numbers(50))
    result = result_of(caught.value)
    assert result is not None, "the partial result is lost"
    assert (result.sent_count, result.uncertain_recipients) == (20, numbers(10, start=20))
    assert result.unsent_recipients == numbers(20, start=30)


async def test_a_cancelled_pattern_batch_accounts_for_every_recipient() -> None:
    cancel_at = 5
    started: list[str] = []
    finish = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        started.append(json.loads(request.content)["recipient"])
        if len(started) == cancel_at:
            task.cancel()
        await finish.wait()  # every send stays in flight until cancelled
        return httpx.Response(201, json={"status": "success", "data": 1, "messages": None})

    client = FakeService(answer).ergonomic(AsyncIranPayamak)  # type: ignore[arg-type]
    task = asyncio.create_task(client.sms.send_pattern_many("P", numbers(20), {"code": "1"}, concurrency=cancel_at))
    with pytest.raises(asyncio.CancelledError) as caught:
        await task
    results = result_of(caught.value)
    assert results is not None, "the results are lost"
    assert [r.recipient for r in results] == numbers(20)
    assert results.uncertain_recipients == started  # in flight when cancelled
    assert results.unsent_recipients == [n for n in numbers(20) if n not in started]


@pytest.mark.parametrize("error", [KeyboardInterrupt, RuntimeError], ids=["ctrl-c", "unexpected"])
async def test_an_interrupted_pattern_batch_accounts_for_every_recipient(kind: Any, error: type[BaseException]) -> None:
    answers = Interrupting(at=7, error=error())
    client = FakeService(answers).ergonomic(kind)
    expected = KeyboardInterrupt if error is KeyboardInterrupt else BulkSendError
    with pytest.raises(expected) as caught:
        await run(client.sms.send_pattern_many("P", numbers(40), {"code": "1"}, concurrency=3))
    results = result_of(caught.value)
    assert results is not None, "the results are lost"
    assert [r.recipient for r in results] == numbers(40)
    taken = {chunk[0] for chunk in answers.taken}
    sent, unsent, uncertain = results.sent_recipients, results.unsent_recipients, results.uncertain_recipients
    assert sorted(sent + unsent + uncertain) == numbers(40)  # each recipient in exactly one
    assert set(sent) <= taken and not set(unsent) & taken  # and the service agrees
    assert len(unsent) >= 40 - 7 - 3  # the batch stopped: at most the sends in flight went on


def test_result_of_an_unrelated_error_is_none() -> None:
    assert result_of(ValueError("unrelated")) is None


async def test_a_long_stream_drops_repeats_past_the_first_65536_numbers(kind: Any) -> None:
    # Past 65,536 numbers a stream's repeats are remembered as bits, not as a set of numbers.
    distinct = [f"09{prefix}{index:07d}" for prefix in ("12", "35") for index in range(0, 7_000_000, 200)]
    stream = iter([*distinct, *distinct[::7], distinct[-1], "+98" + distinct[66_000][1:]])
    service = FakeService(Counter())
    client = service.ergonomic(kind, chunk_size=5000)
    await run(client.sms.send_simple("hi", recipients=stream))
    assert [n for body in service.json_bodies() for n in body["recipients"]] == distinct
