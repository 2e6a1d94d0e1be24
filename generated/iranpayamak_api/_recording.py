# Hand-written runtime: edit generator/runtime/iranpayamak_api/_recording.py; scripts/regenerate copies it here.
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
from .errors import mask_secrets

__all__ = ["FORMAT", "MASK", "Recorder", "redact"]

FORMAT = "iranpayamak-exchange/1"
"""The ``format`` of every recorded file, for tools that read them."""

MASK = "****"
"""What a masked credential, password or code becomes."""

# Headers that carry credentials or sessions; their values are never written.
_SECRET_HEADERS = frozenset({"api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"})
# Parts of body keys that name a secret (``password``, ``new_password``, ``refresh_token``, ``api_key``...).
_SECRET_WORDS = ("password", "passwd", "token", "secret", "jwt", "cookie", "session", "apikey", "api_key")
# Body keys that name a one-time code or a PIN whatever its value.
_CODE_KEYS = frozenset({"otp", "pin", "verification_code", "verify_code", "one_time_code", "otp_code"})
# Keys whose every value is what a pattern fills in: one-time codes, names, amounts.
_VALUE_MAPS = frozenset({"attributes", "values", "variables"})
# Keys of a send's per-recipient records; every field but the number is a value filled in for that person.
_RECIPIENT_LISTS = frozenset({"recipients"})
_NUMBER_FIELDS = frozenset({"mobile", "recipient", "number", "phone"})
# An Iranian mobile number in the spellings the client accepts (+98, 0098, 0, Persian digits, spaces or
# dashes between groups): the prefix and operator code, then the subscriber's seven digits.
_MOBILE = re.compile(
    r"(?<![0-9۰-۹])((?:(?:\+|00)?(?:98|۹۸)|[0۰])?[ \-]?[9۹][0-9۰-۹]{2})((?:[ \-]?[0-9۰-۹]){7})(?![0-9۰-۹])"
)
_SUBSCRIBER_DIGIT = re.compile(r"[1-9۱-۹]")
# A one-time code as a value: digits, perhaps grouped with spaces or dashes.
_CODE_VALUE = re.compile(r"[\s\-0-9۰-۹]*[0-9۰-۹][\s\-0-9۰-۹]*")
# How deeply a recorded body is walked; the service's bodies nest three or four levels.
_MAX_DEPTH = 32
# Operations whose answers carry a credential (a panel token) under names no rule can foresee.
_SIGN_IN = frozenset({"login", "verify_two_factor"})
# Runs of digits in a message text that may be a code ("کد ورود شما: 483920").
_DIGIT_RUN = re.compile(r"[0-9۰-۹]{4,}")


def _zeroed(digits: str) -> str:
    return _SUBSCRIBER_DIGIT.sub(lambda match: "0" if match.group() < "۰" else "۰", digits)


def _mobile_masked(text: str) -> str:
    # The prefix and operator code stay (they say what kind of number it was); the subscriber's digits
    # become zeros, in their own script, so the text still reads as a mobile number.
    return _MOBILE.sub(lambda match: match.group(1) + _zeroed(match.group(2)), text)


def _masked_number(value: int) -> int:
    text = str(value)
    masked = _mobile_masked(text)
    return int(masked) if masked != text else value


def _names_secret(key: str | None) -> bool:
    return key is not None and (key in _CODE_KEYS or any(word in key for word in _SECRET_WORDS))


def redact(value: Any, key: str | None = None, depth: int = 0) -> Any:
    """``value`` (a decoded JSON body) with its secrets masked, its shape and types kept.

    Values under keys that name a secret (``password``, ``new_password``, ``refresh_token``, ``api_key``,
    ``otp``, ``pin``...) become ``"****"`` (a number ``0``); so does a ``code`` made of digits (a
    one-time code; a pattern's code has letters), every value of a pattern's ``attributes``, and every
    field but the number of a send's per-recipient records. Digit runs in a ``text`` become ``*``, and
    mobile numbers, in values and in keys, keep their prefix and operator code with the other seven
    digits zeroed, so they still read as mobile numbers.

    Example::

        >>> redact({"code": "483920", "recipient": "09121234567", "password": "x"})
        {'code': '****', 'recipient': '09120000000', 'password': '****'}
    """
    lowered = key.lower() if key is not None else None
    if isinstance(value, Mapping | list) and depth >= _MAX_DEPTH:
        return MASK  # deeper than any answer of the service nests: kept out rather than walked
    if isinstance(value, Mapping):
        if lowered in _VALUE_MAPS:
            return {_mobile_masked(str(name)): MASK for name in value}
        return {_mobile_masked(str(name)): redact(item, str(name), depth + 1) for name, item in value.items()}
    if isinstance(value, list):
        if lowered in _RECIPIENT_LISTS:
            return [_recipient(item) if isinstance(item, Mapping) else redact(item, key, depth + 1) for item in value]
        # A list's scalars are judged by its key; its records by their own keys, so that a record's list
        # of ``attributes`` is not taken for a pattern's values.
        return [redact(item, None if isinstance(item, Mapping) else key, depth + 1) for item in value]
    if isinstance(value, str):
        if _names_secret(lowered) or (lowered == "code" and _CODE_VALUE.fullmatch(value)):
            return MASK
        if lowered == "text":
            value = _DIGIT_RUN.sub(lambda match: "*" * len(match.group()), value)
        return _mobile_masked(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if _names_secret(lowered) or lowered == "code":
            return 0  # still a number, so the record still says what type the service sent
        return _masked_number(value)
    return value


def _recipient(record: Mapping[str, Any]) -> dict[str, Any]:
    return {
        _mobile_masked(str(name)): redact(item, str(name), 1)
        if str(name).lower() in _NUMBER_FIELDS
        else _all_masked(item)
        for name, item in record.items()
    }


def _all_masked(value: Any, depth: int = 0) -> Any:
    """``value`` with every text masked and every number zeroed: what was filled in for one person, or a
    credential a sign-in answered with."""
    if isinstance(value, Mapping | list) and depth >= _MAX_DEPTH:
        return MASK
    if isinstance(value, Mapping):
        return {_mobile_masked(str(name)): _all_masked(item, depth + 1) for name, item in value.items()}
    if isinstance(value, list):
        return [_all_masked(item, depth + 1) for item in value]
    if isinstance(value, str):
        return MASK
    if isinstance(value, int | float) and not isinstance(value, bool):
        return 0
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
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode
        pass
    if media.startswith("text/") or "json" in media or "html" in media:
        return "text", content.decode("utf-8", errors="replace")
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
        if exchange.operation in _SIGN_IN and kind == "json" and isinstance(body, dict) and "data" in body:
            body = {**body, "data": _all_masked(body["data"])}  # the token, whatever it is called
        record = {
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
        # The client's own key and token, wherever an answer (or a proxy's page) quoted them back.
        return mask_secrets(record, exchange.secrets)

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
