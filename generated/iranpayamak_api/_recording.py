"""Recording real traffic, redacted, so that what the service really answers can be checked against the spec.

Rendered by scripts/regenerate from generator/templates/extra; edit it there.

``Client(record_to="recordings/")`` writes one JSON file per answered attempt; ``iranpayamak conformance
recordings/`` then reports where the service and the spec disagree. Credentials, one-time codes,
passwords, pattern values and mobile numbers are masked before anything is written.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._exchange import Exchange

__all__ = ["FORMAT", "MASK", "Recorder", "redact"]

FORMAT = "iranpayamak-exchange/1"
"""The ``format`` of every recorded file, for tools that read them."""

MASK = "****"
"""What a masked credential, password or code becomes."""

# Headers that carry credentials or sessions; their values are never written.
_SECRET_HEADERS = frozenset({"api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"})
# Body keys whose values are secrets wherever they appear (compared in lower case).
_SECRET_KEYS = frozenset(
    {"password", "token", "access_token", "accesstoken", "api_token", "api_key", "apikey", "secret"}
)
# Keys whose every value is what a pattern fills in: one-time codes, names, amounts.
_VALUE_MAPS = frozenset({"attributes", "values", "variables"})
# An Iranian mobile number in any of its spellings, inside any text.
_MOBILE = re.compile(r"(?<![0-9])(\+98|0098|98|0)?(9[0-9]{2})([0-9]{7})(?![0-9])")
# Runs of digits in a message text that may be a code ("کد ورود شما: 483920").
_DIGIT_RUN = re.compile(r"[0-9۰-۹]{4,}")


def _mobile_masked(text: str) -> str:
    # The prefix and operator code stay (they say what kind of number it was); the subscriber's digits go.
    return _MOBILE.sub(lambda match: f"{match.group(1) or ''}{match.group(2)}{'0' * 7}", text)


def _masked_number(value: int) -> int:
    text = str(value)
    masked = _mobile_masked(text)
    return int(masked) if masked != text else value


def redact(value: Any, key: str | None = None) -> Any:
    """``value`` (a decoded JSON body) with its secrets masked, its shape and types kept.

    Credentials and passwords under any key that names one become ``"****"``; a ``code`` made of digits
    (a one-time code; a pattern's code has letters) does too, as does every value of a pattern's
    ``attributes``; digit runs in a ``text`` become ``*``; mobile numbers keep their prefix and operator
    code with the other seven digits zeroed, so they still read as mobile numbers.

    Example::

        >>> redact({"code": "483920", "recipient": "09121234567", "password": "x"})
        {'code': '****', 'recipient': '09120000000', 'password': '****'}
    """
    lowered = key.lower() if key is not None else None
    if isinstance(value, Mapping):
        if lowered in _VALUE_MAPS:
            return {name: MASK for name in value}
        return {name: redact(item, str(name)) for name, item in value.items()}
    if isinstance(value, list):
        # A list's scalars are judged by its key (``recipients``); its records by their own keys, so that
        # a record's list of ``attributes`` is not taken for a pattern's values.
        return [redact(item, None if isinstance(item, Mapping) else key) for item in value]
    if isinstance(value, str):
        if lowered in _SECRET_KEYS or (lowered == "code" and value.strip().isdigit()):
            return MASK
        if lowered == "text":
            value = _DIGIT_RUN.sub(lambda match: "*" * len(match.group()), value)
        return _mobile_masked(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if lowered in _SECRET_KEYS or lowered == "code":
            return 0  # still a number, so the record still says what type the service sent
        return _masked_number(value)
    return value


def _unchanged(value: Any, key: str | None = None) -> Any:
    return value


def _headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {name.lower(): MASK if name.lower() in _SECRET_HEADERS else value for name, value in headers.items()}


def _response_body(exchange: Exchange) -> tuple[str, Any]:
    """How the answer's body is kept: ``json`` (decoded), ``text``, ``binary`` (its size) or ``empty``."""
    content = exchange.response.content
    if not content:
        return "empty", None
    media = exchange.response.headers.get("content-type", "")
    try:
        return "json", json.loads(content)
    except ValueError:
        pass
    if media.startswith("text/") or "json" in media or "html" in media:
        return "text", _mobile_masked(content.decode("utf-8", errors="replace"))
    return "binary", {"size": len(content)}


class Recorder:
    """An observer that writes each exchange to ``directory`` as one JSON file (see ``Client.record_to``).

    Files are named ``<time>-<operation>-<random>.json``, so several processes can record into one
    folder, and each is written whole or not at all. ``redacted=False`` keeps bodies as they were
    (headers that carry credentials are masked even then): only for traffic that holds nobody's data.

    Example::

        client = Client(api_key="...", record_to="recordings")
    """

    def __init__(self, directory: str | os.PathLike[str], *, redacted: bool = True) -> None:
        self.directory = Path(directory)
        self.redacted = redacted
        self._lock = threading.Lock()
        self._count = 0

    def record(self, exchange: Exchange) -> dict[str, Any]:
        """What is written for ``exchange``."""
        request = exchange.request
        kind, body = _response_body(exchange)
        clean = redact if self.redacted else _unchanged
        return {
            "format": FORMAT,
            "operation": exchange.operation,
            "attempt": exchange.attempt,
            "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "request": {
                "method": request.method,
                "url": clean(str(request.url)),  # built from the base URL without its user information
                "path": request.url.path,
                "headers": _headers(request.headers),
                "body": clean(exchange.body),
            },
            "response": {
                "status": exchange.response.status_code,
                "headers": _headers(exchange.response.headers),
                "body_kind": kind,
                "body": clean(body) if kind in ("json", "text") else body,
            },
        }

    def __call__(self, exchange: Exchange) -> None:
        record = self.record(exchange)
        with self._lock:
            self._count += 1
            number = self._count
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        name = f"{stamp}-{number:05d}-{exchange.operation}-{uuid.uuid4().hex[:8]}.json"
        partial = self.directory / f".{name}.part"
        partial.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        partial.replace(self.directory / name)
