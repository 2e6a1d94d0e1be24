"""``MockServer``: the mock on a real HTTP port, for any client (curl, other SDKs, other processes)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from typing import Any

import httpx

from ._app import InjectedDrop
from ._service import MockService

__all__ = ["MockServer"]


class _QuietDrops(logging.Filter):
    """Leaves out uvicorn's traceback for a connection a ``drop`` fault cut on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], InjectedDrop))


_QUIET_DROPS = _QuietDrops()


def _config(app: Any, host: str, port: int, log_level: str) -> Any:
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="off", access_log=False)


class MockServer(MockService):
    """The mock served over HTTP on a loopback port, in a background thread.

    Takes the same arguments as :class:`MockService`, plus ``host`` and ``port`` (0 picks a free one).

    Raises:
        ValueError: ``port`` is not a whole number from 0 to 65535.
        OSError: The address cannot be listened on (the port is taken, the host is not this machine's).

    Example::

        with MockServer() as mock:
            client = IranPayamak(api_key=mock.api_key, base_url=mock.url)
            client.otp.send("09121234567", pattern="mockOtp001")
            assert mock.outbox[-1].recipient == "09121234567"
    """

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, **settings: Any) -> None:
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValueError(f"port must be a whole number from 0 to 65535, got {port!r}")
        super().__init__(**settings)
        # IPPROTO_TCP named explicitly: asyncio turns Nagle's algorithm off only on sockets that say TCP, and
        # with it on, every answer written in two parts waits ~40 ms for the client's delayed ACK.
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._socket.bind((host, port))
        except BaseException:
            self._socket.close()
            raise
        self.host, self.port = self._socket.getsockname()[:2]
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The server's base URL, e.g. ``http://127.0.0.1:53211``."""
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> MockServer:
        """Start serving; returns once the server accepts connections."""
        import uvicorn

        if self._thread is not None:
            return self
        self._server = uvicorn.Server(_config(self.app, self.host, self.port, "warning"))
        # After the config, which sets up uvicorn's logging; one shared filter, so adding it again is a no-op.
        logging.getLogger("uvicorn.error").addFilter(_QUIET_DROPS)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="iranpayamak-mock", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the mock server did not start on {self.url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = self._thread = None
        self._socket.close()
        self.close()

    def client(self, **settings: Any) -> Any:
        """An ``IranPayamak`` client talking to this server over HTTP."""
        from iranpayamak import IranPayamak

        return IranPayamak(**{"api_key": self.api_key, "base_url": self.url, **settings})

    def async_client(self, **settings: Any) -> Any:
        """An ``AsyncIranPayamak`` client talking to this server over HTTP."""
        from iranpayamak import AsyncIranPayamak

        return AsyncIranPayamak(**{"api_key": self.api_key, "base_url": self.url, **settings})

    def transport(self) -> httpx.BaseTransport:
        return httpx.HTTPTransport()

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
