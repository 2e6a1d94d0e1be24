"""Mock servers side by side: ``iranpayamak mock`` against Prism, answering the same requests.

Both run in their own process, as a user starts them (``iranpayamak mock --port N`` and
``prism mock spec/iranpayamak.openapi.yaml --port N``, the version ``package.json`` pins), and both are
sent the same requests, one at a time, over one kept-alive connection each:

- ``balance_read``: ``GET /ws/v1/account/balance``
- ``pattern_send``: ``POST /ws/v1/sms/pattern`` with the OTP pattern of the mock's demo account
- ``report_page``: ``GET /ws/v1/send_request/{id}/items``, one page of the send request the server's
  own first pattern send returned

The client is the standard library's ``http.client``, the lightest keep-alive client there is, so
the figures are the servers' and not a client's. Every answer's status is checked, so a server
refusing the requests (faster than serving them) cannot produce a flattering figure.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .sizes import Sizes

__all__ = ["OPERATIONS", "SERVERS", "ServerFigure", "ServerResult", "measure_servers"]

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "iranpayamak.openapi.yaml"

API_KEY = "mock-api-key"
# The demo account's approved OTP pattern; Prism accepts any code and answers the spec's example.
PATTERN_BODY = json.dumps(
    {
        "code": "mockOtp001",
        "recipient": "09121234567",
        "attributes": {"code": "482913"},
        "line_number": "90008361",
        "number_format": "english",
        "schedule": None,
    }
).encode()
# Enough for every send of a full run: the mock charges each one, and an empty account answers 4xx.
MOCK_BALANCE = 10**12

OPERATIONS = ("balance_read", "pattern_send", "report_page")
SERVERS = ("mock", "prism")
_EXPECTED_STATUS = {"balance_read": 200, "pattern_send": 201, "report_page": 200}


@dataclass(frozen=True)
class ServerFigure:
    """One server's answers to one kind of request.

    Attributes:
        server: ``mock`` or ``prism``.
        label: The server as the report names it.
        operation: One of :data:`OPERATIONS`.
        requests: Requests timed.
        p50_ms: Median time from sending a request to having read its whole answer.
        p95_ms: The 95th percentile of the same.
        per_second: Requests answered per second of elapsed time, one at a time.
        server_cpu_us: The server process's CPU time per request (Linux only; None elsewhere).
    """

    server: str
    label: str
    operation: str
    requests: int
    p50_ms: float
    p95_ms: float
    per_second: float
    server_cpu_us: float | None


@dataclass(frozen=True)
class ServerResult:
    """Both servers' figures for every kind of request."""

    requests: int
    rounds: int
    figures: list[ServerFigure]

    def figure(self, server: str, operation: str) -> ServerFigure:
        """The figure of ``server`` for ``operation``."""
        return next(f for f in self.figures if f.server == server and f.operation == operation)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _prism_version() -> str:
    package = ROOT / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    try:
        version: str = json.loads(package.read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        return "(version unknown)"
    return version


def _commands(port: int) -> dict[str, list[str]]:
    if not PRISM.exists():
        raise RuntimeError(f"Prism is not installed ({PRISM.relative_to(ROOT)}): run `npm ci`")
    # The `iranpayamak` command, run by this interpreter (so the virtual environment's package is the one measured).
    mock = [sys.executable, "-c", "from iranpayamak.cli import main; main()", "mock"]
    return {
        "mock": [*mock, "--host", "127.0.0.1", "--port", str(port), "--balance", str(MOCK_BALANCE)],
        "prism": [str(PRISM), "mock", str(SPEC), "--host", "127.0.0.1", "--port", str(port)],
    }


class _Connection:
    """One kept-alive connection to a server, sending the benchmark's requests."""

    def __init__(self, port: int) -> None:
        self._http = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.report_id = 0

    def call(self, operation: str) -> bytes:
        """Send one request of ``operation``; its answer's body, once its status is checked."""
        headers = {"Api-Key": API_KEY, "Accept": "application/json"}
        if operation == "balance_read":
            self._http.request("GET", "/ws/v1/account/balance", headers=headers)
        elif operation == "pattern_send":
            headers["Content-Type"] = "application/json"
            self._http.request("POST", "/ws/v1/sms/pattern", body=PATTERN_BODY, headers=headers)
        else:
            self._http.request("GET", f"/ws/v1/send_request/{self.report_id}/items", headers=headers)
        response = self._http.getresponse()
        body = response.read()
        if response.status != _EXPECTED_STATUS[operation] or response.will_close:
            raise RuntimeError(
                f"{operation} answered {response.status} (closing: {response.will_close}): {body[:200]!r}"
            )
        return body

    def reopen(self, operation: str) -> None:
        """A new connection, opened by one untimed ``operation``: servers close one left idle (Prism and
        uvicorn after 5 s), which happens to each while the other server takes its turn."""
        self._http.close()
        self.call(operation)

    def close(self) -> None:
        self._http.close()


@contextlib.contextmanager
def _serving(command: list[str], port: int, startup_timeout: float = 120.0) -> Iterator[subprocess.Popen[bytes]]:
    """Start ``command``, a server on ``port``; yield it once it answers, stop it afterwards."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with code {process.returncode} before answering")
            try:
                probe = _Connection(port)
                probe.call("balance_read")
                probe.close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{command[0]} did not answer within {startup_timeout:.0f} s") from None
                time.sleep(0.1)  # waiting for a process to start, not timing anything
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of a process (every thread), from ``/proc``; None where there is none."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # After the command name: state is field 3, utime and stime fields 14 and 15.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class _Tally:
    latencies: list[float]
    wall_s: float = 0.0
    cpu_s: float | None = 0.0


def _timed(call: Callable[[], object], count: int, tally: _Tally, pid: int) -> None:
    cpu_before = _cpu_seconds(pid)
    started = time.perf_counter()
    for _ in range(count):
        sent = time.perf_counter()
        call()
        tally.latencies.append(time.perf_counter() - sent)
    tally.wall_s += time.perf_counter() - started
    cpu_after = _cpu_seconds(pid)
    if tally.cpu_s is None or cpu_before is None or cpu_after is None:
        tally.cpu_s = None
    else:
        tally.cpu_s += cpu_after - cpu_before


def _percentile(ordered: list[float], fraction: float) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def measure_servers(sizes: Sizes) -> ServerResult:
    """Time ``sizes.server_requests`` requests of each kind against each server, the servers taking turns."""
    per_round = max(1, sizes.server_requests // sizes.rounds)
    labels = {"mock": "`iranpayamak mock`", "prism": f"Prism {_prism_version()}"}
    ports = {server: _free_port() for server in SERVERS}
    commands = {server: _commands(ports[server])[server] for server in SERVERS}
    with _serving(commands["mock"], ports["mock"]) as mock, _serving(commands["prism"], ports["prism"]) as prism:
        pids = {"mock": mock.pid, "prism": prism.pid}
        connections = {server: _Connection(ports[server]) for server in SERVERS}
        try:
            for connection in connections.values():
                connection.report_id = int(json.loads(connection.call("pattern_send"))["data"])
                for operation in OPERATIONS:
                    for _ in range(sizes.server_warmup):
                        connection.call(operation)
            tallies = {(server, operation): _Tally([]) for server in SERVERS for operation in OPERATIONS}
            for index in range(sizes.rounds):
                order = SERVERS[index % 2 :] + SERVERS[: index % 2]  # neither always goes first
                for server in order:
                    for operation in OPERATIONS:
                        connections[server].reopen(operation)
                        call = functools.partial(connections[server].call, operation)
                        _timed(call, per_round, tallies[server, operation], pids[server])
        finally:
            for connection in connections.values():
                connection.close()
    figures = []
    for operation in OPERATIONS:
        for server in SERVERS:
            tally = tallies[server, operation]
            ordered = sorted(tally.latencies)
            figures.append(
                ServerFigure(
                    server=server,
                    label=labels[server],
                    operation=operation,
                    requests=len(ordered),
                    p50_ms=_percentile(ordered, 0.5) * 1e3,
                    p95_ms=_percentile(ordered, 0.95) * 1e3,
                    per_second=len(ordered) / tally.wall_s,
                    server_cpu_us=None if tally.cpu_s is None else tally.cpu_s / len(ordered) * 1e6,
                )
            )
    return ServerResult(requests=per_round * sizes.rounds, rounds=sizes.rounds, figures=figures)
