# Hand-written runtime: edit generator/runtime/iranpayamak_api/_exchange.py; scripts/regenerate copies it here.
"""What an operation sent and what it got back, for observers of a client (recorders, raw responses).

Rendered by scripts/regenerate from generator/templates/extra; edit it there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

import httpx
from attrs import field, frozen

__all__ = ["Exchange", "Observer", "notify", "request_body"]

logger = logging.getLogger("iranpayamak")


@frozen
class Exchange:
    """One attempt of an operation that got an answer: the request as sent and the answer as it arrived.

    Attributes:
        operation: The operationId (``send_pattern``).
        attempt: 0 for the first attempt, 1 for the first retry, ...
        request: The request httpx sent (its headers hold the credentials: an observer that keeps
            them must mask them, as :class:`~iranpayamak_api._recording.Recorder` does).
        body: The request body as the operation built it: the JSON value, or the form's fields with
            each file as ``{"file_name", "content_type", "size"}``; None without a body.
        response: The answer, read whole.
        secrets: The client's credentials (key, panel token, base-URL password), for an observer that
            writes exchanges down to mask wherever an answer quotes them back.
    """

    operation: str
    attempt: int
    request: httpx.Request
    body: Any
    response: httpx.Response
    secrets: tuple[str, ...] = field(default=(), repr=False)


Observer = Callable[[Exchange], None]
"""Called with each :class:`Exchange`; see ``Client.observed``."""


def _size(content: object) -> int | None:
    if isinstance(content, bytes | bytearray):
        return len(content)
    if isinstance(content, str):
        return len(content.encode())
    try:
        position = content.tell()  # type: ignore[attr-defined]
        size = content.seek(0, 2)  # type: ignore[attr-defined]
        content.seek(position)  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return None
    return int(size)


def _form(files: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, part in files:
        file_name, content, content_type = (*tuple(part), None, None)[:3]
        if file_name is None:
            fields[name] = content.decode("utf-8", errors="replace") if isinstance(content, bytes) else content
        else:
            fields[name] = {"file_name": file_name, "content_type": content_type, "size": _size(content)}
    return fields


def request_body(kwargs: dict[str, Any]) -> Any:
    """The body an operation's request arguments for httpx carry, as :attr:`Exchange.body` holds it."""
    if "json" in kwargs:
        return kwargs["json"]
    if "files" in kwargs or "data" in kwargs:
        return {**dict(kwargs.get("data") or {}), **_form(kwargs.get("files") or [])}
    content = kwargs.get("content")
    return None if content is None else {"size": _size(content)}


def notify(observers: Iterable[Observer], exchange: Exchange) -> None:
    """Give ``exchange`` to each observer. One that fails is logged and passed over: the request has
    been answered (a send may have been carried out), and losing that answer to a full disk would
    invite a retry, and a second message."""
    for observer in observers:
        try:
            observer(exchange)
        except Exception:
            logger.warning("An observer of %s failed; the call goes on", exchange.operation, exc_info=True)
