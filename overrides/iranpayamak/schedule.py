"""Send times: Python datetimes in, the service's ``YYYY-MM-DD HH:MM:SS`` in Tehran time out.

The service reads schedules as Tehran wall-clock time. A naive datetime is taken to be Tehran time
already; an aware one is converted. A time that is not in the future is rejected before sending,
because the service would either reject it or send at once, which is never what a schedule means.

Example::

    >>> from datetime import datetime, timezone
    >>> now = datetime(2026, 11, 27, 8, 0, tzinfo=timezone.utc)
    >>> format_schedule(datetime(2026, 11, 28, 9, 30), now=now)
    '2026-11-28 09:30:00'
    >>> format_schedule(datetime(2026, 11, 28, 6, 0, tzinfo=timezone.utc), now=now)
    '2026-11-28 09:30:00'
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from ._display import shown
from .errors import InvalidArgumentError

__all__ = ["TEHRAN", "format_schedule"]

TEHRAN = ZoneInfo("Asia/Tehran")
"""The time zone the service reads schedules in."""


def format_schedule(
    value: datetime, *, now: datetime | None = None, field: str = "schedule", future: bool = True
) -> str:
    """The service's text for a send time, after checking that it is in the future.

    Args:
        value: When to send. Naive means Tehran time; aware values are converted to Tehran time.
        now: The current time (aware); defaults to the system clock. Tests pass a fixed one.
        field: The argument name used in error messages.
        future: Whether to check that it is still ahead (an idempotency fingerprint is made of a time
            whether or not it has passed).

    Raises:
        InvalidArgumentError: ``value`` is not a datetime, is not in the future, or is so near the end of
            the calendar that it has no Tehran time.
    """
    if not isinstance(value, datetime):
        raise InvalidArgumentError(
            f"{field}: expected a datetime, got {type(value).__name__}", field=field, reason="not a datetime"
        )
    try:
        moment = value.replace(tzinfo=TEHRAN) if value.tzinfo is None else value.astimezone(TEHRAN)
        current = now if now is not None else datetime.now(UTC)
        passed = moment <= current
    except (OverflowError, ValueError, TypeError):
        # Near the ends of the calendar (year 1, year 9999) a time zone can push it past them.
        raise InvalidArgumentError(
            f"{field}: {shown(value)} has no Tehran time within the calendar",
            field=field,
            reason="out of range",
        ) from None
    if passed and future:
        raise InvalidArgumentError(
            f"{field}: {moment:%Y-%m-%d %H:%M:%S} Tehran time is not in the future",
            field=field,
            reason="the time has passed",
        )
    return moment.strftime("%Y-%m-%d %H:%M:%S")
