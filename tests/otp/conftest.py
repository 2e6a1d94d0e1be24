"""Fixtures of the OTP tests: an injected clock, the mock for sending, and the stores under test.

The Redis stores run against a real ``redis-server`` that this module starts on a free loopback
port, with persistence off, once per test process (each pytest-xdist worker has its own), and stops
at the end of the session. ``scripts/test`` installs Debian's ``redis-server`` when it is missing;
without it the Redis tests fail with a message saying so, rather than being skipped.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
import redis

from iranpayamak import IranPayamak
from iranpayamak.errors import OtpStoreError
from iranpayamak.otp import Change, MemoryStore, OtpService, OtpStore, RedisStore
from iranpayamak.testing import MockService

T = TypeVar("T")

PATTERN = "mockOtp001"
MOBILE = "09121234567"
START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
SECRET = "the tests' secret key"
KEY = f"iranpayamak:otp:{MOBILE}"
"""The Redis key of MOBILE with the default prefix."""


class FakeClock:
    """A clock that moves only when told to, so time-based rules are tested without waiting.

    Example::

        clock = FakeClock()
        clock.advance(60)
    """

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class RedisServer:
    """A ``redis-server`` process on a loopback port."""

    def __init__(self, port: int, process: subprocess.Popen[bytes]) -> None:
        self.port = port
        self.process = process
        self.url = f"redis://127.0.0.1:{port}/0"

    def client(self, **options: Any) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, **options)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _start_redis(binary: str, directory: Path) -> RedisServer:
    log = directory / "redis.log"
    for _ in range(5):  # another process may take the free port before redis-server binds it
        port = _free_port()
        command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        command += ["--dir", str(directory), "--logfile", str(log)]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        server = RedisServer(port, process)
        deadline = time.monotonic() + 20
        with server.client(socket_timeout=1) as probe:
            while process.poll() is None and time.monotonic() < deadline:
                try:
                    if probe.ping():
                        return server
                except redis.ConnectionError:
                    time.sleep(0.02)
        process.kill()
        process.wait()
    details = log.read_text(errors="replace")[-2000:] if log.exists() else "(no log)"
    pytest.fail(f"redis-server did not start and answer PING:\n{details}", pytrace=False)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A private ``redis-server`` for this test process."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail(
            "redis-server is not installed, so the Redis OTP store cannot be tested: run scripts/test "
            "(it installs Debian's redis-server), or apt-get install redis-server",
            pytrace=False,
        )
    server = _start_redis(binary, tmp_path_factory.mktemp("redis"))
    try:
        yield server
    finally:
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@pytest.fixture
def redis_client(redis_server: RedisServer) -> Iterator[redis.Redis]:
    """A client of the private server, emptied before each test."""
    with redis_server.client() as client:
        client.flushdb()
        yield client


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock() -> Iterator[MockService]:
    with MockService() as service:
        yield service


@pytest.fixture
def client(mock: MockService) -> Iterator[IranPayamak]:
    # No retries: an injected failure must reach the service under test on the first try.
    sms: IranPayamak = mock.client(max_retries=0)
    with sms:
        yield sms


@pytest.fixture(params=["memory", "redis"])
def store_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


@pytest.fixture
def store(store_kind: str, request: pytest.FixtureRequest) -> OtpStore:
    """Each store under test; the behaviour suite runs once per store."""
    if store_kind == "memory":
        return MemoryStore()
    return RedisStore(request.getfixturevalue("redis_client"))


def raw_values(store: Any) -> dict[str, str]:
    """Everything a store holds, as stored: for checking what is (not) kept."""
    if isinstance(store, RedisStore):
        stored = {key: store.redis.get(key) for key in store.redis.scan_iter(match=f"{store.prefix}*")}
        return {key.decode(): value.decode() for key, value in stored.items() if isinstance(value, bytes)}
    values: dict[str, str] = store.raw()
    return values


@pytest.fixture
def make_service(client: IranPayamak, store: OtpStore, clock: FakeClock) -> Callable[..., OtpService]:
    """``OtpService`` on the mock, the store under test and the fake clock; settings can be overridden."""

    def make(**settings: Any) -> OtpService:
        options: dict[str, Any] = {
            "pattern": PATTERN,
            "store": store,
            "clock": clock,
            "expose_codes": True,
            "secret": SECRET,
        }
        return OtpService(client, **{**options, **settings})

    return make


@pytest.fixture(params=["sync-memory", "sync-redis", "async-memory", "async-redis"])
def both(request: pytest.FixtureRequest, mock: MockService, clock: FakeClock) -> Iterator[Callable[..., Any]]:
    """Services of each kind on each store, called alike (``tests/otp/both.py``)."""
    from .both import make_both  # not at the top: both.py imports this module

    with make_both(request.param, mock, clock, lambda: request.getfixturevalue("redis_server")) as make:
        yield make


@pytest.fixture
def service(make_service: Callable[..., OtpService]) -> OtpService:
    return make_service()


def during_send(monkeypatch: pytest.MonkeyPatch, client: Any, action: Callable[[], object]) -> None:
    """Run ``action`` once, during the next send: after the SMS reached the mock, before ``issue`` records it.

    So ``action`` sees the reservation of a send in progress, as another server would. The namespace's
    class is patched, not ``client.otp``: the services send through a copy of the client (``with_options``).
    """
    namespace = type(client.otp)
    real = namespace.send
    actions = [action]

    def send(self: Any, *args: Any, **kwargs: Any) -> Any:
        sent = real(self, *args, **kwargs)
        while actions:
            actions.pop()()  # popped first, so a send made by the action itself does not run it again
        return sent

    monkeypatch.setattr(namespace, "send", send)


class FlakyStore:
    """A store whose ``fail_on``-th update fails (without applying); the others go to ``inner``."""

    def __init__(self, inner: OtpStore, fail_on: int) -> None:
        self.inner = inner
        self.fail_on = fail_on
        self.calls = 0

    def update(self, key: str, change: Change[T]) -> T:
        self.calls += 1
        if self.calls == self.fail_on:
            raise OtpStoreError("the store is down")
        return self.inner.update(key, change)
