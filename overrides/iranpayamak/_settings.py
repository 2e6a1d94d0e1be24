"""Client settings from arguments and the environment, shared by the sync and async clients."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from iranpayamak_api import Client, RetryPolicy
from iranpayamak_api.client import DEFAULT_BASE_URL, valid_seconds
from iranpayamak_api.models import NumberFormat
from iranpayamak_api.types import MaskedURL, Secret

from . import _arguments as check
from ._arguments import DEFAULT_MAX_TEXT_LENGTH, DEFAULT_PAGE_SIZE, Arguments, aware_now
from ._display import shown
from ._logging import configure_from_environment
from ._sending import sending_settings
from .errors import ConfigurationError, InvalidArgumentError, MissingAPIKeyError

__all__ = ["SHARED_LINE", "as_secret", "as_url", "build", "per_call"]

SHARED_LINE = "90008361"
"""The service's shared sender line, used when no line is configured."""


def as_secret(value: object) -> Any:
    """Text as a :class:`~iranpayamak_api.types.Secret` (anything else unchanged, for the checks to judge).

    Constructors wrap the key first, so no frame of the set-up holds it where a ``repr`` would show it
    (a traceback with locals, an error tracker).
    """
    return Secret(value) if isinstance(value, str) and not isinstance(value, Secret) else value


def as_url(value: object) -> Any:
    """Text as a :class:`~iranpayamak_api.types.MaskedURL`, whose ``repr`` hides a password in it
    (anything else unchanged, for the checks to judge); constructors wrap the base URL first."""
    return MaskedURL(value) if isinstance(value, str) and not isinstance(value, MaskedURL) else value


def _now() -> datetime:
    return datetime.now(UTC)


_HTTP_CLIENT_TYPES: dict[str, type] = {"http_client": httpx.Client, "async_http_client": httpx.AsyncClient}


def _invalid(field: str, reason: str) -> InvalidArgumentError:
    return InvalidArgumentError(f"{field}: {reason}", field=field, reason=reason)


def _seconds(value: object, field: str) -> float | None:
    """A timeout in seconds, as the low-level client accepts it (above 0, at most a year), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(field, f"expected a number of seconds or None, got {type(value).__name__}")
    if not valid_seconds(value):
        raise _invalid(field, f"must be a number of seconds above 0 and at most a year, got {shown(value)}")
    return float(value)


def _timeout(value: object) -> httpx.Timeout | float | None:
    """``timeout`` checked: seconds, None, or an ``httpx.Timeout`` whose every phase is seconds or None."""
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return _seconds(value, "timeout")
    if not isinstance(value, httpx.Timeout):
        raise _invalid("timeout", f"expected seconds, an httpx.Timeout or None, got {type(value).__name__}")
    for phase in ("connect", "read", "write", "pool"):
        _seconds(getattr(value, phase), f"timeout.{phase}")
    return value


def _total_timeout(value: object) -> float | None:
    """``total_timeout`` checked; a ConfigurationError, as the low-level client's own check raises."""
    try:
        return _seconds(value, "total_timeout")
    except InvalidArgumentError as error:
        raise ConfigurationError(str(error)) from None


def _recordings(value: object) -> str | None:
    """``record_to`` checked: a folder that exists or can be made (nothing is created until a call)."""
    if value is None:
        return None
    if not isinstance(value, str | os.PathLike):
        raise _invalid("record_to", f"expected a folder's path, got {type(value).__name__}")
    folder = os.fspath(value)
    if not isinstance(folder, str) or not folder:
        raise _invalid("record_to", "expected a folder's path")
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise _invalid("record_to", f"{folder!r} is a file, not a folder")
    return folder


