"""Client settings from arguments and the environment, shared by the sync and async clients."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from iranpayamak_api import Client, RetryPolicy
from iranpayamak_api.client import DEFAULT_BASE_URL, masked_url
from iranpayamak_api.models import NumberFormat
from iranpayamak_api.types import Secret

from ._arguments import DEFAULT_MAX_TEXT_LENGTH, Arguments
from ._logging import configure_from_environment
from .errors import InvalidArgumentError, MissingAPIKeyError

__all__ = ["SHARED_LINE", "as_secret", "build"]

SHARED_LINE = "90008361"
"""The service's shared sender line, used when no line is configured."""


def as_secret(value: object) -> Any:
    """Text as a :class:`~iranpayamak_api.types.Secret` (anything else unchanged, for the checks to judge).

    Constructors wrap the key first, so no frame of the set-up holds it where a ``repr`` would show it
    (a traceback with locals, an error tracker).
    """
    return Secret(value) if isinstance(value, str) and not isinstance(value, Secret) else value


def _now() -> datetime:
    return datetime.now(UTC)


def build(
    *,
    api_key: str | None,
    base_url: str | None,
    line_number: str | int | None,
    number_format: NumberFormat | str,
    chunk_size: int,
    clock: Callable[[], datetime] | None,
    timeout: httpx.Timeout | float | None,
    max_retries: int,
    retry_non_idempotent: bool,
    retry_policy: RetryPolicy | None,
    http_clients: dict[str, Any],
    allow_insecure_http: bool = False,
    max_text_length: int | None = DEFAULT_MAX_TEXT_LENGTH,
) -> tuple[Client, Arguments]:
    """The low-level client and the argument rules, with defaults from ``IRANPAYAMAK_*`` variables.

    Raises:
        MissingAPIKeyError: No key was given and ``IRANPAYAMAK_API_KEY`` is not set.
        InvalidArgumentError: A setting (URL, line number, number format, chunk size, retries) is not valid.
    """
    key = as_secret(api_key if api_key is not None else os.environ.get("IRANPAYAMAK_API_KEY"))
    if not key:
        raise MissingAPIKeyError(
            "No API key: pass api_key=... or set IRANPAYAMAK_API_KEY (the key is in the user panel)."
        )
    if clock is not None and clock().tzinfo is None:
        raise InvalidArgumentError(
            "clock: must return timezone-aware datetimes, e.g. lambda: datetime.now(timezone.utc)",
            field="clock",
            reason="naive datetime",
        )
    check = Arguments(line_number=SHARED_LINE)
    text_limit = None if max_text_length is None else check.integer(max_text_length, "max_text_length", minimum=1)
    args = Arguments(
        line_number=check.line(line_number or os.environ.get("IRANPAYAMAK_LINE_NUMBER") or SHARED_LINE, "line_number"),
        number_format=check.enum(NumberFormat, number_format, "number_format"),
        clock=clock or _now,
        chunk_size=check.integer(chunk_size, "chunk_size", minimum=1),
        max_text_length=text_limit,
    )
    url = base_url or os.environ.get("IRANPAYAMAK_BASE_URL") or DEFAULT_BASE_URL
    if not url.startswith(("http://", "https://")):
        raise InvalidArgumentError(
            f"base_url: expected an http(s) URL, got {masked_url(url)!r}", field="base_url", reason="not a URL"
        )
    client = Client(
        api_key=key,
        base_url=url,
        timeout=timeout,
        max_retries=check.integer(max_retries, "max_retries", minimum=0),
        retry_non_idempotent=check.boolean(retry_non_idempotent, "retry_non_idempotent"),
        retry_policy=retry_policy or RetryPolicy(),
        allow_insecure_http=check.boolean(allow_insecure_http, "allow_insecure_http"),
        **http_clients,
    )
    if isinstance(client.api_key, Secret):
        configure_from_environment(client.api_key)
    return client, args
