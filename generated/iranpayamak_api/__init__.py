"""Low-level client for the IranPayamak (FarazSMS) web service, generated from its OpenAPI document.

One module per operation lives under ``iranpayamak_api.api.<section>``; each has ``sync``,
``sync_detailed``, ``asyncio`` and ``asyncio_detailed`` functions. Models are in
``iranpayamak_api.models`` and exceptions in ``iranpayamak_api.errors``. Names are imported on first
use, so ``import iranpayamak_api`` stays cheap.

Example::

    from iranpayamak_api import Client
    from iranpayamak_api.api.sms import send_pattern
    from iranpayamak_api.models import PatternSendRequest, PatternValues, NumberFormat

    client = Client(api_key="...")
    body = PatternSendRequest(
        code="SJ3FgPrE0C",
        recipient="09121234567",
        attributes=PatternValues.from_dict({"code": "482913"}),
        line_number="90008361",
        number_format=NumberFormat.ENGLISH,
    )
    send_request_id = send_pattern.sync(client=client, body=body).data
"""

from __future__ import annotations

from importlib import import_module

# Not `typing.TYPE_CHECKING`: importing typing costs several times what this package itself does.
# Type checkers treat any constant of this name as true.
TYPE_CHECKING = False

__version__ = "0.1.0"

if TYPE_CHECKING:
    from typing import Any

    from ._retry import RetryPolicy
    from .client import Client
    from .errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        IranPayamakError,
        MissingAPIKeyError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ResponseParseError,
        ServerError,
        ValidationError,
    )
    from .types import UNSET, File, MaskedURL, Response, Secret, Unset

_LAZY = {
    "Client": ".client",
    "RetryPolicy": "._retry",
    "APIConnectionError": ".errors",
    "APIError": ".errors",
    "APITimeoutError": ".errors",
    "AuthenticationError": ".errors",
    "IranPayamakError": ".errors",
    "MissingAPIKeyError": ".errors",
    "NotFoundError": ".errors",
    "PermissionDeniedError": ".errors",
    "RateLimitError": ".errors",
    "ResponseParseError": ".errors",
    "ServerError": ".errors",
    "ValidationError": ".errors",
    "UNSET": ".types",
    "File": ".types",
    "MaskedURL": ".types",
    "Response": ".types",
    "Secret": ".types",
    "Unset": ".types",
}

__all__ = (
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "Client",
    "File",
    "IranPayamakError",
    "MaskedURL",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "Response",
    "ResponseParseError",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "Unset",
    "ValidationError",
    "__version__",
)


# Subpackages reachable as attributes (`iranpayamak_api.models.InboxMessage`) after a bare import.
_SUBMODULES = frozenset({"api", "client", "errors", "models", "types"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
