"""Bulk sends: chunking, accounting for every recipient, and patterns to many recipients concurrently."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from iranpayamak import AsyncIranPayamak, BulkSendResult, IranPayamak
from iranpayamak.errors import AuthenticationError, BulkSendError, InvalidArgumentError, InvalidPhoneNumber, ServerError
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


async def test_an_invalid_number_in_a_stream_stops_it_and_accounts_for_what_was_read(kind: Any) -> None:
    def stream() -> Iterator[str]:
        yield from numbers(15)
        yield "not a number"
        yield from numbers(5, start=100)

    service = FakeService(Counter())
    client = service.ergonomic(kind, chunk_size=10)
    with pytest.raises(BulkSendError) as caught:
        await run(client.sms.send_simple_bulk("hi", recipients=stream()))
    result = caught.value.result
    assert result.send_request_ids == [1001]
    # The five numbers read into the unfinished chunk were not sent, and say so.
    assert result.unsent_recipients == numbers(5, start=10)
    assert result.sent_count + len(result.failed_recipients) == 15
    assert isinstance(caught.value.__cause__, InvalidPhoneNumber)


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


async def test_phonebook_slices_go_in_a_request_of_their_own(kind: Any) -> None:
    service = FakeService(Counter())
    client = service.ergonomic(kind, chunk_size=2)
    slices = [{"id": 44, "offset": 0, "limit": 100}]
    ids = await run(client.sms.send_simple("hi", recipients=numbers(3), selected_phone_books=slices))
    bodies = service.json_bodies()
    assert len(ids) == 3
    assert bodies[0]["selectedPhoneBooks"] == slices and "recipients" not in bodies[0]
    assert all("selectedPhoneBooks" not in body for body in bodies[1:])


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
