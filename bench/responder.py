"""A minimal HTTP/1.1 keep-alive server answering the three routes the benchmarks call.

It is deliberately not the mock (:mod:`iranpayamak.testing`): the mock validates every request
against the spec and keeps state, which would make the server the bottleneck and blur the client
figures. This one parses just enough HTTP to find the route, the body length and the ``Api-Key``,
and writes a pre-encoded answer: the envelopes of the spec's examples and of the mock, with the
same status codes.

Run it in its own process (:func:`running_responder`) so that ``time.process_time()`` in the
benchmark process counts the client's CPU only.

Routes (the same paths and bodies for the four clients, the official ``farazsms`` one included):

- ``POST /ws/v1/sms/pattern``: 201, ``{"status": "success", "data": 407328, "messages": null}``
- ``GET /ws/v1/account/balance``: 200, the balance envelope (singular ``message`` key)
- ``POST /ws/v1/sms/simple``: 201, ``{"status": "success", "data": 407329, "messages": null}``
- ``GET /__bench__/stats`` and ``POST /__bench__/reset``: request counts, so a benchmark can check
  that every call it timed reached the server.

Usage::

    with running_responder() as responder:
        httpx.get(responder.url + "/ws/v1/account/balance", headers={"Api-Key": responder.api_key})
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import select
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path
from typing import Any

__all__ = [
    "API_KEY",
    "BALANCE_BODY",
    "PATTERN_SEND_ID",
    "SIMPLE_SEND_ID",
    "RunningResponder",
    "main",
    "running_responder",
    "serve",
]

API_KEY = "bench-api-key"
"""The key the responder accepts; any other (or none) gets the service's 401 envelope."""

PATTERN_SEND_ID = 407328
SIMPLE_SEND_ID = 407329
BALANCE_BODY: dict[str, Any] = {
    "status": "success",
    "data": {
        "balanceAmount": 5000,
        "balanceCount": 25,
        "details": [{"count": 25, "rate": 200, "amount": 5000}],
    },
    "message": None,
}

_REASONS = {200: b"OK", 201: b"Created", 401: b"Unauthorized", 404: b"Not Found", 411: b"Length Required"}


def _json(payload: object) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


# (method, path) -> (status, body). Bodies match the spec's examples and what the mock sends.
_ROUTES: dict[tuple[bytes, bytes], tuple[int, bytes]] = {
    (b"POST", b"/ws/v1/sms/pattern"): (201, _json({"status": "success", "data": PATTERN_SEND_ID, "messages": None})),
    (b"GET", b"/ws/v1/account/balance"): (200, _json(BALANCE_BODY)),
    (b"POST", b"/ws/v1/sms/simple"): (201, _json({"status": "success", "data": SIMPLE_SEND_ID, "messages": None})),
}
_UNAUTHORIZED = (401, _json({"status": "error", "data": None, "message": "Api-Key not valid"}))
_NOT_FOUND = (404, _json({"status": "error", "data": None, "messages": "Not Found"}))
_NO_LENGTH = (411, _json({"status": "error", "data": None, "messages": "Length Required"}))


class _Answers:
    """Encoded answers, re-encoded once a second so the ``Date`` header stays right (as real servers send)."""

    def __init__(self) -> None:
        self._second = -1
        self._cache: dict[tuple[int, bytes], bytes] = {}

    def encode(self, status: int, body: bytes, close: bool = False) -> bytes:
        now = int(time.time())
        if now != self._second:
            self._second, self._cache = now, {}
        key = (status, body)
        cached = None if close else self._cache.get(key)
        if cached is not None:
            return cached
        head = (
            b"HTTP/1.1 %d %s\r\nDate: %s\r\nServer: bench-responder\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n%s\r\n"
        ) % (
            status,
            _REASONS.get(status, b"Unknown"),
            formatdate(now, usegmt=True).encode(),
            len(body),
            b"Connection: close\r\n" if close else b"",
        )
        answer = head + body
        if not close:
            self._cache[key] = answer
        return answer


class _Stats:
    """What the server has answered, for the benchmarks' sanity checks."""

    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()
        self.recipients = 0

    def reset(self) -> None:
        self.requests.clear()
        self.recipients = 0

    def as_json(self) -> bytes:
        return _json({"requests": dict(self.requests), "recipients": self.recipients})


