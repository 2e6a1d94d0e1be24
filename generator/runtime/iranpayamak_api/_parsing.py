# Hand-written runtime: edit generator/runtime/iranpayamak_api/_parsing.py; scripts/regenerate copies it here.
"""Reading answers: which ones are successes, and their JSON bodies.

Every operation module uses these helpers, so each success-or-error decision is made in one place:
a success is a 2xx status whose body is not an envelope with ``"status": "error"``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .errors import ResponseParseError

__all__ = ["is_error_envelope", "is_success", "json_payload", "loads", "mismatch", "parse_error", "reports_error"]

# How much of an exception's text a parse error quotes: a 10,000-digit number is not a useful reason.
_REASON_LIMIT = 200


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"the number {text[:40]} is too large to represent")
    return value


# One decoder for every answer: json.loads with these hooks would build a new one (and its scanner) per call.
_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite)


def loads(content: bytes | str) -> Any:
    """Decode JSON as the spec defines it: ``NaN``, ``Infinity`` and numbers beyond a float are refused.

    Python's decoder accepts them (as ``nan`` and ``inf``), which no model can hold and which would
    otherwise fail later, far from the answer that carried them. Otherwise as ``json.loads``: bytes
    in UTF-8, UTF-16 or UTF-32 (the encoding detected), text refused if it starts with a byte order mark.

    Raises:
        ValueError: The text is not JSON, or holds such a number (also an integer too long to read).
        RecursionError: The text is nested too deeply.
    """
    # The checks json.loads makes before it decodes.
    if isinstance(content, str):
        if content.startswith("\ufeff"):
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", content, 0)
        return _DECODER.decode(content)
    if not isinstance(content, bytes | bytearray):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(content).__name__}")
    return _DECODER.decode(content.decode(json.detect_encoding(content), "surrogatepass"))


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


def mismatch(response: httpx.Response, model: str, exc: BaseException) -> ResponseParseError:
    """The exception for a 2xx answer that is not ``model`` (a model's name, or ``JSON`` itself)."""
    detail = str(exc)
    if len(detail) > _REASON_LIMIT:
        detail = detail[:_REASON_LIMIT] + "..."
    what = "the body is not valid JSON" if model == "JSON" else f"it does not match {model}"
    return parse_error(response, f"{what} ({type(exc).__name__}: {detail})")


def json_payload(response: httpx.Response) -> Any:
    """The decoded JSON body of a 2xx answer.

    Raises:
        ResponseParseError: The body is empty, not JSON (an HTML page from a proxy), or truncated.
    """
    if not response.content:
        raise parse_error(response, "the body is empty")
    try:
        return loads(response.content)
    except (ValueError, RecursionError) as exc:
        raise mismatch(response, "JSON", exc) from exc


def reports_error(response: httpx.Response) -> bool:
    """Whether a 2xx answer of a download operation is in fact a JSON error envelope."""
    if "json" not in response.headers.get("content-type", ""):
        return False
    try:
        return is_error_envelope(loads(response.content))
    except (ValueError, RecursionError):
        return False
