"""What a failed send's error says about its outcome: may it have gone out, and will the next one fail too.

Bulk sends (:mod:`iranpayamak.bulk`) and the OTP service (:mod:`iranpayamak.otp`) both classify errors
this way: a send that may have gone out is never sent again blindly, and an error that would repeat for
every later request stops a bulk send early.

Example::

    try:
        client.sms.send_pattern("SJ3FgPrE0C", "09121234567", {"code": "1234"})
    except IranPayamakError as error:
        if may_have_been_sent(error):
            ...  # look it up in the send-request reports before sending again
"""

from __future__ import annotations

from .errors import (
    APIConnectionError,
    AuthenticationError,
    IdempotencyConflictError,
    IdempotencyUncertainError,
    InvalidArgumentError,
    IranPayamakError,
    MissingAPIKeyError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    SendInterruptedError,
    ServerError,
)

__all__ = ["is_fatal", "may_have_been_sent"]


def may_have_been_sent(error: BaseException) -> bool:
    """Whether a send that failed with ``error`` may still have been carried out by the service.

    True when the request may have arrived but its answer was lost or unreadable (a broken connection,
    a timeout after sending, an unreadable 2xx body, an interruption while it was in flight) or when
    the service itself failed (5xx), or when an idempotency key refused the send: its first send may
    have gone out, is still under way elsewhere, or (in a bulk rerun with other arguments) went to the
    same recipients. A rerun of a keyed bulk send must not call those recipients unsent.
    """
    if isinstance(error, APIConnectionError | SendInterruptedError):
        return error.may_have_reached_service
    if isinstance(error, IdempotencyConflictError):
        # Under way elsewhere, or the key already used: in a bulk rerun a request's key covers its own
        # recipients, so "used with other arguments" means they were sent to before (another text).
        return True
    return isinstance(error, ResponseParseError | ServerError | IdempotencyUncertainError)


def is_fatal(error: IranPayamakError) -> bool:
    """Whether an error will repeat for every later request too, so sending the rest is pointless.

    A bad key or missing permission, a rate limit that outlasted the retries, and an argument that
    turned invalid (a schedule that has passed) all qualify.
    """
    return isinstance(
        error, AuthenticationError | PermissionDeniedError | MissingAPIKeyError | RateLimitError | InvalidArgumentError
    )
