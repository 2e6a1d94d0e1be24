"""The sync and async bulk sends are one send: over the same scenario they make the same requests and
end the same way.

Hypothesis draws a scenario (recipients as a list or a generator, with repeats and invalid numbers; the
chunk size; phonebooks; the service's answer to each request; and what stops the send: a Ctrl-C or an
unexpected exception while a request is in flight, the recipients' generator raising, or ``on_progress``
raising) and runs it through ``ChunkedSend.send`` and ``ChunkedSend.send_async``, and a pattern batch
through ``PatternSends.send`` and ``PatternSends.send_async`` (one at a time, so the order is the same).
Requests, progress calls, results and what is raised (type, message, cause, note, ``result_of``) must
be identical.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

from attrs import frozen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iranpayamak.bulk import (
    BulkSendResult,
    Chunk,
    ChunkedSend,
    PatternSendResults,
    PatternSends,
    result_of,
)
from iranpayamak.errors import (
    APIConnectionError,
    AuthenticationError,
    InvalidArgumentError,
    IranPayamakError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from tests import search

NUMBERS = ["09120000001", "09120000002", "+98 912 000 0003", "0912 000 0004", "9120000005", "12345", "not a number"]
"""Five valid numbers in several spellings, and two invalid inputs."""

ANSWERS = ["ok", "ok", "ok", "server error", "refused", "unreachable", "lost", "bad key", "rate limit", "invalid"]


ERRORS: dict[str, Callable[[], IranPayamakError]] = {
    "server error": lambda: ServerError("HTTP 502", status_code=502, body="", headers={}),
    "refused": lambda: ValidationError("HTTP 422", status_code=422, body={}, headers={}, field_errors={}),
    "unreachable": lambda: APIConnectionError("refused", may_have_reached_service=False),
    "lost": lambda: APIConnectionError("reset", may_have_reached_service=True),
    "bad key": lambda: AuthenticationError("HTTP 401", status_code=401, body={}, headers={}),
    "rate limit": lambda: RateLimitError("HTTP 429", status_code=429, body={}, headers={}, retry_after=None),
    "invalid": lambda: InvalidArgumentError("schedule: has passed", field="schedule", reason="in the past"),
}
"""The service's failures, by name: each a fresh error, as each request gets its own."""


@frozen
class Stop:
    """What stops the send: ``error`` raised at the ``at``-th request, item read, or progress call."""

    where: str  # "request", "recipients" or "progress"
    at: int
    error: type[BaseException]


@frozen
class Scenario:
    recipients: list[str]
    stream: bool
    chunk_size: int
    skip_invalid: bool
    phone_books: list[Any] | None
    answers: list[str]
    stop: Stop | None


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    stop = draw(
        st.none()
        | st.builds(
            Stop,
            where=st.sampled_from(["request", "recipients", "progress"]),
            at=st.integers(0, 6),
            error=st.sampled_from([KeyboardInterrupt, RuntimeError, SystemExit]),
        )
    )
    return Scenario(
        recipients=draw(st.lists(st.sampled_from(NUMBERS), max_size=12)),
        stream=draw(st.booleans()),
        chunk_size=draw(st.integers(1, 4)),
        skip_invalid=draw(st.booleans()),
        phone_books=draw(st.sampled_from([None, [{"phoneBookId": 7}]])),
        answers=draw(st.lists(st.sampled_from(ANSWERS), min_size=12, max_size=12)),
        stop=stop,
    )


class Service:
    """Answers requests as the scenario says, and logs what the send did."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.log: list[Any] = []

    def _stop_at(self, where: str, index: int) -> None:
        stop = self.scenario.stop
        if stop is not None and stop.where == where and stop.at == index:
            self.log.append(("stopped", where, index))
            raise stop.error(f"stopped at {where} {index}")

    def recipients(self) -> Any:
        if not self.scenario.stream:
            return list(self.scenario.recipients)
        return self._read()

    def _read(self) -> Iterator[str]:
        for index, value in enumerate(self.scenario.recipients):
            self._stop_at("recipients", index)
            yield value

    def progress(self, size: int) -> None:
        self.log.append(("progress", size))
        self._stop_at("progress", sum(1 for entry in self.log if entry[0] == "progress") - 1)

    def answer(self, what: object) -> int:
        index = sum(1 for entry in self.log if entry[0] == "request")
        self.log.append(("request", what))
        self._stop_at("request", index)
        answer = self.scenario.answers[index % len(self.scenario.answers)]
        if answer != "ok":
            raise ERRORS[answer]()
        return 1000 + index

    def chunk(self, chunk: Chunk) -> int:
        return self.answer((chunk.recipients, chunk.phone_books))

    async def chunk_async(self, chunk: Chunk) -> int:
        await asyncio.sleep(0)
        return self.chunk(chunk)

    async def pattern_async(self, number: str) -> int:
        await asyncio.sleep(0)
        return self.answer(number)


def _result(result: BulkSendResult | PatternSendResults | None) -> Any:
    if isinstance(result, BulkSendResult):
        return (
            [(chunk.send_request_id, chunk.size) for chunk in result.sent],
            [
                (chunk.recipients, _err(chunk.error), chunk.maybe_sent, chunk.selected_phone_books)
                for chunk in result.failed
            ],
            result.invalid,
            result.complete,
            result.inputs_read,
            result.summary(),
        )
    if isinstance(result, PatternSendResults):
        return [(one.recipient, one.send_request_id, _err(one.error), one.maybe_sent) for one in result]
    return result


def _err(error: BaseException | None) -> Any:
    if error is None:
        return None
    return (type(error).__name__, str(error), getattr(error, "__notes__", None), _err(error.__cause__))


def _ending(call: Callable[[], Any]) -> Any:
    """What ``call`` returned or raised, comparable across the two clients."""
    try:
        return ("returned", _result(call()))
    except BaseException as error:
        return ("raised", _err(error), _result(result_of(error)))


def _both(run: Callable[[Service], Any], run_async: Callable[[Service], Awaitable[Any]], scenario: Scenario) -> None:
    sync, asynchronous = Service(scenario), Service(scenario)
    sync_ending = _ending(lambda: run(sync))
    async_ending = _ending(lambda: asyncio.run(_main(run_async, asynchronous)))
    assert sync.log == asynchronous.log
    assert sync_ending == async_ending


async def _main(run_async: Callable[[Service], Awaitable[Any]], service: Service) -> Any:
    return await run_async(service)


def _plan(service: Service) -> ChunkedSend:
    scenario = service.scenario
    return ChunkedSend(
        service.recipients(),
        scenario.chunk_size,
        skip_invalid=scenario.skip_invalid,
        on_progress=service.progress,
        phone_books=scenario.phone_books,
    )


SETTINGS = settings(
    max_examples=search.examples(quick=300, slow=3000),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@SETTINGS
@given(scenarios())
def test_the_sync_and_async_chunked_sends_are_one_send(scenario: Scenario) -> None:
    _both(
        lambda service: _plan(service).send(service.chunk),
        lambda service: _plan(service).send_async(service.chunk_async),
        scenario,
    )


@SETTINGS
@given(scenarios())
def test_the_sync_and_async_pattern_batches_are_one_batch(scenario: Scenario) -> None:
    numbers = list(dict.fromkeys(n for n in scenario.recipients if n.startswith(("0912", "+98"))))
    _both(
        lambda service: PatternSends(numbers).send(service.answer, workers=1),
        lambda service: PatternSends(numbers).send_async(service.pattern_async, workers=1),
        scenario,
    )
