"""Fixtures of the attack suite: both clients on the mock (``tests/sending``), a private Redis, and
clients whose transport runs a hook around each request (to inject what the mock cannot: an arrival
while a listing is read, an interrupt once a request was carried out).

The Redis server is the one ``tests/otp/conftest.py`` starts (once per test process); its fixtures
are imported here so that these tests can share one Redis between a sync and an async client.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from iranpayamak import IranPayamak
from iranpayamak.testing import MockService
from tests.otp.conftest import redis_client, redis_server
from tests.sending.conftest import START, Both, both, kind, mock, sent

__all__ = ["START", "Both", "both", "hooked", "kind", "mock", "redis_client", "redis_server", "sent"]

Hook = Callable[[httpx.Request], Any]


class _Hooked(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, before: Hook | None, after: Hook | None) -> None:
        self.inner, self.before, self.after = inner, before, after

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.before is not None:
            self.before(request)
        response = self.inner.handle_request(request)
        if self.after is not None:
            self.after(request)
        return response

    def close(self) -> None:
        self.inner.close()


class _AsyncHooked(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, before: Hook | None, after: Hook | None) -> None:
        self.inner, self.before, self.after = inner, before, after

    async def _call(self, hook: Hook | None, request: httpx.Request) -> None:
        if hook is not None:
            answer = hook(request)
            if isinstance(answer, Awaitable):
                await answer

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._call(self.before, request)
        response = await self.inner.handle_async_request(request)
        await response.aread()
        await self._call(self.after, request)
        return response


def hooked(
    mock: MockService, kind: Any, *, before: Hook | None = None, after: Hook | None = None, **settings: Any
) -> Any:
    """A client of ``kind`` on ``mock`` whose requests pass ``before`` and ``after`` (after the mock
    carried the request out): either may raise, or change the mock. Async hooks may be coroutines."""
    if kind is IranPayamak:
        client = mock.client(clock=mock.now, **settings)
        transport: Any = _Hooked(mock.transport(), before, after)
    else:
        client = mock.async_client(clock=mock.now, **settings)
        transport = _AsyncHooked(mock.async_transport(), before, after)
    client.api.httpx_args = {**client.api.httpx_args, "transport": transport}
    return client
