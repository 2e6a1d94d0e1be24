"""Attacks on ``watch_inbox``: messages arriving while the watch reads the inbox's pages."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.testing import MockClock, MockService
from tests import search

from .conftest import START, hooked

MOBILE = "09121234567"


@settings(
    max_examples=search.examples(quick=20, slow=200),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    before=st.integers(0, 9),
    limit=st.integers(1, 3),
    arrivals=st.lists(st.integers(0, 3), min_size=3, max_size=8),
    asynchronous=st.booleans(),
)
def test_messages_arriving_mid_read_are_each_yielded_once_in_order(
    before: int, limit: int, arrivals: list[int], asynchronous: bool
) -> None:
    """Defect: when messages kept arriving while a watch read the inbox's later pages (three reads
    in a row), it handed out only the newest page's messages and moved its cursor past the older ones,
    which were then never yielded."""
    with MockService(clock=MockClock(start=START)) as mock:
        texts = [f"early {number}" for number in range(before)]
        for text in texts:
            mock.receive(MOBILE, text)
            mock.advance(1)
        pending = list(arrivals)

        def arrive(request: httpx.Request) -> None:
            # Before each read of a later page, the next few messages of the schedule arrive.
            if request.url.path.endswith("/inbox") and request.url.params.get("page", "1") != "1" and pending:
                for _ in range(pending.pop(0)):
                    texts.append(f"late {len(texts)}")
                    mock.receive(MOBILE, texts[-1])
                    mock.advance(1)

        kind: Any = AsyncIranPayamak if asynchronous else IranPayamak
        client = hooked(mock, kind, before=arrive)
        seen: list[str] = []
        polls = [0]

        def sleep(seconds: float) -> None:
            polls[0] += 1
            if polls[0] > 12:
                raise _Enough
            mock.advance(seconds)

        async def async_sleep(seconds: float) -> None:
            sleep(seconds)

        watch = client.reports.watch_inbox(limit=limit, sleep=async_sleep if asynchronous else sleep)

        async def collect() -> None:
            try:
                if asynchronous:
                    async for event in watch:
                        seen.append(event.message.text)
                else:
                    for event in watch:
                        seen.append(event.message.text)
            except _Enough:
                pass

        anyio.run(collect)
        assert seen == texts


class _Enough(Exception):
    """Ends a watch once it has had time to hand out everything."""
