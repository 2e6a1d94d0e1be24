"""Asynchronous fan-out: many pattern sends with a bounded number in flight.

Every subject sends ``fanout_calls`` pattern sends to distinct recipients, at most
``fanout_concurrency`` at a time, through a connection pool with the same limits
(``max_connections`` and ``max_keepalive_connections`` both equal to the concurrency):

- ``httpx``: a raw ``httpx.AsyncClient`` posting the same JSON, bounded by an ``asyncio.Semaphore``;
  the baseline.
- ``iranpayamak_send_pattern_many``: ``AsyncIranPayamak.sms.send_pattern_many(concurrency=...)``, the
  library's own fan-out, over an ``httpx.AsyncClient`` built with those limits (passed as
  ``http_client``). The target's subject.

Two more rows are informative: ``AsyncIranPayamak.sms.send_pattern`` over the same semaphore and pool
as the baseline (the per-send cost without the helper's bookkeeping), and the same with the client's
default pool (httpx keeps only 20 idle connections, so at 50 in flight some are closed and reopened;
with httpcore 1.0 that has measured faster, because the pool's bookkeeping for each request walks all
its connections, several times).

The sends are split into rounds, the subjects taking turns in each, and each subject's figure is its
best round (:func:`bench.timing.best`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass

import httpx

from .per_call import PATTERN_BODY, PATTERN_CODE, PATTERN_VALUES
from .responder import PATTERN_SEND_ID, RunningResponder
from .sizes import Sizes
from .timing import Timing, best, stopwatch, total

__all__ = ["FanoutFigure", "FanoutResult", "measure_fanout", "recipients"]


def recipients(count: int) -> list[str]:
    """``count`` distinct mobile numbers (``send_pattern_many`` drops repeats, so they must differ)."""
    return [f"0912{index:07d}" for index in range(count)]


@dataclass(frozen=True)
class FanoutFigure:
    """One subject's fan-out: throughput and CPU of its best round, and its ratio to raw httpx's best."""

    subject: str
    label: str
    calls: int
    wall_s: float
    cpu_s: float
    per_second: float
    throughput_ratio: float
    cpu_us_per_call: float
    mean_per_second: float
    informative: bool


@dataclass(frozen=True)
class FanoutResult:
    """Every subject's fan-out figures."""

    calls: int
    rounds: int
    concurrency: int
    figures: list[FanoutFigure]

    def figure(self, subject: str) -> FanoutFigure:
        """The figure of ``subject``."""
        return next(f for f in self.figures if f.subject == subject)


Batch = Callable[[list[str]], Awaitable[list[object]]]
"""Sends a pattern to each number, with the subject's own bounding; returns each send request id."""


@dataclass(frozen=True)
class _Subject:
    name: str
    label: str
    informative: bool
    batch: Batch


def _limits(concurrency: int) -> httpx.Limits:
    return httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)


def _bounded(concurrency: int, send: Callable[[str], Awaitable[object]]) -> Batch:
    async def batch(numbers: list[str]) -> list[object]:
        gate = asyncio.Semaphore(concurrency)

        async def one(number: str) -> object:
            async with gate:
                return await send(number)

        return list(await asyncio.gather(*(one(number) for number in numbers)))

    return batch


