"""Reading answers: which ones are successes, and their JSON bodies.

Every operation module uses these helpers, so each success-or-error decision is made in one place:
a success is a 2xx status whose body is not an envelope with ``"status": "error"``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .errors import ResponseParseError

__all__ = ["is_error_envelope", "is_success", "json_payload", "parse_error", "reports_error"]


def is_success(response: httpx.Response) -> bool:
    """Whether the status code is 2xx."""
    return 200 <= response.status_code < 300


def is_error_envelope(payload: Any) -> bool:
    """Whether a decoded body is an envelope that reports a failure."""
    return isinstance(payload, dict) and payload.get("status") == "error"


def parse_error(response: httpx.Response, reason: str) -> ResponseParseError:
    """The exception for a 2xx answer whose body cannot be read."""
    return ResponseParseError(
        reason, status_code=response.status_code, body=response.content.decode("utf-8", errors="replace")
    )


def json_payload(response: httpx.Response) -> Any:
    """The decoded JSON body of a 2xx answer.

    Raises:
        ResponseParseError: The body is empty, not JSON (an HTML page from a proxy), or truncated.
    """
    if not response.content:
        raise parse_error(response, "the body is empty")
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError) as exc:
        raise parse_error(response, f"the body is not valid JSON ({type(exc).__name__})") from exc


def reports_error(response: httpx.Response) -> bool:
    """Whether a 2xx answer of a download operation is in fact a JSON error envelope."""
    if "json" not in response.headers.get("content-type", ""):
        return False
    try:
        return is_error_envelope(json.loads(response.content))
    except (ValueError, RecursionError):
        return False
