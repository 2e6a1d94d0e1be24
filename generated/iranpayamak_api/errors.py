# Hand-written runtime: edit generator/runtime/iranpayamak_api/errors.py; scripts/regenerate copies it here.
"""The exceptions every operation of this client raises.

Everything derives from :class:`IranPayamakError`, so one ``except`` clause catches all of them:

- :class:`APIError` and its subclasses: the service answered, and the answer is an error (a non-2xx
  status, or a 2xx body whose envelope says ``"status": "error"``).
- :class:`APIConnectionError` and :class:`APITimeoutError`: no usable answer arrived.
- :class:`ResponseParseError`: a 2xx answer arrived but is not the JSON the spec promises.
- :class:`ConfigurationError` (:class:`MissingAPIKeyError`, :class:`MissingPanelTokenError`): the client's
  settings cannot work; nothing was sent.
- :class:`ClientClosedError`: the client was used after ``close()``.

Example::

    try:
        api.send_pattern.sync(client=client, body=body)
    except errors.ValidationError as exc:
        print(exc.field_errors)        # {"line_number": ["..."]}
    except errors.RateLimitError as exc:
        print(exc.retry_after)         # seconds, or None
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

if TYPE_CHECKING:
    from .types import Response

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "IranPayamakError",
    "MissingAPIKeyError",
    "MissingPanelTokenError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "ValidationError",
    "error_from_response",
    "field_errors_of",
    "mask_secrets",
    "message_of",
    "refuses_the_key",
    "withhold_secrets",
]

# Texts the service uses when it reports a failure inside a 2xx body; they say which kind of error
# it is when the status code cannot (see spec: NotFound and Unauthorized responses).
_NOT_FOUND_TEXTS = ("یافت نشد", "not found")
_KEY_TEXTS = ("Auth required", "Api-Key not valid")
_AUTH_TEXTS = (*_KEY_TEXTS, "Unauthorized")


class IranPayamakError(Exception):
    """Base class of every exception this client raises."""


class ConfigurationError(IranPayamakError, ValueError):
    """A client setting cannot work (an unusable key, URL or header). Raised before anything is sent."""


class MissingAPIKeyError(ConfigurationError):
    """An operation that needs the ``Api-Key`` header was called on a client without a key.

    Raised before any request is sent.
    """


class MissingPanelTokenError(ConfigurationError):
    """An operation that takes only a panel token (``logout``) was called on a client without one.

    Raised before any request is sent. The token comes from the panel's ``login`` operation.
    """


class ClientClosedError(IranPayamakError, RuntimeError):
    """The client was used after ``close()``; create a new one."""


class APIConnectionError(IranPayamakError):
    """The request could not be completed: the connection failed or broke before a full answer arrived.

    Attributes:
        may_have_reached_service: False when the request provably never left (the connection could
            not be opened); True otherwise, in which case a send may or may not have been carried out,
            so check the send requests before resending.
    """

    def __init__(self, message: str, *, may_have_reached_service: bool = True) -> None:
        super().__init__(message)
        self.may_have_reached_service = may_have_reached_service


class APITimeoutError(APIConnectionError):
    """The request took longer than the client's timeout."""


class ResponseParseError(IranPayamakError):
    """A 2xx answer arrived but its body is not what the spec promises (HTML, truncated or empty JSON).

    For a send this means the service accepted the request: do not resend blindly. When the spec is what
    is wrong, ``body`` holds what the service said (and ``with_raw_response`` gives the whole answer).

    Attributes:
        operation: The operationId of the call (``send_pattern``), or None when it is not known.
        status_code: The HTTP status of the answer.
        body: The raw body, decoded as text (undecodable bytes replaced).
        reason: Why the body could not be read.
    """

    def __init__(self, reason: str, *, status_code: int, body: str, operation: str | None = None) -> None:
        self.reason = reason
        self.status_code = status_code
        self.body = body
        self.operation = operation
        super().__init__(f"HTTP {status_code}: the response body could not be read: {reason}")

    def __str__(self) -> str:
        text = super().__str__()
        return text if self.operation is None else f"{self.operation}: {text}"


