"""Every exception the client raises, in one hierarchy under :class:`IranPayamakError`.

The service's errors and transport failures come from the generated client and are re-exported
here; this module adds the errors for arguments that are rejected before anything is sent.

::

    IranPayamakError
    ├── APIError                    the service answered with an error (status_code, message, body)
    │   ├── AuthenticationError     401
    │   ├── PermissionDeniedError   403
    │   ├── NotFoundError           404, or an unknown / unapproved pattern
    │   ├── ValidationError         400 / 422, with field_errors
    │   ├── RateLimitError          429, with retry_after
    │   └── ServerError             5xx
    ├── APIConnectionError          no answer arrived
    │   └── APITimeoutError
    ├── ResponseParseError          a 2xx answer whose body is not the promised JSON
    ├── ConfigurationError          an unusable setting: key, URL, header (also a ValueError)
    │   └── MissingAPIKeyError      no API key configured
    ├── InvalidArgumentError        an argument was rejected before sending (also a ValueError)
    │   └── InvalidPhoneNumber
    └── BulkSendError               some chunks or recipients of a bulk send failed
"""

from __future__ import annotations

from typing import Any

from iranpayamak_api.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    IranPayamakError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    ValidationError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BulkSendError",
    "ConfigurationError",
    "InvalidArgumentError",
    "InvalidPhoneNumber",
    "IranPayamakError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "ValidationError",
]


class InvalidArgumentError(IranPayamakError, ValueError):
    """An argument was rejected before any request was sent.

    Attributes:
        field: The argument (or body field) at fault, e.g. ``"recipients[3]"``; None when not known.
        reason: What is wrong with it.
    """

    def __init__(self, message: str, *, field: str | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.reason = reason or message


class InvalidPhoneNumber(InvalidArgumentError):
    """A value is not an Iranian mobile number.

    Attributes:
        value: The input as given.
        reason: Why it was rejected.
        field: The argument it came from, when it came from one.
    """

    def __init__(self, message: str, *, value: object, reason: str, field: str | None = None) -> None:
        super().__init__(message, field=field, reason=reason)
        self.value = value


class BulkSendError(IranPayamakError):
    """Part of a bulk send failed; the rest was sent.

    Attributes:
        result: What was sent and what failed, with each failure's error; ``result.failed_recipients``
            lists the recipients to send again.
    """

    def __init__(self, message: str, *, result: Any) -> None:
        super().__init__(message)
        self.result = result