class _Connection(asyncio.Protocol):
    """One keep-alive connection: requests are parsed from a buffer, as many as have fully arrived."""

    def __init__(self, answers: _Answers, stats: _Stats) -> None:
        self._answers = answers
        self._stats = stats
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        # A loop, not one request per call: a read may hold the end of one request and a whole next one.
        while self._transport is not None and self._answer_one():
            pass

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None

    def _answer_one(self) -> bool:
        """Answer the first complete request in the buffer; False when it has not fully arrived."""
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            return False
        lines = bytes(self._buffer[:end]).split(b"\r\n")
        method, target, _version = lines[0].split(b" ", 2)
        length, key, close, chunked = 0, b"", False, False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"api-key":
                key = value.strip()
            elif name == b"connection":
                close = value.strip().lower() == b"close"
            elif name == b"transfer-encoding":
                chunked = True
        total = end + 4 + length
        if len(self._buffer) < total:
            return False
        body = bytes(self._buffer[end + 4 : total])
        del self._buffer[:total]
        assert self._transport is not None
        if chunked:
            # None of the benchmarked clients stream bodies; refusing keeps the parser tiny.
            self._transport.write(self._answers.encode(*_NO_LENGTH, close=True))
            self._transport.close()
            return False
        self._transport.write(self._answers.encode(*self._route(method, target.split(b"?", 1)[0], key, body), close))
        if close:
            self._transport.close()
            return False
        return True

    def _route(self, method: bytes, path: bytes, key: bytes, body: bytes) -> tuple[int, bytes]:
        if path.startswith(b"/__bench__/"):
            if path == b"/__bench__/reset":
                self._stats.reset()
            return 200, self._stats.as_json()
        answer = _ROUTES.get((method, path))
        if answer is None:
            return _NOT_FOUND
        if key != API_KEY.encode():
            return _UNAUTHORIZED
        self._stats.requests[f"{method.decode()} {path.decode()}"] += 1
        if path == b"/ws/v1/sms/simple":
            # Counting quoted numbers is enough to check that every streamed recipient arrived.
            self._stats.recipients += body.count(b'"09')
        return answer


async def serve(host: str = "127.0.0.1", port: int = 0) -> None:
    """Serve until SIGTERM or SIGINT, printing ``listening http://HOST:PORT`` once ready."""
    loop = asyncio.get_running_loop()
    answers, stats = _Answers(), _Stats()
    server = await loop.create_server(lambda: _Connection(answers, stats), host, port, backlog=1024)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    bound = server.sockets[0].getsockname()
    print(f"listening http://{bound[0]}:{bound[1]}", flush=True)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    """``python -m bench.responder [--port N]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    options = parser.parse_args(argv)
    asyncio.run(serve(options.host, options.port))


@dataclass(frozen=True)
class RunningResponder:
    """A responder process: where it listens and the key it accepts."""

    url: str
    api_key: str
    process: subprocess.Popen[str]

    def stats(self) -> dict[str, Any]:
        """The request counts since the last :meth:`reset` (through a short-lived connection)."""
        return self._call("GET", "/__bench__/stats")

    def reset(self) -> None:
        """Zero the request counts."""
        self._call("POST", "/__bench__/reset")

    def _call(self, method: str, path: str) -> dict[str, Any]:
        # urllib, not httpx: the bookkeeping must not warm up or share any client under test.
        import urllib.request

        request = urllib.request.Request(self.url + path, method=method, data=b"" if method == "POST" else None)
        with urllib.request.urlopen(request, timeout=10) as answer:
            loaded: dict[str, Any] = json.loads(answer.read())
        return loaded


@contextlib.contextmanager
def running_responder(startup_timeout: float = 20.0) -> Iterator[RunningResponder]:
    """Start the responder in a child process on a free loopback port; stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.responder"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert process.stdout is not None
        # Wait for the first line with a deadline: a bare readline would hang on a child that hangs.
        ready, _, _ = select.select([process.stdout], [], [], startup_timeout)
        line = process.stdout.readline() if ready else ""
        if not line.startswith("listening "):
            raise RuntimeError(f"the responder did not start (said {line!r}, exit code {process.poll()})")
        yield RunningResponder(url=line.split()[1], api_key=API_KEY, process=process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    main()
