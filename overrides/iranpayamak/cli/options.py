"""Options several subcommands share, and the client of the current invocation."""

from __future__ import annotations

from typing import Annotated

import typer

from ..client import IranPayamak
from .settings import Settings

__all__ = ["JsonOption", "LimitOption", "LineOption", "PageOption", "client_of", "settings_of"]

JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
LineOption = Annotated[
    str | None,
    typer.Option(
        "--line", help="Sender line; default: IRANPAYAMAK_LINE_NUMBER, the config file, then the shared line."
    ),
]
PageOption = Annotated[int, typer.Option("--page", min=1, help="The page to show.")]
LimitOption = Annotated[int, typer.Option("--limit", min=1, max=500, help="Items per page.")]


def settings_of(context: typer.Context) -> Settings:
    """The root options of this invocation."""
    settings = context.find_root().obj
    return settings if isinstance(settings, Settings) else Settings()  # a subcommand run on its own


def client_of(context: typer.Context, *, line_number: str | None = None) -> IranPayamak:
    """The client for this invocation, from the root options, the environment and the config file."""
    return settings_of(context).client(line_number=line_number)