async def _subjects(stack: AsyncExitStack, url: str, api_key: str, concurrency: int) -> list[_Subject]:
    from iranpayamak import AsyncIranPayamak
    from iranpayamak_api.client import DEFAULT_TIMEOUT, USER_AGENT

    raw = await stack.enter_async_context(
        httpx.AsyncClient(
            base_url=url,
            headers={"Api-Key": api_key, "Accept": "application/json", "User-Agent": USER_AGENT},
            timeout=DEFAULT_TIMEOUT,
            limits=_limits(concurrency),
        )
    )

    async def raw_send(number: str) -> object:
        response = await raw.post("/ws/v1/sms/pattern", json={**PATTERN_BODY, "recipient": number})
        response.raise_for_status()
        return response.json()["data"]

    # The caller owns an http_client it passes in, so it is closed by the stack, after the client.
    same_pool = await stack.enter_async_context(httpx.AsyncClient(limits=_limits(concurrency)))
    # check_patterns=False: the responder answers only the sends (see bench/per_call.py).
    limited = await stack.enter_async_context(
        AsyncIranPayamak(api_key=api_key, base_url=url, http_client=same_pool, check_patterns=False)
    )
    default = await stack.enter_async_context(AsyncIranPayamak(api_key=api_key, base_url=url, check_patterns=False))
    helper = await stack.enter_async_context(
        AsyncIranPayamak(
            api_key=api_key,
            base_url=url,
            http_client=await stack.enter_async_context(httpx.AsyncClient(limits=_limits(concurrency))),
            check_patterns=False,
        )
    )

    def through(client: AsyncIranPayamak) -> Callable[[str], Awaitable[object]]:
        async def send(number: str) -> object:
            return await client.sms.send_pattern(PATTERN_CODE, number, PATTERN_VALUES)

        return send

    async def many(numbers: list[str]) -> list[object]:
        results = await helper.sms.send_pattern_many(PATTERN_CODE, numbers, PATTERN_VALUES, concurrency=concurrency)
        return [result.send_request_id for result in results]

    return [
        _Subject("httpx", "raw httpx.AsyncClient", False, _bounded(concurrency, raw_send)),
        _Subject("iranpayamak_send_pattern_many", "AsyncIranPayamak.sms.send_pattern_many", False, many),
        _Subject("iranpayamak", "AsyncIranPayamak.sms.send_pattern", True, _bounded(concurrency, through(limited))),
        _Subject(
            "iranpayamak_default_pool",
            "AsyncIranPayamak.sms.send_pattern, its default httpx pool",
            True,
            _bounded(concurrency, through(default)),
        ),
    ]


async def _run(url: str, api_key: str, sizes: Sizes) -> tuple[list[_Subject], dict[str, list[Timing]], int]:
    concurrency = sizes.fanout_concurrency
    per_round = max(1, sizes.fanout_calls // sizes.rounds)
    numbers = recipients(per_round * sizes.rounds)
    # Warm-up numbers differ from the timed ones so every request of a batch is distinct.
    warmup = [f"0935{index:07d}" for index in range(sizes.fanout_warmup)]
    async with AsyncExitStack() as stack:
        subjects = await _subjects(stack, url, api_key, concurrency)
        for subject in subjects:
            for _ in range(2):
                _check(subject.name, await subject.batch(warmup), len(warmup))
        timings: dict[str, list[Timing]] = {subject.name: [] for subject in subjects}
        for index in range(sizes.rounds):
            batch = numbers[index * per_round : (index + 1) * per_round]
            # Subjects take turns within each round, so a slow patch of the machine hits all of them.
            order = subjects[index % len(subjects) :] + subjects[: index % len(subjects)]
            for subject in order:
                with stopwatch(len(batch)) as watch:
                    answers = await subject.batch(batch)
                _check(subject.name, answers, len(batch))
                timings[subject.name].append(watch.timing)
    return subjects, timings, len(subjects) * (2 * len(warmup) + len(numbers))


def _check(name: str, answers: list[object], expected: int) -> None:
    if len(answers) != expected or any(answer != PATTERN_SEND_ID for answer in answers):
        raise RuntimeError(f"{name}: not every fan-out send returned {PATTERN_SEND_ID}")


def measure_fanout(responder: RunningResponder, sizes: Sizes) -> FanoutResult:
    """Time ``sizes.fanout_calls`` pattern sends at ``sizes.fanout_concurrency`` in flight, per subject."""
    responder.reset()
    subjects, timings, requests = asyncio.run(_run(responder.url, responder.api_key, sizes))
    sent = responder.stats()["requests"].get("POST /ws/v1/sms/pattern")
    if sent != requests:
        raise RuntimeError(f"the responder answered {sent} pattern sends, expected {requests}")
    base = best(timings["httpx"])
    figures = []
    for subject in subjects:
        fastest = best(timings[subject.name])
        figures.append(
            FanoutFigure(
                subject=subject.name,
                label=subject.label,
                calls=total(timings[subject.name]).calls,
                wall_s=fastest.wall_s,
                cpu_s=fastest.cpu_s,
                per_second=fastest.per_second,
                throughput_ratio=fastest.per_second / base.per_second,
                cpu_us_per_call=fastest.cpu_us_per_call,
                mean_per_second=total(timings[subject.name]).per_second,
                informative=subject.informative,
            )
        )
    return FanoutResult(
        calls=total(timings["httpx"]).calls, rounds=sizes.rounds, concurrency=sizes.fanout_concurrency, figures=figures
    )
