"""Run a local mock of the web service that records every message instead of sending it."""

from __future__ import annotations

import signal
import threading
from typing import Any

import typer

from .errors import CliError, ExitCode, reports_errors
from .output import printable

__all__ = ["run"]


def _listening(host: str, port: int, settings: dict[str, Any]) -> Any:
    """A started ``MockServer``, or a :class:`CliError` saying in one line why there is none."""
    try:
        from iranpayamak.testing import MockServer
    except ImportError as error:  # iranpayamak.testing's message names the extra to install
        raise CliError(str(error)) from None
    try:
        server = MockServer(host=host, port=port, **settings)
    except ValueError as error:  # the port is out of range
        raise CliError(f"--port: {error}", ExitCode.USAGE) from None
    except OSError as error:  # taken, not allowed, or a host that is not this machine's
        raise CliError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    return server


@reports_errors
def run(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(4010, help="Port to listen on (0 picks a free one)."),
    api_key: str = typer.Option("mock-api-key", "--api-key", help="The key clients must send in Api-Key."),
    balance: int = typer.Option(1_000_000, help="Starting balance, in toman."),
) -> None:
    """Serve the mock until Ctrl-C; point any client at the printed URL and key."""
    server = _listening(host, port, {"api_key": api_key, "balance": balance})
    # The texts come from whoever can reach the port: printed escaped, like any text from the network.
    server.state.listeners.append(
        lambda message: typer.echo(
            printable(f"  sent  {message.recipient}  {message.text}  (line {message.line_number})")
        )
    )
    server.start()
    typer.echo(f"IranPayamak mock listening on {server.url}")
    typer.echo(f"Api-Key: {printable(server.api_key)}")
    typer.echo("Demo account: lines 90008361 and 3000505, approved OTP pattern mockOtp001 (variable: code).")
    typer.echo(f"Messages are printed here and listed at {server.url}/__mock__/outbox; Ctrl-C stops.")
    stop = threading.Event()
    # Installed explicitly: a shell that starts a command in the background makes it ignore SIGINT,
    # and Python then raises no KeyboardInterrupt; SIGTERM is how process managers ask a server to stop.
    for name in ("SIGINT", "SIGTERM"):
        signal.signal(getattr(signal, name), lambda _number, _frame: stop.set())
    try:
        while not stop.wait(timeout=1.0):
            pass
        typer.echo("Stopping.")
    finally:
        server.stop()
