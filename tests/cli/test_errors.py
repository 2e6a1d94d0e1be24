"""Failures: one readable line, an exit code per kind, a traceback only with ``--debug``, the key never shown."""

from __future__ import annotations

import socket

import pytest

from iranpayamak.cli.errors import ExitCode
from iranpayamak.testing import MockServer

from .conftest import Invoke


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_a_wrong_key(cli: Invoke, mock: MockServer) -> None:
    result = cli("balance", env={"IRANPAYAMAK_API_KEY": "wrong-key"})
    assert result.exit_code == ExitCode.AUTH == 3
    assert result.stderr.startswith("Error: the API key was refused (HTTP 401)")
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_no_key_at_all(cli: Invoke) -> None:
    result = cli("lines", env={"IRANPAYAMAK_API_KEY": None})
    assert result.exit_code == 3
    assert "no API key" in result.stderr and "iranpayamak demo" in result.stderr


def test_debug_adds_the_traceback(cli: Invoke) -> None:
    result = cli("--debug", "balance", env={"IRANPAYAMAK_API_KEY": "wrong-key"})
    assert result.exit_code == 3
    assert "Traceback" in result.stderr and "AuthenticationError" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("Error: the API key was refused")


def test_rate_limited_keeps_the_service_message(cli: Invoke, mock: MockServer) -> None:
    body = {"status": "error", "message": "تعداد درخواست‌ها بیش از حد مجاز است"}
    mock.faults.add(operation="get_balance", status=429, body=body, headers={"Retry-After": "0"})
    result = cli("--max-retries", "1", "balance")
    assert result.exit_code == ExitCode.RATE_LIMITED == 5
    assert result.stderr.strip() == (
        "Error: too many requests (HTTP 429): تعداد درخواست‌ها بیش از حد مجاز است; retry after 0 s"
    )
    assert len([r for r in mock.requests if r.operation_id == "get_balance"]) == 2


def test_a_server_error(cli: Invoke, mock: MockServer) -> None:
    mock.faults.add(operation="send_pattern", status=503)
    result = cli("pattern", "mockOtp001", "--to", "09121234567", "--var", "code=1234")
    assert result.exit_code == ExitCode.SERVER == 6
    assert result.stderr.startswith("Error: the service failed (HTTP 503)")
    assert len([r for r in mock.requests if r.operation_id == "send_pattern"]) == 1  # a send is not retried


def test_an_unreadable_answer(cli: Invoke, mock: MockServer) -> None:
    mock.faults.add(operation="get_profile", html=True)
    result = cli("--max-retries", "0", "profile")
    assert result.exit_code == ExitCode.SERVER
    assert "could not be read" in result.stderr


def test_the_network(cli: Invoke) -> None:
    result = cli("--max-retries", "0", "--base-url", f"http://127.0.0.1:{_closed_port()}", "balance")
    assert result.exit_code == ExitCode.NETWORK == 7
    assert result.stderr.startswith("Error: could not reach the service")


def test_a_timeout(cli: Invoke, mock: MockServer) -> None:
    mock.faults.add(operation="get_balance", delay=2)
    result = cli("--max-retries", "0", "--timeout", "0.2", "balance")
    assert result.exit_code == ExitCode.NETWORK
    assert result.stderr.startswith("Error: no answer in time")


@pytest.mark.parametrize(
    "args",
    [
        ["balance"],
        ["profile", "--json"],
        ["lines"],
        ["send", "x", "--to", "09121234567"],
        ["send", "x", "--to", "bad"],
        ["pattern", "mockOtp001", "--to", "09121234567", "--var", "code=1"],
        ["otp", "09121234567", "--pattern", "mockOtp001"],
        ["patterns", "list"],
        ["phonebook", "list"],
        ["contacts", "list"],
        ["report"],
        ["inbox"],
        ["config", "show"],
    ],
)
@pytest.mark.parametrize("valid", [True, False])
def test_the_key_is_never_printed(cli: Invoke, mock: MockServer, args: list[str], valid: bool) -> None:
    key = mock.api_key if valid else "sk-live-do-not-print-me"
    result = cli("--debug", "--api-key", key, *args, env={"IRANPAYAMAK_API_KEY": None, "IRANPAYAMAK_LOG": "debug"})
    assert key not in result.output
    assert result.exit_code in (0, 3, 4)
    if args[0] != "config" and args[-1] != "bad":
        assert " iranpayamak DEBUG " in result.stderr  # the request lines were logged, without the key
