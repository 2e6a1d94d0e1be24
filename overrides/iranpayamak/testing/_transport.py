"""httpx transports that send requests straight into the mock's ASGI app, without a socket.

``httpx.ASGITransport`` serves async clients. Sync clients get :class:`SyncASGITransport`, which runs
the app on an event loop in a helper thread (as Starlette's test client does).
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

__all__ = ["SyncASGITransport"]

T = TypeVar("T")


class _LoopThread:
    """An asyncio event loop in a daemon thread, until :meth:`stop`.

    Daemon, so a client nobody closed does not keep the interpreter from exiting (a thread pool's
    worker, as anyio's blocking portal uses, is joined at exit and would wait forever).
    """

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="iranpayamak-mock-transport", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()
        finally:
            # As asyncio.run does: cancel what is left, so no caller keeps waiting for an answer.
            pending = asyncio.all_tasks(self._loop)
            for task in pending:
                task.cancel()
            self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()

    def call(self, function: Callable[[], Awaitable[T]]) -> T:
        """Run ``function()`` on the loop and wait for its result."""

        async def run() -> T:
            return await function()

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result()

    def stop(self, *, wait: bool = True) -> None:
        """Stop the loop; with ``wait``, return once its thread has ended."""
        try:
            self._loop.call_soon_threadsafe(self._loop.stop)
        except RuntimeError:  # already closed
            return
        if wait and threading.current_thread() is not self._thread:
            self._thread.join()


class SyncASGITransport(httpx.BaseTransport):
    """A synchronous transport into an ASGI app; thread-safe, closed with :meth:`close`.

    Its helper thread starts with the first request and ends when the transport is closed (closing
    the ``httpx.Client`` that holds it does that) or garbage-collected.
    """

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._loop: _LoopThread | None = None
        self._stop_on_collect: weakref.finalize[Any, Any] | None = None
        self._lock = threading.Lock()

    def _running_loop(self) -> _LoopThread:
        with self._lock:
            if self._loop is None:
                self._loop = _LoopThread()
                # The finalizer holds the loop, not the transport, so a forgotten transport can be collected.
                self._stop_on_collect = weakref.finalize(self, self._loop.stop, wait=False)
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        forwarded = httpx.Request(request.method, request.url, headers=request.headers, content=request.read())

        async def call() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            response = await self._inner.handle_async_request(forwarded)
            content = await response.aread()
            return response.status_code, response.headers.raw, content

        status, headers, content = self._running_loop().call(call)
        return httpx.Response(status, headers=headers, content=content, request=request)

    def close(self) -> None:
        with self._lock:
            loop, self._loop = self._loop, None
            finalizer, self._stop_on_collect = self._stop_on_collect, None
        if finalizer is not None:
            finalizer.detach()
        if loop is not None:
            loop.stop()
