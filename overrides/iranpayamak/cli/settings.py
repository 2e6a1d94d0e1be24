"""Where the command finds its key, address and sender line.

Each setting comes from the first of: the command-line option, the ``IRANPAYAMAK_*`` environment
variable, the config file, the built-in default. The config file is TOML at the platform's config
directory (``~/.config/iranpayamak/config.toml`` on Linux), or wherever ``IRANPAYAMAK_CONFIG``
points, and is written by ``iranpayamak config set``, readable by its owner only.

Example config file::

    api_key = "..."
    base_url = "http://127.0.0.1:4010"
    line_number = "3000505"
"""

from __future__ import annotations

import ipaddress
import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import httpx
import typer
from attrs import define, field

from iranpayamak_api.client import masked_url

from ..client import IranPayamak
from .errors import CliError, ExitCode

__all__ = ["CONFIG_ENV", "SETTINGS", "Settings", "config_path", "is_local", "read_config", "write_config"]

CONFIG_ENV = "IRANPAYAMAK_CONFIG"
"""The environment variable that overrides the config file's path."""

SETTINGS = {
    "api-key": ("api_key", "IRANPAYAMAK_API_KEY"),
    "base-url": ("base_url", "IRANPAYAMAK_BASE_URL"),
    "line-number": ("line_number", "IRANPAYAMAK_LINE_NUMBER"),
}
"""Each setting's name on the command line, its key in the config file, and its environment variable."""


def is_local(base_url: str) -> bool:
    """Whether ``base_url`` is on this machine (``localhost``, ``*.localhost``, 127.0.0.0/8, ``::1``):
    the rule by which the client accepts a plain ``http://`` address without ``allow_insecure_http``."""
    host = httpx.URL(base_url).host
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_plain_http(base_url: str, source: str) -> None:
    """Refuse a plain ``http://`` address of another machine, in the command's own terms.

    The client refuses it too, but tells a Python caller to pass ``allow_insecure_http=True``; a user of
    the command needs the flag, and where the address came from.
    """
    try:
        plain = httpx.URL(base_url).scheme == "http"
    except (httpx.InvalidURL, ValueError, TypeError):
        return  # not a URL: the client says so
    if plain and not is_local(base_url):
        where = "--base-url" if source == "option" else source
        raise CliError(
            f"the base URL {masked_url(base_url)!r} (from {where}) is plain http:// to another machine: the API key "
            "would travel unencrypted. Use https://, or pass --allow-insecure-http if that network is trusted.",
            ExitCode.INVALID,
        )


def config_path() -> Path:
    """The config file's path (it may not exist)."""
    override = os.environ.get(CONFIG_ENV)
    return Path(override) if override else Path(typer.get_app_dir("iranpayamak")) / "config.toml"


def read_config(path: Path) -> dict[str, str]:
    """The settings in the config file; empty when there is no file.

    Raises:
        CliError: The file is not valid TOML, or holds something other than text settings.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise CliError(f"cannot read the config file {path}: {error}") from None
    known = {key for key, _ in SETTINGS.values()}
    for key, value in data.items():
        if key not in known:
            raise CliError(f"config file {path}: unknown setting {key!r} (known: {', '.join(sorted(known))})")
        if not isinstance(value, str):
            raise CliError(f"config file {path}: {key} must be text, got {type(value).__name__}")
    return dict(data)


def write_config(path: Path, values: dict[str, str]) -> None:
    """Write the settings, creating the directory, with the file readable by its owner only."""
    import tomli_w

    path.parent.mkdir(parents=True, exist_ok=True)
    # The file holds the API key: written to a new owner-only file that then replaces the old one, so no
    # reader ever sees it with wider permissions or half-written.
    descriptor, temporary = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(tomli_w.dumps(dict(sorted(values.items()))))
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


@define
class Settings:
    """The settings of one invocation, from the root options, shared with every subcommand.

    Attributes:
        api_key: From ``--api-key`` or ``IRANPAYAMAK_API_KEY``; None to fall back on the config file.
        base_url: From ``--base-url`` or ``IRANPAYAMAK_BASE_URL``; None likewise.
        timeout: Seconds to wait for the service; the client's default when None.
        max_retries: Retries of failures that are safe to retry; the client's default when None.
        allow_insecure_http: Accept a plain ``http://`` address of another machine.
        debug: Print tracebacks with errors.
    """

    api_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    allow_insecure_http: bool = False
    debug: bool = False

    def resolve(self, *, line_number: str | None = None) -> dict[str, tuple[str | None, str]]:
        """Each setting's value (None when unset) and where it comes from: ``option``, the variable's
        name, the config file's path, or ``default``.

        ``line_number`` is a subcommand's ``--line``.
        """
        path = config_path()
        saved = read_config(path)
        options = {"api_key": self.api_key, "base_url": self.base_url, "line_number": line_number}
        resolved: dict[str, tuple[str | None, str]] = {}
        for key, variable in SETTINGS.values():
            given, from_environment = options[key], os.environ.get(variable)
            # Typer fills an option from its variable, so a value equal to the variable's came from it.
            if given and given != from_environment:
                resolved[key] = (given, "option")
            elif from_environment:
                resolved[key] = (from_environment, variable)
            elif key in saved:
                resolved[key] = (saved[key], str(path))
            else:
                resolved[key] = (None, "default")
        return resolved

    def client(self, *, line_number: str | None = None) -> IranPayamak:
        """A client from these settings, the environment and the config file.

        Raises:
            MissingAPIKeyError: No key anywhere.
            CliError: The address is plain http:// to another machine, without --allow-insecure-http.
        """
        resolved = self.resolve(line_number=line_number)
        values = {key: value for key, (value, _source) in resolved.items()}
        base_url, source = resolved["base_url"]
        if base_url is not None and not self.allow_insecure_http:
            _check_plain_http(base_url, source)
        tuning: dict[str, Any] = {}
        if self.timeout is not None:
            tuning["timeout"] = self.timeout
        if self.max_retries is not None:
            tuning["max_retries"] = self.max_retries
        return IranPayamak(
            api_key=values["api_key"],
            base_url=values["base_url"],
            line_number=values["line_number"],
            allow_insecure_http=self.allow_insecure_http,
            **tuning,
        )
