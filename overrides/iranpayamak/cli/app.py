"""The Typer application behind the ``iranpayamak`` command: the root options and every subcommand."""

from __future__ import annotations

from typing import Annotated

import typer

from iranpayamak_api import __version__

from . import account, config, conformance, demo, mock, patterns, phonebook, reports, send
from .commands import App
from .settings import Settings

__all__ = ["app"]

app = App(
    name="iranpayamak",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    epilog="Exit codes: 3 auth, 4 invalid input, 5 rate limited, 6 service failure, 7 network, 8 partly sent.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"iranpayamak {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    context: typer.Context,
    api_key: Annotated[
        str | None,
        typer.Option(
            "--api-key", envvar="IRANPAYAMAK_API_KEY", show_default=False, help="The web-service key (never printed)."
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", envvar="IRANPAYAMAK_BASE_URL", help="The service's address, e.g. a mock's."),
    ] = None,
    timeout: Annotated[
        float | None,
        # Escaped: Rich would take "[default: 30]" for markup and print nothing of it.
        typer.Option("--timeout", min=0.1, help=r"Seconds to wait for each answer. \[default: 30]"),
    ] = None,
    max_retries: Annotated[
        int | None,
        typer.Option("--max-retries", min=0, help=r"Retries of failures that are safe to retry. \[default: 2]"),
    ] = None,
    allow_insecure_http: Annotated[
        bool,
        typer.Option(
            "--allow-insecure-http",
            help="Accept a plain http:// address of another machine (the key is sent unencrypted).",
        ),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Print tracebacks with errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Send SMS through the IranPayamak (FarazSMS) web service, or try everything against a local mock.

    Settings come from the options, then IRANPAYAMAK_API_KEY / IRANPAYAMAK_BASE_URL /
    IRANPAYAMAK_LINE_NUMBER, then the config file ('iranpayamak config'). New here? Run 'iranpayamak demo'.
    """
    context.obj = Settings(
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        allow_insecure_http=allow_insecure_http,
        debug=debug,
    )


app.command()(account.balance)
app.command()(account.profile)
app.command()(account.lines)
app.command()(send.send)
app.command()(send.pattern)
app.command()(send.otp)
app.command()(reports.report)
app.command()(reports.inbox)
app.add_typer(patterns.app)
app.add_typer(phonebook.app)
app.add_typer(phonebook.contacts_app)
app.add_typer(config.app)
app.command(name="mock", help=mock.__doc__)(mock.run)
app.command()(demo.demo)
app.command()(conformance.conformance)
