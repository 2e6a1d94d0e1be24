"""Both clients against one mock, on the mock's clock, for the sending features of issue 20."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.testing import MockClock, MockService

START = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def mock() -> Iterator[MockService]:
    with MockService(clock=MockClock(start=START)) as service:
        yield service


@pytest.fixture(params=[IranPayamak, AsyncIranPayamak], ids=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Any:
    return request.param


class Both:
    """One client of the kind under test, and a way to call it the same way for either kind."""

    def __init__(self, mock: MockService, kind: Any, **settings: Any) -> None:
        self.mock = mock
        self.kind = kind
        make = mock.client if kind is IranPayamak else mock.async_client
        self.client = make(clock=mock.now, **settings)

    @staticmethod
    async def call(value: Any) -> Any:
        """The value, awaited if the async client returned a coroutine."""
        return await value if hasattr(value, "__await__") else value

    def sleep(self) -> Any:
        """A sleep that moves the mock's clock instead of waiting, of the kind the client takes."""
        if self.kind is IranPayamak:
            return self.mock.advance

        async def advance(seconds: float) -> None:
            self.mock.advance(seconds)

        return advance

    async def collect(self, iterator: Any, limit: int) -> list[Any]:
        """Up to ``limit`` items of a sync or async iterator (then it is closed)."""
        items: list[Any] = []
        if hasattr(iterator, "__aiter__"):
            async for item in iterator:
                items.append(item)
                if len(items) == limit:
                    break
            await iterator.aclose()
        else:
            for item in iterator:
                items.append(item)
                if len(items) == limit:
                    break
            iterator.close()
        return items


@pytest.fixture
def both(mock: MockService, kind: Any) -> Both:
    return Both(mock, kind)


def sent(mock: MockService, operation: str) -> int:
    """How many requests of ``operation`` reached the mock."""
    return sum(1 for request in mock.requests if request.operation_id == operation)
