"""``iranpayamak config``: keep the key, address and default line in the config file."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from iranpayamak_api import Client
from iranpayamak_api.client import masked_url

from .._arguments import line_number
from ..errors import ConfigurationError
from .commands import App
from .errors import CliError, ExitCode, reports_errors
from .options import JsonOption, settings_of
from .output import Output, table
from .settings import SETTINGS, config_path, read_config, write_config

__all__ = ["app"]

app = App(name="config", no_args_is_help=True, help="Show or change the saved settings.")

NAMES = ", ".join(SETTINGS)


def _key(name: str) -> str:
    if name not in SETTINGS:
        raise CliError(f"unknown setting {name!r}; the settings are {NAMES}", ExitCode.USAGE)
    return SETTINGS[name][0]


def _checked(name: str, value: str) -> str:
    value = value.strip()
    if not value:
        raise CliError(f"{name}: the value is empty", ExitCode.INVALID)
    if name == "base-url":
        # The client's own check of the URL's form; whether plain http is allowed is decided when it is
        # used (--allow-insecure-http).
        return Client(base_url=value, allow_insecure_http=True).base_url
    if name == "line-number":
        return line_number(value, "line-number")
    if name == "api-key":
        # The client's own check, so no key is saved that it would refuse to send; its message never
        # shows the key.
        try:
            Client(api_key=value)
        except ConfigurationError as error:
            raise CliError(f"api-key: not saved: {error}", ExitCode.INVALID) from None
    return value


def _read_value(name: str) -> str:
    """The value typed at a prompt (without echo for the key), or the first line piped in."""
    if sys.stdin is None or not sys.stdin.isatty():
        # Piped ("echo KEY | iranpayamak config set api-key"): nobody sees a prompt, and getpass would warn,
        # with a path into the standard library, that it cannot hide what a pipe never shows anyway.
        return sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    return str(typer.prompt(name, hide_input=name == "api-key"))


@app.command("set")
@reports_errors
def set_(
    name: Annotated[str, typer.Argument(help=f"One of: {NAMES}.")],
    value: Annotated[
        str | None,
        typer.Argument(help="The value; left out, it is asked for (api-key without echo) or read from a pipe."),
    ] = None,
) -> None:
    """Save a setting in the config file.

    Leave the value out for api-key to type it without echo (and out of the shell history).
    """
    key = _key(name)
    if value is None:
        value = _read_value(name)
    path = config_path()
    values = read_config(path)
    values[key] = _checked(name, value)
    write_config(path, values)
    Output().say(f"Saved {name} in {path}.")


@app.command()
@reports_errors
def unset(name: Annotated[str, typer.Argument(help=f"One of: {NAMES}.")]) -> None:
    """Remove a setting from the config file."""
    key = _key(name)
    path = config_path()
    values = read_config(path)
    if values.pop(key, None) is None:
        Output().say(f"{name} was not set in {path}.")
        return
    write_config(path, values)
    Output().say(f"Removed {name} from {path}.")


@app.command()
@reports_errors
def show(context: typer.Context, as_json: JsonOption = False) -> None:
    """Show each setting and where it comes from; the key and a password in the base URL are never printed."""
    path = config_path()
    resolved = settings_of(context).resolve()
    rows = []
    for name, (key, _variable) in SETTINGS.items():
        value, source = resolved[key]
        if name == "api-key" and value is not None:
            value = "(set)"
        elif name == "base-url" and value is not None:
            value = masked_url(value)  # a gateway's URL may carry a password
        rows.append({"setting": name, "value": value, "source": source})
    out = Output(as_json=as_json)
    out.result(
        {"path": str(path), "settings": rows},
        lambda console: console.print(
            table(["setting", "value", "from"], [(r["setting"], r["value"], r["source"]) for r in rows])
        ),
    )


@app.command()
def path() -> None:
    """Print the config file's path."""
    typer.echo(str(config_path()))
