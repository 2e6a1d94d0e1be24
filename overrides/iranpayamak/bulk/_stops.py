"""What an interruption of a bulk send leaves and raises, and :func:`result_of`, which finds the partial result."""

from __future__ import annotations

from typing import NoReturn

from ..errors import BulkSendError, SendInterruptedError
from ._results import BulkSendResult, PatternSendResults

__all__ = ["interrupted", "raise_stopped", "result_of"]

RESULT = "iranpayamak_bulk_result"
"""The attribute that carries the partial result on an exception re-raised as itself."""


def result_of(error: BaseException) -> BulkSendResult | PatternSendResults | None:
    """The partial result of the bulk send that ``error`` stopped, or None if it stopped none.

    Found on a ``BulkSendError``, on a ``KeyboardInterrupt``, cancellation or ``SystemExit`` a bulk send
    re-raised, and on any exception that one caused or was raised while handling it (``__cause__``,
    ``__context__``, members of exception groups): the ``TimeoutError`` of ``asyncio.timeout``, the
    ``KeyboardInterrupt`` ``asyncio.run`` raises after cancelling its task on Ctrl-C.

    Example::

        try:
            client.sms.send_simple(text, recipients=numbers)
        except BaseException as error:
            if (result := result_of(error)) is not None:
                save(result.unsent_recipients)
            raise
    """
    pending, seen = [error], set()
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        found = current.result if isinstance(current, BulkSendError) else getattr(current, RESULT, None)
        if isinstance(found, BulkSendResult | PatternSendResults):
            return found
        pending += [linked for linked in (current.__cause__, current.__context__) if linked is not None]
        if isinstance(current, BaseExceptionGroup):
            pending += current.exceptions
    return None


def raise_stopped(error: BaseException, result: BulkSendResult | PatternSendResults) -> NoReturn:
    """Raise for ``error``, which stopped a bulk send, so that ``result`` is reachable from what is raised.

    An ordinary exception becomes a ``BulkSendError`` caused by it. Anything else (``KeyboardInterrupt``,
    a cancellation, ``SystemExit``) must reach the caller as itself: it gets the result and a note.
    """
    if isinstance(error, Exception):
        raise BulkSendError(
            f"The bulk send stopped at an unexpected {type(error).__name__}: {_text_of(error)} ({result.summary()})",
            result=result,
        ) from error
    setattr(error, RESULT, result)
    error.add_note(
        f"iranpayamak: the bulk send stopped here ({result.summary()}); "
        "iranpayamak.bulk.result_of(error) lists who was sent"
    )
    raise error


def _text_of(error: BaseException) -> str:
    # The caller's exception may be anything, even one whose str() fails: that must not lose the result.
    try:
        return str(error)
    except Exception:
        return "(its message cannot be shown)"


def interrupted(interruption: str, *, in_flight: bool) -> SendInterruptedError:
    if in_flight:
        return SendInterruptedError(
            f"{interruption} stopped the send while this request was in flight: it may have been sent",
            may_have_reached_service=True,
            interruption=interruption,
        )
    return SendInterruptedError(
        f"{interruption} stopped the send before this request: not sent",
        may_have_reached_service=False,
        interruption=interruption,
    )
