"""Checks the OTP settings and limits share: durations, and the error that names a setting."""

from __future__ import annotations

import math
from datetime import timedelta

from .._display import shown
from ..errors import InvalidArgumentError

__all__ = ["invalid", "seconds"]

_LONGEST_DURATION = 366 * 86400.0


def invalid(name: str, reason: str, value: object) -> InvalidArgumentError:
    """The error for setting ``name``: ``reason``, quoting ``value`` as it was given."""
    return InvalidArgumentError(f"{name}: {reason}, got {shown(value)}", field=name, reason=reason)


def seconds(value: object, name: str, *, allow_zero: bool = False) -> float:
    """``value`` (a ``timedelta`` or seconds) in seconds: more than 0 (or at least 0), at most 366 days."""
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value) if not isinstance(value, int) or abs(value) < 2**1023 else math.inf
    else:
        raise invalid(name, "must be a timedelta or a number of seconds", value)
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not allow_zero):
        raise invalid(name, "must be at least 0 seconds" if allow_zero else "must be more than 0 seconds", value)
    if seconds > _LONGEST_DURATION:
        # Longer ones overflow the datetime arithmetic and the stores' expiry times.
        raise invalid(name, "must be at most 366 days", value)
    return seconds
