"""Run a local mock of the web service that records every message instead of sending it."""

from __future__ import annotations

import signal
import threading

import typer

__all__ = ["run"]


def run(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(4010, help="Port to listen on (0 picks a free one)."),
    api_key: str = typer.Option("mock-api-key", "--api-key", help="The key clients must send in Api-Key."),
    balance: int = typer.Option(1_000_000, help="Starting balance, in toman."),
) -> None:
    """Serve the mock until Ctrl-C; point any client at the printed URL and key."""
    try:
        from iranpayamak.testing import MockServer
    except ImportError as error:
        raise typer.BadParameter(f'the mock needs its extra: pip install "iranpayamak[mock]" ({error})') from None
    server = MockServer(host=host, port=port, api_key=api_key, balance=balance)
    server.state.listeners.append(
        lambda message: typer.echo(f"  sent  {message.recipient}  {message.text}  (line {message.line_number})")
    )
    server.start()
    typer.echo(f"IranPayamak mock listening on {server.url}")
    typer.echo(f"Api-Key: {server.api_key}")
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