def per_call(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The settings that may change per call (``with_options``), checked; others pass on unchanged, for
    the low-level client to judge.

    Raises:
        InvalidArgumentError: ``timeout``, ``max_retries`` or ``retry_non_idempotent`` is not valid.
        ConfigurationError: ``total_timeout`` is not valid.
    """
    checks: dict[str, Callable[[object], object]] = {
        "timeout": _timeout,
        "total_timeout": _total_timeout,
        "max_retries": lambda value: check.integer(value, "max_retries", minimum=0),
        "retry_non_idempotent": lambda value: check.boolean(value, "retry_non_idempotent"),
        "panel_token": as_secret,
    }
    return {name: checks[name](value) if name in checks else value for name, value in settings.items()}


def build(
    *,
    api_key: str | None,
    base_url: str | None,
    panel_token: str | None = None,
    record_to: str | os.PathLike[str] | None = None,
    line_number: str | int | None,
    number_format: NumberFormat | str,
    chunk_size: int,
    clock: Callable[[], datetime] | None,
    timeout: httpx.Timeout | float | None,
    max_retries: int,
    total_timeout: float | None = None,
    retry_non_idempotent: bool,
    retry_policy: RetryPolicy | None,
    http_clients: dict[str, Any],
    allow_insecure_http: bool = False,
    max_text_length: int | None = DEFAULT_MAX_TEXT_LENGTH,
    page_size: int = DEFAULT_PAGE_SIZE,
    sending: Mapping[str, Any] | None = None,
) -> tuple[Client, Arguments]:
    """The low-level client and the argument rules, with defaults from ``IRANPAYAMAK_*`` variables.

    Raises:
        MissingAPIKeyError: No key was given, ``IRANPAYAMAK_API_KEY`` is not set and there is no panel token.
        ConfigurationError: The key is not text, or the low-level client cannot use the key or URL.
        InvalidArgumentError: A setting (URL, line number, number format, chunk size, timeout, retries, retry
            policy, clock, HTTP client) is not valid.
    """
    key = as_secret(api_key if api_key is not None else os.environ.get("IRANPAYAMAK_API_KEY"))
    if key is not None and not isinstance(key, str):
        raise ConfigurationError(f"api_key: must be text, got {type(key).__name__}")  # never the value: a key
    token = as_secret(panel_token if panel_token is not None else os.environ.get("IRANPAYAMAK_PANEL_TOKEN") or None)
    if not key and not token:
        # A panel token alone is enough for the operations documented with one (the rest then refuse).
        raise MissingAPIKeyError(
            "No API key: pass api_key=... or set IRANPAYAMAK_API_KEY (the key is in the user panel)."
        )
    key = key or None
    if clock is not None:
        aware_now(clock)
    text_limit = None if max_text_length is None else check.integer(max_text_length, "max_text_length", minimum=1)
    # Only None means "not given": an explicit 0 or "" is a mistake to report, not a wish for the default.
    line = line_number if line_number is not None else os.environ.get("IRANPAYAMAK_LINE_NUMBER") or SHARED_LINE
    args = Arguments(
        line_number=check.line_number(line, "line_number"),
        number_format=check.enum(NumberFormat, number_format, "number_format"),
        clock=clock or _now,
        chunk_size=check.integer(chunk_size, "chunk_size", minimum=1),
        max_text_length=text_limit,
        page_size=check.integer(page_size, "page_size", minimum=1),
        **({} if sending is None else {"sending": sending_settings(clock or _now, sending)}),
    )
    recordings = _recordings(record_to if record_to is not None else os.environ.get("IRANPAYAMAK_RECORD") or None)
    if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
        raise _invalid("retry_policy", f"expected an iranpayamak_api.RetryPolicy, got {type(retry_policy).__name__}")
    for name, given in http_clients.items():
        expected = _HTTP_CLIENT_TYPES[name]
        if not isinstance(given, expected):
            raise _invalid("http_client", f"expected an httpx.{expected.__name__}, got {type(given).__name__}")
    url = as_url(base_url if base_url is not None else os.environ.get("IRANPAYAMAK_BASE_URL") or DEFAULT_BASE_URL)
    if not isinstance(url, str):
        raise _invalid("base_url", f"expected an http(s) URL, got {type(url).__name__}")
    if not url.startswith(("http://", "https://")):
        raise InvalidArgumentError(
            f"base_url: expected an http(s) URL, got {url!r}", field="base_url", reason="not a URL"
        )
    client = Client(
        api_key=key,
        panel_token=token,
        record_to=recordings,
        base_url=url,
        **per_call(
            {
                "timeout": timeout,
                "total_timeout": total_timeout,
                "max_retries": max_retries,
                "retry_non_idempotent": retry_non_idempotent,
            }
        ),
        retry_policy=retry_policy or RetryPolicy(),
        allow_insecure_http=check.boolean(allow_insecure_http, "allow_insecure_http"),
        **http_clients,
    )
    configure_from_environment(
        *(secret for secret in (client.api_key, client.panel_token) if isinstance(secret, Secret))
    )
    return client, args
