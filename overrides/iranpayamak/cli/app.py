"""The Typer application behind the ``iranpayamak`` command."""

from __future__ import annotations

import typer

from . import mock

__all__ = ["app"]

app = typer.Typer(name="iranpayamak", no_args_is_help=True, add_completion=False)


@app.callback()
def root() -> None:
    """Send SMS through the IranPayamak (FarazSMS) web service, or run a local mock of it."""


app.command(name="mock", help=mock.__doc__)(mock.run)