class APIError(IranPayamakError):
    """The service answered with an error.

    Attributes:
        operation: The operationId of the call (``send_pattern``), or None when it is not known.
        status_code: The HTTP status (2xx when the envelope itself reported the error).
        message: The service's message as one readable string, flattened from ``message`` and
            ``messages`` (often in Persian).
        body: The decoded JSON body, or the text when it was not JSON.
        headers: The response headers.
    """

    operation: str | None = None

    def __init__(self, message: str, *, status_code: int, body: Any, headers: Mapping[str, str]) -> None:
        self.message = message
        self.status_code = status_code
        self.body = body
        self.headers = headers
        super().__init__(f"HTTP {status_code}: {message}")


class AuthenticationError(APIError):
    """HTTP 401: the API key (or the panel token) is missing or not valid.

    Attributes:
        hint: What to try, when the client can tell (an operation documented with a panel token that
            was called with the API key); None otherwise. It is also the end of the error's text.
    """

    hint: str | None = None


class PermissionDeniedError(APIError):
    """HTTP 403: the key may not use this operation, line or pattern."""


class NotFoundError(APIError):
    """HTTP 404, or the service's «not found» text: the record (or pattern) does not exist for this account."""


class ValidationError(APIError):
    """HTTP 400 or 422: the service rejected some fields.

    Attributes:
        field_errors: Each rejected field mapped to its messages, e.g.
            ``{"line_number": ["گزینه انتخاب شده line number صحیح نمی باشد"]}``. Empty when the service
            gave no per-field detail.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any,
        headers: Mapping[str, str],
        field_errors: dict[str, list[str]],
    ) -> None:
        super().__init__(message, status_code=status_code, body=body, headers=headers)
        self.field_errors = field_errors


class RateLimitError(APIError):
    """HTTP 429: too many requests.

    Attributes:
        retry_after: Seconds the service asked to wait (from ``Retry-After``), or None when it did not say.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any,
        headers: Mapping[str, str],
        retry_after: float | None,
    ) -> None:
        super().__init__(message, status_code=status_code, body=body, headers=headers)
        self.retry_after = retry_after


class ServerError(APIError):
    """HTTP 5xx: the service (or a proxy in front of it) failed."""


# Messages nest a few levels at most (field -> list of texts); deeper bodies are read this far only,
# so a hostile or broken body cannot exhaust the stack while its error is being described.
_MAX_DEPTH = 8


def _texts(value: Any, depth: int = 0) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if depth >= _MAX_DEPTH:
        return ["..."]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item, depth + 1)]
    if isinstance(value, Mapping):
        texts = {key: _texts(item, depth + 1) for key, item in value.items()}
        return [f"{key}: {'; '.join(found)}" for key, found in texts.items() if found]
    return [str(value)]


def message_of(body: Any) -> str:
    """Flatten the ``message`` and ``messages`` keys of an envelope into one readable string.

    Either key may hold a string, a list of strings or a field-to-messages map; both are read.
    Returns an empty string when the body carries no message.

    Example::

        >>> message_of({"status": "error", "messages": {"text": ["required"], "line_number": "invalid"}})
        'text: required; line_number: invalid'
    """
    if not isinstance(body, Mapping):
        return ""
    texts: list[str] = []
    for key in ("message", "messages"):
        for text in _texts(body.get(key)):
            if text not in texts:
                texts.append(text)
    return "; ".join(texts)


def field_errors_of(body: Any) -> dict[str, list[str]]:
    """The field-to-messages map of a validation error body (``messages``, ``message``, or Laravel's own
    ``errors``), or ``{}``."""
    if not isinstance(body, Mapping):
        return {}
    for key in ("messages", "message", "errors"):
        value = body.get(key)
        if isinstance(value, Mapping):
            return {str(field): _texts(errors) for field, errors in value.items()}
    return {}


