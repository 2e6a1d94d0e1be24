"""Every exception the client raises, in one hierarchy under :class:`IranPayamakError`.

The service's errors and transport failures come from the generated client and are re-exported
here; this module adds the errors for arguments that are rejected before anything is sent.

::

    IranPayamakError
    ├── APIError                    the service answered with an error (status_code, message, body)
    │   ├── AuthenticationError     401
    │   ├── PermissionDeniedError   403
    │   ├── NotFoundError           404, or an unknown pattern (an unapproved one unchecked)
    │   ├── ValidationError         400 / 422, with field_errors
    │   ├── RateLimitError          429, with retry_after
    │   └── ServerError             5xx
    ├── APIConnectionError          no answer arrived
    │   └── APITimeoutError
    ├── ResponseParseError          a 2xx answer whose body is not the promised JSON
    ├── ConfigurationError          an unusable setting: key, URL, header (also a ValueError)
    │   ├── MissingAPIKeyError      no API key configured
    │   └── MissingPanelTokenError  no panel token for an operation that takes only one (logout)
    ├── InvalidArgumentError        an argument was rejected before sending (also a ValueError)
    │   ├── InvalidPhoneNumber
    │   └── PatternCheckError       a pattern send's values break the pattern's definition (pattern)
    ├── CostLimitError              a send's estimate is above its max_cost; nothing sent (estimate)
    ├── IdempotencyError            a send with this idempotency key was not made again (key)
    │   ├── IdempotencyConflictError   the key's first send is still running, or had other arguments
    │   └── IdempotencyUncertainError  the key's first send may or may not have gone out
    ├── DeliveryTimeoutError        wait_for_delivery ran out of time (statuses so far)
    ├── BulkSendError               some chunks or recipients of a bulk send failed (result)
    ├── SendInterruptedError        in bulk results: a request an interruption left in flight or unmade
    ├── OtpError                    a one-time code was refused (retry_after, mobile, purpose)
    │   ├── OtpCooldownError        a code was sent moments ago
    │   ├── OtpRateLimitError       a rate limit is reached (key_kind: mobile, a rate key, prefix)
    │   ├── OtpBudgetError          the daily budget of codes over all numbers is spent
    │   └── OtpLockedError          too many wrong codes; locked out for a while
    └── OtpStoreError               the OTP store failed: unreachable, too busy, or unreadable data
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
    MissingPanelTokenError,
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
    "CostLimitError",
    "DeliveryTimeoutError",
    "IdempotencyConflictError",
    "IdempotencyError",
    "IdempotencyUncertainError",
    "InvalidArgumentError",
    "InvalidPhoneNumber",
    "IranPayamakError",
    "MissingAPIKeyError",
    "MissingPanelTokenError",
    "NotFoundError",
    "OtpBudgetError",
    "OtpCooldownError",
    "OtpError",
    "OtpLockedError",
    "OtpRateLimitError",
    "OtpStoreError",
    "PatternCheckError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "SendInterruptedError",
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
    """Part of a bulk send failed, or it stopped early; the rest was sent.

    Raised when requests failed, when a streamed send met an invalid number after sending began, and
    when the recipients iterable (or anything else unexpected) raised while sending: that exception is
    the ``__cause__``.

    Attributes:
        result: What was sent and what was not, with each failure's error: a ``BulkSendResult`` from
            ``send_simple``, a ``PatternSendResults`` from ``send_pattern_many``. Its
            ``unsent_recipients`` are safe to send again; its ``uncertain_recipients`` may have been sent.
    """

    def __init__(self, message: str, *, result: Any) -> None:
        super().__init__(message)
        self.result = result


class SendInterruptedError(IranPayamakError):
    """Stands in a bulk send's result for a request an interruption left: never raised itself.

    When Ctrl-C, a cancelled task or an unexpected exception stops a bulk send, the request in flight
    and the requests never made are recorded with this error, so every recipient is accounted for.

    Attributes:
        may_have_reached_service: True for a request that was in flight (it may have been carried
            out); False for one that was never made (certainly not sent).
        interruption: The class name of what stopped the send (``"KeyboardInterrupt"``, ...).
    """

    def __init__(self, message: str, *, may_have_reached_service: bool, interruption: str) -> None:
        super().__init__(message)
        self.may_have_reached_service = may_have_reached_service
        self.interruption = interruption


class OtpError(IranPayamakError):
    """``OtpService`` refused to send or check a one-time code for now.

    Attributes:
        retry_after: Whole seconds until the refusal lapses (for a ``Retry-After`` header).
        mobile: The number, normalized; None when not known.
        purpose: What the code is for (``"login"``, ...); None when not known.

    Example::

        try:
            otp.issue("09121234567")
        except OtpError as error:
            return Response(status_code=429, headers={"Retry-After": str(error.retry_after)})
    """

    def __init__(
        self, message: str, *, retry_after: int, mobile: str | None = None, purpose: str | None = None
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.mobile = mobile
        self.purpose = purpose


class OtpCooldownError(OtpError):
    """A code was sent to the number for this purpose moments ago (or is being sent); resend later.

    The wait grows with each code sent in a row (``resend_cooldown``).
    """


class OtpRateLimitError(OtpError):
    """A rate limit of codes is reached: which one, ``key_kind`` says.

    ``"mobile"``: the number has had ``per_number_hourly_cap`` codes, for any purpose, in the last hour.
    Another name (``"ip"``, ``"user"``, ...): a ``RateLimit`` on the key passed in ``rate_keys`` under
    that name (its value is never in the message). ``"prefix"``: too many different numbers sharing the
    number's prefix got codes lately (``PrefixBurst``).

    Attributes:
        key_kind: Which limit refused.

    Example::

        except OtpRateLimitError as error:
            log.warning("OTP limit %s reached", error.key_kind)
    """

    def __init__(
        self,
        message: str,
        *,
        retry_after: int,
        mobile: str | None = None,
        purpose: str | None = None,
        key_kind: str = "mobile",
    ) -> None:
        super().__init__(message, retry_after=retry_after, mobile=mobile, purpose=purpose)
        self.key_kind = key_kind


class OtpBudgetError(OtpError):
    """The ``daily_budget`` of codes over all numbers is spent: no code is sent until the next UTC day.

    Not a rate limit of one user: the whole app stopped sending codes, so page someone (it is an
    attack, or the budget is too small). ``retry_after`` runs to the end of the day.

    Example::

        except OtpBudgetError:
            alert_on_call("OTP daily budget spent")
            return Response(status_code=503)
    """


class OtpLockedError(OtpError):
    """Too many wrong codes were entered: no code is sent or checked for the number and purpose until
    ``retry_after`` seconds have passed (``lockout``)."""


class OtpStoreError(IranPayamakError):
    """The store of ``OtpService`` failed: it could not be reached, stayed too busy, or holds a record
    that cannot be read (which is left as it is rather than overwritten).

    Not an :class:`OtpError`: nothing was refused, the service is out of order, so answer it like any
    other failure of a backing service (a 503, not a 429). The store's own exception, if any, is the
    ``__cause__``.

    Example::

        try:
            otp.issue("09121234567")
        except OtpStoreError:
            return Response(status_code=503)
    """


class PatternCheckError(InvalidArgumentError):
    """A pattern send was refused before sending: the pattern is not approved, or the values
    miss a variable, name one the pattern does not have, or break a variable's type or length.

    Attributes:
        pattern: The pattern's code.
        field: ``"code"``, or the variable as ``"attributes.<name>"``.
        reason: What is wrong.

    Example::

        try:
            client.sms.send_pattern("SJ3FgPrE0C", mobile, {"code": "12345678901"})
        except PatternCheckError as error:
            error.field, error.reason   # ('attributes.code', 'longer than the 10 characters ...')
    """

    def __init__(self, message: str, *, pattern: str, field: str, reason: str) -> None:
        super().__init__(message, field=field, reason=reason)
        self.pattern = pattern


class CostLimitError(IranPayamakError):
    """A send was refused before sending because its estimate (asked of the service) is above
    ``max_cost``, or could not be made.

    Attributes:
        estimate: The :class:`~iranpayamak.estimate.Estimate` that was over the limit.
        max_cost: The limit given.
    """

    def __init__(self, message: str, *, estimate: Any, max_cost: float) -> None:
        super().__init__(message)
        self.estimate = estimate
        self.max_cost = max_cost


class IdempotencyError(IranPayamakError):
    """A send with an ``idempotency_key`` was not made, to keep it from going out twice.

    Attributes:
        key: The idempotency key.
    """

    def __init__(self, message: str, *, key: str) -> None:
        super().__init__(message)
        self.key = key


class IdempotencyConflictError(IdempotencyError):
    """Another send with the same key is under way (retry once it is done, to get its result), or the
    key was used before for a send with other arguments (a bug: use a new key).

    Attributes:
        under_way: True when another send with the key is running (its message may go out), False when
            the key was used for other arguments (this send certainly went nowhere).
    """

    def __init__(self, message: str, *, key: str, under_way: bool = False) -> None:
        super().__init__(message, key=key)
        self.under_way = under_way


class IdempotencyUncertainError(IdempotencyError):
    """The key's first send failed in a way that leaves unknown whether it went out (a timeout after
    the request left, a crash while it was in flight), so it is not sent again; check the reports.

    Attributes:
        first_error: What the first attempt raised, as text (``"APITimeoutError: ..."``), or why its
            outcome is unknown.
    """

    def __init__(self, message: str, *, key: str, first_error: str) -> None:
        super().__init__(message, key=key)
        self.first_error = first_error


class DeliveryTimeoutError(IranPayamakError):
    """``reports.wait_for_delivery`` gave up before every recipient had a final status.

    Attributes:
        send_request_id: The send request waited for.
        statuses: Each recipient's status when it gave up.
    """

    def __init__(self, message: str, *, send_request_id: int, statuses: dict[str, str]) -> None:
        super().__init__(message)
        self.send_request_id = send_request_id
        self.statuses = statuses
