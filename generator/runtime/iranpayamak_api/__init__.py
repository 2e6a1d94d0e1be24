# Hand-written runtime: edit generator/runtime/iranpayamak_api/__init__.py; scripts/regenerate copies it here.
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

from ._lazy import lazy_attributes

# Not `typing.TYPE_CHECKING`: importing typing costs several times what this package itself does.
# Type checkers treat any constant of this name as true.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from ._retry import RetryPolicy
    from ._version import __version__
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
    "__version__": "._version",
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
__getattr__, __dir__ = lazy_attributes(
    __name__, _LAZY, globals(), submodules=("api", "client", "errors", "models", "types"), listed=__all__
)