def _decode(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return content.decode("utf-8", errors="replace")


def _error_class(status_code: int, body: Any, message: str) -> type[APIError]:
    by_status: dict[int, type[APIError]] = {
        400: ValidationError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        422: ValidationError,
        429: RateLimitError,
    }
    # The service's not-found text (an unknown or unapproved pattern) is what matters, whatever the status.
    not_found = any(text in message.lower() for text in _NOT_FOUND_TEXTS) or (
        isinstance(body, Mapping) and body.get("error_code") == "pattern_not_found"
    )
    if not_found and (200 <= status_code < 300 or status_code in (400, 404, 422)):
        return NotFoundError
    if status_code in by_status:
        return by_status[status_code]
    if status_code >= 500:
        return ServerError
    if 200 <= status_code < 300:
        # The envelope reported the failure; its content is all there is to classify it by.
        if field_errors_of(body):
            return ValidationError
        if any(text in message for text in _AUTH_TEXTS):
            return AuthenticationError
    return APIError


def refuses_the_key(error: APIError) -> bool:
    """Whether the service's own words say the API key is missing or wrong (``Api-Key not valid``)."""
    return any(text in error.message for text in _KEY_TEXTS)


def error_from_response(response: Response[Any]) -> APIError:
    """Build the exception that describes an error response (non-2xx, or a 2xx error envelope)."""
    from ._retry import parse_retry_after

    body = _decode(response.content)
    message = message_of(body)
    if not message:
        try:
            message = HTTPStatus(response.status_code).phrase
        except ValueError:
            message = "Unknown error"
    cls = _error_class(response.status_code, body, message)
    common: dict[str, Any] = {"status_code": response.status_code, "body": body, "headers": response.headers}
    if cls is ValidationError:
        return ValidationError(message, field_errors=field_errors_of(body), **common)
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=parse_retry_after(response.headers.get("retry-after")), **common)
    return cls(message, **common)


_WITHHELD = "****"
# Bodies are rebuilt this deep at most; a deeper part that quotes a secret is replaced as a whole.
_MASK_DEPTH = 32
# A JSON string escape: \uXXXX, or a backslash and one character.
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.DOTALL)
_ESCAPED = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

_E = TypeVar("_E", bound=IranPayamakError)
_V = TypeVar("_V")


def _unescaped(text: str) -> str:
    """``text`` with JSON's string escapes undone, as a body that is not valid JSON still holds them."""
    if "\\" not in text:
        return text

    def undo(match: re.Match[str]) -> str:
        escape = match.group(1)
        return chr(int(escape[1:], 16)) if len(escape) == 5 else _ESCAPED.get(escape, escape)

    return _ESCAPE.sub(undo, text)


