"""httpx transports that send requests straight into the mock's ASGI app, without a socket.

``httpx.ASGITransport`` serves async clients. Sync clients get :class:`SyncASGITransport`, which runs
the app on an event loop in a helper thread (as Starlette's test client does).
"""

from __future__ import annotations

import threading
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal

__all__ = ["SyncASGITransport"]


class SyncASGITransport(httpx.BaseTransport):
    """A synchronous transport into an ASGI app; thread-safe, closed with :meth:`close`."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._portal_context: Any = None
        self._portal: BlockingPortal | None = None
        self._lock = threading.Lock()

    def _running_portal(self) -> BlockingPortal:
        with self._lock:
            if self._portal is None:
                self._portal_context = start_blocking_portal()
                self._portal = self._portal_context.__enter__()
            return self._portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        forwarded = httpx.Request(request.method, request.url, headers=request.headers, content=request.read())

        async def call() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            response = await self._inner.handle_async_request(forwarded)
            content = await response.aread()
            return response.status_code, response.headers.raw, content

        status, headers, content = self._running_portal().call(call)
        return httpx.Response(status, headers=headers, content=content, request=request)

    def close(self) -> None:
        with self._lock:
            context, self._portal_context, self._portal = self._portal_context, None, None
        if context is not None:
            context.__exit__(None, None, None)
