# Hand-written runtime: edit generator/runtime/iranpayamak_api/_deadline.py; scripts/regenerate copies it here.
"""A synchronous call's ``total_timeout``, enforced on every socket operation.

httpx's timeouts bound each step (connecting, one read of the socket, one write), not a whole call:
a server that sends its status line and headers a byte at a time, each byte within the read timeout,
holds a call for as long as it likes, and a synchronous call cannot be cancelled from outside. So
the connection pools a :class:`~iranpayamak_api.Client` creates connect through
:class:`DeadlineBackend`, whose sockets cut each connect, read and write to the time left before the
calling thread's deadline (set with :func:`deadline`), and fail with a timeout once it has passed.
The call then ends in the caller's own thread, and its connection is closed rather than left busy.

Asynchronous calls need none of this: they are cancelled at their deadline.
"""

from __future__ import annotations

import contextlib
import contextvars
import ssl
import time
import typing
from collections.abc import Callable, Iterable, Iterator

import httpcore
import httpx

__all__ = ["DeadlineBackend", "deadline", "install"]

# The monotonic time by which the current call must end, or None. A context variable, so that
# threads and tasks sharing one pool each keep their own.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("iranpayamak_deadline", default=None)

_Timeout = type[httpcore.TimeoutException]
_MESSAGE = "the answer did not arrive within total_timeout"
T = typing.TypeVar("T")


@contextlib.contextmanager
def deadline(at: float) -> Iterator[None]:
    """Bound every socket operation of the pools made with :func:`install` in this context by ``at``
    (a :func:`time.monotonic` value)."""
    token = _DEADLINE.set(at)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _within(operation: Callable[[float | None], T], timeout: float | None, error: _Timeout) -> T:
    """Run ``operation`` with ``timeout`` cut to the time left before the current deadline.

    A timeout that the deadline cut short fails with ``error`` saying so; one that ran out by itself
    keeps httpcore's own error.
    """
    at = _DEADLINE.get()
    if at is None:
        return operation(timeout)
    remaining = at - time.monotonic()
    if remaining <= 0:
        raise error(_MESSAGE)
    if timeout is not None and timeout <= remaining:
        return operation(timeout)
    try:
        return operation(remaining)
    except httpcore.TimeoutException:
        raise error(_MESSAGE) from None


class _Stream(httpcore.NetworkStream):
    """A socket whose every read and write ends by the deadline of the call using it."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return _within(lambda cut: self._stream.read(max_bytes, cut), timeout, httpcore.ReadTimeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        _within(lambda cut: self._stream.write(buffer, cut), timeout, httpcore.WriteTimeout)

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        stream = _within(
            lambda cut: self._stream.start_tls(ssl_context, server_hostname, cut), timeout, httpcore.ConnectTimeout
        )
        return _Stream(stream)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, with sockets bounded by the deadline of the call using them."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = _within(
            lambda cut: self._backend.connect_tcp(host, port, cut, local_address, socket_options),
            timeout,
            httpcore.ConnectTimeout,
        )
        return _Stream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = _within(
            lambda cut: self._backend.connect_unix_socket(path, cut, socket_options), timeout, httpcore.ConnectTimeout
        )
        return _Stream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install(transport: httpx.HTTPTransport) -> bool:
    """Make ``transport``'s connections use :class:`DeadlineBackend`; whether it could.

    httpx has no public way to choose the network backend of the pool it builds, so this replaces
    the backend of that pool. Should a future httpx build its pool differently, nothing is changed
    and calls fall back to checking the deadline between reads of the answer.
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if type(pool) is not httpcore.ConnectionPool or not isinstance(backend, httpcore.NetworkBackend):
        return False
    if not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)
    return True