def _texts_in(value: Any) -> Iterator[str]:
    """Every text in ``value`` (text, or decoded JSON), however deep: strings (also with their JSON
    escapes undone), keys and numbers."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
            yield _unescaped(item)
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, (int, float)):
            try:
                yield str(item)
            except ValueError:  # an integer too long to show as text
                continue


def _quotes(value: Any, secrets: tuple[str, ...]) -> bool:
    return any(secret in text for text in _texts_in(value) for secret in secrets)


def _masked_text(text: str, secrets: tuple[str, ...]) -> str:
    plain = _unescaped(text)
    if plain is not text and any(secret in plain and secret not in text for secret in secrets):
        text = plain  # escapes hid a secret: show the text without them, masked
    for secret in secrets:
        text = text.replace(secret, _WITHHELD)
    return text


def _masked(value: Any, secrets: tuple[str, ...], depth: int = 0) -> Any:
    """``value`` with each quote of a secret replaced by ``****``, in one pass; the parts that quote none
    are the very objects given."""
    if isinstance(value, str):
        return _masked_text(value, secrets)
    if isinstance(value, (int, float)) or depth >= _MASK_DEPTH:
        # A number that is a secret, or a part too deep to rebuild: replaced whole.
        return _WITHHELD if _quotes(value, secrets) else value
    if isinstance(value, Mapping):
        pairs = [(_masked(key, secrets, depth + 1), _masked(item, secrets, depth + 1)) for key, item in value.items()]
        if all(new[0] is old[0] and new[1] is old[1] for new, old in zip(pairs, value.items(), strict=True)):
            return value
        return dict(pairs)
    if isinstance(value, (list, tuple)):
        items = [_masked(item, secrets, depth + 1) for item in value]
        return value if all(new is old for new, old in zip(items, value, strict=True)) else items
    return value


def _longest_first(secrets: Iterable[str]) -> tuple[str, ...]:
    # Longest first: a secret that contains another (a key that begins with the password) goes whole.
    return tuple(sorted({secret for secret in secrets if secret}, key=len, reverse=True))


def mask_secrets(value: _V, secrets: Iterable[str]) -> _V:
    """``value`` (JSON-like data: text, numbers, lists, mappings) with every quote of ``secrets`` replaced
    by ``****``, in keys as in values, also where JSON escapes spell it; parts that quote none are the
    very objects given.

    Example::

        >>> mask_secrets({"message": "bad key sk-123456"}, ["sk-123456"])
        {'message': 'bad key ****'}
    """
    found = _longest_first(secrets)
    masked: _V = _masked(value, found) if found else value
    return masked


def _header_pairs(headers: Mapping[str, str]) -> list[tuple[str, str]]:
    """The headers as received: names in their own case (``httpx.Headers`` lowers them otherwise)."""
    if isinstance(headers, httpx.Headers):
        return [(name.decode("latin-1"), value.decode("latin-1")) for name, value in headers.raw]
    return list(headers.items())


def _quoted_in_headers(headers: Mapping[str, str], secrets: tuple[str, ...]) -> bool:
    # Names are compared without regard to case: a header name's case carries no meaning.
    return any(
        secret.lower() in name.lower() or secret in _unescaped(value) or secret in value
        for name, value in _header_pairs(headers)
        for secret in secrets
    )


def _masked_headers(headers: Mapping[str, str], secrets: tuple[str, ...]) -> httpx.Headers:
    names = [re.compile(re.escape(secret), re.IGNORECASE) for secret in secrets]
    pairs = []
    for name, value in _header_pairs(headers):
        for pattern in names:
            name = pattern.sub(_WITHHELD, name)
        pairs.append((name, _masked_text(value, secrets)))
    return httpx.Headers(pairs)


def withhold_secrets(error: _E, secrets: Iterable[str]) -> _E:
    """``error`` with every quote of ``secrets`` in its text, body and headers replaced by ``****``.

    A service that echoes what it was sent ("invalid key: sk-...") must not put the key into logs and
    error trackers. Quotes spelled with JSON escapes (``\\u0073k-...``) count too, and header names are
    compared without regard to case. An error that quoted a secret also loses its traceback and the
    errors it chained: their frames and messages still hold the answer as it arrived. The error is
    changed in place and returned; one that quotes no secret is returned untouched. Each operation of
    a :class:`~iranpayamak_api.Client` applies this to its errors (see ``Client.without_secrets``).

    Example::

        >>> error = APIError("bad key sk-123456", status_code=401, body={"message": "bad key sk-123456"}, headers={})
        >>> str(withhold_secrets(error, ["sk-123456"]))
        'HTTP 401: bad key ****'
    """
    found = _longest_first(secrets)
    if not found:
        return error
    chained = [link for link in (error.__cause__, error.__context__) if link is not None]
    headers = error.headers if isinstance(error, APIError) else {}
    quoted = (
        _quotes([error.args, getattr(error, "body", None)], found)
        or _quoted_in_headers(headers, found)
        or any(_quotes(str(link), found) for link in chained)
    )
    if not quoted:
        return error
    error.args = tuple(_masked(arg, found) for arg in error.args)
    if isinstance(error, APIError):
        error.message = _masked(error.message, found)
        error.body = _masked(error.body, found)
        error.headers = _masked_headers(error.headers, found)
        if isinstance(error, ValidationError):
            error.field_errors = _masked(error.field_errors, found)
    elif isinstance(error, ResponseParseError):
        error.reason = _masked(error.reason, found)
        error.body = _masked(error.body, found)
    error.__cause__ = error.__context__ = None
    error.__suppress_context__ = True
    return error.with_traceback(None)
